/** How events are named in marks, tooltips and the list: by their date, at its real precision. */
import { formatPartialDate } from '../../domain/dates';
import type { TimelineEvent } from '../../domain/timeline';

/** "February 2008 (month)", "2007 (year)", "14 May 2019": how precise the date really is. */
export function describePrecision(item: TimelineEvent): string {
  if (!item.date) return 'Undated';
  const text = formatPartialDate(item.date.text);
  return item.date.precision === 'day' ? text : `${text} (${item.date.precision})`;
}

export function eventName(item: TimelineEvent): string {
  return item.date
    ? `${formatPartialDate(item.date.text)}: ${item.event.title}`
    : `Undated: ${item.event.title}`;
}

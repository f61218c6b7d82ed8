import { formatPartialDate } from '../../domain/dates';
import { timeWindow } from '../../domain/view';
import type { ViewState } from '../../domain/viewState';
import type { Highlight } from '../../domain/highlight';
import {
  selectFilterCounts,
  selectGraphView,
  selectGroupedView,
  selectGroupsPending,
  selectUndatedPresence,
} from '../../store/selectors';
import { selectUnverifiedQuotes } from '../../store/sourceTextsSlice';
import { useLinkboard } from '../../store/store';

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/**
 * " as of 31 January 2020", " from 1 December 2019 to 29 February 2020", or " changed from
 * January 2019 to February 2020" when a date, a period or a comparison is set.
 */
function timeSuffix(view: ViewState): string {
  if (!timeWindow(view)) return '';
  if (view.compare) {
    const [from, to] = [view.compare.from, view.compare.to];
    return ` between ${formatPartialDate(from)} and ${formatPartialDate(to)}, with what changed`;
  }
  if (view.range) {
    const [from, to] = [view.range.from, view.range.to].sort();
    return ` from ${formatPartialDate(from!)} to ${formatPartialDate(to!)}`;
  }
  return view.asOf ? ` as of ${formatPartialDate(view.asOf)}` : '';
}

/** ", 75 of them undated (drawn faded)" when a date is set and relations without one are drawn. */
function undatedSuffix(undated: Highlight | null): string {
  const n = undated?.edgeIds.size ?? 0;
  return n > 0 ? `, ${n} of them undated (drawn faded)` : '';
}

/**
 * "Showing X of Y entities and A of B relations", how many of the shown relations no quote backs
 * (when any does not), the date they are shown at (with how many are drawn only for lack of
 * dates), how many groups are collapsed and how many quotes their sources' texts no longer hold
 * (the edited mark above it counts the edits); always live.
 */
export function StatusLine() {
  const view = useLinkboard(selectGraphView);
  const undated = useLinkboard(selectUndatedPresence);
  const dataset = useLinkboard((s) => s.dataset);
  const viewState = useLinkboard((s) => s.view);
  const counts = useLinkboard(selectFilterCounts);
  const unsourced = counts?.sourcing.get('unsourced');
  const collapsed = useLinkboard((s) => selectGroupedView(s)?.collapsedCount ?? 0);
  const pending = useLinkboard(selectGroupsPending);
  const unverified = useLinkboard((s) => selectUnverifiedQuotes(s).length);
  const notFound =
    unverified > 0
      ? ` · ${unverified} ${plural(unverified, 'quote', 'quotes')} not found in source`
      : '';
  const groups = pending
    ? ' · finding clusters…'
    : collapsed > 0
      ? ` · ${collapsed.toLocaleString('en-GB')} ${plural(collapsed, 'group', 'groups')} collapsed`
      : '';
  const text =
    view && dataset
      ? `Showing ${view.nodeIds.size} of ${dataset.nodes.length} ${plural(dataset.nodes.length, 'entity', 'entities')} and ${view.edgeIds.size} of ${dataset.edges.length} ${plural(dataset.edges.length, 'relation', 'relations')}${unsourced ? `, ${unsourced.visible} unsourced` : ''}${timeSuffix(viewState)}${undatedSuffix(undated)}${groups}${notFound}`
      : 'Loading dataset…';
  return (
    <p role="status" className="status-line">
      {text}
    </p>
  );
}

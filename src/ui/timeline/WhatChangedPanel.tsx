import { useMemo, useState } from 'react';
import { dayToIso, formatPartialDate, isoToDay } from '../../domain/dates';
import type { GraphIndex } from '../../domain/graphIndex';
import { relationSentence, sentenceText } from '../../domain/relationSentences';
import {
  addYears,
  daysAround,
  whatChanged,
  type RelationChange,
  type TimelineEvent,
} from '../../domain/timeline';
import type { ViewState } from '../../domain/viewState';
import { selectIndex } from '../../store/selectors';
import { useLinkboard, useLinkboardStore } from '../../store/store';
import { DateField } from './DateField';

/**
 * The two days "what changed" starts with: around the selected event, else around the latest
 * event on or before the as-of date, else around the last event; else the year before as-of.
 */
export function defaultComparison(
  events: readonly TimelineEvent[],
  view: Pick<ViewState, 'asOf' | 'selection'>,
): { before: string; after: string } | null {
  const dated = events.filter((e) => e.date !== null);
  const asOfDay = view.asOf === null ? null : isoToDay(view.asOf);
  const selected =
    view.selection?.kind === 'event'
      ? dated.find((e) => e.event.id === view.selection?.id)
      : undefined;
  const pivot =
    selected ??
    (asOfDay === null ? undefined : dated.findLast((e) => e.date!.firstDay <= asOfDay)) ??
    dated[dated.length - 1];
  if (pivot) {
    const { before, after } = daysAround(pivot.date!);
    return { before: dayToIso(before), after: dayToIso(after) };
  }
  if (asOfDay === null) return null;
  return { before: dayToIso(addYears(asOfDay, -1)), after: dayToIso(asOfDay) };
}

function ChangeList({
  title,
  changes,
  index,
}: {
  title: string;
  changes: RelationChange[];
  index: GraphIndex;
}) {
  const select = useLinkboard((s) => s.select);
  const selection = useLinkboard((s) => s.view.selection);
  return (
    <section className="what-changed-list" aria-label={title}>
      <h4>
        {title} <span className="event-list-count">{changes.length}</span>
      </h4>
      {changes.length === 0 ? (
        <p className="timeline-hint">None.</p>
      ) : (
        <ul>
          {changes.map(({ edge, date }) => (
            <li key={edge.id}>
              <button
                type="button"
                className="event-list-item"
                aria-current={(selection?.kind === 'edge' && selection.id === edge.id) || undefined}
                onClick={() => select({ kind: 'edge', id: edge.id })}
              >
                <span className="event-list-text">
                  <span className="event-list-title">
                    {sentenceText(index, { ...relationSentence(index, edge), note: '' })}
                  </span>
                  <span className="event-list-date">
                    {date ? formatPartialDate(date) : 'date not given'}
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Relations that appeared and ended between two dates; each one selectable. */
export function WhatChangedPanel({ events }: { events: readonly TimelineEvent[] }) {
  const index = useLinkboard(selectIndex);
  const store = useLinkboardStore();
  const [dates, setDates] = useState(() => defaultComparison(events, store.getState().view));
  const beforeDay = dates ? isoToDay(dates.before) : null;
  const afterDay = dates ? isoToDay(dates.after) : null;
  const changes = useMemo(
    () =>
      index && beforeDay !== null && afterDay !== null
        ? whatChanged(index, beforeDay, afterDay)
        : null,
    [index, beforeDay, afterDay],
  );
  if (!index) return null;
  const setDate = (key: 'before' | 'after', day: string | null) => {
    if (day) setDates((d) => ({ before: d?.before ?? day, after: d?.after ?? day, [key]: day }));
  };
  return (
    <div className="what-changed">
      <div className="timeline-popover-row">
        <DateField
          label="Before"
          value={dates?.before ?? null}
          onCommit={(d) => setDate('before', d)}
        />
        <DateField
          label="After"
          value={dates?.after ?? null}
          onCommit={(d) => setDate('after', d)}
        />
      </div>
      {changes ? (
        <div className="what-changed-columns">
          <ChangeList title="Appeared" changes={changes.appeared} index={index} />
          <ChangeList title="Ended" changes={changes.ended} index={index} />
        </div>
      ) : (
        <p className="timeline-hint">Type two dates to compare.</p>
      )}
    </div>
  );
}

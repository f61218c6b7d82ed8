import { useMemo, useState } from 'react';
import {
  dayToIso,
  formatPartialDate,
  isoToDay,
  parsePartialDate,
  type PartialDate,
} from '../../domain/dates';
import type { GraphIndex } from '../../domain/graphIndex';
import {
  addYears,
  changesBetween,
  type RelationChange,
  type TimelineEvent,
} from '../../domain/timeline';
import type { PeriodComparison, ViewState } from '../../domain/viewState';
import { selectIndex } from '../../store/selectors';
import { useLinkboard, useLinkboardStore } from '../../store/store';
import { DateField } from './DateField';

/**
 * The two dates "what changed" opens with, each standing for its whole period: the comparison on
 * the canvas if there is one; the selected event's own date (what changed during it); else the
 * last two dates of events, up to the as-of date when one is set; else the year up to the as-of
 * date.
 */
export function defaultComparison(
  events: readonly TimelineEvent[],
  view: Pick<ViewState, 'asOf' | 'selection' | 'compare'>,
): PeriodComparison | null {
  if (view.compare) return view.compare;
  const dated = events.filter((e) => e.date !== null);
  const selected =
    view.selection?.kind === 'event'
      ? dated.find((e) => e.event.id === view.selection?.id)
      : undefined;
  if (selected) return { from: selected.date!.text, to: selected.date!.text };
  const asOfDay = view.asOf === null ? null : isoToDay(view.asOf);
  const dates = [
    ...new Set(
      dated.filter((e) => asOfDay === null || e.date!.firstDay <= asOfDay).map((e) => e.date!.text),
    ),
  ];
  const [before, last] = dates.slice(-2);
  if (last !== undefined) return { from: before ?? last, to: last };
  if (before !== undefined) return { from: before, to: before };
  if (asOfDay === null) return null;
  return { from: dayToIso(addYears(asOfDay, -1)), to: view.asOf! };
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
  const label = (id: string) => index.nodesById.get(id)?.label ?? id;
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
                    {label(edge.source)} {index.relationOf(edge).label} {label(edge.target)}
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

/**
 * Relations that appeared, ended, or both, between two dates read as whole periods; each one
 * selectable. "Show on the canvas" colours them there and dims the rest (the comparison is then
 * view state: the address, saved views and exports carry it).
 */
export function WhatChangedPanel({ events }: { events: readonly TimelineEvent[] }) {
  const index = useLinkboard(selectIndex);
  const store = useLinkboardStore();
  const compare = useLinkboard((s) => s.view.compare);
  const setView = useLinkboard((s) => s.setView);
  const [draft, setDraft] = useState(() => defaultComparison(events, store.getState().view));
  const dates = compare ?? draft;
  const fromText = dates?.from ?? null;
  const toText = dates?.to ?? null;
  const periods = useMemo(() => {
    const from = fromText === null ? null : parsePartialDate(fromText);
    const to = toText === null ? null : parsePartialDate(toText);
    return index && from && to ? { from, to, changes: changesBetween(index, from, to) } : null;
  }, [index, fromText, toText]);
  const changes = periods?.changes ?? null;
  if (!index) return null;
  const setDate = (key: 'from' | 'to', text: string | null) => {
    if (!text) return;
    const next = { from: dates?.from ?? text, to: dates?.to ?? text, [key]: text };
    if (compare) setView({ compare: next });
    else setDraft(next);
  };
  return (
    <div className="what-changed">
      <div className="timeline-popover-row">
        <DateField
          label="From"
          edge="period"
          value={dates?.from ?? null}
          onCommit={(d) => setDate('from', d)}
        />
        <DateField
          label="To"
          edge="period"
          value={dates?.to ?? null}
          onCommit={(d) => setDate('to', d)}
        />
        <button
          type="button"
          className={compare ? 'button button-small button-active' : 'button button-small'}
          aria-pressed={compare !== null}
          disabled={!changes}
          onClick={() =>
            compare
              ? setView({ compare: null })
              : dates && setView({ compare: dates, asOf: null, range: null })
          }
        >
          Show on the canvas
        </button>
      </div>
      {changes ? (
        <>
          <p className="timeline-hint">
            {describePeriods(periods!.from, periods!.to)}Compares{' '}
            {formatPartialDate(dayToIso(changes.before))} with{' '}
            {formatPartialDate(dayToIso(changes.after))}.
          </p>
          <div className="what-changed-columns">
            <ChangeList title="Appeared" changes={changes.appeared} index={index} />
            <ChangeList title="Ended" changes={changes.ended} index={index} />
            {changes.cameAndWent.length > 0 && (
              <ChangeList title="Began and ended" changes={changes.cameAndWent} index={index} />
            )}
          </div>
        </>
      ) : (
        <p className="timeline-hint">Type two dates to compare.</p>
      )}
    </div>
  );
}

/** "A date without a day counts as its whole month. " when one of them has no day, else "". */
function describePeriods(from: PartialDate, to: PartialDate): string {
  const periods = [...new Set([from.precision, to.precision])].filter((p) => p !== 'day');
  return periods.length > 0
    ? `A date without a day counts as its whole ${periods.join(' or ')}. `
    : '';
}

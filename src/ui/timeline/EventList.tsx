import { useEffect, useMemo, useRef, useState } from 'react';
import { EVENT_KIND_LABELS, type TimelineEvent } from '../../domain/timeline';
import { colourOfEventKind } from '../../graph/palette';
import { selectIndex } from '../../store/selectors';
import { useLinkboard } from '../../store/store';
import { describePrecision } from './eventLabels';

/** Long lists are cut here; the filter reaches the rest. */
const MAX_LISTED_EVENTS = 300;

function normalise(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").toLowerCase();
}

/**
 * Every event, in order, filterable by words of its title, summary, date, kind or participants.
 * Choosing one moves the as-of date to it and selects it.
 */
export function EventList({
  events,
  onChoose,
}: {
  events: readonly TimelineEvent[];
  onChoose: (item: TimelineEvent) => void;
}) {
  const index = useLinkboard(selectIndex);
  const selection = useLinkboard((s) => s.view.selection);
  const [filter, setFilter] = useState('');
  const listRef = useRef<HTMLUListElement>(null);
  const selectedId = selection?.kind === 'event' ? selection.id : null;

  const searchable = useMemo(
    () =>
      new Map(
        events.map((item) => {
          const people = item.event.participants.map((id) => index?.nodesById.get(id)?.label);
          const place = item.event.place ? index?.nodesById.get(item.event.place)?.label : '';
          const words = [
            item.event.title,
            item.event.summary,
            describePrecision(item),
            item.date?.text,
            EVENT_KIND_LABELS[item.kind],
            place,
            ...people,
          ];
          return [item.event.id, normalise(words.filter(Boolean).join(' '))];
        }),
      ),
    [events, index],
  );
  const terms = normalise(filter).split(/\s+/).filter(Boolean);
  const matching = events.filter((item) => {
    const text = searchable.get(item.event.id) ?? '';
    return terms.every((term) => text.includes(term));
  });
  const shown = matching.slice(0, MAX_LISTED_EVENTS);

  useEffect(() => {
    // Keeps the chosen event in sight, also while playback moves from event to event.
    const item = listRef.current?.querySelector('[aria-current="true"]');
    if (item && 'scrollIntoView' in item) item.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  return (
    <section className="event-list" aria-labelledby="event-list-heading">
      <div className="event-list-header">
        <h2 id="event-list-heading">Events</h2>
        <span className="event-list-count">
          {matching.length === events.length
            ? events.length
            : `${matching.length} of ${events.length}`}
        </span>
      </div>
      <input
        type="search"
        className="event-list-filter"
        placeholder="Filter events"
        aria-label="Filter events"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      <ul ref={listRef} aria-label="Events">
        {shown.map((item) => (
          <li key={item.event.id}>
            <button
              type="button"
              className="event-list-item"
              aria-current={item.event.id === selectedId || undefined}
              onClick={() => onChoose(item)}
            >
              <span
                className="event-kind-dot"
                style={{ background: colourOfEventKind(item.kind) }}
                aria-hidden="true"
              />
              <span className="event-list-text">
                <span className="event-list-date">
                  {describePrecision(item)}
                  <span className="visually-hidden">:</span>
                  <span aria-hidden="true"> · {EVENT_KIND_LABELS[item.kind]}</span>
                </span>
                <span className="event-list-title">{item.event.title}</span>
              </span>
            </button>
          </li>
        ))}
        {shown.length === 0 && <li className="event-list-empty">No event matches.</li>}
        {matching.length > shown.length && (
          <li className="event-list-empty">
            {matching.length - shown.length} more: type in the filter to narrow the list.
          </li>
        )}
      </ul>
    </section>
  );
}

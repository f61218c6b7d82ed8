/**
 * An entity's timeline in Details: its dated relations as bars from `since` to `until` (an end
 * the data does not give is drawn open, fading out), its events as marks, each partial date drawn
 * as the whole month or year it names (the uncertain part lighter). Each bar opens its relation,
 * each mark its event. Undated relations are counted, not drawn: they say nothing about when.
 */
import { scaleUtc } from 'd3-scale';
import { useId, useMemo, useState } from 'react';
import {
  dayToIso,
  formatInterval,
  formatPartialDate,
  type DayInterval,
  type PartialDate,
} from '../../domain/dates';
import { entityTimeline, type EntityTimelineRow } from '../../domain/entityTimeline';
import type { GraphIndex } from '../../domain/graphIndex';
import { colourOfFamily } from '../../graph/palette';
import { useReveal } from '../common/useReveal';
import { dateOfDay, tickLabel } from '../timeline/timeAxis';
import './entityTimeline.css';

/** Dated relations drawn before "Show all": the panel stays readable for a hub. */
const MAX_ROWS = 12;

/** Room, as a share of the chart, beyond the first and last date, where open ends fade out. */
const OPEN_ROOM = 0.06;

type Place = (day: number) => number;

/** Percent positions over the extent, with a margin on each side for open ends. */
function placeOf(extent: DayInterval): Place {
  const scale = scaleUtc()
    .domain([dateOfDay(extent.firstDay), dateOfDay(extent.lastDay + 1)])
    .range([OPEN_ROOM * 100, (1 - OPEN_ROOM) * 100]);
  return (day) => scale(dateOfDay(day));
}

/** Left and width in percent of a day span, the day after `lastDay` being where it ends. */
function span(place: Place, firstDay: number, lastDay: number): { left: string; width: string } {
  const left = place(firstDay);
  return { left: `${left}%`, width: `${Math.max(0.6, place(lastDay + 1) - left)}%` };
}

function ticksOf(extent: DayInterval): { x: number; label: string }[] {
  const place = placeOf(extent);
  const scale = scaleUtc().domain([dateOfDay(extent.firstDay), dateOfDay(extent.lastDay + 1)]);
  return scale
    .ticks(4)
    .filter((t) => t.getTime() <= dateOfDay(extent.lastDay + 1).getTime())
    .map((t) => ({ x: place(Math.round(t.getTime() / 86_400_000)), label: tickLabel(t) }));
}

/** The lighter part of a bar where a partial date leaves the day open ("some time in 2007"). */
function Uncertain({ place, date }: { place: Place; date: PartialDate | null }) {
  if (!date || date.precision === 'day') return null;
  return (
    <span className="entity-timeline-uncertain" style={span(place, date.firstDay, date.lastDay)} />
  );
}

function Bar({
  row,
  place,
  label,
  colour,
  onOpen,
}: {
  row: Pick<EntityTimelineRow, 'since' | 'until'>;
  place: Place;
  label: string;
  colour: string;
  onOpen?: () => void;
}) {
  const left = row.since ? place(row.since.firstDay) : 0;
  const right = row.until ? place(row.until.lastDay + 1) : 100;
  const classes = [
    'entity-timeline-bar',
    row.since ? '' : 'entity-timeline-open-start',
    row.until ? '' : 'entity-timeline-open-end',
  ].join(' ');
  const bar = (
    <span
      className={classes}
      style={{ left: `${left}%`, width: `${Math.max(0.8, right - left)}%`, color: colour }}
    />
  );
  return (
    <span className="entity-timeline-track">
      {bar}
      <Uncertain place={place} date={row.since} />
      <Uncertain place={place} date={row.until} />
      {onOpen && (
        <button
          type="button"
          className="entity-timeline-hit"
          aria-label={label}
          title={label}
          onClick={onOpen}
        />
      )}
    </span>
  );
}

function describeRow(row: EntityTimelineRow, otherLabel: string): string {
  const when = formatInterval(row.since?.text, row.until?.text);
  const open = !row.since ? ' (start not given)' : !row.until ? ' (end not given)' : '';
  return `${row.reading} ${otherLabel}, ${when}${open}`;
}

export function EntityTimeline({ index, nodeId }: { index: GraphIndex; nodeId: string }) {
  const reveal = useReveal();
  const headingId = useId();
  const timeline = useMemo(() => entityTimeline(index, nodeId), [index, nodeId]);
  const [showAll, setShowAll] = useState(false);
  const { extent, rows, events, life, undated } = timeline;
  if (!extent) {
    return undated.length > 0 || timeline.undatedEvents.length > 0 ? (
      <section className="entity-timeline" aria-labelledby={headingId}>
        <h4 id={headingId}>Over time</h4>
        <p className="details-muted">None of its relations or events carries a date.</p>
      </section>
    ) : null;
  }
  const place = placeOf(extent);
  const labelOf = (id: string) => index.nodesById.get(id)?.label ?? id;
  const [firstYear, lastYear] = [extent.firstDay, extent.lastDay].map((d) =>
    dayToIso(d).slice(0, 4),
  );
  const range = firstYear === lastYear ? firstYear : `${firstYear}–${lastYear}`;
  const shownRows = showAll ? rows : rows.slice(0, MAX_ROWS);
  return (
    <section className="entity-timeline" aria-labelledby={headingId}>
      <h4 id={headingId}>
        Over time <span className="details-count">{range}</span>
      </h4>
      <div className="entity-timeline-axis" aria-hidden="true">
        {ticksOf(extent).map((tick) => (
          <span key={tick.x} style={{ left: `${tick.x}%` }}>
            {tick.label}
          </span>
        ))}
      </div>
      <ul className="entity-timeline-rows">
        {life && (
          <li className="entity-timeline-row entity-timeline-life">
            <span className="entity-timeline-label">
              Exists {formatInterval(life.since?.text, life.until?.text)}
            </span>
            <Bar row={life} place={place} label="" colour="#5b6572" />
          </li>
        )}
        {events.length > 0 && (
          <li className="entity-timeline-row">
            <span className="entity-timeline-label">
              {events.length} {events.length === 1 ? 'event' : 'events'}
            </span>
            <span className="entity-timeline-track">
              {events.map(({ event, date }) => {
                const name = `${formatPartialDate(date.text)}: ${event.title}`;
                return (
                  <button
                    key={event.id}
                    type="button"
                    className={`entity-timeline-event entity-timeline-event-${date.precision}`}
                    style={span(place, date.firstDay, date.lastDay)}
                    aria-label={name}
                    title={name}
                    onClick={() => reveal({ kind: 'event', id: event.id })}
                  />
                );
              })}
            </span>
          </li>
        )}
        {shownRows.map((row) => {
          const label = describeRow(row, labelOf(row.otherId));
          return (
            <li key={row.edge.id} className="entity-timeline-row">
              <span className="entity-timeline-label">
                {row.reading} <strong>{labelOf(row.otherId)}</strong>
              </span>
              <Bar
                row={row}
                place={place}
                label={label}
                colour={colourOfFamily(row.family)}
                onOpen={() => reveal({ kind: 'edge', id: row.edge.id })}
              />
            </li>
          );
        })}
      </ul>
      {rows.length > MAX_ROWS && (
        <button type="button" className="link-button" onClick={() => setShowAll(!showAll)}>
          {showAll ? `Show the first ${MAX_ROWS}` : `Show all ${rows.length} dated relations`}
        </button>
      )}
      {undated.length > 0 && (
        <p className="details-muted entity-timeline-undated">
          {undated.length} more {undated.length === 1 ? 'relation carries' : 'relations carry'} no
          date and {undated.length === 1 ? 'is' : 'are'} not drawn.
        </p>
      )}
    </section>
  );
}

/**
 * When entities were active, drawn from their side: each dated relation as a bar from its `since`
 * to its `until` (an absent end is open, not the edge of the data), each event as a mark, a
 * partial date as the whole month or year it names. Relations with no date of their own are kept
 * apart: they say nothing about when. Used by an entity's timeline in Details and by the time
 * strip for a selection.
 */
import { isDated, parsePartialDate, type DayInterval, type PartialDate } from './dates';
import { groupRelationsOfEntity } from './entityRelations';
import type { GraphIndex } from './graphIndex';
import type { RelationFamily } from './relations';
import type { DatasetEdge, DatasetEvent } from './schema';

export interface TimeBar {
  edge: DatasetEdge;
  /** The start as written, or null when the relation gives none (open: began before any date known). */
  since: PartialDate | null;
  /** The end as written, or null when the relation gives none (open: may still hold). */
  until: PartialDate | null;
}

export interface EntityTimelineRow extends TimeBar {
  /** The entity at the other end. */
  otherId: string;
  /** The relation read from the entity's side: "leads", "commanded by". */
  reading: string;
  family: RelationFamily;
}

export interface DatedEvent {
  event: DatasetEvent;
  date: PartialDate;
}

export interface EntityTimeline {
  /** The entity's own dates, when it has any. */
  life: { since: PartialDate | null; until: PartialDate | null } | null;
  /** Dated relations, by start (open starts first), then end, then the other end's name. */
  rows: EntityTimelineRow[];
  /** Relations that carry no date of their own. */
  undated: EntityTimelineRow[];
  /** Dated events it took part in or that happened there, in order. */
  events: DatedEvent[];
  undatedEvents: DatasetEvent[];
  /** From the first to the last day any of these dates covers; null when none is dated. */
  extent: DayInterval | null;
}

function dateOrNull(text: string | undefined): PartialDate | null {
  return text === undefined ? null : parsePartialDate(text);
}

/** A relation's own dates as a bar; null when it has none (or none that reads). */
export function relationBar(edge: DatasetEdge): TimeBar | null {
  const since = dateOrNull(edge.since);
  const until = dateOrNull(edge.until);
  return since || until ? { edge, since, until } : null;
}

/** The days a bar covers; open ends are infinite. */
export function barInterval(bar: Pick<TimeBar, 'since' | 'until'>): DayInterval {
  return {
    firstDay: bar.since?.firstDay ?? Number.NEGATIVE_INFINITY,
    lastDay: bar.until?.lastDay ?? Number.POSITIVE_INFINITY,
  };
}

/** Bars by start (open starts first), then by end (open ends last). */
export function compareBars(a: TimeBar, b: TimeBar): number {
  const x = barInterval(a);
  const y = barInterval(b);
  return x.firstDay - y.firstDay || x.lastDay - y.lastDay || 0;
}

function datedEventsOf(events: readonly DatasetEvent[]): {
  dated: DatedEvent[];
  undated: DatasetEvent[];
} {
  const dated: DatedEvent[] = [];
  const undated: DatasetEvent[] = [];
  for (const event of events) {
    const date = dateOrNull(event.date);
    if (date) dated.push({ event, date });
    else undated.push(event);
  }
  dated.sort((a, b) => a.date.firstDay - b.date.firstDay || a.date.lastDay - b.date.lastDay);
  return { dated, undated };
}

/** The span of the finite days among some dates; null when there are none. */
function extentOf(dates: readonly (PartialDate | null)[]): DayInterval | null {
  const present = dates.filter((d): d is PartialDate => d !== null);
  if (present.length === 0) return null;
  return {
    firstDay: Math.min(...present.map((d) => d.firstDay)),
    lastDay: Math.max(...present.map((d) => d.lastDay)),
  };
}

export function entityTimeline(index: GraphIndex, nodeId: string): EntityTimeline {
  const node = index.nodesById.get(nodeId);
  const labelOf = (id: string) => index.nodesById.get(id)?.label ?? id;
  const rows: EntityTimelineRow[] = [];
  const undated: EntityTimelineRow[] = [];
  for (const group of groupRelationsOfEntity(index, nodeId)) {
    for (const item of group.items) {
      const bar = relationBar(item.edge);
      const row = {
        edge: item.edge,
        since: bar?.since ?? null,
        until: bar?.until ?? null,
        otherId: item.otherId,
        reading: group.reading,
        family: group.family,
      };
      (bar ? rows : undated).push(row);
    }
  }
  rows.sort((a, b) => compareBars(a, b) || labelOf(a.otherId).localeCompare(labelOf(b.otherId)));
  const involved = index.dataset.events.filter(
    (e) => e.participants.includes(nodeId) || e.place === nodeId,
  );
  const { dated, undated: undatedEvents } = datedEventsOf(involved);
  const life =
    node && isDated(node) ? { since: dateOrNull(node.since), until: dateOrNull(node.until) } : null;
  return {
    life,
    rows,
    undated,
    events: dated,
    undatedEvents,
    extent: extentOf([
      ...rows.flatMap((r) => [r.since, r.until]),
      ...dated.map((e) => e.date),
      life?.since ?? null,
      life?.until ?? null,
    ]),
  };
}

export interface SelectionActivity {
  /** The dated relations of the selected entities, and the selected relations, as bars. */
  bars: TimeBar[];
  /** How many of those relations carry no date. */
  undatedCount: number;
  /** Events the selected entities took part in or that happened at them. */
  eventIds: ReadonlySet<string>;
}

/**
 * When a selection was active: the relations touching the selected entities, and the selected
 * relations themselves, as bars, and the events the entities took part in. Empty for an empty
 * selection.
 */
export function selectionActivity(
  index: GraphIndex,
  nodeIds: ReadonlySet<string>,
  edgeIds: ReadonlySet<string> = new Set(),
): SelectionActivity {
  const edges = new Set<string>(edgeIds);
  for (const id of nodeIds) for (const edgeId of index.edgesByNode.get(id) ?? []) edges.add(edgeId);
  const bars: TimeBar[] = [];
  let undatedCount = 0;
  for (const id of edges) {
    const edge = index.edgesById.get(id);
    if (!edge) continue;
    const bar = relationBar(edge);
    if (bar) bars.push(bar);
    else undatedCount += 1;
  }
  const eventIds = new Set(
    index.dataset.events
      .filter(
        (e) =>
          e.participants.some((p) => nodeIds.has(p)) ||
          (e.place !== undefined && nodeIds.has(e.place)),
      )
      .map((e) => e.id),
  );
  return { bars: bars.sort(compareBars), undatedCount, eventIds };
}

/**
 * Paths that respect time: chains of relations whose steps could have followed each other, as an
 * order passed from A to B and then from B to C could only have done. Step i is taken on some day
 * t_i when its relation is active (see activeSpan: the relation's own dates and its ends' lives,
 * partial dates read as their whole period, open ends unbounded), and t_1 ≤ t_2 ≤ … ≤ t_k. So a
 * relation may be used only if it is still active on or after the day the step before it could
 * at the earliest have been taken. Relations without any date of their own are allowed (limited
 * only by their ends' lives) or left out, as the caller asks.
 *
 * The paths listed are the shortest such chains (fewest steps), up to a cap, each with the window
 * it could have run in: at the earliest it was complete when the last of its relations began, at
 * the latest it must have started when the first of them ended.
 */
import { isDated } from './dates';
import type { GraphIndex } from './graphIndex';
import { MAX_LISTED_PATHS, type PathStep } from './paths';
import type { PathTimeOrder } from './viewState';
import { activeSpan, spanInterval, type ActiveSpan, type TimeBound } from './timeline';

/** Whether relations that carry no date of their own may be steps of a time-ordered path. */
export type UndatedRelations = 'allow' | 'exclude';

/** The rule for undated relations that a view's time order asks for. */
export function undatedRuleOf(order: Exclude<PathTimeOrder, 'off'>): UndatedRelations {
  return order === 'allow-undated' ? 'allow' : 'exclude';
}

export interface TimedStep extends PathStep {
  span: ActiveSpan;
}

export interface TimedPath {
  steps: TimedStep[];
  /**
   * The earliest day the whole path could have been run by: the latest start among its relations
   * (null when none has a start, so it could have run at any time before its end).
   */
  earliestEnd: TimeBound | null;
  /**
   * The latest day the path could have been started on: the earliest end among its relations
   * (null when none has ended).
   */
  latestStart: TimeBound | null;
}

export interface TimedPathsResult {
  from: string;
  to: string;
  paths: TimedPath[];
  /** Steps in each path; 0 when there is none. */
  length: number;
  truncated: boolean;
  /** The earliest `earliestEnd` over the paths listed (null if any is unbounded or none exists). */
  earliestEnd: TimeBound | null;
  /** The latest `latestStart` over the paths listed (null if any is unbounded or none exists). */
  latestStart: TimeBound | null;
}

interface Link {
  edgeId: string;
  other: string;
  forward: boolean;
  firstDay: number;
  lastDay: number;
}

/** The usable links out of each entity, with the days each can be taken on. */
function linksByNode(
  index: GraphIndex,
  edgeIds: ReadonlySet<string>,
  undated: UndatedRelations,
): { links: Map<string, Link[]>; spans: Map<string, ActiveSpan> } {
  const links = new Map<string, Link[]>();
  const spans = new Map<string, ActiveSpan>();
  const add = (nodeId: string, link: Link) => {
    const list = links.get(nodeId);
    if (list) list.push(link);
    else links.set(nodeId, [link]);
  };
  for (const edgeId of edgeIds) {
    const edge = index.edgesById.get(edgeId);
    if (!edge || edge.source === edge.target) continue;
    if (undated === 'exclude' && !isDated(edge)) continue;
    const span = activeSpan(index, edge);
    const { firstDay, lastDay } = spanInterval(span);
    if (firstDay > lastDay) continue; // its dates and its ends' lives never meet
    spans.set(edgeId, span);
    add(edge.source, { edgeId, other: edge.target, forward: true, firstDay, lastDay });
    add(edge.target, { edgeId, other: edge.source, forward: false, firstDay, lastDay });
  }
  return { links, spans };
}

/**
 * For j = 0, 1, …, maxHops: the latest day one can leave each entity and still reach `to` in at
 * most j steps (absent when one cannot). Leaving `to` itself needs no step: any day will do.
 */
function latestDepartures(
  links: Map<string, Link[]>,
  to: string,
  maxHops: number,
): Map<string, number>[] {
  const tables = [new Map([[to, Number.POSITIVE_INFINITY]])];
  for (let j = 1; j <= maxHops; j++) {
    const previous = tables[j - 1]!;
    const table = new Map(previous);
    for (const [nodeId, arrival] of previous) {
      // Step into nodeId from each neighbour: the latest day that step can be taken.
      for (const link of links.get(nodeId) ?? []) {
        const day = Math.min(link.lastDay, arrival);
        if (day < link.firstDay) continue;
        if (!canLeaveBy(table, link.other, day)) table.set(link.other, day);
      }
    }
    tables.push(table);
  }
  return tables;
}

/** Whether a table of latest departures lets one leave the entity on the day or later. */
function canLeaveBy(table: ReadonlyMap<string, number>, nodeId: string, day: number): boolean {
  const latest = table.get(nodeId);
  return latest !== undefined && latest >= day;
}

/** The fewest steps of a time-ordered path, by earliest arrivals; null when there is none. */
function fewestSteps(links: Map<string, Link[]>, from: string, to: string): number | null {
  let arrivals = new Map([[from, Number.NEGATIVE_INFINITY]]);
  for (let hops = 1; hops <= links.size; hops++) {
    const next = new Map(arrivals);
    let improved = false;
    for (const [nodeId, day] of arrivals) {
      for (const link of links.get(nodeId) ?? []) {
        const taken = Math.max(day, link.firstDay);
        if (taken > link.lastDay) continue;
        const known = next.get(link.other);
        if (known === undefined || taken < known) {
          next.set(link.other, taken);
          improved = true;
        }
      }
    }
    if (next.has(to)) return hops;
    if (!improved) return null;
    arrivals = next;
  }
  return null;
}

function windowOf(steps: TimedStep[]): Pick<TimedPath, 'earliestEnd' | 'latestStart'> {
  let earliestEnd: TimeBound | null = null;
  let latestStart: TimeBound | null = null;
  for (const { span } of steps) {
    if (span.first && (!earliestEnd || span.first.day > earliestEnd.day)) earliestEnd = span.first;
    if (span.last && (!latestStart || span.last.day < latestStart.day)) latestStart = span.last;
  }
  return { earliestEnd, latestStart };
}

/** The shortest time-ordered paths from `from` to `to` through the given relations. */
export function timeOrderedPaths(
  index: GraphIndex,
  from: string,
  to: string,
  edgeIds: ReadonlySet<string>,
  undated: UndatedRelations,
  cap: number = MAX_LISTED_PATHS,
): TimedPathsResult {
  const none: TimedPathsResult = {
    from,
    to,
    paths: [],
    length: 0,
    truncated: false,
    earliestEnd: null,
    latestStart: null,
  };
  if (from === to || !index.nodesById.has(from) || !index.nodesById.has(to)) return none;
  const { links, spans } = linksByNode(index, edgeIds, undated);
  const length = fewestSteps(links, from, to);
  if (length === null) return none;
  const departures = latestDepartures(links, to, length - 1);

  // Forward from `from`, taking each step as early as it can be taken, and only where the rest of
  // the way can still be made in time in the steps left: every branch explored ends in a path.
  const paths: TimedPath[] = [];
  let truncated = false;
  const steps: TimedStep[] = [];
  const visited = new Set([from]);
  const walk = (nodeId: string, day: number) => {
    const left = length - steps.length;
    if (left === 0) {
      if (paths.length < cap) paths.push({ steps: [...steps], ...windowOf(steps) });
      else truncated = true;
      return;
    }
    for (const link of links.get(nodeId) ?? []) {
      if (truncated) return;
      if (visited.has(link.other)) continue;
      const taken = Math.max(day, link.firstDay);
      if (taken > link.lastDay || !canLeaveBy(departures[left - 1]!, link.other, taken)) continue;
      visited.add(link.other);
      steps.push({
        from: nodeId,
        to: link.other,
        edgeId: link.edgeId,
        forward: link.forward,
        span: spans.get(link.edgeId)!,
      });
      walk(link.other, taken);
      steps.pop();
      visited.delete(link.other);
    }
  };
  walk(from, Number.NEGATIVE_INFINITY);

  const ends = paths.map((p) => p.earliestEnd);
  const starts = paths.map((p) => p.latestStart);
  return {
    from,
    to,
    paths,
    length,
    truncated,
    earliestEnd: ends.includes(null)
      ? null
      : ends.reduce((a, b) => (b!.day < a!.day ? b : a), ends[0] ?? null),
    latestStart: starts.includes(null)
      ? null
      : starts.reduce((a, b) => (b!.day > a!.day ? b : a), starts[0] ?? null),
  };
}

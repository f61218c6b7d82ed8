/**
 * Who commands whom: an entity's chain of command, upward to the top and downward to its
 * subordinates, through the links that rank in the chosen chain (formal or de facto). The chain
 * rule is written down in hierarchy.ts (and for curators in data/README.md): only `commands`,
 * `leads`, `controls`, `part_of` and `member_of` rank, founders are not superiors, the formal
 * chain keeps what holds on paper and the de facto chain what holds in fact, and a leader stays
 * above the group he is also a member of. Rank comes from each relation's `superior` end, not
 * from the edge's direction. Loops left in the data (A above B above A) are reported, never
 * walked twice.
 */
import type { GraphIndex } from './graphIndex';
import { settleRank, type RankLink } from './hierarchy';
import { computeView } from './view';
import type { ViewState } from './viewState';

export interface ChainStep {
  nodeId: string;
  /** Steps from the start: 1 for a direct superior or subordinate. */
  depth: number;
  /** The link followed to reach this entity. */
  edgeId: string;
  /** The entity one step closer to the start, at the other end of that link. */
  via: string;
}

export interface ChainOfCommand {
  nodeId: string;
  /** Superiors, nearest first, each reached by its shortest climb. */
  superiors: ChainStep[];
  /** Subordinates, nearest first. */
  subordinates: ChainStep[];
  /**
   * Loops met on the way, each from superior to subordinate and closed on its first entity
   * ([a, b, a]: a is above b, which is above a).
   */
  cycles: string[][];
}

/** At most this many loops are reported; one is enough to warn, a few help to find them. */
const MAX_CYCLES = 5;

/**
 * The links chains of command follow under a view state: the command view's links (its chain,
 * filters and dates), wherever the entity sits, so neither the network mode nor a focus cuts them.
 */
export function commandEdgeIds(index: GraphIndex, view: ViewState): ReadonlySet<string> {
  return computeView(index, { ...view, mode: 'command', focus: null }).edgeIds;
}

type Direction = 'up' | 'down';

interface Step {
  next: string;
  edgeId: string;
}

/** For each entity, the entities one rank above (up) or below (down) it over the given links. */
function rankAdjacency(links: readonly RankLink[], direction: Direction): Map<string, Step[]> {
  const adjacency = new Map<string, Step[]>();
  for (const { edgeId, superior, subordinate } of links) {
    const [from, next] = direction === 'up' ? [subordinate, superior] : [superior, subordinate];
    let steps = adjacency.get(from);
    if (!steps) adjacency.set(from, (steps = []));
    steps.push({ next, edgeId });
  }
  return adjacency;
}

/** Breadth-first, so each entity is listed once, at its shortest distance. */
function walk(start: string, adjacency: Map<string, Step[]>): ChainStep[] {
  const reached: ChainStep[] = [];
  const seen = new Set([start]);
  let frontier = [start];
  for (let depth = 1; frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const from of frontier) {
      for (const step of adjacency.get(from) ?? []) {
        if (seen.has(step.next)) continue;
        seen.add(step.next);
        next.push(step.next);
        reached.push({ nodeId: step.next, depth, edgeId: step.edgeId, via: from });
      }
    }
    frontier = next;
  }
  return reached;
}

/**
 * Loops reachable from the start, found by a depth-first walk that keeps its current trail: a
 * step back onto the trail closes a loop. Iterative, so long chains cannot overflow the stack.
 */
function findCycles(start: string, adjacency: Map<string, Step[]>, found: Map<string, string[]>) {
  const done = new Set<string>();
  const trail: string[] = [];
  const onTrail = new Set<string>();
  const stack: { node: string; nextIndex: number }[] = [{ node: start, nextIndex: 0 }];
  trail.push(start);
  onTrail.add(start);
  while (stack.length > 0 && found.size < MAX_CYCLES) {
    const frame = stack[stack.length - 1]!;
    const steps = adjacency.get(frame.node) ?? [];
    const step = steps[frame.nextIndex++];
    if (!step) {
      stack.pop();
      trail.pop();
      onTrail.delete(frame.node);
      done.add(frame.node);
      continue;
    }
    if (onTrail.has(step.next)) {
      const loop = trail.slice(trail.indexOf(step.next));
      const key = [...loop].sort().join('\u0000');
      if (!found.has(key)) found.set(key, [...loop, step.next]);
    } else if (!done.has(step.next)) {
      stack.push({ node: step.next, nextIndex: 0 });
      trail.push(step.next);
      onTrail.add(step.next);
    }
  }
}

/** Orients a loop found walking down as superior → subordinate; a loop found walking up is reversed. */
function superiorFirst(loop: string[], direction: Direction): string[] {
  return direction === 'down' ? loop : [...loop].reverse();
}

export function chainOfCommand(
  index: GraphIndex,
  nodeId: string,
  edgeIds: ReadonlySet<string>,
): ChainOfCommand {
  const { kept } = settleRank(index, edgeIds);
  const up = rankAdjacency(kept, 'up');
  const down = rankAdjacency(kept, 'down');
  const cycles: string[][] = [];
  for (const [direction, adjacency] of [
    ['up', up],
    ['down', down],
  ] as const) {
    const found = new Map<string, string[]>();
    findCycles(nodeId, adjacency, found);
    for (const loop of found.values()) {
      const oriented = superiorFirst(loop, direction);
      const key = [...new Set(oriented)].sort().join('\u0000');
      if (!cycles.some((c) => [...new Set(c)].sort().join('\u0000') === key)) cycles.push(oriented);
    }
  }
  return {
    nodeId,
    superiors: walk(nodeId, up),
    subordinates: walk(nodeId, down),
    cycles: cycles.slice(0, MAX_CYCLES),
  };
}

/**
 * Paths between two entities: every shortest path (up to a cap) through a given set of links,
 * walking links in either direction, since a link connects its two ends whichever way it reads.
 * Each step keeps the link it uses and which way it reads, so it can be said in words.
 */
import type { GraphIndex } from './graphIndex';

export interface PathStep {
  from: string;
  to: string;
  edgeId: string;
  /** True when the link reads from `from` to `to` (from is its source). */
  forward: boolean;
}

export interface PathsResult {
  from: string;
  to: string;
  /** Shortest paths, each a list of steps from `from` to `to`; empty when none exists. */
  paths: PathStep[][];
  /** Steps in each path; 0 when there is no path. */
  length: number;
  /** More shortest paths exist than were listed. */
  truncated: boolean;
}

export const MAX_LISTED_PATHS = 10;

interface Arrival {
  previous: string;
  edgeId: string;
}

/** Distances from `from`, recording every way each entity is first reached, until `to` is. */
function arrivalsTowards(
  index: GraphIndex,
  from: string,
  to: string,
  edgeIds: ReadonlySet<string>,
): Map<string, Arrival[]> | null {
  const distance = new Map([[from, 0]]);
  const arrivals = new Map<string, Arrival[]>();
  let frontier = [from];
  for (let depth = 1; frontier.length > 0 && !distance.has(to); depth++) {
    const next: string[] = [];
    for (const nodeId of frontier) {
      for (const edgeId of index.edgesByNode.get(nodeId) ?? []) {
        if (!edgeIds.has(edgeId)) continue;
        const edge = index.edgesById.get(edgeId)!;
        const other = edge.source === nodeId ? edge.target : edge.source;
        const known = distance.get(other);
        if (known === undefined) {
          distance.set(other, depth);
          next.push(other);
          arrivals.set(other, [{ previous: nodeId, edgeId }]);
        } else if (known === depth) {
          arrivals.get(other)!.push({ previous: nodeId, edgeId });
        }
      }
    }
    frontier = next;
  }
  return distance.has(to) ? arrivals : null;
}

export function shortestPaths(
  index: GraphIndex,
  from: string,
  to: string,
  edgeIds: ReadonlySet<string>,
  cap: number = MAX_LISTED_PATHS,
): PathsResult {
  const none: PathsResult = { from, to, paths: [], length: 0, truncated: false };
  if (from === to || !index.nodesById.has(from) || !index.nodesById.has(to)) return none;
  const arrivals = arrivalsTowards(index, from, to, edgeIds);
  if (!arrivals) return none;

  // Walk back from `to` along the recorded arrivals, stopping once the cap is passed.
  const paths: PathStep[][] = [];
  let truncated = false;
  const reversed: PathStep[] = [];
  const backtrack = (nodeId: string): void => {
    if (nodeId === from) {
      if (paths.length < cap) paths.push([...reversed].reverse());
      else truncated = true;
      return;
    }
    for (const arrival of arrivals.get(nodeId) ?? []) {
      if (truncated) return;
      const edge = index.edgesById.get(arrival.edgeId)!;
      reversed.push({
        from: arrival.previous,
        to: nodeId,
        edgeId: arrival.edgeId,
        forward: edge.source === arrival.previous,
      });
      backtrack(arrival.previous);
      reversed.pop();
    }
  };
  backtrack(to);
  return { from, to, paths, length: paths[0]?.length ?? 0, truncated };
}

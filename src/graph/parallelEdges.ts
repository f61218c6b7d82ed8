/**
 * Many relations between the same two entities (thousands, in a hostile or machine-made file)
 * would fan out as curves that take seconds to lay out, freeze panning and push the rest of the
 * graph out of view. Beyond a few, the relations of such a pair are drawn as one straight
 * bundle instead: every relation is still an element (counted, selectable), drawn cheaply.
 */
import type { GraphIndex } from '../domain/graphIndex';

export const MAX_FANNED_PARALLEL_EDGES = 8;

const bundledByIndex = new WeakMap<GraphIndex, ReadonlySet<string>>();

/** Ids of the relations whose pair of entities (in either direction) has too many to fan out. */
export function bundledEdgeIds(index: GraphIndex): ReadonlySet<string> {
  let bundled = bundledByIndex.get(index);
  if (bundled) return bundled;
  const byPair = new Map<string, string[]>();
  for (const edge of index.dataset.edges) {
    const pair =
      edge.source < edge.target
        ? `${edge.source}\n${edge.target}`
        : `${edge.target}\n${edge.source}`;
    const ids = byPair.get(pair);
    if (ids) ids.push(edge.id);
    else byPair.set(pair, [edge.id]);
  }
  const ids = new Set<string>();
  for (const group of byPair.values())
    if (group.length > MAX_FANNED_PARALLEL_EDGES) for (const id of group) ids.add(id);
  bundled = ids;
  bundledByIndex.set(index, bundled);
  return bundled;
}

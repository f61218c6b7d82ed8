/**
 * What the command view hides that the filters would show, and why: the relation families that
 * never rank, the relation types of ranking families that do not rank either (founding, merging,
 * appointing), ranking links outside the chosen chain, links set aside because a stronger link
 * already ranks the pair the other way (the chain rule, hierarchy.ts), and entities left without
 * relations. The Filters panel says so, instead of showing "supports 0/10" with the box ticked.
 */
import type { GraphIndex } from './graphIndex';
import { isCommandFamily, isInChain, rankTier } from './hierarchy';
import type { RelationFamily } from './relations';
import { computeView, type GraphView } from './view';
import type { ViewState } from './viewState';

export interface CommandOverrides {
  /** Families the filters show and the command view leaves out whole, with their relation counts. */
  families: { family: RelationFamily; relations: number }[];
  /** Relation types of the command and membership families that do not rank, with their counts. */
  types: { key: string; relations: number }[];
  /** Ranking relations outside the chosen chain. */
  outsideChain: number;
  /** Ranking relations of the chain set aside by the chain rule (a stronger link ranks the pair). */
  setAside: number;
  /** Entities the filters show that the command view hides for having no relation left. */
  entitiesWithoutRelations: number;
}

function bump<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * Null outside the command view. `commandView` is the view the command mode computes (passed in,
 * since the store has it already); the same view state in network mode is what the filters allow.
 */
export function commandOverrides(
  index: GraphIndex,
  view: ViewState,
  commandView: GraphView,
): CommandOverrides | null {
  if (view.mode !== 'command') return null;
  const allowed = computeView(index, { ...view, mode: 'network' });
  const byFamily = new Map<RelationFamily, number>();
  const byType = new Map<string, number>();
  let outsideChain = 0;
  let setAside = 0;
  for (const id of allowed.edgeIds) {
    if (commandView.edgeIds.has(id)) continue;
    const edge = index.edgesById.get(id);
    if (!edge) continue;
    const type = index.relationOf(edge);
    if (!isCommandFamily(type.family)) bump(byFamily, type.family);
    else if (rankTier(type) === null) bump(byType, type.key);
    else if (!isInChain(index, edge, view.commandChain)) outsideChain += 1;
    else setAside += 1;
  }
  let entitiesWithoutRelations = 0;
  for (const id of allowed.nodeIds) if (!commandView.nodeIds.has(id)) entitiesWithoutRelations += 1;
  return {
    families: [...byFamily].map(([family, relations]) => ({ family, relations })),
    types: [...byType].map(([key, relations]) => ({ key, relations })),
    outsideChain,
    setAside,
    entitiesWithoutRelations,
  };
}

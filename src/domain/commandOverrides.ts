/**
 * What the command view hides that the filters would show: the relation families it leaves out
 * whatever is ticked, the command and membership links outside the chosen chain, and entities left
 * without relations. The Filters panel says so, instead of showing "supports 0/10" with the box
 * ticked and no reason.
 */
import type { GraphIndex } from './graphIndex';
import { isCommandFamily } from './hierarchy';
import type { RelationFamily } from './relations';
import { computeView, type GraphView } from './view';
import type { ViewState } from './viewState';

export interface CommandOverrides {
  /** Families the filters show and the command view leaves out, with how many relations each hides. */
  families: { family: RelationFamily; relations: number }[];
  /** Command and membership relations the filters show that are outside the chosen chain. */
  outsideChain: number;
  /** Entities the filters show that the command view hides for having no relation left. */
  entitiesWithoutRelations: number;
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
  let outsideChain = 0;
  for (const id of allowed.edgeIds) {
    if (commandView.edgeIds.has(id)) continue;
    const edge = index.edgesById.get(id);
    if (!edge) continue;
    const { family } = index.relationOf(edge);
    if (isCommandFamily(family)) outsideChain += 1;
    else byFamily.set(family, (byFamily.get(family) ?? 0) + 1);
  }
  let entitiesWithoutRelations = 0;
  for (const id of allowed.nodeIds) if (!commandView.nodeIds.has(id)) entitiesWithoutRelations += 1;
  return {
    families: [...byFamily].map(([family, relations]) => ({ family, relations })),
    outsideChain,
    entitiesWithoutRelations,
  };
}

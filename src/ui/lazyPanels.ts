/**
 * Panels that do not show when the page opens, fetched right after it (each asks for its code
 * once mounted) rather than with it: the details of a selection, the path finder and the
 * relations table. See ./common/preloadable.tsx.
 */
import { preloadable } from './common/preloadable';

export const { Component: SelectionDetails, preload: preloadSelectionDetails } = preloadable(
  () => import('./details/SelectionDetails'),
);

export const { Component: PickedDetails, preload: preloadPickedDetails } = preloadable(
  () => import('./details/PickedDetails'),
);

export const { Component: PathFinder, preload: preloadPathFinder } = preloadable<
  Record<string, never>
>(() => import('./paths/PathFinder').then((m) => ({ default: m.PathFinder })));

export const { Component: RelationTable, preload: preloadRelationTable } = preloadable<
  Record<string, never>
>(() => import('./table/RelationTable').then((m) => ({ default: m.RelationTable })));

/** Asks for all of them (tests read them as soon as they render). */
export function preloadPanels(): Promise<unknown> {
  return Promise.all([preloadSelectionDetails(), preloadPathFinder(), preloadRelationTable()]);
}

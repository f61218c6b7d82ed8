import type { StateCreator } from 'zustand';
import type { Dataset } from '../domain/schema';
import type { LinkboardState } from './store';

/**
 * The communities found for a dataset (src/app/communities/). They are derived data, but found
 * asynchronously in a worker, so the result is kept here, tagged with the dataset it belongs to;
 * selectors ignore a result for another dataset. The user's grouping choices live in the view.
 */
export interface CommunitiesResult {
  dataset: Dataset;
  /** Entity id → community number; null when detection failed. */
  byNode: ReadonlyMap<string, number> | null;
  /** Entity id → sub-community number, for entities of communities split in parts. */
  subByNode: ReadonlyMap<string, number> | null;
}

export interface GroupsSlice {
  communities: CommunitiesResult | null;
  setCommunities: (result: CommunitiesResult) => void;
}

export const createGroupsSlice: StateCreator<LinkboardState, [], [], GroupsSlice> = (set) => ({
  communities: null,
  setCommunities: (communities) => set({ communities }),
});

import type { StateCreator } from 'zustand';
import type { LinkboardState } from './store';

/**
 * Entities the user placed by hand. Pinned entities keep their place when the layout runs again;
 * their positions live on the canvas (and in the saved arrangement), not here.
 */
export interface LayoutSlice {
  pinnedNodeIds: string[];
  pinNode: (id: string) => void;
  setPinnedNodeIds: (ids: string[]) => void;
  unpinAll: () => void;
}

export const createLayoutSlice: StateCreator<LinkboardState, [], [], LayoutSlice> = (set) => ({
  pinnedNodeIds: [],
  pinNode: (id) =>
    set((s) => (s.pinnedNodeIds.includes(id) ? s : { pinnedNodeIds: [...s.pinnedNodeIds, id] })),
  setPinnedNodeIds: (pinnedNodeIds) => set({ pinnedNodeIds }),
  unpinAll: () => set((s) => (s.pinnedNodeIds.length === 0 ? s : { pinnedNodeIds: [] })),
});

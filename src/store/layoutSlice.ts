import type { StateCreator } from 'zustand';
import type { Arrangement } from '../domain/arrangement';
import type { LinkboardState } from './store';

/**
 * Entities the user placed by hand. Pinned entities keep their place when the layout runs again.
 * Their positions live on the canvas; `arrangement` is the picture to restore on the next load
 * (the graph adapter records it, src/app/persistence keeps it per dataset).
 */
export interface LayoutSlice {
  pinnedNodeIds: string[];
  /** Where every entity stood when the user last arranged the graph by hand; null without pins. */
  arrangement: Arrangement | null;
  pinNode: (id: string) => void;
  setPinnedNodeIds: (ids: string[]) => void;
  /** Unpins everything: the hand-made arrangement is forgotten with the pins. */
  unpinAll: () => void;
  setArrangement: (arrangement: Arrangement | null) => void;
  /**
   * A layout is being computed or applied right now (the canvas's progress indicator shows it
   * once it has run for a moment). Set by the graph's layout controller only.
   */
  layoutRunning: boolean;
  setLayoutRunning: (running: boolean) => void;
}

export const createLayoutSlice: StateCreator<LinkboardState, [], [], LayoutSlice> = (set) => ({
  pinnedNodeIds: [],
  arrangement: null,
  pinNode: (id) =>
    set((s) => (s.pinnedNodeIds.includes(id) ? s : { pinnedNodeIds: [...s.pinnedNodeIds, id] })),
  setPinnedNodeIds: (pinnedNodeIds) => set({ pinnedNodeIds }),
  unpinAll: () =>
    set((s) =>
      s.pinnedNodeIds.length === 0 && s.arrangement === null
        ? s
        : { pinnedNodeIds: [], arrangement: null },
    ),
  setArrangement: (arrangement) => set({ arrangement }),
  layoutRunning: false,
  setLayoutRunning: (layoutRunning) =>
    set((s) => (s.layoutRunning === layoutRunning ? s : { layoutRunning })),
});

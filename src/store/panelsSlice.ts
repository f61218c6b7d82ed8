import type { StateCreator } from 'zustand';
import type { LinkboardState } from './store';

/** The tabs of the right-hand column: what is selected, or the path finder. */
export type SideTab = 'details' | 'paths';

/** Which optional panels are open. Not part of the view state: a shared link shows the graph, not the chrome. */
export interface PanelsSlice {
  tableOpen: boolean;
  shortcutsHelpOpen: boolean;
  sideTab: SideTab;
  /**
   * Sections of the Details panel the user opened or closed, by section id; a section not listed
   * keeps its own default. Kept across selections, so a closed "Evidence" stays closed.
   */
  detailsSections: Readonly<Record<string, boolean>>;
  setTableOpen: (open: boolean) => void;
  setShortcutsHelpOpen: (open: boolean) => void;
  setSideTab: (tab: SideTab) => void;
  setDetailsSectionOpen: (id: string, open: boolean) => void;
}

export const createPanelsSlice: StateCreator<LinkboardState, [], [], PanelsSlice> = (set) => ({
  tableOpen: false,
  shortcutsHelpOpen: false,
  sideTab: 'details',
  detailsSections: {},
  setTableOpen: (tableOpen) => set({ tableOpen }),
  setShortcutsHelpOpen: (shortcutsHelpOpen) => set({ shortcutsHelpOpen }),
  setSideTab: (sideTab) => set({ sideTab }),
  setDetailsSectionOpen: (id, open) =>
    set((s) => ({ detailsSections: { ...s.detailsSections, [id]: open } })),
});

import type { StateCreator } from 'zustand';
import type { LinkboardState } from './store';

/** Which optional panels are open. Not part of the view state: a shared link shows the graph, not the chrome. */
export interface PanelsSlice {
  tableOpen: boolean;
  shortcutsHelpOpen: boolean;
  setTableOpen: (open: boolean) => void;
  setShortcutsHelpOpen: (open: boolean) => void;
}

export const createPanelsSlice: StateCreator<LinkboardState, [], [], PanelsSlice> = (set) => ({
  tableOpen: false,
  shortcutsHelpOpen: false,
  setTableOpen: (tableOpen) => set({ tableOpen }),
  setShortcutsHelpOpen: (shortcutsHelpOpen) => set({ shortcutsHelpOpen }),
});

import type { StateCreator } from 'zustand';
import { withSavedView, withoutSavedView, type SavedView } from '../domain/savedViews';
import type { LinkboardState } from './store';

export interface SavedViewsSlice {
  /** The named views of the loaded dataset; persisted per dataset by src/app/persistence. */
  savedViews: SavedView[];
  /** Saves the current view under a name (replacing a view of that name). */
  saveView: (name: string) => void;
  applySavedView: (name: string) => void;
  deleteSavedView: (name: string) => void;
  /** Replaces the whole list: what was stored for a dataset just loaded. */
  setSavedViews: (views: SavedView[]) => void;
}

export const createSavedViewsSlice: StateCreator<LinkboardState, [], [], SavedViewsSlice> = (
  set,
) => ({
  savedViews: [],
  saveView: (name) =>
    set((s) => ({
      savedViews: withSavedView(s.savedViews, name, s.view, new Date().toISOString()),
    })),
  applySavedView: (name) =>
    set((s) => {
      const saved = s.savedViews.find((v) => v.name === name);
      return saved ? { view: saved.view } : {};
    }),
  deleteSavedView: (name) => set((s) => ({ savedViews: withoutSavedView(s.savedViews, name) })),
  setSavedViews: (savedViews) => set({ savedViews }),
});

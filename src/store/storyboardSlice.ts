import type { StateCreator } from 'zustand';
import {
  withSlide,
  withSlideEdited,
  withSlideMoved,
  withoutSlide,
  type StorySlide,
} from '../domain/storyboard';
import type { ViewState } from '../domain/viewState';
import type { LinkboardState } from './store';

export interface StoryboardSlice {
  /** The slides of the loaded dataset, in order; persisted per dataset by src/app/persistence. */
  storyboard: StorySlide[];
  addSlide: (title: string, view: ViewState, origin: string) => void;
  removeSlide: (id: string) => void;
  moveSlide: (id: string, to: number) => void;
  editSlide: (id: string, patch: Partial<Pick<StorySlide, 'title' | 'notes' | 'view'>>) => void;
  /** Replaces the whole list: what was stored for a dataset just loaded. */
  setStoryboard: (slides: StorySlide[]) => void;
  /** Whether the storyboard panel is open (chrome, like the table: not in the view state). */
  storyboardOpen: boolean;
  setStoryboardOpen: (open: boolean) => void;
  /** The index of the slide shown full screen, or null when not presenting. */
  presenting: number | null;
  /** The view before the presentation began, given back when it ends. */
  viewBeforePresenting: ViewState | null;
  /**
   * Shows slide `index` (clamped to the list) full screen: its view becomes the view. Null ends
   * the presentation and gives back the view from before it.
   */
  presentSlide: (index: number | null) => void;
}

export const createStoryboardSlice: StateCreator<LinkboardState, [], [], StoryboardSlice> = (
  set,
) => ({
  storyboard: [],
  addSlide: (title, view, origin) =>
    set((s) => ({ storyboard: withSlide(s.storyboard, { title, notes: '', view, origin }) })),
  removeSlide: (id) => set((s) => ({ storyboard: withoutSlide(s.storyboard, id) })),
  moveSlide: (id, to) => set((s) => ({ storyboard: withSlideMoved(s.storyboard, id, to) })),
  editSlide: (id, patch) => set((s) => ({ storyboard: withSlideEdited(s.storyboard, id, patch) })),
  setStoryboard: (storyboard) => set({ storyboard, presenting: null, viewBeforePresenting: null }),
  storyboardOpen: false,
  setStoryboardOpen: (storyboardOpen) => set({ storyboardOpen }),
  presenting: null,
  viewBeforePresenting: null,
  presentSlide: (index) =>
    set((s) => {
      if (index === null || s.storyboard.length === 0) {
        if (s.presenting === null) return {};
        return {
          presenting: null,
          viewBeforePresenting: null,
          ...(s.viewBeforePresenting ? { view: s.viewBeforePresenting } : {}),
        };
      }
      const at = Math.max(0, Math.min(s.storyboard.length - 1, Math.round(index)));
      return {
        presenting: at,
        view: s.storyboard[at]!.view,
        viewBeforePresenting: s.presenting === null ? s.view : s.viewBeforePresenting,
      };
    }),
});

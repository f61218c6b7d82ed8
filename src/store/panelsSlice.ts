import type { StateCreator } from 'zustand';
import type { LinkboardState } from './store';

/** The tabs of the right-hand column: what is selected, or the path finder. */
export type SideTab = 'details' | 'paths';

/** The tabs of the left-hand column: search, views, filters and legend; or the sources' texts. */
export type LeftTab = 'explore' | 'sources';

/**
 * A passage asked for from Details ("Show in source"): the Sources panel shows that source,
 * scrolls to the quote and marks it. `serial` tells one request from the same one made again.
 */
export interface PassageRequest {
  sourceId: string;
  quote: string;
  serial: number;
}

/** Which optional panels are open. Not part of the view state: a shared link shows the graph, not the chrome. */
export interface PanelsSlice {
  tableOpen: boolean;
  shortcutsHelpOpen: boolean;
  sideTab: SideTab;
  leftTab: LeftTab;
  passageRequest: PassageRequest | null;
  /**
   * Sections of the Details panel the user opened or closed, by section id; a section not listed
   * keeps its own default. Kept across selections, so a closed "Evidence" stays closed.
   */
  detailsSections: Readonly<Record<string, boolean>>;
  /** The part of the canvas column the relations table takes while open (0 to 1). */
  tableShare: number;
  setTableOpen: (open: boolean) => void;
  setShortcutsHelpOpen: (open: boolean) => void;
  setSideTab: (tab: SideTab) => void;
  setLeftTab: (tab: LeftTab) => void;
  /** Opens the Sources panel on a quote of a source. */
  showInSource: (sourceId: string, quote: string) => void;
  setDetailsSectionOpen: (id: string, open: boolean) => void;
  setTableShare: (share: number) => void;
  /** Whether the Annotate panel is open over the canvas. */
  annotateOpen: boolean;
  /** The annotation chosen on the canvas or in the panel, to edit; null for none. */
  activeAnnotation: number | null;
  /**
   * The entities chosen so far for a new highlight ring, while the user picks them on the canvas
   * (each click adds or removes one); null when no ring is being made.
   */
  ringDraft: string[] | null;
  setAnnotateOpen: (open: boolean) => void;
  setActiveAnnotation: (id: number | null) => void;
  setRingDraft: (members: string[] | null) => void;
}

/** The table never takes less or more of the canvas column than this. */
export const TABLE_SHARE_LIMITS = { min: 0.15, max: 0.85, initial: 0.45 } as const;

export const createPanelsSlice: StateCreator<LinkboardState, [], [], PanelsSlice> = (set) => ({
  tableOpen: false,
  shortcutsHelpOpen: false,
  sideTab: 'details',
  leftTab: 'explore',
  passageRequest: null,
  detailsSections: {},
  tableShare: TABLE_SHARE_LIMITS.initial,
  annotateOpen: false,
  activeAnnotation: null,
  ringDraft: null,
  setAnnotateOpen: (annotateOpen) =>
    set(
      annotateOpen ? { annotateOpen } : { annotateOpen, ringDraft: null, activeAnnotation: null },
    ),
  setActiveAnnotation: (activeAnnotation) => set({ activeAnnotation }),
  setRingDraft: (ringDraft) => set({ ringDraft }),
  setTableOpen: (tableOpen) => set({ tableOpen }),
  setShortcutsHelpOpen: (shortcutsHelpOpen) => set({ shortcutsHelpOpen }),
  setSideTab: (sideTab) => set({ sideTab }),
  setLeftTab: (leftTab) => set({ leftTab }),
  showInSource: (sourceId, quote) =>
    set((s) => ({
      leftTab: 'sources',
      passageRequest: { sourceId, quote, serial: (s.passageRequest?.serial ?? 0) + 1 },
    })),
  setDetailsSectionOpen: (id, open) =>
    set((s) => ({ detailsSections: { ...s.detailsSections, [id]: open } })),
  setTableShare: (share) =>
    set({
      tableShare: Math.min(TABLE_SHARE_LIMITS.max, Math.max(TABLE_SHARE_LIMITS.min, share)),
    }),
});

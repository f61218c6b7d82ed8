/**
 * The evidence workbench's edits (issue 15): the log of edits made to the dataset loaded, and the
 * dataset they make. `originalDataset` is the dataset as loaded; `dataset` (the dataset slice's)
 * is it with `edits` made, which is what every panel, the canvas and the exports show. Undo and
 * redo are zundo's temporal middleware over this slice's part of the state (see store.ts): each
 * step restores the log with the dataset it made, so that neither is computed twice.
 */
import type { StateCreator } from 'zustand';
import type { DatasetEdit } from '../domain/edits';
import type { Dataset } from '../domain/schema';
import { editRules } from './editEngine';
import type { LinkboardState } from './store';

const STILL_LOADING = 'Editing is still loading; try again in a moment.';

export interface EditsSlice {
  /** The dataset as it was loaded, before any edit; null before one is. */
  originalDataset: Dataset | null;
  /** The edits made to it, in order: replaying them over `originalDataset` gives `dataset`. */
  edits: DatasetEdit[];
  /**
   * Makes an edit: appends it to the log and updates `dataset`. An edit that does not apply
   * changes nothing and says why (as does one made before the edit rules have arrived, see
   * editEngine.ts).
   */
  applyEdit: (edit: DatasetEdit) => { ok: true } | { ok: false; message: string };
  /** Back to the dataset as loaded (an undoable step: Undo brings the edits back). */
  revertToOriginal: () => void;
  /**
   * Puts a log kept for this dataset back (persistence): the edits that still apply are made, the
   * others are returned with the reason. The caller waits for loadEditRules first.
   */
  restoreEdits: (edits: DatasetEdit[]) => { index: number; message: string }[];
}

/** The part of the state undo and redo move through. */
export interface EditHistoryState {
  edits: DatasetEdit[];
  dataset: Dataset | null;
  originalDataset: Dataset | null;
}

export const selectEditHistoryState = (state: LinkboardState): EditHistoryState => ({
  edits: state.edits,
  dataset: state.dataset,
  originalDataset: state.originalDataset,
});

/** How many edits the dataset shown carries ("edited, 12 changes"). */
export const selectEditCount = (state: LinkboardState): number => state.edits.length;

export const createEditsSlice: StateCreator<LinkboardState, [], [], EditsSlice> = (set, get) => ({
  originalDataset: null,
  edits: [],
  applyEdit: (edit) => {
    const { dataset, edits } = get();
    if (!dataset) return { ok: false, message: 'No dataset is loaded' };
    const rules = editRules();
    if (!rules) return { ok: false, message: STILL_LOADING };
    const result = rules.tryApplyEdit(dataset, edit);
    if (!result.ok) return result;
    set({ dataset: result.dataset, edits: [...edits, edit] });
    return { ok: true };
  },
  revertToOriginal: () => {
    const { originalDataset, edits } = get();
    if (!originalDataset || edits.length === 0) return;
    set({ dataset: originalDataset, edits: [] });
  },
  restoreEdits: (edits) => {
    const { originalDataset } = get();
    if (!originalDataset) return [];
    const rules = editRules();
    if (!rules) return edits.map((_, index) => ({ index, message: STILL_LOADING }));
    const { dataset, skipped } = rules.applyEdits(originalDataset, edits);
    const skippedAt = new Set(skipped.map((s) => s.index));
    set({ dataset, edits: edits.filter((_, i) => !skippedAt.has(i)) });
    return skipped;
  },
});

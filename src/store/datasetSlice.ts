import type { StateCreator } from 'zustand';
import { initialGrouping } from '../domain/groups';
import type { Dataset, DatasetIssue } from '../domain/schema';
import type { LinkboardState } from './store';

export interface DatasetSlice {
  /**
   * The dataset shown: the one loaded with the analyst's edits made (editsSlice keeps the one
   * loaded as `originalDataset`). Each edit makes a new one; none is changed in place.
   */
  dataset: Dataset | null;
  /** Where it came from, in words: a file name, a URL, or "default dataset". */
  datasetOrigin: string;
  /** Non-fatal problems found while loading it. */
  datasetWarnings: DatasetIssue[];
  /** Replaces the dataset and resets the view state and saved views that referred to the old one. */
  loadDataset: (dataset: Dataset, origin: string, warnings?: DatasetIssue[]) => void;
}

export const createDatasetSlice: StateCreator<LinkboardState, [], [], DatasetSlice> = (set) => ({
  dataset: null,
  datasetOrigin: '',
  datasetWarnings: [],
  loadDataset: (dataset, origin, warnings = []) =>
    set((state) => ({
      dataset,
      originalDataset: dataset,
      edits: [],
      datasetOrigin: origin,
      datasetWarnings: warnings,
      // Groups belong to a dataset; a large one opens as collapsed clusters (see groups.ts).
      view: {
        ...state.view,
        selection: null,
        focus: null,
        path: null,
        // Another graph is framed anew.
        camera: null,
        ...initialGrouping(dataset),
      },
      pinnedNodeIds: [],
      // Saved views and arrangements belong to a dataset; the persistence effect reads the new one's.
      arrangement: null,
      savedViews: [],
    })),
});

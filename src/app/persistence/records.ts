/**
 * What Linkboard keeps per dataset in this browser, each through persistPerDataset: the saved
 * views, the arrangement the user made by hand, and the storyboard. (Edits, when they come, are one more record
 * with the same key scheme, in IndexedDB.)
 */
import { writeArrangement, type Arrangement } from '../../domain/arrangement';
import { writeSavedViews, type SavedView } from '../../domain/savedViews';
import { readArrangement, readSavedViews, readStoryboard } from '../../domain/storedDocuments';
import { writeStoryboard, type StorySlide } from '../../domain/storyboard';
import type { LinkboardStore } from '../../store/store';
import { webStorageBackend, type StorageBackend } from './backend';
import { legacyArrangementKey } from './keys';
import { persistPerDataset, type DatasetRecord } from './persistPerDataset';

const capitalised = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}`;

export const SAVED_VIEWS_RECORD: DatasetRecord<SavedView[]> = {
  kind: 'saved-views',
  select: (state) => state.savedViews,
  restore: (store, views) => store.getState().setSavedViews(views),
  empty: [],
  isEmpty: (views) => views.length === 0,
  write: writeSavedViews,
  read: (text) => {
    const { views, problem } = readSavedViews(text);
    return { value: views, problem };
  },
  ignoredNotice: (problem) => ({
    title: 'Ignored saved views stored for this dataset',
    details: [`${capitalised(problem)}; saving a view replaces them.`],
  }),
  writeFailedTitle: 'Could not keep the saved views in this browser',
};

export const ARRANGEMENT_RECORD: DatasetRecord<Arrangement | null> = {
  kind: 'arrangement',
  legacyKeys: (dataset) => [legacyArrangementKey(dataset)],
  select: (state) => state.arrangement,
  restore: (store, arrangement) => store.getState().setArrangement(arrangement),
  empty: null,
  isEmpty: (arrangement) => arrangement === null,
  write: (arrangement) => writeArrangement(arrangement!),
  read: (text) => {
    const { arrangement, problem } = readArrangement(text);
    return { value: arrangement, problem, discard: problem !== undefined };
  },
  ignoredNotice: (problem) => ({
    title: 'Ignored the saved arrangement of this dataset',
    details: [`It could not be read: ${problem}. The graph was laid out anew.`],
  }),
  // Storage full or refused: the arrangement simply does not outlive the page.
};

export const STORYBOARD_RECORD: DatasetRecord<StorySlide[]> = {
  kind: 'storyboard',
  select: (state) => state.storyboard,
  restore: (store, slides) => store.getState().setStoryboard(slides),
  empty: [],
  isEmpty: (slides) => slides.length === 0,
  write: writeStoryboard,
  read: (text) => {
    const { slides, problem } = readStoryboard(text);
    return { value: slides, problem };
  },
  ignoredNotice: (problem) => ({
    title: 'Ignored the storyboard stored for this dataset',
    details: [`${capitalised(problem)}; adding a slide replaces it.`],
  }),
  writeFailedTitle: 'Could not keep the storyboard in this browser',
};

/** Keeps saved views, arrangements and the storyboard per dataset; returns the function that stops it. */
export function persistDatasetRecords(
  store: LinkboardStore,
  backend: StorageBackend | null = webStorageBackend(),
): () => void {
  const stops = [
    persistPerDataset(store, backend, SAVED_VIEWS_RECORD),
    persistPerDataset(store, backend, ARRANGEMENT_RECORD),
    persistPerDataset(store, backend, STORYBOARD_RECORD),
  ];
  return () => stops.forEach((stop) => stop());
}

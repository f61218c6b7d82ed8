/**
 * Keeps saved views in localStorage, one entry per dataset (keyed by its fingerprint). An effect
 * subscribed to the store: loading a dataset reads its entry, changing the list writes it. What
 * cannot be read is ignored with a notice; a browser that refuses storage only loses persistence.
 */
import { datasetFingerprint } from '../domain/fingerprint';
import { readSavedViews, writeSavedViews, type SavedView } from '../domain/savedViews';
import type { Dataset } from '../domain/schema';
import type { LinkboardStore } from '../store/store';

export const SAVED_VIEWS_KEY_PREFIX = 'linkboard:saved-views:';

export function savedViewsKey(dataset: Dataset): string {
  return SAVED_VIEWS_KEY_PREFIX + datasetFingerprint(dataset);
}

/** localStorage, or null where the browser denies it (some private modes throw on access). */
export function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Starts the effect; returns the function that stops it. */
export function persistSavedViews(
  store: LinkboardStore,
  storage: Storage | null = browserStorage(),
): () => void {
  let dataset: Dataset | null = null;
  let stored: SavedView[] | null = null;

  const readItem = (key: string): string | null => {
    try {
      return storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  };

  const readFor = (next: Dataset) => {
    const { views, problem } = readSavedViews(readItem(savedViewsKey(next)));
    stored = views;
    store.getState().setSavedViews(views);
    if (problem)
      store.getState().pushNotice({
        level: 'warning',
        title: 'Ignored saved views stored for this dataset',
        details: [`${problem[0]!.toUpperCase()}${problem.slice(1)}; saving a view replaces them.`],
      });
  };

  const write = (views: SavedView[]) => {
    if (!storage || !dataset) return;
    stored = views;
    try {
      if (views.length === 0) storage.removeItem(savedViewsKey(dataset));
      else storage.setItem(savedViewsKey(dataset), writeSavedViews(views));
    } catch (error) {
      store.getState().pushNotice({
        level: 'error',
        title: 'Could not keep the saved views in this browser',
        details: [error instanceof Error ? error.message : String(error)],
      });
    }
  };

  const sync = () => {
    const state = store.getState();
    if (state.dataset !== dataset) {
      dataset = state.dataset;
      if (dataset) readFor(dataset);
      return;
    }
    if (dataset && state.savedViews !== stored) write(state.savedViews);
  };

  sync();
  return store.subscribe(sync);
}

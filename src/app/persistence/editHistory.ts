/**
 * Keeps the evidence workbench's edits per dataset in IndexedDB (issue 15, point 5): the edit log
 * with the undo history behind it and the redo future ahead of it, written as each edit, undo or
 * redo is made, so that a reload or a crash loses nothing. Keyed like everything else kept per
 * dataset (datasetKey, the fingerprint of the dataset as loaded). Loaded on demand with
 * idb-keyval, a small maintained wrapper over IndexedDB; values are kept as structured data.
 */
import { createStore as createIdbStore, del, get, set } from 'idb-keyval';
import { applyEdits, type DatasetEdit } from '../../domain/edits';
import type { Dataset } from '../../domain/schema';
import type { EditHistoryState } from '../../store/editsSlice';
import type { LinkboardStore } from '../../store/store';
import { settle, type StorageBackend } from './backend';
import { datasetKey } from './keys';

/** What is kept for a dataset: the log, and each undo and redo step as the log it returns to. */
export interface KeptEdits {
  version: 1;
  edits: DatasetEdit[];
  /** Oldest first, as zundo holds them: Undo returns to the last. */
  past: DatasetEdit[][];
  /** Redo returns to the last. */
  future: DatasetEdit[][];
}

export const EDITS_KIND = 'edits';

/** IndexedDB through idb-keyval (its own database), or null where the browser has none. */
export function indexedDbBackend(): StorageBackend<KeptEdits> | null {
  if (typeof indexedDB === 'undefined') return null;
  const idb = createIdbStore('linkboard', 'edits');
  return {
    get: (key) => get<KeptEdits>(key, idb),
    set: (key, value) => set(key, value, idb),
    delete: (key) => del(key, idb),
  };
}

const isLog = (value: unknown): value is DatasetEdit[] =>
  Array.isArray(value) &&
  value.every(
    (e) =>
      e !== null && typeof e === 'object' && typeof (e as { kind?: unknown }).kind === 'string',
  );

/** A stored value read with care: it may come from another version, or be damaged. */
export function readKeptEdits(value: unknown): KeptEdits | null {
  if (value === null || typeof value !== 'object') return null;
  const v = value as Partial<KeptEdits>;
  if (v.version !== 1 || !isLog(v.edits)) return null;
  const logs = (list: unknown) => (Array.isArray(list) ? list.filter(isLog) : []);
  return { version: 1, edits: v.edits, past: logs(v.past), future: logs(v.future) };
}

function isEmpty(kept: KeptEdits): boolean {
  return kept.edits.length === 0 && kept.past.length === 0 && kept.future.length === 0;
}

/** Starts keeping the edits of every dataset the store loads; returns the function that stops it. */
export function persistEdits(
  store: LinkboardStore,
  backend: StorageBackend<KeptEdits> | null,
): () => void {
  /** The dataset (as loaded) whose edits are kept now; null while its entry is being read. */
  let restoredFor: Dataset | null = null;
  let watching: Dataset | null = null;
  let lastWritten: KeptEdits | null = null;
  let writeQueued = false;

  const current = (): KeptEdits => {
    const { pastStates, futureStates } = store.temporal.getState();
    return {
      version: 1,
      edits: store.getState().edits,
      past: pastStates.map((s) => s.edits ?? []),
      future: futureStates.map((s) => s.edits ?? []),
    };
  };

  const restore = (original: Dataset, stored: KeptEdits | undefined) => {
    if (store.getState().originalDataset !== original || watching !== original) return;
    const kept = stored === undefined ? null : readKeptEdits(stored);
    if (kept && !isEmpty(kept)) {
      const skipped = store.getState().restoreEdits(kept.edits);
      const step = (edits: DatasetEdit[]): EditHistoryState => ({
        edits,
        dataset: applyEdits(original, edits).dataset,
        originalDataset: original,
      });
      // A history that no longer fits the log (some edits did not apply) is left behind.
      store.temporal.setState({
        pastStates: skipped.length === 0 ? kept.past.map(step) : [],
        futureStates: skipped.length === 0 ? kept.future.map(step) : [],
      });
      if (skipped.length > 0)
        store.getState().pushNotice({
          level: 'warning',
          title: `${skipped.length} of the ${kept.edits.length} edits kept for this dataset no longer apply`,
          details: skipped.slice(0, 5).map((s) => `Edit ${s.index + 1}: ${s.message}`),
        });
    } else if (stored !== undefined && !kept) {
      store.getState().pushNotice({
        level: 'warning',
        title: 'Ignored the edits stored for this dataset',
        details: ['They could not be read; the dataset is shown as loaded.'],
      });
    }
    restoredFor = original;
    lastWritten = current();
  };

  const write = () => {
    writeQueued = false;
    const original = store.getState().originalDataset;
    if (!backend || !original || restoredFor !== original) return;
    const kept = current();
    if (
      lastWritten &&
      kept.edits === lastWritten.edits &&
      kept.past.length === lastWritten.past.length &&
      kept.future.length === lastWritten.future.length &&
      kept.past.every((log, i) => log === lastWritten!.past[i]) &&
      kept.future.every((log, i) => log === lastWritten!.future[i])
    )
      return;
    lastWritten = kept;
    const key = datasetKey(EDITS_KIND, original);
    settle(
      () => (isEmpty(kept) ? backend.delete(key) : backend.set(key, kept)),
      (outcome) => {
        if (outcome.ok) return;
        store.getState().pushNotice({
          level: 'error',
          title: 'Could not keep the edits in this browser',
          details: [
            outcome.error instanceof Error ? outcome.error.message : String(outcome.error),
            'They stay until the page is closed: download the JSON to keep them.',
          ],
        });
      },
    );
  };

  const sync = () => {
    const original = store.getState().originalDataset;
    if (original !== watching) {
      watching = original;
      restoredFor = null;
      if (!original) return;
      if (!backend) return restore(original, undefined);
      settle(
        () => backend.get(datasetKey(EDITS_KIND, original)),
        (outcome) => restore(original, outcome.ok ? outcome.value : undefined),
      );
      return;
    }
    // Undo and redo change the log and the temporal store one after the other: write once both have.
    if (!writeQueued && restoredFor === original) {
      writeQueued = true;
      queueMicrotask(write);
    }
  };

  sync();
  const stopMain = store.subscribe(sync);
  const stopHistory = store.temporal.subscribe(sync);
  return () => {
    stopMain();
    stopHistory();
  };
}

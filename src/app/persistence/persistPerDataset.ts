/**
 * The one way Linkboard keeps something per dataset: an effect subscribed to the store. When a
 * dataset loads, it reads that dataset's entry (datasetKey) and puts it into the store; when the
 * kept part of the state changes, it writes it (or removes the entry once there is nothing to
 * keep). What cannot be read is ignored with a notice; a browser that refuses storage only loses
 * persistence. Nothing else in the app reads or writes storage.
 */
import type { Dataset } from '../../domain/schema';
import type { LinkboardState, LinkboardStore } from '../../store/store';
import { settle, type StorageBackend } from './backend';
import { datasetKey } from './keys';

/**
 * One kind of thing kept per dataset, and how it goes between the store and storage: `T` as the
 * store holds it, `V` as the backend keeps it (JSON text in localStorage; IndexedDB can keep
 * structured values).
 */
export interface DatasetRecord<T, V = string> {
  /** The key's kind: `linkboard:<kind>:<fingerprint>`. */
  kind: string;
  /** Older keys the same thing was kept under: read, and moved to the current key, when it is empty. */
  legacyKeys?: (dataset: Dataset) => string[];
  /** What the store holds of it. */
  select: (state: LinkboardState) => T;
  /** Puts what was stored for a dataset just loaded into the store (`empty` when nothing was). */
  restore: (store: LinkboardStore, value: T) => void;
  /** The value when nothing is kept; writing it removes the entry. */
  empty: T;
  isEmpty: (value: T) => boolean;
  write: (value: T) => V;
  /**
   * Reads a stored document: its value, and why (some of) it was ignored. With `discard`, the
   * entry is removed at once rather than kept until the next write.
   */
  read: (stored: V) => { value: T; problem?: string; discard?: boolean };
  /** The notice for an entry (partly) ignored, from the reason `read` gave. */
  ignoredNotice: (problem: string) => { title: string; details: string[] };
  /** The title of the notice when storage refuses a write; without one, writes fail quietly. */
  writeFailedTitle?: string;
}

/** Starts keeping `record` for every dataset the store loads; returns the function that stops it. */
export function persistPerDataset<T, V = string>(
  store: LinkboardStore,
  backend: StorageBackend<V> | null,
  record: DatasetRecord<T, V>,
): () => void {
  let dataset: Dataset | null = null;
  /** What storage holds for `dataset` as far as we know; undefined while it is being read. */
  let kept: { value: T } | undefined;

  const restore = (loaded: Dataset, stored: V | undefined) => {
    // A read that another dataset overtook is dropped.
    if (store.getState().originalDataset !== loaded || dataset !== loaded) return;
    const read = stored === undefined ? { value: record.empty } : record.read(stored);
    kept = { value: read.value };
    record.restore(store, read.value);
    if (read.problem !== undefined)
      store.getState().pushNotice({ level: 'warning', ...record.ignoredNotice(read.problem) });
    if (read.discard && backend)
      settle(() => backend.delete(datasetKey(record.kind, loaded)), noop);
  };

  const load = (loaded: Dataset) => {
    if (!backend) return restore(loaded, undefined);
    const key = datasetKey(record.kind, loaded);
    const legacy = [...(record.legacyKeys?.(loaded) ?? [])];
    const tryKey = (current: string) =>
      settle(
        () => backend.get(current),
        (outcome) => {
          // A backend that refuses to read is a backend with nothing stored.
          const stored = outcome.ok ? outcome.value : undefined;
          if (stored === undefined && legacy.length > 0) return tryKey(legacy.shift()!);
          if (stored !== undefined && current !== key) moveEntry(backend, current, key, stored);
          restore(loaded, stored);
        },
      );
    tryKey(key);
  };

  const write = (value: T) => {
    if (!backend || !dataset) return;
    kept = { value };
    const key = datasetKey(record.kind, dataset);
    settle(
      () => (record.isEmpty(value) ? backend.delete(key) : backend.set(key, record.write(value))),
      (outcome) => {
        if (outcome.ok || !record.writeFailedTitle) return;
        store.getState().pushNotice({
          level: 'error',
          title: record.writeFailedTitle,
          details: [outcome.error instanceof Error ? outcome.error.message : String(outcome.error)],
        });
      },
    );
  };

  const sync = () => {
    const state = store.getState();
    // Kept for the dataset as loaded: edits change what is shown, not whose records these are.
    if (state.originalDataset !== dataset) {
      dataset = state.originalDataset;
      kept = undefined;
      if (dataset) load(dataset);
      return;
    }
    // Nothing is written over an entry still being read.
    if (!dataset || !kept) return;
    const value = record.select(state);
    if (value !== kept.value) write(value);
  };

  sync();
  return store.subscribe(sync);
}

function noop(): void {}

/** Moves an entry found under an older key to the current one. */
function moveEntry<V>(backend: StorageBackend<V>, from: string, to: string, stored: V): void {
  settle(
    () => backend.set(to, stored),
    (outcome) => {
      if (outcome.ok) settle(() => backend.delete(from), noop);
    },
  );
}

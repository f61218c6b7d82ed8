/**
 * Where what Linkboard remembers per dataset is kept. A backend may answer at once (localStorage,
 * used for saved views and arrangements) or later (IndexedDB, for instance through idb-keyval's
 * get, set and del): persistPerDataset handles both. A backend that refuses throws or rejects.
 */

export type MaybePromise<T> = T | Promise<T>;

export interface StorageBackend<V = string> {
  get(key: string): MaybePromise<V | undefined>;
  set(key: string, value: V): MaybePromise<void>;
  delete(key: string): MaybePromise<void>;
}

/** localStorage, or null where the browser refuses it (private modes, sandboxed frames). */
function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** A backend that answers at once, as Web Storage does. */
export interface ImmediateStorageBackend<V = string> extends StorageBackend<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  delete(key: string): void;
}

/** A backend over the Web Storage interface (localStorage by default); null without one. */
export function webStorageBackend(
  storage: Storage | null = browserStorage(),
): ImmediateStorageBackend<string> | null {
  if (!storage) return null;
  return {
    get: (key) => storage.getItem(key) ?? undefined,
    set: (key, value) => storage.setItem(key, value),
    delete: (key) => storage.removeItem(key),
  };
}

/**
 * Runs a backend call and hands `done` its outcome: at once for a backend that answers at once,
 * later for one that answers with a promise. Never throws.
 */
export function settle<T>(
  call: () => MaybePromise<T>,
  done: (outcome: { ok: true; value: T } | { ok: false; error: unknown }) => void,
): void {
  let result: MaybePromise<T>;
  try {
    result = call();
  } catch (error) {
    done({ ok: false, error });
    return;
  }
  if (result instanceof Promise)
    result.then(
      (value) => done({ ok: true, value }),
      (error: unknown) => done({ ok: false, error }),
    );
  else done({ ok: true, value: result });
}

/**
 * Reading datasets from outside: a file the user picked or dropped, or a same-origin URL given as
 * `?data=`. Size is checked before reading, JSON errors are reported with their position, and the
 * schema decides the rest (see loadDatasetValue). A failure never touches the loaded graph.
 */
import { PERF, timed } from '../graph/perfMarks';
import type { LinkboardStore } from '../store/store';
import { loadDatasetValue } from './loadDataset';

/** Larger files are refused before reading, so the tab does not freeze on them. */
export const MAX_DATASET_BYTES = 50 * 1024 * 1024;

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${bytes} bytes`;
}

function fail(store: LinkboardStore, title: string, details: string[] = []): false {
  store.getState().pushNotice({ level: 'error', title, details });
  return false;
}

function tooLarge(store: LinkboardStore, name: string, bytes: number): false {
  return fail(store, `Could not load ${name}: the file is too large (${formatBytes(bytes)})`, [
    `Linkboard opens datasets up to ${formatBytes(MAX_DATASET_BYTES)}.`,
  ]);
}

/** Parses JSON text and loads it; JSON syntax errors become a notice naming the source. */
export function loadDatasetText(store: LinkboardStore, text: string, name: string): boolean {
  let value: unknown;
  try {
    value = timed(PERF.json, () => JSON.parse(text) as unknown);
  } catch (error) {
    return fail(store, `Could not load ${name}: it is not valid JSON`, [
      error instanceof Error ? error.message : String(error),
    ]);
  }
  return loadDatasetValue(store, value, name);
}

export async function loadDatasetFile(store: LinkboardStore, file: File): Promise<boolean> {
  if (file.size > MAX_DATASET_BYTES) return tooLarge(store, file.name, file.size);
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return fail(store, `Could not read ${file.name}`, [String(error)]);
  }
  return loadDatasetText(store, text, file.name);
}

/** Only same-origin URLs: the page's security policy forbids other origins anyway. */
export function resolveSameOriginUrl(raw: string, base: string): URL | null {
  try {
    const url = new URL(raw, base);
    return url.origin === new URL(base).origin ? url : null;
  } catch {
    return null;
  }
}

export async function loadDatasetFromUrl(
  store: LinkboardStore,
  raw: string,
  base: string = window.location.href,
): Promise<boolean> {
  const url = resolveSameOriginUrl(raw, base);
  if (!url)
    return fail(store, `Ignored the data address "${raw.slice(0, 200)}"`, [
      'Only datasets on this site can be opened by address.',
    ]);
  const name = url.pathname.split('/').pop() || url.pathname;
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch (error) {
    return fail(store, `Could not fetch ${name}`, [String(error)]);
  }
  if (!response.ok)
    return fail(store, `Could not fetch ${name}: ${response.status} ${response.statusText}`);
  const length = Number(response.headers.get('content-length') ?? '0');
  if (length > MAX_DATASET_BYTES) return tooLarge(store, name, length);
  const text = await response.text();
  if (text.length > MAX_DATASET_BYTES) return tooLarge(store, name, text.length);
  return loadDatasetText(store, text, name);
}

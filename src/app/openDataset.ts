/**
 * Reading datasets from outside: files the user picked or dropped, or a same-origin URL given as
 * `?data=`. Sizes are checked before reading; the format readers in src/domain/formats/ and the
 * schema decide the rest. A failure never touches the loaded graph.
 */
import type { ReadResult, TextFile } from '../domain/formats/readResult';
import { PERF, timed } from '../graph/perfMarks';
import type { LinkboardStore } from '../store/store';
import { applyReadResult } from './loadDataset';

/** Larger files are refused before reading, so the tab does not freeze on them. */
export const MAX_DATASET_BYTES = 50 * 1024 * 1024;

/** What the file picker offers; other files can still be dropped and are told apart by content. */
export const DATASET_FILE_TYPES = '.json,.csv,application/json,text/csv';

export function formatBytes(bytes: number): string {
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

/** The readers are fetched when a file is first opened, not with the initial page. */
async function readFiles(files: readonly TextFile[]): Promise<ReadResult> {
  const { readDatasetFiles } = await import('../domain/formats/readDataset');
  return timed(PERF.parse, () => readDatasetFiles(files));
}

function describeFiles(files: readonly { name: string }[]): string {
  return files.map((f) => f.name).join(' and ');
}

/** Reads text already in memory (JSON, or CSV told by its name) and loads it. */
export async function loadDatasetText(
  store: LinkboardStore,
  text: string,
  name: string,
): Promise<boolean> {
  return applyReadResult(store, await readFiles([{ name, text }]), name);
}

/** Opens one JSON file, or an edge list CSV with an optional node list CSV. */
export async function openDatasetFiles(
  store: LinkboardStore,
  files: readonly File[],
): Promise<boolean> {
  if (files.length === 0) return false;
  const name = describeFiles(files);
  const bytes = files.reduce((sum, f) => sum + f.size, 0);
  if (bytes > MAX_DATASET_BYTES) return tooLarge(store, name, bytes);
  let texts: TextFile[];
  try {
    texts = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
  } catch (error) {
    return fail(store, `Could not read ${name}`, [String(error)]);
  }
  return applyReadResult(store, await readFiles(texts), name);
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

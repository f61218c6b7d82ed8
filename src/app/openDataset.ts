/**
 * Reading datasets from outside: files the user picked or dropped, or a same-origin URL given as
 * `?data=`. Sizes are checked before reading; the file service reads them (in the file worker,
 * with the readers of src/domain/formats/), and the schema decides the rest. Tables whose columns
 * are not ours go to the Import dialog. A failure never touches the loaded graph.
 */
import type { OpenOutcome, RawFile } from '../domain/formats/openFiles';
import { OPENABLE_FILE_TYPES } from '../domain/formats/registry';
import type { TableMapping } from '../domain/formats/tableImport';
import { PERF, measure, nextTask } from '../graph/perfMarks';
import type { LinkboardStore } from '../store/store';
import type { ImportRequest } from '../ui/dataset/importRequest';
import { createInPlaceFileService, type FileService } from './fileService';
import { applyReadResult } from './loadDataset';
import { prepareDataset } from './prepareDataset';
import { recallImport } from './rememberedImports';

/** Larger files are refused before reading, so the tab does not freeze on them. */
export const MAX_DATASET_BYTES = 50 * 1024 * 1024;

/** What the file picker offers; other files can still be dropped and are told apart by content. */
export const DATASET_FILE_TYPES = OPENABLE_FILE_TYPES;

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

function describeFiles(files: readonly { name: string }[]): string {
  return files.map((f) => f.name).join(' and ');
}

export interface OpenOptions {
  /** Where files are read; in place by default (the app passes its worker-backed service). */
  service?: FileService;
  /** Called with tables whose columns the analyst must choose (the Import dialog). */
  onImport?: (request: ImportRequest) => void;
  /** The remembered choices for a header signature (rememberedImports.ts by default). */
  recall?: (signature: string) => TableMapping[] | null;
}

/**
 * Reads files and loads what they hold. Returns whether a dataset loaded; tables that need the
 * Import dialog go to `onImport` (and the result is false until the dialog imports them).
 */
async function readAndLoad(
  store: LinkboardStore,
  files: RawFile[],
  origin: string,
  options: OpenOptions,
): Promise<boolean> {
  const service = options.service ?? createInPlaceFileService();
  const start = performance.now();
  let outcome: OpenOutcome;
  try {
    outcome = await service.open(files);
  } catch (error) {
    return fail(store, `Could not load ${origin}`, [
      error instanceof Error ? error.message : String(error),
    ]);
  } finally {
    measure(PERF.parse, start);
  }
  // The answer's own task (a worker's message is decoded in it) ends here; loading is another.
  await nextTask();
  if (outcome.kind === 'dataset') {
    if (outcome.result.ok) await prepareDataset(store, outcome.result.dataset);
    return applyReadResult(store, outcome.result, origin, outcome.format);
  }
  const { token } = outcome;
  const importTables = async (mappings: TableMapping[]) => {
    const started = performance.now();
    const result = await service.importTables(token, mappings);
    measure(PERF.importTables, started);
    await nextTask();
    if (result.ok) await prepareDataset(store, result.dataset);
    return result;
  };
  const remembered = (options.recall ?? recallImport)(outcome.signature);
  // The mapping checks come with the table importer, fetched only when a table is opened.
  const { mappingProblem } = await import('../domain/formats/tableImport');
  if (
    remembered &&
    remembered.length === outcome.tables.length &&
    remembered.every((m, i) => m.roles.length === outcome.tables[i]!.headers.length) &&
    mappingProblem(
      outcome.tables.map((t) => ({ name: t.name, sheet: t.sheet, rows: [] })),
      remembered,
    ) === null
  ) {
    const result = await importTables(remembered);
    if (result.ok) {
      store.getState().pushNotice({
        level: 'info',
        title: `Opened ${origin} with the columns chosen for it last time`,
        details: [],
      });
      return applyReadResult(store, result, origin, outcome.format);
    }
  }
  if (!options.onImport) {
    service.forget(token);
    return fail(store, `Could not load ${origin}: its columns must be chosen in the Import dialog`);
  }
  options.onImport({
    origin,
    format: outcome.format,
    tables: outcome.tables,
    guesses: outcome.guesses,
    signature: outcome.signature,
    importTables,
    cancel: () => service.forget(token),
  });
  return false;
}

/** Reads text already in memory (a dataset fetched by address) and loads it. */
export async function loadDatasetText(
  store: LinkboardStore,
  text: string,
  name: string,
  options: OpenOptions = {},
): Promise<boolean> {
  const bytes = new TextEncoder().encode(text).buffer as ArrayBuffer;
  return readAndLoad(store, [{ name, bytes }], name, options);
}

/** Opens the files a user picked or dropped: one dataset file, or tables that make one. */
export async function openDatasetFiles(
  store: LinkboardStore,
  files: readonly File[],
  options: OpenOptions = {},
): Promise<boolean> {
  if (files.length === 0) return false;
  const name = describeFiles(files);
  const bytes = files.reduce((sum, f) => sum + f.size, 0);
  if (bytes > MAX_DATASET_BYTES) return tooLarge(store, name, bytes);
  let raw: RawFile[];
  try {
    raw = await Promise.all(
      files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })),
    );
  } catch (error) {
    return fail(store, `Could not read ${name}`, [String(error)]);
  }
  return readAndLoad(store, raw, name, options);
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
  options: OpenOptions = {},
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
  const bytes = await response.arrayBuffer();
  if (bytes.byteLength > MAX_DATASET_BYTES) return tooLarge(store, name, bytes.byteLength);
  return readAndLoad(store, [{ name, bytes }], name, options);
}

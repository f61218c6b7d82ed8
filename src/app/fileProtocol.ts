/** Messages between the page and the file worker (fileWorker.ts, fileService.ts). */
import type { OpenOutcome, RawFile } from '../domain/formats/openFiles';
import type { ReadResult } from '../domain/formats/readResult';
import type { TableMapping } from '../domain/formats/tableImport';

export type FileRequest =
  | { id: number; op: 'open'; files: RawFile[] }
  | { id: number; op: 'import'; token: number; mappings: TableMapping[] }
  | { id: number; op: 'forget'; token: number };

/** The long lists of a read result, which travel in slices of their own (see sliceResponse). */
export type SlicedList = 'nodes' | 'edges' | 'events' | 'warnings' | 'errors';

/**
 * Part of a long list of the answer to request `id`, sent before the answer itself. Each message
 * is decoded on the page in a task of its own, so a large dataset arrives in many short tasks
 * instead of one long one (decoding 80,000 entities and relations took about 300 ms).
 */
export interface FileSlice {
  id: number;
  op: 'slice';
  list: SlicedList;
  items: unknown[];
}

export type FileResponse =
  | { id: number; op: 'open'; outcome: OpenOutcome }
  | { id: number; op: 'import'; result: ReadResult }
  | { id: number; op: 'failed'; message: string };

/** Items per slice: about 15 ms of decoding on the page here. */
export const SLICE_ITEMS = 4000;

const SLICED_LISTS: readonly SlicedList[] = ['nodes', 'edges', 'events', 'warnings', 'errors'];

type Lists = Partial<Record<SlicedList, unknown[]>>;

/** The read result an answer carries, if any. */
function resultOf(response: FileResponse): ReadResult | null {
  if (response.op === 'import') return response.result;
  if (response.op === 'open' && response.outcome.kind === 'dataset') return response.outcome.result;
  return null;
}

/** Where each long list of a read result sits: on the dataset or on the result itself. */
function holders(result: ReadResult): Record<SlicedList, Lists | null> {
  const onDataset = result.ok ? (result.dataset as unknown as Lists) : null;
  const onResult = result as unknown as Lists;
  return {
    nodes: onDataset,
    edges: onDataset,
    events: onDataset,
    warnings: onResult,
    errors: result.ok ? null : onResult,
  };
}

/**
 * Splits an answer for sending: every list of its read result longer than `size` goes out in
 * slices (in order) and is left empty in the answer, which is sent last. Answers without a read
 * result, and short lists, go as they are. `joinSlices` puts them back together.
 */
export function sliceResponse(
  response: FileResponse,
  size: number = SLICE_ITEMS,
): { slices: FileSlice[]; last: FileResponse } {
  const result = resultOf(response);
  if (!result) return { slices: [], last: response };
  const slices: FileSlice[] = [];
  const where = holders(result);
  const emptied: Partial<Record<SlicedList, unknown[]>> = {};
  for (const list of SLICED_LISTS) {
    const items = where[list]?.[list];
    if (!items || items.length <= size) continue;
    for (let from = 0; from < items.length; from += size)
      slices.push({ id: response.id, op: 'slice', list, items: items.slice(from, from + size) });
    emptied[list] = [];
  }
  if (slices.length === 0) return { slices, last: response };
  const rebuilt: ReadResult = result.ok
    ? {
        ...result,
        warnings: (emptied.warnings as ReadResult['warnings']) ?? result.warnings,
        dataset: {
          ...result.dataset,
          nodes: (emptied.nodes as typeof result.dataset.nodes) ?? result.dataset.nodes,
          edges: (emptied.edges as typeof result.dataset.edges) ?? result.dataset.edges,
          events: (emptied.events as typeof result.dataset.events) ?? result.dataset.events,
        },
      }
    : {
        ...result,
        warnings: (emptied.warnings as ReadResult['warnings']) ?? result.warnings,
        errors: (emptied.errors as ReadResult['warnings']) ?? result.errors,
      };
  const last: FileResponse =
    response.op === 'open' && response.outcome.kind === 'dataset'
      ? { ...response, outcome: { ...response.outcome, result: rebuilt } }
      : { id: response.id, op: 'import', result: rebuilt };
  return { slices, last };
}

/**
 * The answer as it was before sliceResponse: each list is its slices, in the order they came,
 * followed by what the answer itself holds of it. Fills in the answer received (a fresh copy).
 */
export function joinSlices(last: FileResponse, slices: readonly FileSlice[]): FileResponse {
  const result = resultOf(last);
  if (!result || slices.length === 0) return last;
  const where = holders(result);
  for (const list of SLICED_LISTS) {
    const holder = where[list];
    if (!holder) continue;
    const parts = slices.filter((s) => s.list === list);
    if (parts.length === 0) continue;
    const joined: unknown[] = [];
    for (const part of parts) for (const item of part.items) joined.push(item);
    for (const item of holder[list] ?? []) joined.push(item);
    holder[list] = joined;
  }
  return last;
}

/** Messages between the page and the file worker (fileWorker.ts, fileService.ts). */
import type { OpenOutcome, RawFile } from '../domain/formats/openFiles';
import type { ReadResult } from '../domain/formats/readResult';
import type { TableMapping } from '../domain/formats/tableImport';

export type FileRequest =
  | { id: number; op: 'open'; files: RawFile[] }
  | { id: number; op: 'import'; token: number; mappings: TableMapping[] }
  | { id: number; op: 'forget'; token: number };

/**
 * Part of a long list of the answer to request `id`, sent before the answer itself: the list at
 * `path` in the answer (["outcome", "result", "dataset", "nodes"]). Each message is decoded on the
 * page in a task of its own, so a large dataset arrives in many short tasks instead of one long
 * one (decoding 80,000 entities and relations took about 300 ms).
 */
export interface FileSlice {
  id: number;
  op: 'slice';
  path: string[];
  items: unknown[];
}

export type FileResponse =
  | { id: number; op: 'open'; outcome: OpenOutcome }
  | { id: number; op: 'import'; result: ReadResult }
  | { id: number; op: 'failed'; message: string };

/** Items per slice: about 15 ms of decoding on the page here. */
export const SLICE_ITEMS = 4000;

/** Where a read result sits in an answer, if the answer carries one. */
function resultPath(response: FileResponse): string[] | null {
  if (response.op === 'import') return ['result'];
  if (response.op === 'open' && response.outcome.kind === 'dataset') return ['outcome', 'result'];
  return null;
}

/** The long lists of a read result: on the dataset, or (warnings, errors) on the result itself. */
const LISTS = [
  ['dataset', 'nodes'],
  ['dataset', 'edges'],
  ['dataset', 'events'],
  ['warnings'],
  ['errors'],
];

type Tree = Record<string, unknown>;

function at(tree: unknown, path: readonly string[]): unknown {
  let node = tree;
  for (const key of path) node = node && typeof node === 'object' ? (node as Tree)[key] : undefined;
  return node;
}

/** A copy of `tree` with the value at `path` replaced, sharing everything else. */
function replaced(tree: unknown, path: readonly string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path as [string, ...string[]];
  const node = tree as Tree;
  return { ...node, [key]: replaced(node[key], rest, value) };
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
  const base = resultPath(response);
  const slices: FileSlice[] = [];
  let last: unknown = response;
  for (const list of base ? LISTS : []) {
    const path = [...base!, ...list];
    const items = at(response, path);
    if (!Array.isArray(items) || items.length <= size) continue;
    for (let from = 0; from < items.length; from += size)
      slices.push({ id: response.id, op: 'slice', path, items: items.slice(from, from + size) });
    last = replaced(last, path, []);
  }
  return { slices, last: last as FileResponse };
}

/**
 * The answer as it was before sliceResponse: each sliced list is its slices, in the order they
 * came, followed by what the answer holds of it. Fills in the answer received (a fresh copy).
 */
export function joinSlices(last: FileResponse, slices: readonly FileSlice[]): FileResponse {
  const joined = new Map<string, { path: string[]; items: unknown[] }>();
  for (const slice of slices) {
    const key = slice.path.join('.');
    const entry = joined.get(key) ?? { path: slice.path, items: [] };
    for (const item of slice.items) entry.items.push(item);
    joined.set(key, entry);
  }
  for (const { path, items } of joined.values()) {
    const holder = at(last, path.slice(0, -1)) as Tree | undefined;
    if (!holder) continue;
    const own = holder[path[path.length - 1]!];
    if (Array.isArray(own)) for (const item of own) items.push(item);
    holder[path[path.length - 1]!] = items;
  }
  return last;
}

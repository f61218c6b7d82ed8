/**
 * Loading datasets into the store. Every dataset goes through the schema; a dataset that fails
 * leaves the one already loaded untouched and explains itself in a notice.
 */
import { describeProblems, type ReadResult } from '../domain/formats/readResult';
import type { LinkboardStore } from '../store/store';

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * Loads what reading a file gave, or explains why not: the notice names the origin and lists the
 * first problems with their place (JSON path, or CSV row and column). A failure leaves the loaded
 * dataset untouched. Returns whether it loaded.
 */
export function applyReadResult(
  store: LinkboardStore,
  result: ReadResult,
  origin: string,
  /** The format the file was read as, named in the alert ("GraphML"). */
  format?: string,
): boolean {
  const { loadDataset, pushNotice } = store.getState();
  if (!result.ok) {
    pushNotice({
      level: 'error',
      title: `Could not load ${origin}${format ? ` as ${format}` : ''}: ${result.headline ?? count(result.errors.length, 'problem')}`,
      details: describeProblems(result.errors),
    });
    return false;
  }
  loadDataset(result.dataset, origin, result.warnings);
  if (result.warnings.length > 0) {
    pushNotice({
      level: 'warning',
      title: `Loaded ${origin} with ${count(result.warnings.length, 'warning')}`,
      details: describeProblems(result.warnings),
    });
  }
  return true;
}

export const DEFAULT_DATASET_ORIGIN = 'the default dataset';

/** The curated default, fetched as its own chunk so it does not weigh on the initial bundle. */
export async function loadDefaultDataset(store: LinkboardStore): Promise<boolean> {
  try {
    // The schema (zod) comes with it: neither is needed before a dataset arrives.
    const [module, { loadDatasetValue }] = await Promise.all([
      import('../../data/kataib-hizballah.json'),
      import('./loadDatasetValue'),
    ]);
    return loadDatasetValue(store, module.default, DEFAULT_DATASET_ORIGIN);
  } catch (error) {
    store.getState().pushNotice({
      level: 'error',
      title: 'Could not load the default dataset',
      details: [error instanceof Error ? error.message : String(error)],
    });
    return false;
  }
}

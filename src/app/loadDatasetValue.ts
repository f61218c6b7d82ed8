/**
 * Validating and loading a parsed JSON value: the schema's way in. Apart from loadDataset.ts so
 * that the schema (and zod) load with the first dataset rather than with the page.
 */
import { parseDataset } from '../domain/schema';
import { PERF, timed } from '../graph/perfMarks';
import type { LinkboardStore } from '../store/store';
import { applyReadResult } from './loadDataset';

/** Validates and loads a parsed JSON value; returns whether it loaded. */
export function loadDatasetValue(store: LinkboardStore, value: unknown, origin: string): boolean {
  return applyReadResult(
    store,
    timed(PERF.parse, () => parseDataset(value)),
    origin,
  );
}

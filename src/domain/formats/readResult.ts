import type { ParseResult } from '../schema';

/**
 * What reading a dataset file gives: the dataset and its warnings, or errors located by JSON path
 * or by CSV row and column. `headline` sums up a failure of the whole file ("it is not valid JSON").
 */
export type ReadResult = ParseResult & { headline?: string };

/** A file's name and its text, as read from the user's disk or a URL. */
export interface TextFile {
  name: string;
  text: string;
}

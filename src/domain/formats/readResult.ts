import type { DatasetIssue, ParseResult } from '../schema';

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

const MAX_LISTED_PROBLEMS = 5;

/** The first problems as lines (`path: message`), and how many more there are. */
export function describeProblems(issues: readonly DatasetIssue[]): string[] {
  const lines = issues.slice(0, MAX_LISTED_PROBLEMS).map((i) => `${i.path}: ${i.message}`);
  if (issues.length > MAX_LISTED_PROBLEMS)
    lines.push(`…and ${issues.length - MAX_LISTED_PROBLEMS} more`);
  return lines;
}

/**
 * Relations with their evidence as CSV (RFC 4180), one row per quote. The columns are those the
 * CSV import reads, so an export opens again as an edge list.
 */
import type { DatasetEdge } from './schema';

export const RELATION_CSV_COLUMNS = [
  'source',
  'relation',
  'target',
  'since',
  'until',
  'confidence',
  'quote',
  'source_id',
] as const;

/**
 * Spreadsheets run a cell that starts with one of these as a formula (CSV injection); a leading
 * apostrophe makes them show it as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvRow(cells: readonly string[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

export function relationsToCsv(edges: readonly DatasetEdge[]): string {
  let csv = csvRow(RELATION_CSV_COLUMNS);
  for (const edge of edges)
    for (const evidence of edge.evidence)
      csv += csvRow([
        edge.source,
        edge.relation,
        edge.target,
        edge.since ?? '',
        edge.until ?? '',
        edge.confidence,
        evidence.quote,
        evidence.source,
      ]);
  return csv;
}

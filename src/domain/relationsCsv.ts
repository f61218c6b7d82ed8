/**
 * Relations with their evidence as CSV (RFC 4180), one row per quote (one row with the quote and
 * source left empty for an unsourced relation). The columns are those the CSV import reads, so an
 * export opens again as an edge list.
 */
import { writeCsv } from './formats/csv';
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

export function relationsToCsv(edges: readonly DatasetEdge[]): string {
  const rows: string[][] = [[...RELATION_CSV_COLUMNS]];
  const unsourced = [{ quote: '', source: '' }];
  for (const edge of edges)
    for (const evidence of edge.evidence.length > 0 ? edge.evidence : unsourced)
      rows.push([
        edge.source,
        edge.relation,
        edge.target,
        edge.since ?? '',
        edge.until ?? '',
        edge.confidence,
        evidence.quote,
        evidence.source,
      ]);
  return writeCsv(rows);
}

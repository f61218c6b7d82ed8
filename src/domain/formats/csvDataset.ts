/**
 * Our own CSV format: an edge list, and optionally a node list.
 *
 *   edges: source,relation,target,since,until,confidence,quote,source_id   (one row per quote)
 *   nodes: id,type,label,aliases,summary,since,until                       (aliases split by |)
 *
 * Files with these headers open directly, without the Import dialog; they are read by the same
 * table import as any spreadsheet (tableImport.ts), with the roles their headers name. Any other
 * column is kept as an attribute. A quote needs its source_id and a source_id its quote; a row
 * with neither is an unsourced relation. Rows that agree on everything but the quote are one
 * relation with several quotes. Sources named only by source_id get the id as title and
 * "Unknown" as publisher.
 */
import { RELATION_CSV_COLUMNS, relationsToCsv } from '../relationsCsv';
import type { Dataset } from '../schema';
import { writeCsv } from './csv';
import type { ReadResult, TextFile } from './readResult';
import { readDelimitedTable, type Table } from './tables';
import {
  buildDatasetFromTables,
  headersOf,
  type ColumnRole,
  type TableMapping,
} from './tableImport';

export { idFromText, relationKeyFromText, UNKNOWN_PUBLISHER, UNSPECIFIED_TYPE } from './assemble';

/** The edge list is what the export writes for relations (src/domain/relationsCsv.ts). */
export const EDGE_COLUMNS = RELATION_CSV_COLUMNS;
export const NODE_COLUMNS = [
  'id',
  'type',
  'label',
  'aliases',
  'summary',
  'since',
  'until',
] as const;

const REQUIRED_EDGE_COLUMNS = ['source', 'relation', 'target', 'confidence', 'quote', 'source_id'];

export const ALIAS_SEPARATOR = '|';

const EDGE_ROLES: Record<string, ColumnRole> = {
  source: 'source',
  relation: 'relation',
  target: 'target',
  since: 'since',
  until: 'until',
  confidence: 'confidence',
  quote: 'quote',
  source_id: 'sourceName',
};

const NODE_ROLES: Record<string, ColumnRole> = {
  id: 'id',
  type: 'entityType',
  label: 'label',
  aliases: 'aliases',
  summary: 'summary',
  since: 'since',
  until: 'until',
};

function ownHeaders(table: Table): string[] {
  return headersOf(table).map((h) => h.toLowerCase());
}

/** Which of our lists a table is, told by its header; null when it is not in our format. */
export function ownCsvKind(table: Table): 'edges' | 'nodes' | null {
  const headers = new Set(ownHeaders(table));
  if (REQUIRED_EDGE_COLUMNS.every((c) => headers.has(c))) return 'edges';
  if (headers.has('id') && !headers.has('source') && !headers.has('target')) return 'nodes';
  return null;
}

/** The roles our headers name; other columns are kept as attributes. */
export function ownCsvMapping(table: Table, kind: 'edges' | 'nodes'): TableMapping {
  const roles = kind === 'edges' ? EDGE_ROLES : NODE_ROLES;
  return { use: kind, roles: ownHeaders(table).map((h) => roles[h] ?? 'attribute') };
}

/** Duplicate headers cannot say which column a role is. */
function duplicateHeader(table: Table): string | undefined {
  const seen = new Set<string>();
  return ownHeaders(table).find((h) => (h !== '' && seen.has(h)) || !seen.add(h));
}

/**
 * Reads tables in our format (one edge list at most, one node list at most, at least one of
 * them) into a dataset. Problems are located as "row 7, column confidence" (prefixed by the file
 * name when two files are read).
 */
export function readOwnCsvTables(tables: readonly Table[], title: string): ReadResult {
  for (const table of tables) {
    const duplicate = duplicateHeader(table);
    if (duplicate !== undefined)
      return {
        ok: false,
        errors: [
          {
            path: `${tables.length > 1 ? `${table.name} ` : ''}row ${table.rows[0]?.row ?? 1}`,
            message: `column \`${duplicate}\` appears twice`,
          },
        ],
        warnings: [],
      };
  }
  const mappings = tables.map((t) => {
    const kind = ownCsvKind(t);
    return kind ? ownCsvMapping(t, kind) : { use: 'skip' as const, roles: [] };
  });
  return buildDatasetFromTables(tables, mappings, {
    title,
    strictEvidence: true,
    nameTables: tables.length > 1,
  });
}

/** An edge list and an optional node list, as text files in our format. */
export function readCsvDataset(edgesFile: TextFile, nodesFile?: TextFile): ReadResult {
  const files = nodesFile ? [nodesFile, edgesFile] : [edgesFile];
  const tables: Table[] = [];
  for (const file of files) {
    const read = readDelimitedTable(file.name, file.text);
    if (!read.ok)
      return {
        ok: false,
        errors: [
          { path: `${nodesFile ? `${file.name} ` : ''}row ${read.row}`, message: read.message },
        ],
        warnings: [],
      };
    const table = read.tables[0];
    if (!table || table.rows.length === 0)
      return {
        ok: false,
        errors: [{ path: file.name, message: 'is empty: the first row must name the columns' }],
        warnings: [],
      };
    tables.push(table);
  }
  const edges = tables[tables.length - 1]!;
  if (ownCsvKind(edges) !== 'edges') {
    const present = new Set(ownHeaders(edges));
    const missing = REQUIRED_EDGE_COLUMNS.filter((c) => !present.has(c));
    return {
      ok: false,
      errors: [
        {
          path: `${nodesFile ? `${edgesFile.name} ` : ''}row ${edges.rows[0]?.row ?? 1}`,
          message: `missing column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `\`${c}\``).join(', ')} (the header must be ${EDGE_COLUMNS.join(',')})`,
        },
      ],
      warnings: [],
    };
  }
  const title = nodesFile ? `${edgesFile.name} and ${nodesFile.name}` : edgesFile.name;
  return readOwnCsvTables(tables, title);
}

/** The edge list of a dataset: one row per quote, so that reading it back gives the same relations. */
export function writeEdgeCsv(dataset: Dataset): string {
  return relationsToCsv(dataset.edges);
}

export function writeNodeCsv(dataset: Dataset): string {
  const rows: string[][] = [[...NODE_COLUMNS]];
  for (const node of dataset.nodes)
    rows.push([
      node.id,
      node.type,
      node.label,
      node.aliases.join(ALIAS_SEPARATOR),
      node.summary ?? '',
      node.since ?? '',
      node.until ?? '',
    ]);
  return writeCsv(rows);
}

/**
 * Turning any table into entities and relations: each column gets a role (source, target,
 * relation, entity type, label, dates, confidence, quote, source name or URL, or kept as an
 * attribute), each table is an edge list or a node list, and the rows are assembled into a
 * dataset. The roles are guessed from the headers (and, for an ambiguous `Type`, from the values);
 * the Import dialog shows the guesses and lets the analyst change them. A header signature
 * identifies the same spreadsheet next time, so its choices can be remembered.
 */
import { DatasetAssembler, titleFromFileName, type Place } from './assemble';
import type { ReadResult } from './readResult';
import type { Table } from './tables';
import { COLUMN_ROLES, type ColumnRole } from './columnRoles';

export { COLUMN_ROLES, type ColumnRole };

export const ROLE_LABELS: Record<ColumnRole, string> = {
  source: 'Source (from)',
  target: 'Target (to)',
  relation: 'Relation',
  id: 'Entity id',
  label: 'Label',
  entityType: 'Entity type',
  aliases: 'Aliases (separated by |)',
  summary: 'Summary',
  since: 'Since (date)',
  until: 'Until (date)',
  confidence: 'Confidence',
  quote: 'Quote',
  sourceName: 'Source name',
  sourceUrl: 'Source URL',
  attribute: 'Keep as attribute',
  skip: 'Leave out',
};

export type TableKind = 'edges' | 'nodes';
export type TableUse = TableKind | 'skip';

/** The roles each kind of list can give a column. */
export const ROLES_BY_KIND: Record<TableKind, readonly ColumnRole[]> = {
  edges: [
    'source',
    'target',
    'relation',
    'label',
    'since',
    'until',
    'confidence',
    'quote',
    'sourceName',
    'sourceUrl',
    'attribute',
    'skip',
  ],
  nodes: [
    'id',
    'label',
    'entityType',
    'aliases',
    'summary',
    'since',
    'until',
    'quote',
    'sourceName',
    'sourceUrl',
    'attribute',
    'skip',
  ],
};

/** How one table is read: as which list, and each column's role (by position). */
export interface TableMapping {
  use: TableUse;
  roles: ColumnRole[];
}

export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Header words for each role, normalised (lower case, letters and digits only). */
const EDGE_GUESSES: [ColumnRole, readonly string[]][] = [
  ['source', ['source', 'from', 'sourcenode', 'sourceentity', 'src', 'subject', 'node1', 'head']],
  ['target', ['target', 'to', 'targetnode', 'targetentity', 'dst', 'object', 'node2', 'tail']],
  [
    'relation',
    ['relation', 'relationship', 'relationtype', 'type', 'kind', 'interaction', 'predicate'],
  ],
  ['label', ['label', 'name']],
  ['since', ['since', 'start', 'startdate', 'begin', 'datefrom', 'fromdate', 'date']],
  ['until', ['until', 'end', 'enddate', 'dateto', 'todate']],
  ['confidence', ['confidence', 'certainty', 'reliability']],
  ['quote', ['quote', 'evidence', 'excerpt', 'quotation']],
  ['sourceUrl', ['sourceurl', 'url', 'link', 'sourcelink', 'reference', 'citationurl']],
  ['sourceName', ['sourceid', 'sourcename', 'sourcetitle', 'publication', 'citation']],
];

const NODE_GUESSES: [ColumnRole, readonly string[]][] = [
  ['id', ['id', 'nodeid', 'key', 'identifier', 'entityid']],
  ['label', ['label', 'name', 'title', 'fullname', 'entity']],
  ['entityType', ['type', 'entitytype', 'category', 'kind', 'class', 'nodetype']],
  ['aliases', ['aliases', 'alias', 'aka', 'othernames']],
  ['summary', ['summary', 'description', 'notes']],
  ['since', ['since', 'start', 'startdate', 'begin', 'founded', 'born']],
  ['until', ['until', 'end', 'enddate', 'died', 'dissolved']],
  ['quote', ['quote', 'evidence', 'excerpt', 'quotation']],
  ['sourceUrl', ['sourceurl', 'url', 'link', 'sourcelink', 'reference']],
  ['sourceName', ['sourceid', 'sourcename', 'sourcetitle', 'publication', 'citation']],
];

/** Gephi's edge tables say Directed or Undirected under `Type`: that is not a relation. */
function onlyDirections(values: readonly string[]): boolean {
  const present = values.filter((v) => v.trim() !== '');
  return present.length > 0 && present.every((v) => /^(un)?directed$/i.test(v.trim()));
}

function guessRoles(
  headers: readonly string[],
  columnValues: (column: number) => string[],
  kind: TableKind,
): ColumnRole[] {
  const guesses = kind === 'edges' ? EDGE_GUESSES : NODE_GUESSES;
  const roles: ColumnRole[] = headers.map(() => 'attribute');
  const taken = new Set<ColumnRole>();
  // Role by role, so that the first column named like a role gets it.
  for (const [role, words] of guesses) {
    for (let column = 0; column < headers.length; column++) {
      if (roles[column] !== 'attribute' || taken.has(role)) continue;
      if (!words.includes(normaliseHeader(headers[column] ?? ''))) continue;
      if (role === 'relation' && onlyDirections(columnValues(column))) continue;
      roles[column] = role;
      taken.add(role);
    }
  }
  // Without a relation column, a label names the relation.
  if (kind === 'edges' && !taken.has('relation')) {
    const label = roles.indexOf('label');
    if (label >= 0) roles[label] = 'relation';
  }
  // A node list without an id column is keyed by its labels.
  if (kind === 'nodes' && !taken.has('id')) {
    const label = roles.indexOf('label');
    if (label >= 0) roles[label] = 'id';
  }
  return roles;
}

/** The header row of a table, as written. */
export function headersOf(table: Table): string[] {
  return (table.rows[0]?.cells ?? []).map((c) => c.trim());
}

const PREVIEW_SAMPLE = 200;

/** The table's guessed use and roles: an edge list names a source and a target, a node list an id. */
export function guessMapping(table: Table): TableMapping {
  const headers = headersOf(table);
  const sample = table.rows.slice(1, 1 + PREVIEW_SAMPLE);
  const columnValues = (column: number) => sample.map((r) => r.cells[column] ?? '');
  const edges = guessRoles(headers, columnValues, 'edges');
  if (edges.includes('source') && edges.includes('target')) return { use: 'edges', roles: edges };
  const nodes = guessRoles(headers, columnValues, 'nodes');
  if (nodes.includes('id')) return { use: 'nodes', roles: nodes };
  return { use: 'skip', roles: nodes };
}

/** The roles of the same columns for another kind of list (when the analyst changes it). */
export function rolesForKind(table: Table, kind: TableKind): ColumnRole[] {
  const headers = headersOf(table);
  const sample = table.rows.slice(1, 1 + PREVIEW_SAMPLE);
  return guessRoles(headers, (c) => sample.map((r) => r.cells[c] ?? ''), kind);
}

/** Identifies a spreadsheet by its headers (and sheet names), so its choices can be remembered. */
export function headerSignature(tables: readonly Table[]): string {
  const text = tables
    .map((t) => `${t.sheet ?? ''}\u0001${headersOf(t).map(normaliseHeader).join('\u0002')}`)
    .join('\u0003');
  // FNV-1a, 32 bits, twice with different seeds: short, stable, and collisions are harmless.
  const hash = (seed: number) => {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(36);
  };
  return `${hash(0x811c9dc5)}${hash(0x01234567)}`;
}

/** Why a mapping cannot be imported, in words, or null when it can. */
export function mappingProblem(
  tables: readonly Table[],
  mappings: readonly TableMapping[],
): string | null {
  const used = mappings.filter((m) => m.use !== 'skip');
  if (used.length === 0)
    return 'Choose at least one table to import as an edge list or a node list.';
  for (const [i, mapping] of mappings.entries()) {
    if (mapping.use === 'skip') continue;
    const name = tables[i]?.sheet ?? tables[i]?.name ?? `table ${i + 1}`;
    const count = (role: ColumnRole) => mapping.roles.filter((r) => r === role).length;
    const allowed = ROLES_BY_KIND[mapping.use];
    const misplaced = mapping.roles.find((r) => !allowed.includes(r));
    if (misplaced)
      return `${name}: a ${mapping.use === 'edges' ? 'edge' : 'node'} list has no column for "${ROLE_LABELS[misplaced]}".`;
    if (mapping.use === 'edges' && (count('source') !== 1 || count('target') !== 1))
      return `${name}: an edge list needs one column for the source and one for the target.`;
    if (mapping.use === 'nodes' && count('id') !== 1)
      return `${name}: a node list needs one column for the entity id.`;
    for (const role of COLUMN_ROLES)
      if (role !== 'attribute' && role !== 'skip' && count(role) > 1)
        return `${name}: only one column can be "${ROLE_LABELS[role]}".`;
  }
  return null;
}

export interface TableImportOptions {
  /** The dataset's title. */
  title: string;
  /**
   * Our own CSV format: a source named without a quote is an error (the format pairs them), and
   * unknown columns are kept as attributes.
   */
  strictEvidence?: boolean;
  /** Prefix rows with the table's name in messages (when several tables are read). */
  nameTables?: boolean;
}

const ALIAS_SEPARATOR = '|';

interface RowReader {
  value(role: ColumnRole): string;
  column(role: ColumnRole): string | undefined;
  attributes(): Record<string, string>;
}

function rowReader(
  headers: readonly string[],
  roles: readonly ColumnRole[],
  cells: readonly string[],
): RowReader {
  return {
    value(role) {
      const at = roles.indexOf(role);
      return at < 0 ? '' : (cells[at] ?? '').trim();
    },
    column(role) {
      const at = roles.indexOf(role);
      return at < 0 ? undefined : headers[at];
    },
    attributes() {
      const attributes: Record<string, string> = {};
      roles.forEach((role, i) => {
        const name = (headers[i] || `column ${i + 1}`).slice(0, 200);
        const value = (cells[i] ?? '').trim();
        if (role === 'attribute' && value !== '' && !(name in attributes)) attributes[name] = value;
      });
      return attributes;
    },
  };
}

function columnsOf(
  headers: readonly string[],
  roles: readonly ColumnRole[],
): Record<string, string> {
  const columns: Record<string, string> = {};
  const fieldOf: Partial<Record<ColumnRole, string>> = {
    entityType: 'type',
    id: 'id',
  };
  roles.forEach((role, i) => {
    const header = headers[i] || `column ${i + 1}`;
    columns[fieldOf[role] ?? role] = header;
  });
  return columns;
}

/** Reads the tables as the mappings say, node lists first, into a dataset. */
export function buildDatasetFromTables(
  tables: readonly Table[],
  mappings: readonly TableMapping[],
  options: TableImportOptions,
): ReadResult {
  const problem = mappingProblem(tables, mappings);
  if (problem)
    return {
      ok: false,
      headline: 'the columns are not chosen',
      errors: [{ path: '$', message: problem }],
      warnings: [],
    };
  const nodeTables = mappings.filter((m) => m.use === 'nodes');
  const assembler = new DatasetAssembler({
    format: 'table',
    matchLabels: true,
    mergeEvidenceRows: true,
    nodeListGiven: nodeTables.length > 0,
    nodeListName:
      nodeTables.length === 1
        ? ((options.nameTables ? tables[mappings.indexOf(nodeTables[0]!)]?.name : undefined) ??
          'the node list')
        : 'the node lists',
  });
  const order = mappings
    .map((mapping, index) => ({ mapping, index }))
    .filter(({ mapping }) => mapping.use !== 'skip')
    .sort((a, b) => (a.mapping.use === 'nodes' ? 0 : 1) - (b.mapping.use === 'nodes' ? 0 : 1));

  for (const { mapping, index } of order) {
    const table = tables[index]!;
    const headers = headersOf(table);
    const columns = columnsOf(headers, mapping.roles);
    const prefix = options.nameTables ? `${table.name} ` : '';
    for (const record of table.rows.slice(1)) {
      const place: Place = { where: `${prefix}row ${record.row}`, columns };
      if (
        record.cells.length > headers.length &&
        record.cells.slice(headers.length).some((c) => c.trim() !== '')
      ) {
        assembler.error(
          place.where,
          `has ${record.cells.length} fields but the header has ${headers.length} (a field with a comma needs double quotes)`,
        );
        continue;
      }
      const row = rowReader(headers, mapping.roles, record.cells);
      const found = evidenceOf(row, place, assembler, options);
      if (found === null) continue;
      const { evidence } = found;
      const attributes = { ...row.attributes(), ...found.unquotedSource };
      if (mapping.use === 'nodes') {
        assembler.addNode(
          {
            key: row.value('id'),
            label: row.value('label') || undefined,
            type: row.value('entityType') || undefined,
            aliases: row
              .value('aliases')
              .split(ALIAS_SEPARATOR)
              .map((a) => a.trim())
              .filter(Boolean),
            summary: row.value('summary') || undefined,
            since: row.value('since') || undefined,
            until: row.value('until') || undefined,
            evidence,
            attributes,
          },
          place,
        );
      } else {
        assembler.addEdge(
          {
            key: `row-${record.row}`,
            source: row.value('source'),
            target: row.value('target'),
            relation: row.value('relation') || undefined,
            label: row.value('label') || undefined,
            since: row.value('since') || undefined,
            until: row.value('until') || undefined,
            confidence: row.value('confidence') || undefined,
            evidence,
            attributes,
          },
          place,
        );
      }
    }
  }
  return assembler.finish(options.title);
}

/**
 * A row's evidence: a quote with the source it comes from. A quote needs a source; a source
 * without a quote is kept as an attribute (or, in our own format, is an error).
 */
function evidenceOf(
  row: RowReader,
  place: Place,
  assembler: DatasetAssembler,
  options: TableImportOptions,
): {
  evidence: { source: string; quote: string }[];
  unquotedSource: Record<string, string>;
} | null {
  const quote = row.value('quote');
  const name = row.value('sourceName');
  const url = row.value('sourceUrl');
  if (quote !== '' && name === '' && url === '') {
    const column = row.column('sourceName') ?? row.column('sourceUrl');
    assembler.error(
      column ? `${place.where}, column ${column}` : place.where,
      column
        ? 'is empty: name the source the quote comes from'
        : 'has a quote but no column names its source (choose a column for the source name or URL)',
    );
    return null;
  }
  if (quote === '' && (name !== '' || url !== '')) {
    if (options.strictEvidence) {
      assembler.error(
        `${place.where}, column ${row.column('quote') ?? 'quote'}`,
        'is empty: every source needs the verbatim quote it supports (leave both empty for an unsourced relation)',
      );
      return null;
    }
    // Kept with the relation, under its column's name, until a quote is found for it.
    const unquotedSource: Record<string, string> = {};
    if (name) unquotedSource[row.column('sourceName') ?? 'source'] = name;
    if (url) unquotedSource[row.column('sourceUrl') ?? 'source URL'] = url;
    return { evidence: [], unquotedSource };
  }
  if (quote === '') return { evidence: [], unquotedSource: {} };
  return {
    evidence: [{ source: assembler.sourceFor({ name, url }, place), quote }],
    unquotedSource: {},
  };
}

/** The title of a dataset read from these tables. */
export function titleOfTables(tables: readonly Table[]): string {
  const files = [
    ...new Set(tables.map((t) => titleFromFileName(t.name.split(' — ')[0] ?? t.name))),
  ];
  return files.join(' and ');
}

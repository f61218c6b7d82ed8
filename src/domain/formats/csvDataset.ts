/**
 * Datasets kept in a spreadsheet: an edge list, and optionally a node list, as CSV.
 *
 *   edges: source,relation,target,since,until,confidence,quote,source_id   (one row per quote)
 *   nodes: id,type,label,aliases,summary,since,until                       (aliases split by |)
 *
 * The CSV is turned into a dataset and checked by parseDataset like any other file; its errors
 * are then located by row and column instead of JSON path. Every relation needs a quote and the
 * id of its source: evidence is not optional. Rows that agree on everything but the quote are
 * one relation with several quotes. Entities named only in the edge list get the declared type
 * "Unspecified"; sources named only by source_id get the id as title and "Unknown" as publisher.
 */
import {
  BUILT_IN_ENTITY_TYPES,
  parseDataset,
  type Dataset,
  type DatasetInput,
  type DatasetIssue,
} from '../schema';
import { slugify } from '../caption';
import { RELATION_CSV_COLUMNS, relationsToCsv } from '../relationsCsv';
import { parseCsv, writeCsv, type CsvRecord } from './csv';
import type { ReadResult, TextFile } from './readResult';

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

const OPTIONAL_EDGE_COLUMNS = new Set(['since', 'until']);
const OPTIONAL_NODE_COLUMNS = new Set(['type', 'label', 'aliases', 'summary', 'since', 'until']);

type EdgeColumn = (typeof EDGE_COLUMNS)[number];
type NodeColumn = (typeof NODE_COLUMNS)[number];

/** The entity type of entities the edge list names but no node list describes. */
export const UNSPECIFIED_TYPE = {
  id: 'unspecified',
  label: 'Unspecified',
  description: 'Named in an edge list without a node list entry.',
};

export const UNKNOWN_PUBLISHER = 'Unknown';

export const ALIAS_SEPARATOR = '|';

/** Which list a CSV file holds, told by its header: an edge list names a source and a target. */
export function csvListKind(text: string): 'edges' | 'nodes' | null {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/, 1)[0] ?? '';
  const header = new Set(
    firstLine.split(',').map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase()),
  );
  if (header.has('source') && header.has('target')) return 'edges';
  if (header.has('id')) return 'nodes';
  return null;
}

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;

/** A spreadsheet names things in words; ids are made from the words where they are not ids already. */
export function idFromText(text: string): string {
  if (ID_PATTERN.test(text) && text.length <= 200) return text;
  return slugify(text) || 'entity';
}

/** `Member of` and `member_of` name the same relation key. */
export function relationKeyFromText(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9_.:-]+/g, '_')
    .replace(/^[_.:-]+|_+$/g, '');
}

/** Where a value of the dataset came from in the CSV files. */
interface CsvLocation {
  list: 'edges' | 'nodes';
  row: number;
  column?: string;
}

interface Table<C extends string> {
  rows: { row: number; get: (column: C) => string }[];
}

/** Reads a header and its rows; column names are matched without regard to case or spaces. */
function readTable<C extends string>(
  file: TextFile,
  label: string,
  columns: readonly C[],
  optional: ReadonlySet<string>,
  errors: DatasetIssue[],
  warnings: DatasetIssue[],
): Table<C> | null {
  const parsed = parseCsv(file.text);
  if (!parsed.ok) {
    errors.push({ path: `${label}row ${parsed.row}`, message: parsed.message });
    return null;
  }
  const [header, ...records] = parsed.records;
  if (!header) {
    errors.push({
      path: label || file.name,
      message: 'is empty: the first row must name the columns',
    });
    return null;
  }
  const names = header.cells.map((c) => c.trim().toLowerCase());
  const positions = new Map<string, number>();
  names.forEach((name, i) => {
    if (positions.has(name))
      errors.push({
        path: `${label}row ${header.row}`,
        message: `column \`${name}\` appears twice`,
      });
    else if ((columns as readonly string[]).includes(name)) positions.set(name, i);
    else
      warnings.push({
        path: `${label}row ${header.row}`,
        message: `unknown column \`${header.cells[i]?.trim() ?? name}\` ignored`,
      });
  });
  const missing = columns.filter((c) => !optional.has(c) && !positions.has(c));
  if (missing.length > 0) {
    errors.push({
      path: `${label}row ${header.row}`,
      message: `missing column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `\`${c}\``).join(', ')} (the header must be ${columns.join(',')})`,
    });
    return null;
  }
  const rows: Table<C>['rows'] = [];
  for (const record of records) {
    if (record.cells.length > names.length) {
      errors.push({
        path: `${label}row ${record.row}`,
        message: `has ${record.cells.length} fields but the header has ${names.length} (a field with a comma needs double quotes)`,
      });
      continue;
    }
    rows.push({ row: record.row, get: cellReader(record, positions) });
  }
  return { rows };
}

function cellReader(record: CsvRecord, positions: ReadonlyMap<string, number>) {
  return (column: string): string => {
    const at = positions.get(column);
    return at === undefined ? '' : (record.cells[at] ?? '').trim();
  };
}

function optionalText(value: string): string | undefined {
  return value === '' ? undefined : value;
}

type NodeInput = DatasetInput['nodes'][number];
type EdgeInput = DatasetInput['edges'][number];
type SourceInput = NonNullable<DatasetInput['sources']>[number];
type EntityTypeInput = NonNullable<DatasetInput['entityTypes']>[number];

/** Builds the dataset from the tables, remembering where each list item came from. */
class CsvDatasetBuilder {
  readonly nodes: NodeInput[] = [];
  readonly edges: EdgeInput[] = [];
  readonly sources: SourceInput[] = [];
  readonly entityTypes: EntityTypeInput[] = [];
  readonly errors: DatasetIssue[] = [];
  readonly warnings: DatasetIssue[] = [];
  readonly locations = {
    nodes: [] as CsvLocation[],
    edges: [] as CsvLocation[][],
    sources: [] as CsvLocation[],
    entityTypes: [] as CsvLocation[],
  };
  private readonly nodeIds = new Map<string, number>();
  private readonly nodeLabels = new Map<string, string>();
  private readonly sourceIds = new Set<string>();
  private readonly typeIds = new Set<string>(BUILT_IN_ENTITY_TYPES);
  private readonly edgeKeys = new Map<string, number>();

  constructor(private readonly fileNames: FileNames | null) {}

  private issue(list: DatasetIssue[], at: CsvLocation, message: string) {
    list.push({ path: formatLocation(at, this.fileNames), message });
  }

  private declareType(type: string, at: CsvLocation) {
    if (this.typeIds.has(type)) return;
    this.typeIds.add(type);
    this.entityTypes.push(
      type === UNSPECIFIED_TYPE.id ? UNSPECIFIED_TYPE : { id: type, label: type },
    );
    this.locations.entityTypes.push(at);
  }

  addNodeRow(row: number, get: (c: NodeColumn) => string) {
    const at = { list: 'nodes' as const, row };
    const rawId = get('id');
    if (rawId === '') return this.issue(this.errors, { ...at, column: 'id' }, 'is empty');
    const id = idFromText(rawId);
    const first = this.nodeIds.get(id);
    if (first !== undefined)
      return this.issue(
        this.errors,
        { ...at, column: 'id' },
        `duplicate id "${id}" (first on row ${this.locations.nodes[first]?.row})`,
      );
    const type = get('type').toLowerCase() || UNSPECIFIED_TYPE.id;
    this.declareType(type, { ...at, column: 'type' });
    const label = get('label') || rawId;
    this.nodeIds.set(id, this.nodes.length);
    if (!this.nodeLabels.has(label)) this.nodeLabels.set(label, id);
    this.nodes.push({
      id,
      type,
      label,
      aliases: get('aliases')
        .split(ALIAS_SEPARATOR)
        .map((a) => a.trim())
        .filter(Boolean),
      summary: optionalText(get('summary')),
      since: optionalText(get('since')),
      until: optionalText(get('until')),
    });
    this.locations.nodes.push(at);
  }

  /** The id of the entity an edge end names: a node list id, a node list label, or a new entity. */
  private entityFor(text: string, at: CsvLocation, hasNodeList: boolean): string {
    const id = idFromText(text);
    if (this.nodeIds.has(id)) return id;
    const byLabel = this.nodeLabels.get(text);
    if (byLabel !== undefined) return byLabel;
    if (hasNodeList)
      this.issue(
        this.warnings,
        at,
        `"${text}" is not in ${this.fileNames?.nodes ?? 'the node list'}: added as an entity of type ${UNSPECIFIED_TYPE.label}`,
      );
    this.declareType(UNSPECIFIED_TYPE.id, at);
    this.nodeIds.set(id, this.nodes.length);
    this.nodeLabels.set(text, id);
    this.nodes.push({ id, type: UNSPECIFIED_TYPE.id, label: text });
    this.locations.nodes.push(at);
    return id;
  }

  private sourceFor(text: string, at: CsvLocation): string {
    const id = idFromText(text);
    if (!this.sourceIds.has(id)) {
      this.sourceIds.add(id);
      this.sources.push({ id, title: text, publisher: UNKNOWN_PUBLISHER });
      this.locations.sources.push(at);
    }
    return id;
  }

  addEdgeRow(row: number, get: (c: EdgeColumn) => string, hasNodeList: boolean) {
    const at = (column: EdgeColumn): CsvLocation => ({ list: 'edges', row, column });
    let complete = true;
    for (const column of ['source', 'target', 'quote', 'source_id'] as const) {
      if (get(column) !== '') continue;
      complete = false;
      const why =
        column === 'quote'
          ? 'is empty: every relation needs a verbatim quote from its source'
          : column === 'source_id'
            ? 'is empty: name the source the quote comes from'
            : 'is empty';
      this.issue(this.errors, at(column), why);
    }
    if (!complete) return;
    const source = this.entityFor(get('source'), at('source'), hasNodeList);
    const target = this.entityFor(get('target'), at('target'), hasNodeList);
    const relation = relationKeyFromText(get('relation'));
    const since = optionalText(get('since'));
    const until = optionalText(get('until'));
    const confidence = get('confidence').toLowerCase() as EdgeInput['confidence'];
    const evidence = {
      source: this.sourceFor(get('source_id'), at('source_id')),
      quote: get('quote'),
    };

    const key = JSON.stringify([source, relation, target, since, until, confidence]);
    const existing = this.edgeKeys.get(key);
    if (existing !== undefined) {
      const edge = this.edges[existing]!;
      if (!edge.evidence.some((e) => e.source === evidence.source && e.quote === evidence.quote)) {
        edge.evidence.push(evidence);
        this.locations.edges[existing]!.push({ list: 'edges', row });
      }
      return;
    }
    this.edgeKeys.set(key, this.edges.length);
    this.edges.push({
      id: `row-${row}`,
      source,
      target,
      relation,
      since,
      until,
      confidence,
      evidence: [evidence],
    });
    this.locations.edges.push([{ list: 'edges', row }]);
  }

  /** Translates a JSON path of the built dataset into the row and column it came from. */
  locate(issue: DatasetIssue): DatasetIssue {
    const match =
      /^\$\.(nodes|edges|sources|entityTypes)\[(\d+)\](?:\.evidence\[(\d+)\])?(?:\.(\w+))?/.exec(
        issue.path,
      );
    if (!match) return issue;
    const [, list, indexText, evidenceText, field] = match;
    const index = Number(indexText);
    let at: CsvLocation | undefined;
    if (list === 'edges') {
      const rows = this.locations.edges[index];
      const evidenceIndex = evidenceText === undefined ? 0 : Number(evidenceText);
      const base = rows?.[evidenceIndex] ?? rows?.[0];
      const column =
        evidenceText !== undefined
          ? field === 'source'
            ? 'source_id'
            : field
          : field && (EDGE_COLUMNS as readonly string[]).includes(field)
            ? field
            : undefined;
      at = base && { ...base, column };
    } else if (list === 'nodes') {
      const base = this.locations.nodes[index];
      // An entity made from an edge end keeps that end's column; a node list row names its own.
      at = base && (base.column ? base : { ...base, column: field });
    } else {
      at = this.locations[list as 'sources' | 'entityTypes'][index];
    }
    return at ? { path: formatLocation(at, this.fileNames), message: issue.message } : issue;
  }

  dataset(title: string): DatasetInput {
    return {
      schemaVersion: 1,
      title,
      description: '',
      sources: this.sources,
      entityTypes: this.entityTypes,
      nodes: this.nodes,
      edges: this.edges,
    };
  }
}

/** The files' names, when two are read and a row number alone would not say which. */
interface FileNames {
  edges: string;
  nodes: string;
}

function formatLocation(at: CsvLocation, fileNames: FileNames | null): string {
  const prefix = fileNames ? `${fileNames[at.list]} ` : '';
  return `${prefix}row ${at.row}${at.column ? `, column ${at.column}` : ''}`;
}

/**
 * Reads an edge list and an optional node list into a dataset. Problems are located as
 * "row 7, column confidence" (prefixed by the file name when two files are read).
 */
export function readCsvDataset(edgesFile: TextFile, nodesFile?: TextFile): ReadResult {
  const fileNames = nodesFile ? { edges: edgesFile.name, nodes: nodesFile.name } : null;
  const builder = new CsvDatasetBuilder(fileNames);
  const prefix = (list: keyof FileNames) => (fileNames ? `${fileNames[list]} ` : '');
  const { errors, warnings } = builder;
  const nodeTable = nodesFile
    ? readTable(nodesFile, prefix('nodes'), NODE_COLUMNS, OPTIONAL_NODE_COLUMNS, errors, warnings)
    : null;
  const edgeTable = readTable(
    edgesFile,
    prefix('edges'),
    EDGE_COLUMNS,
    OPTIONAL_EDGE_COLUMNS,
    errors,
    warnings,
  );
  nodeTable?.rows.forEach(({ row, get }) => builder.addNodeRow(row, get));
  edgeTable?.rows.forEach(({ row, get }) => builder.addEdgeRow(row, get, nodesFile !== undefined));
  if (errors.length > 0) return { ok: false, errors, warnings };

  const title = nodesFile ? `${edgesFile.name} and ${nodesFile.name}` : edgesFile.name;
  const result = parseDataset(builder.dataset(title));
  const allWarnings = [...warnings, ...result.warnings.map((w) => builder.locate(w))];
  if (!result.ok)
    return {
      ok: false,
      errors: result.errors.map((e) => builder.locate(e)),
      warnings: allWarnings,
    };
  return { ok: true, dataset: result.dataset, warnings: allWarnings };
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

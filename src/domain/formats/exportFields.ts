/**
 * The fields of an entity and a relation as exported to GraphML and GEXF: one list, so the two
 * formats carry the same information, and one reading of it back (readOwnFields), so that our own
 * exports open again to the same dataset. Lists (aliases, tags, evidence) are written as JSON
 * text, which no separator inside a value can break; `quotes` and `sources` repeat the evidence
 * for people reading the file in yEd or Gephi and are not read back. The rest of a dataset
 * (sources, declared types, events) travels as one JSON value at graph level (`linkboard`).
 * Empty values are left out by the writers.
 */
import type { RelationType } from '../relations';
import {
  attributesSchema,
  type Attributes,
  type AttributeValue,
  type Dataset,
  type DatasetEdge,
  type DatasetNode,
} from '../schema';
import type { EvidenceInput, ImportedEdge, ImportedNode } from './assemble';

/** Several quotes of one item are separated by a blank line in the readable `quotes` field. */
export const QUOTE_SEPARATOR = '\n\n';

export const NODE_FIELDS = [
  'label',
  'type',
  'aliases',
  'summary',
  'since',
  'until',
  'tags',
  'quotes',
  'evidence',
] as const;
export const EDGE_FIELDS = [
  'relation',
  'label',
  'family',
  'confidence',
  'formal',
  'since',
  'until',
  'quotes',
  'sources',
  'evidence',
] as const;

export type NodeField = (typeof NODE_FIELDS)[number];
export type EdgeField = (typeof EDGE_FIELDS)[number];

/** The graph-level key or element that marks a file as ours and carries the rest of the dataset. */
export const DATASET_FIELD = 'linkboard';

function jsonList(list: readonly unknown[]): string | undefined {
  return list.length === 0 ? undefined : JSON.stringify(list);
}

function quotes(evidence: DatasetNode['evidence']): string | undefined {
  return evidence.length === 0 ? undefined : evidence.map((e) => e.quote).join(QUOTE_SEPARATOR);
}

export function nodeFields(node: DatasetNode): Record<NodeField, string | undefined> {
  return {
    label: node.label,
    type: node.type,
    aliases: jsonList(node.aliases),
    summary: node.summary,
    since: node.since,
    until: node.until,
    tags: jsonList(node.tags),
    quotes: quotes(node.evidence),
    evidence: jsonList(node.evidence),
  };
}

export function edgeFields(
  edge: DatasetEdge,
  relation: RelationType,
): Record<EdgeField, string | undefined> {
  return {
    relation: edge.relation,
    label: edge.label,
    family: relation.family,
    confidence: edge.confidence,
    formal: edge.formal === undefined ? undefined : String(edge.formal),
    since: edge.since,
    until: edge.until,
    quotes: quotes(edge.evidence),
    sources: [...new Set(edge.evidence.map((e) => e.source))].join(', ') || undefined,
    evidence: jsonList(edge.evidence),
  };
}

/** What travels at graph level: everything of the dataset but its entities and relations. */
export function datasetFieldValue(dataset: Dataset): string {
  const { schemaVersion, title, description, sources, entityTypes, relationTypes, events } =
    dataset;
  return JSON.stringify({
    schemaVersion,
    title,
    description,
    sources,
    entityTypes,
    relationTypes,
    events,
  });
}

export interface DatasetFieldValue {
  title?: string;
  description?: string;
  sources?: never[];
  entityTypes?: never[];
  relationTypes?: never[];
  events?: never[];
}

/** The graph-level value of one of our files; the schema checks its parts when the dataset is built. */
export function readDatasetField(text: string): DatasetFieldValue | null {
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
    const record = value as Record<string, unknown>;
    const list = (key: string) => (Array.isArray(record[key]) ? (record[key] as never[]) : []);
    return {
      title: typeof record.title === 'string' ? record.title : undefined,
      description: typeof record.description === 'string' ? record.description : undefined,
      sources: list('sources'),
      entityTypes: list('entityTypes'),
      relationTypes: list('relationTypes'),
      events: list('events'),
    };
  } catch {
    return null;
  }
}

/** The attribute type the formats declare for a key: one type per key across the file. */
export type AttributeKind = 'boolean' | 'double' | 'string';

export function attributeKind(values: readonly AttributeValue[]): AttributeKind {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'number')) return 'double';
  return 'string';
}

/** The attribute names used by a list of items, in order of first use, with their kinds. */
export function attributeColumns(
  items: readonly { attributes?: Attributes }[],
): { name: string; kind: AttributeKind }[] {
  const values = new Map<string, AttributeValue[]>();
  for (const item of items)
    for (const [name, value] of Object.entries(item.attributes ?? {})) {
      const list = values.get(name);
      if (list) list.push(value);
      else values.set(name, [value]);
    }
  return [...values].map(([name, list]) => ({ name, kind: attributeKind(list) }));
}

/** An attribute value as the text a file holds; numbers keep every digit JavaScript has. */
export function attributeText(value: AttributeValue): string {
  return String(value);
}

/** A value read from a file, typed as its declaration says; text when it does not parse. */
export function typedValue(text: string, type: string | undefined): AttributeValue {
  switch ((type ?? 'string').toLowerCase()) {
    case 'boolean': {
      const lower = text.trim().toLowerCase();
      if (lower === 'true' || lower === '1') return true;
      if (lower === 'false' || lower === '0') return false;
      return text;
    }
    case 'int':
    case 'integer':
    case 'long':
    case 'short':
    case 'byte':
    case 'float':
    case 'double':
    case 'bigdecimal':
    case 'biginteger': {
      const trimmed = text.trim();
      const number = Number(trimmed);
      return trimmed !== '' && Number.isFinite(number) ? number : text;
    }
    default:
      return text;
  }
}

function parseJsonList(text: string | undefined): unknown[] | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function stringList(text: string | undefined): string[] | undefined {
  const list = parseJsonList(text);
  return list?.every((x) => typeof x === 'string') ? list : undefined;
}

/** Reads back the fields our writers put on an entity. */
export function readOwnNodeFields(
  key: string,
  fields: ReadonlyMap<string, string>,
  attributes: Attributes,
): ImportedNode {
  return {
    key,
    label: fields.get('label'),
    type: fields.get('type'),
    aliases: stringList(fields.get('aliases')),
    summary: fields.get('summary'),
    since: fields.get('since'),
    until: fields.get('until'),
    tags: stringList(fields.get('tags')),
    evidence: parseJsonList(fields.get('evidence')) as EvidenceInput[] | undefined,
    attributes,
  };
}

/** Reads back the fields our writers put on a relation. */
export function readOwnEdgeFields(
  edge: { key?: string; source: string; target: string },
  fields: ReadonlyMap<string, string>,
  attributes: Attributes,
): ImportedEdge {
  const formal = fields.get('formal');
  return {
    ...edge,
    relation: fields.get('relation'),
    label: fields.get('label'),
    confidence: fields.get('confidence'),
    formal: formal === undefined ? undefined : formal === 'true',
    since: fields.get('since'),
    until: fields.get('until'),
    evidence: parseJsonList(fields.get('evidence')) as EvidenceInput[] | undefined,
    attributes,
  };
}

/** Checks attributes read from a file: whether they would pass the schema. */
export function isValidAttributes(attributes: Attributes): boolean {
  return attributesSchema.safeParse(attributes).success;
}

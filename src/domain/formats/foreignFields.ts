/**
 * Telling our fields apart among the attributes another tool wrote (a GraphML key, a GEXF
 * attribute, a Cytoscape.js data field): `name` or `label` is the label, `type` or `category` the
 * entity type, `interaction` or `relationship` the relation, a date under `start` or `since`
 * the start… Names are matched without regard to case, spaces or underscores. A value that does
 * not fit the field (a confidence of 0.8, a start of 1.5) stays an attribute. Everything not
 * taken stays an attribute, as the file named it.
 */
import { isPartialDate } from '../dates';
import { CONFIDENCE_LEVELS, type Attributes, type AttributeValue } from '../schema';
import type { ImportedEdge, ImportedNode } from './assemble';

function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

const NODE_FIELD_NAMES = {
  label: ['label', 'name', 'title', 'fullname'],
  type: ['type', 'entitytype', 'category', 'kind', 'nodetype'],
  summary: ['summary', 'description'],
  since: ['since', 'start', 'startdate', 'begin'],
  until: ['until', 'end', 'enddate'],
} as const;

const EDGE_FIELD_NAMES = {
  relation: ['relation', 'relationship', 'interaction', 'relationtype', 'edgetype', 'type', 'kind'],
  label: ['label', 'name'],
  confidence: ['confidence'],
  since: ['since', 'start', 'startdate', 'begin'],
  until: ['until', 'end', 'enddate'],
} as const;

/** A partial ISO date from a value, or undefined: `2008`, `2008-02`, `2008-02-01T00:00:00Z`. */
export function partialDateOf(value: AttributeValue | undefined): string | undefined {
  if (value === undefined || typeof value === 'boolean') return undefined;
  if (typeof value === 'number')
    return Number.isInteger(value) && value >= 1000 && value <= 9999 ? String(value) : undefined;
  const text = value.trim().replace(/T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?$/, '');
  return isPartialDate(text) ? text : undefined;
}

function textOf(value: AttributeValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

function confidenceOf(value: AttributeValue | undefined): string | undefined {
  const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return (CONFIDENCE_LEVELS as readonly string[]).includes(text) ? text : undefined;
}

/** Takes the first attribute under one of `names` whose value `read` accepts. */
function take<T>(
  attributes: Attributes,
  byName: Map<string, string>,
  names: readonly string[],
  read: (value: AttributeValue | undefined) => T | undefined,
): T | undefined {
  for (const name of names) {
    const original = byName.get(name);
    if (original === undefined) continue;
    const value = read(attributes[original]);
    if (value === undefined) continue;
    delete attributes[original];
    byName.delete(name);
    return value;
  }
  return undefined;
}

function indexNames(attributes: Attributes): Map<string, string> {
  const byName = new Map<string, string>();
  for (const name of Object.keys(attributes)) {
    const normal = normaliseName(name);
    if (!byName.has(normal)) byName.set(normal, name);
  }
  return byName;
}

/** An entity from a foreign file's id, its attributes, and the label its graphics gave it. */
export function foreignNode(key: string, values: Attributes, shownLabel?: string): ImportedNode {
  const attributes: Attributes = { ...values };
  const byName = indexNames(attributes);
  const label = take(attributes, byName, NODE_FIELD_NAMES.label, textOf);
  return {
    key,
    label: shownLabel?.trim() || label,
    type: take(attributes, byName, NODE_FIELD_NAMES.type, textOf),
    summary: take(attributes, byName, NODE_FIELD_NAMES.summary, textOf),
    since: take(attributes, byName, NODE_FIELD_NAMES.since, partialDateOf),
    until: take(attributes, byName, NODE_FIELD_NAMES.until, partialDateOf),
    attributes,
  };
}

/**
 * A relation from a foreign file. The relation is named by `relation`, `interaction`, `type`…, or
 * else by the edge's label; the label is kept apart only when both are given.
 */
export function foreignEdge(
  ends: { key?: string; source: string; target: string; directed: boolean },
  values: Attributes,
  shownLabel?: string,
): ImportedEdge {
  const attributes: Attributes = { ...values };
  const byName = indexNames(attributes);
  const relation = take(attributes, byName, EDGE_FIELD_NAMES.relation, textOf);
  const label = shownLabel?.trim() || take(attributes, byName, EDGE_FIELD_NAMES.label, textOf);
  return {
    ...ends,
    relation: relation ?? label,
    label: relation !== undefined && label !== relation ? label : undefined,
    confidence: take(attributes, byName, EDGE_FIELD_NAMES.confidence, confidenceOf),
    since: take(attributes, byName, EDGE_FIELD_NAMES.since, partialDateOf),
    until: take(attributes, byName, EDGE_FIELD_NAMES.until, partialDateOf),
    attributes,
  };
}

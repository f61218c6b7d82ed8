/**
 * The fields of an entity and a relation as exported to GraphML and GEXF: one list, so the two
 * formats carry the same information. Empty values are left out by the writers.
 */
import type { RelationType } from '../relations';
import type { DatasetEdge, DatasetNode } from '../schema';

/** Several quotes of one relation are separated by a blank line. */
export const QUOTE_SEPARATOR = '\n\n';

export const NODE_FIELDS = ['label', 'type', 'aliases', 'summary', 'since', 'until'] as const;
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
] as const;

export type NodeField = (typeof NODE_FIELDS)[number];
export type EdgeField = (typeof EDGE_FIELDS)[number];

export function nodeFields(
  node: DatasetNode,
  typeLabel: string,
): Record<NodeField, string | undefined> {
  return {
    label: node.label,
    type: typeLabel,
    aliases: node.aliases.join(', '),
    summary: node.summary,
    since: node.since,
    until: node.until,
  };
}

export function edgeFields(
  edge: DatasetEdge,
  relation: RelationType,
): Record<EdgeField, string | undefined> {
  return {
    relation: edge.relation,
    label: edge.label ?? relation.label,
    family: relation.family,
    confidence: edge.confidence,
    formal: edge.formal === undefined ? undefined : String(edge.formal),
    since: edge.since,
    until: edge.until,
    quotes: edge.evidence.map((e) => e.quote).join(QUOTE_SEPARATOR),
    sources: [...new Set(edge.evidence.map((e) => e.source))].join(', '),
  };
}

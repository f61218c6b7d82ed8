/**
 * Converts dataset entities and relations into Cytoscape element definitions. Colours and
 * shapes are written into each element's data from the shared palette, so the stylesheet
 * stays small and the legend and export read the same values.
 */
import type { ElementDefinition } from 'cytoscape';
import type { GraphIndex } from '../domain/graphIndex';
import type { DatasetEdge, DatasetNode } from '../domain/schema';
import { isUnsourced } from '../domain/sourcing';
import {
  colourOfEntityType,
  colourOfFamily,
  lineStyleOfConfidence,
  shapeOfEntityType,
} from './palette';
import { bundledEdgeIds } from './parallelEdges';

export interface NodeData {
  id: string;
  label: string;
  type: string;
  colour: string;
  shape: string;
  /** Node diameter in px, grows with the number of relations. */
  size: number;
  /** No quote backs it (imported data): drawn hollow. */
  unsourced: boolean;
  [key: string]: unknown;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  relation: string;
  label: string;
  family: string;
  colour: string;
  confidence: string;
  lineStyle: string;
  formal: boolean;
  /** No quote backs it (imported data): drawn as a grey dotted line. */
  unsourced: boolean;
  [key: string]: unknown;
}

const MIN_NODE_SIZE = 22;
const MAX_NODE_SIZE = 64;

export function nodeSize(degree: number): number {
  return Math.min(MAX_NODE_SIZE, MIN_NODE_SIZE + 6 * Math.sqrt(degree));
}

export function toNodeElement(index: GraphIndex, node: DatasetNode): ElementDefinition {
  const degree = index.edgesByNode.get(node.id)?.length ?? 0;
  const data: NodeData = {
    id: node.id,
    label: node.label,
    type: node.type,
    colour: colourOfEntityType(node.type),
    shape: shapeOfEntityType(node.type),
    size: nodeSize(degree),
    unsourced: isUnsourced(node),
  };
  return { group: 'nodes', data };
}

export function toEdgeElement(index: GraphIndex, edge: DatasetEdge): ElementDefinition {
  const relation = index.relationOf(edge);
  const data: EdgeData = {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    relation: edge.relation,
    label: edge.label ?? relation.label,
    family: relation.family,
    colour: colourOfFamily(relation.family),
    confidence: edge.confidence,
    lineStyle: edge.formal ? 'dotted' : lineStyleOfConfidence(edge.confidence),
    formal: edge.formal === true,
    unsourced: isUnsourced(edge),
  };
  const classes = [
    edge.formal ? 'formal' : '',
    relation.symmetric ? 'symmetric' : '',
    bundledEdgeIds(index).has(edge.id)
      ? edge.source === edge.target
        ? 'bundled-loop'
        : 'bundled'
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  return { group: 'edges', data, classes };
}

/** The elements of the entities named in `ids` (in their order), skipping ids the index lacks. */
export function nodeElements(index: GraphIndex, ids: Iterable<string>): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  for (const id of ids) {
    const node = index.nodesById.get(id);
    if (node) elements.push(toNodeElement(index, node));
  }
  return elements;
}

/** The elements of the relations named in `ids` (in their order), skipping ids the index lacks. */
export function edgeElements(index: GraphIndex, ids: Iterable<string>): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  for (const id of ids) {
    const edge = index.edgesById.get(id);
    if (edge) elements.push(toEdgeElement(index, edge));
  }
  return elements;
}

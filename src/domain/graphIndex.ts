/**
 * Lookups built once per dataset: nodes and edges by id, the effective relation vocabulary,
 * and adjacency lists. Every query (view, command chains, paths, search) reads from here.
 */
import {
  buildVocabulary,
  relationType,
  type RelationType,
  type RelationVocabulary,
} from './relations';
import type { Dataset, DatasetEdge, DatasetEvent, DatasetNode } from './schema';

export interface GraphIndex {
  dataset: Dataset;
  vocabulary: RelationVocabulary;
  nodesById: ReadonlyMap<string, DatasetNode>;
  edgesById: ReadonlyMap<string, DatasetEdge>;
  eventsById: ReadonlyMap<string, DatasetEvent>;
  /** Edge ids touching each node, in dataset order. */
  edgesByNode: ReadonlyMap<string, readonly string[]>;
  relationOf(edge: DatasetEdge): RelationType;
}

export function buildGraphIndex(dataset: Dataset): GraphIndex {
  const vocabulary = buildVocabulary(dataset.relationTypes);
  const nodesById = new Map(dataset.nodes.map((n) => [n.id, n]));
  const edgesById = new Map(dataset.edges.map((e) => [e.id, e]));
  const eventsById = new Map(dataset.events.map((e) => [e.id, e]));
  const edgesByNode = new Map<string, string[]>();
  for (const node of dataset.nodes) edgesByNode.set(node.id, []);
  for (const edge of dataset.edges) {
    edgesByNode.get(edge.source)?.push(edge.id);
    if (edge.target !== edge.source) edgesByNode.get(edge.target)?.push(edge.id);
  }
  return {
    dataset,
    vocabulary,
    nodesById,
    edgesById,
    eventsById,
    edgesByNode,
    relationOf: (edge) => relationType(vocabulary, edge.relation),
  };
}

/**
 * Community detection: Louvain (graphology-communities-louvain) on the dataset's relations as an
 * undirected graph, from a fixed seed so that a dataset always falls into the same communities.
 * It runs in a Web Worker (src/app/communities/), on entity indices and relation ends as typed
 * arrays, so that nothing but numbers crosses to the worker and back.
 */
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import { seededRandom } from './seededRandom';

export const COMMUNITY_SEED = 0x1b873593;

/**
 * The community of each of `nodeCount` entities, numbered from 0 in no particular order;
 * `ends` holds the relations as pairs of entity indices. Repeated and self relations count once
 * and not at all.
 */
export function detectCommunities(
  nodeCount: number,
  ends: Uint32Array,
  seed = COMMUNITY_SEED,
): Int32Array {
  const graph = new UndirectedGraph();
  for (let i = 0; i < nodeCount; i++) graph.addNode(i);
  for (let e = 0; e + 1 < ends.length; e += 2) {
    const a = ends[e]!;
    const b = ends[e + 1]!;
    if (a === b || a >= nodeCount || b >= nodeCount || graph.hasEdge(a, b)) continue;
    graph.addEdge(a, b);
  }
  const result = new Int32Array(nodeCount);
  if (graph.size === 0) {
    for (let i = 0; i < nodeCount; i++) result[i] = i;
    return result;
  }
  const mapping = louvain(graph, { rng: seededRandom(seed) });
  for (let i = 0; i < nodeCount; i++) result[i] = mapping[String(i)] ?? i;
  return result;
}

/** Communities larger than this are split into sub-communities (see splitCommunities). */
export const SPLIT_COMMUNITIES_ABOVE = 150;

/**
 * Splits each community of more than `maxSize` entities by Louvain on the relations inside it,
 * so that a large graph opens as a few clusters whose expansion shows a few sub-clusters rather
 * than thousands of entities. Returns the sub-community of each entity, numbered across the whole
 * graph, or -1 for entities of communities left whole (small ones, or ones Louvain keeps whole).
 */
export function splitCommunities(
  ends: Uint32Array,
  communities: Int32Array,
  maxSize = SPLIT_COMMUNITIES_ABOVE,
  seed = COMMUNITY_SEED,
): Int32Array {
  const nodeCount = communities.length;
  const sizes = new Map<number, number>();
  for (const c of communities) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const graphs = new Map<number, UndirectedGraph>();
  for (let i = 0; i < nodeCount; i++) {
    const c = communities[i]!;
    if (sizes.get(c)! <= maxSize) continue;
    let graph = graphs.get(c);
    if (!graph) graphs.set(c, (graph = new UndirectedGraph()));
    graph.addNode(i);
  }
  for (let e = 0; e + 1 < ends.length; e += 2) {
    const a = ends[e]!;
    const b = ends[e + 1]!;
    if (a === b || a >= nodeCount || b >= nodeCount) continue;
    const graph = communities[a] === communities[b] ? graphs.get(communities[a]!) : undefined;
    if (graph && !graph.hasEdge(a, b)) graph.addEdge(a, b);
  }
  const result = new Int32Array(nodeCount).fill(-1);
  let next = 0;
  for (const graph of graphs.values()) {
    if (graph.size === 0) continue;
    const mapping = louvain(graph, { rng: seededRandom(seed) });
    const numbers = new Map<number, number>();
    for (const c of Object.values(mapping))
      if (!numbers.has(c)) numbers.set(c, next + numbers.size);
    if (numbers.size < 2) continue;
    next += numbers.size;
    graph.forEachNode((node) => {
      result[Number(node)] = numbers.get(mapping[node]!)!;
    });
  }
  return result;
}

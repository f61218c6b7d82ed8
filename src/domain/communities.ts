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

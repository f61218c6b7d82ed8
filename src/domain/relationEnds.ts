/**
 * Relations as pairs of entity indices in a typed array: what crosses to a worker (communities,
 * see communities.ts) instead of the dataset's objects.
 */

export function relationEnds(
  nodeIds: readonly string[],
  edges: readonly { source: string; target: string }[],
): Uint32Array {
  const indexOf = new Map<string, number>();
  nodeIds.forEach((id, i) => indexOf.set(id, i));
  const ends = new Uint32Array(2 * edges.length);
  let kept = 0;
  for (const edge of edges) {
    const a = indexOf.get(edge.source);
    const b = indexOf.get(edge.target);
    if (a === undefined || b === undefined) continue;
    ends[2 * kept] = a;
    ends[2 * kept + 1] = b;
    kept++;
  }
  return ends.slice(0, 2 * kept);
}

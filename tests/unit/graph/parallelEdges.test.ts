import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../../../src/domain/graphIndex';
import { parseDataset } from '../../../src/domain/schema';
import { toEdgeElement } from '../../../src/graph/elements';
import { bundledEdgeIds, MAX_FANNED_PARALLEL_EDGES } from '../../../src/graph/parallelEdges';
import { buildDataset, edge, node } from '../../helpers/datasetBuilder';

function indexOf(edges: ReturnType<typeof edge>[]) {
  const result = parseDataset(buildDataset({ nodes: [node('a'), node('b'), node('c')], edges }));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return buildGraphIndex(result.dataset);
}

describe('bundledEdgeIds', () => {
  it('leaves a few parallel relations to fan out as curves', () => {
    const few = Array.from({ length: MAX_FANNED_PARALLEL_EDGES }, (_, i) =>
      edge('a', 'commands', 'b', { id: `p${i}` }),
    );
    expect(bundledEdgeIds(indexOf(few)).size).toBe(0);
  });

  it('bundles every relation of a crowded pair, in both directions, and nothing else', () => {
    const crowded = Array.from({ length: MAX_FANNED_PARALLEL_EDGES + 1 }, (_, i) =>
      i % 2
        ? edge('a', 'commands', 'b', { id: `p${i}` })
        : edge('b', 'trains', 'a', { id: `p${i}` }),
    );
    const index = indexOf([...crowded, edge('b', 'commands', 'c', { id: 'other' })]);
    const bundled = bundledEdgeIds(index);
    expect(bundled.size).toBe(crowded.length);
    expect(bundled.has('other')).toBe(false);
    expect(toEdgeElement(index, index.edgesById.get('p0')!).classes).toContain('bundled');
    expect(toEdgeElement(index, index.edgesById.get('other')!).classes).not.toContain('bundled');
  });

  it('bundles crowded self-loops as loops', () => {
    const loops = Array.from({ length: MAX_FANNED_PARALLEL_EDGES + 1 }, (_, i) =>
      edge('c', 'commands', 'c', { id: `l${i}` }),
    );
    const index = indexOf(loops);
    expect(toEdgeElement(index, index.edgesById.get('l0')!).classes).toBe('bundled-loop');
  });
});

import { describe, expect, it } from 'vitest';
import { chainTree, initiallyOpen, type ChainTreeNode } from '../../../src/domain/chainTree';
import { chainOfCommand } from '../../../src/domain/command';
import { buildGraphIndex } from '../../../src/domain/graphIndex';
import { buildIndex, edge, node } from '../../helpers/datasetBuilder';
import { loadDefaultDataset } from '../../helpers/defaultDataset';

/** The tree as nested [id, children] pairs, to compare whole shapes. */
function shape(nodes: readonly ChainTreeNode[]): unknown[] {
  return nodes.map((n) => (n.children.length ? [n.step.nodeId, shape(n.children)] : n.step.nodeId));
}

function allEntries(nodes: readonly ChainTreeNode[]): ChainTreeNode[] {
  return nodes.flatMap((n) => [n, ...allEntries(n.children)]);
}

describe('chainTree', () => {
  const index = buildIndex({
    nodes: ['hq', 'a', 'b', 'a1', 'a2', 'a1x'].map((id) => node(id)),
    edges: [
      edge('a', 'part_of', 'hq'),
      edge('b', 'part_of', 'hq'),
      edge('a1', 'part_of', 'a'),
      edge('a2', 'part_of', 'a'),
      edge('a1x', 'part_of', 'a1'),
    ],
  });
  const chain = chainOfCommand(index, 'hq', new Set(index.edgesById.keys()));

  it('hangs each entity under the one it was reached through', () => {
    expect(shape(chainTree('hq', chain.subordinates))).toEqual([
      ['a', [['a1', ['a1x']], 'a2']],
      'b',
    ]);
  });

  it('counts everything below each entry', () => {
    const [a, b] = chainTree('hq', chain.subordinates);
    expect(a!.descendants).toBe(3);
    expect(a!.children[0]!.descendants).toBe(1);
    expect(b!.descendants).toBe(0);
  });

  it('keeps every step once, whatever the shape of the data', () => {
    const real = buildGraphIndex(loadDefaultDataset());
    const edgeIds = new Set(real.edgesById.keys());
    for (const node of real.dataset.nodes) {
      const { superiors, subordinates } = chainOfCommand(real, node.id, edgeIds);
      for (const steps of [superiors, subordinates]) {
        const ids = allEntries(chainTree(node.id, steps)).map((n) => n.step.nodeId);
        expect(ids.sort()).toEqual(steps.map((s) => s.nodeId).sort());
      }
    }
  });

  it('opens a small tree whole and a large one at its first level only', () => {
    const roots = chainTree('hq', chain.subordinates);
    expect([...initiallyOpen(roots, chain.subordinates.length)].sort()).toEqual(
      chain.subordinates.map((s) => s.nodeId).sort(),
    );
    expect(initiallyOpen(roots, chain.subordinates.length - 1).size).toBe(0);
  });
});

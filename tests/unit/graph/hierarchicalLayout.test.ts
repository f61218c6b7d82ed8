import { describe, expect, it } from 'vitest';
import type { LayeringLink } from '../../../src/domain/hierarchy';
import {
  groupLeaves,
  labelledBox,
  largestComponentsFirst,
  layeredPositions,
  layoutKey,
  type LayoutInput,
} from '../../../src/graph/layouts';

const link = (upper: string, lower: string): LayeringLink => ({
  id: `${upper}-${lower}`,
  upper,
  lower,
});

function input(ids: string[], links: LayeringLink[]): LayoutInput {
  return {
    nodes: ids.map((id) => labelledBox(id, id, 30)),
    links,
    fixed: [],
    aspectRatio: 1.5,
  };
}

describe('the hierarchical layout', () => {
  it('puts every superior above its subordinates, whatever the edges point to', async () => {
    const positions = await layeredPositions(
      input(
        ['top', 'middle', 'bottom', 'side'],
        [link('top', 'middle'), link('middle', 'bottom'), link('top', 'side')],
      ),
    );
    const y = (id: string) => positions.get(id)!.y;
    expect(y('top')).toBeLessThan(y('middle'));
    expect(y('middle')).toBeLessThan(y('bottom'));
    expect(y('top')).toBeLessThan(y('side'));
  });

  it('wraps many leaves of one superior into a block, below it', async () => {
    const leaves = Array.from({ length: 9 }, (_, i) => `leaf${i}`);
    const links = leaves.map((leaf) => link('boss', leaf));
    const grouped = groupLeaves(input(['boss', ...leaves], links));
    expect(grouped.blocks).toHaveLength(1);
    expect(grouped.blocks[0]?.members).toHaveLength(9);
    expect(grouped.links).toEqual([{ id: 'boss-leaf0', upper: 'boss', lower: 'leaves-of:boss' }]);

    const positions = await layeredPositions(input(['boss', ...leaves], links));
    const rows = new Set(leaves.map((leaf) => Math.round(positions.get(leaf)!.y)));
    expect(rows.size).toBeGreaterThan(1);
    for (const leaf of leaves)
      expect(positions.get(leaf)!.y).toBeGreaterThan(positions.get('boss')!.y);
  });

  it('keeps a few leaves in a row, and leaves with two superiors out of blocks', () => {
    const links = [link('boss', 'a'), link('boss', 'b'), link('other', 'b')];
    expect(groupLeaves(input(['boss', 'other', 'a', 'b'], links)).blocks).toEqual([]);
  });

  it('orders the largest connected part first', () => {
    const nodes = ['x', 'y', 'a', 'b', 'c'].map((id) => ({ id }));
    const ordered = largestComponentsFirst(nodes, [link('x', 'y'), link('a', 'b'), link('b', 'c')]);
    expect(ordered.map((n) => n.id)).toEqual(['a', 'b', 'c', 'x', 'y']);
  });

  it('lays out again when the ranking links change, not on filters', () => {
    const base = {
      layout: 'hierarchical' as const,
      mode: 'network' as const,
      commandChain: 'de-facto' as const,
    };
    expect(layoutKey(base)).not.toBe(layoutKey({ ...base, mode: 'command' }));
    expect(layoutKey(base)).not.toBe(layoutKey({ ...base, commandChain: 'formal' }));
    expect(layoutKey({ ...base, layout: 'force' })).toBe(
      layoutKey({ ...base, layout: 'force', mode: 'command' }),
    );
  });
});

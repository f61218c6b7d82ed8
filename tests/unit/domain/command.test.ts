import { describe, expect, it } from 'vitest';
import { chainOfCommand, commandEdgeIds } from '../../../src/domain/command';
import type { GraphIndex } from '../../../src/domain/graphIndex';
import { getDefaultViewState, type ViewState } from '../../../src/domain/viewState';
import { buildIndex, edge, node } from '../../helpers/datasetBuilder';

const index = buildIndex({
  nodes: ['leader', 'state', 'force', 'militia', 'division', 'fighter', 'president', 'city'].map(
    (id) => node(id),
  ),
  edges: [
    edge('leader', 'leads', 'state', { id: 'leader-leads-state' }),
    edge('force', 'part_of', 'state', { id: 'force-part-of-state' }),
    edge('force', 'controls', 'militia', { id: 'force-controls-militia' }),
    edge('division', 'part_of', 'militia', { id: 'division-part-of-militia' }),
    edge('fighter', 'member_of', 'division', { id: 'fighter-member-of-division' }),
    edge('president', 'commands', 'militia', { id: 'president-commands-militia', formal: true }),
    edge('militia', 'operates_in', 'city', { id: 'militia-in-city' }),
  ],
});

function chain(nodeId: string, patch: Partial<ViewState> = {}, on: GraphIndex = index) {
  const view = { ...getDefaultViewState(), ...patch };
  return chainOfCommand(on, nodeId, commandEdgeIds(on, view));
}

const ids = (steps: { nodeId: string; depth: number }[]) =>
  steps.map((s) => `${s.nodeId}@${s.depth}`);

describe('chainOfCommand', () => {
  it('climbs to the top through superiors, by rank rather than edge direction', () => {
    const result = chain('militia');
    expect(ids(result.superiors)).toEqual(['force@1', 'state@2', 'leader@3']);
    expect(result.superiors[1]).toEqual({
      nodeId: 'state',
      depth: 2,
      edgeId: 'force-part-of-state',
      via: 'force',
    });
  });

  it('descends to every subordinate with its depth and the link used', () => {
    const result = chain('militia');
    expect(ids(result.subordinates)).toEqual(['division@1', 'fighter@2']);
    expect(result.subordinates[1]?.edgeId).toBe('fighter-member-of-division');
    expect(result.cycles).toEqual([]);
  });

  it('follows the formal chain when asked: the nominal superior replaces control held in fact', () => {
    const result = chain('militia', { commandChain: 'formal' });
    expect(ids(result.superiors)).toEqual(['president@1']);
    expect(ids(chain('fighter', { commandChain: 'formal' }).superiors)).toEqual([
      'division@1',
      'militia@2',
      'president@3',
    ]);
  });

  it('ignores relations that carry no rank', () => {
    expect(chain('city')).toEqual({ nodeId: 'city', superiors: [], subordinates: [], cycles: [] });
  });

  it('respects the filters of the view', () => {
    expect(ids(chain('militia', { hiddenRelations: ['controls'] }).superiors)).toEqual([]);
  });

  it('lists an entity reached two ways once, at its shortest distance', () => {
    const diamond = buildIndex({
      nodes: ['top', 'left', 'right', 'bottom'].map((id) => node(id)),
      edges: [
        edge('top', 'commands', 'left'),
        edge('top', 'commands', 'right'),
        edge('left', 'commands', 'bottom'),
        edge('right', 'commands', 'bottom'),
        edge('top', 'commands', 'bottom'),
      ],
    });
    const result = chain('bottom', {}, diamond);
    expect(ids(result.superiors)).toEqual(['left@1', 'right@1', 'top@1']);
    expect(result.cycles).toEqual([]);
  });

  it('reports a loop instead of walking it forever', () => {
    const loop = buildIndex({
      nodes: ['a', 'b', 'c', 'd'].map((id) => node(id)),
      edges: [
        edge('a', 'commands', 'b'),
        edge('b', 'commands', 'c'),
        edge('c', 'commands', 'a'),
        edge('c', 'commands', 'd'),
      ],
    });
    const result = chain('a', {}, loop);
    expect(ids(result.superiors)).toEqual(['c@1', 'b@2']);
    expect(ids(result.subordinates)).toEqual(['b@1', 'c@2', 'd@3']);
    expect(result.cycles).toHaveLength(1);
    const [cycle] = result.cycles;
    expect(cycle?.[0]).toBe(cycle?.[cycle.length - 1]);
    expect(new Set(cycle)).toEqual(new Set(['a', 'b', 'c']));
    // Each entity in the loop commands the next one.
    for (let i = 0; i + 1 < cycle!.length; i++)
      expect(
        [...loop.edgesById.values()].some(
          (e) => e.source === cycle![i] && e.target === cycle![i + 1],
        ),
      ).toBe(true);
  });

  it('reports a loop above the entity that does not pass through it', () => {
    const loop = buildIndex({
      nodes: ['x', 'p', 'q'].map((id) => node(id)),
      edges: [edge('p', 'commands', 'x'), edge('p', 'commands', 'q'), edge('q', 'commands', 'p')],
    });
    const result = chain('x', {}, loop);
    expect(ids(result.superiors)).toEqual(['p@1', 'q@2']);
    expect(result.cycles.map((c) => [...new Set(c)].sort())).toEqual([['p', 'q']]);
  });
});

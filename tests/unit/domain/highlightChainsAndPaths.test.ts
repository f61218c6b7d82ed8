import { describe, expect, it } from 'vitest';
import { computeHighlight } from '../../../src/domain/highlight';
import { computeView } from '../../../src/domain/view';
import { getDefaultViewState, type ViewState } from '../../../src/domain/viewState';
import { buildIndex, edge, event, node } from '../../helpers/datasetBuilder';

const index = buildIndex({
  nodes: ['chief', 'army', 'unit', 'ally', 'city', 'far'].map((id) => node(id)),
  edges: [
    edge('chief', 'commands', 'army', { id: 'chief-army' }),
    edge('unit', 'part_of', 'army', { id: 'unit-army' }),
    edge('ally', 'supports', 'army', { id: 'ally-army' }),
    edge('unit', 'operates_in', 'city', { id: 'unit-city' }),
    edge('city', 'supports', 'far', { id: 'city-far' }),
  ],
  events: [event('battle', { participants: ['ally', 'city'] })],
});

function highlight(patch: Partial<ViewState>) {
  const view = { ...getDefaultViewState(), ...patch };
  const result = computeHighlight(index, view, computeView(index, view));
  return result && { nodes: [...result.nodeIds].sort(), edges: [...result.edgeIds].sort() };
}

describe('computeHighlight for chains, paths and focus', () => {
  it('highlights the selected entity’s chain of command when asked', () => {
    const selection = { kind: 'node' as const, id: 'army' };
    // Not asked: the selection lights up its neighbours, the supporting ally among them.
    expect(highlight({ selection })).toEqual({
      nodes: ['ally', 'army', 'chief', 'unit'],
      edges: ['ally-army', 'chief-army', 'unit-army'],
    });
    expect(highlight({ selection, highlightChain: true })).toEqual({
      nodes: ['army', 'chief', 'unit'],
      edges: ['chief-army', 'unit-army'],
    });
  });

  it('highlights the shortest paths between the path finder’s ends, through visible links', () => {
    expect(highlight({ path: { from: 'chief', to: 'city' } })).toEqual({
      nodes: ['army', 'chief', 'city', 'unit'],
      edges: ['chief-army', 'unit-army', 'unit-city'],
    });
    expect(highlight({ path: { from: 'chief', to: 'city' }, mode: 'command' })).toBeNull();
  });

  it('lets a path win over a chain or an event', () => {
    const path = { from: 'ally', to: 'chief' };
    expect(highlight({ path, selection: { kind: 'event', id: 'battle' } })?.nodes).toEqual([
      'ally',
      'army',
      'chief',
    ]);
  });

  it('dims what lies outside a focus that dims rather than hides', () => {
    const focus = { id: 'city', hops: 1 as const };
    expect(highlight({ focus })).toBeNull();
    expect(highlight({ focus, focusStyle: 'dim' })).toEqual({
      nodes: ['city', 'far', 'unit'],
      edges: ['city-far', 'unit-city'],
    });
  });
});

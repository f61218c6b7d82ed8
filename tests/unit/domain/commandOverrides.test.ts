import { describe, expect, it } from 'vitest';
import { commandOverrides } from '../../../src/domain/commandOverrides';
import { buildGraphIndex } from '../../../src/domain/graphIndex';
import { isCommandFamily, isInChain } from '../../../src/domain/hierarchy';
import { computeView } from '../../../src/domain/view';
import { getDefaultViewState, type ViewState } from '../../../src/domain/viewState';
import { buildIndex, edge, node } from '../../helpers/datasetBuilder';
import { loadDefaultDataset } from '../../helpers/defaultDataset';

function overridesFor(index: ReturnType<typeof buildIndex>, patch: Partial<ViewState>) {
  const view = { ...getDefaultViewState(), ...patch };
  return commandOverrides(index, view, computeView(index, view));
}

describe('commandOverrides', () => {
  const index = buildIndex({
    nodes: ['hq', 'unit', 'ally', 'city', 'loner'].map((id) => node(id)),
    edges: [
      edge('unit', 'part_of', 'hq'),
      edge('hq', 'commands', 'unit', { formal: true }),
      edge('hq', 'supports', 'ally'),
      edge('ally', 'supports', 'hq'),
      edge('unit', 'operates_in', 'city'),
    ],
  });

  it('is null outside the command view', () => {
    expect(overridesFor(index, {})).toBeNull();
  });

  it('counts what the filters show and the command view hides, family by family', () => {
    expect(overridesFor(index, { mode: 'command' })).toEqual({
      families: [
        { family: 'support', relations: 2 },
        { family: 'location', relations: 1 },
      ],
      // The formal-only link is outside the de facto chain.
      outsideChain: 1,
      // ally, city and loner have no relation left.
      entitiesWithoutRelations: 3,
    });
  });

  it('leaves out what the filters hide anyway', () => {
    const result = overridesFor(index, {
      mode: 'command',
      hiddenRelations: ['supports'],
      hiddenEntityTypes: [],
    });
    expect(result?.families).toEqual([{ family: 'location', relations: 1 }]);
  });

  it('agrees with the views on the default dataset, whichever chain', () => {
    const real = buildGraphIndex(loadDefaultDataset());
    for (const commandChain of ['de-facto', 'formal'] as const) {
      const view = { ...getDefaultViewState(), mode: 'command' as const, commandChain };
      const result = commandOverrides(real, view, computeView(real, view))!;
      const hiddenByFamily = real.dataset.edges.filter(
        (e) => !isCommandFamily(real.relationOf(e).family),
      ).length;
      const outside = real.dataset.edges.filter(
        (e) => isCommandFamily(real.relationOf(e).family) && !isInChain(real, e, commandChain),
      ).length;
      expect(result.families.reduce((n, f) => n + f.relations, 0)).toBe(hiddenByFamily);
      expect(result.outsideChain).toBe(outside);
    }
  });
});

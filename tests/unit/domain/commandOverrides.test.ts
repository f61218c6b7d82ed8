import { describe, expect, it } from 'vitest';
import { commandOverrides } from '../../../src/domain/commandOverrides';
import { buildGraphIndex } from '../../../src/domain/graphIndex';
import { isCommandFamily } from '../../../src/domain/hierarchy';
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
    nodes: ['hq', 'unit', 'ally', 'city', 'chief', 'loner'].map((id) => node(id)),
    edges: [
      edge('unit', 'part_of', 'hq'),
      edge('hq', 'commands', 'unit', { formal: true }),
      edge('chief', 'leads', 'hq'),
      // The chief leads hq, so his membership of it cannot put hq above him: set aside.
      edge('chief', 'member_of', 'hq'),
      edge('chief', 'founded', 'hq'),
      edge('hq', 'supports', 'ally'),
      edge('ally', 'supports', 'hq'),
      edge('unit', 'operates_in', 'city'),
    ],
  });

  it('is null outside the command view', () => {
    expect(overridesFor(index, {})).toBeNull();
  });

  it('says what is hidden and why: families, types that do not rank, chain, the chain rule', () => {
    expect(overridesFor(index, { mode: 'command' })).toEqual({
      families: [
        { family: 'support', relations: 2 },
        { family: 'location', relations: 1 },
      ],
      types: [{ key: 'founded', relations: 1 }],
      // The formal-only link is outside the de facto chain.
      outsideChain: 1,
      setAside: 1,
      // ally, city and loner have no relation left.
      entitiesWithoutRelations: 3,
    });
  });

  it('leaves out what the filters hide anyway', () => {
    const result = overridesFor(index, { mode: 'command', hiddenRelations: ['supports'] });
    expect(result?.families).toEqual([{ family: 'location', relations: 1 }]);
  });

  it('accounts for every relation the command view hides, on the default dataset, in either chain', () => {
    const real = buildGraphIndex(loadDefaultDataset());
    for (const commandChain of ['de-facto', 'formal'] as const) {
      const view = { ...getDefaultViewState(), mode: 'command' as const, commandChain };
      const shown = computeView(real, view);
      const result = commandOverrides(real, view, shown)!;
      const allowed = computeView(real, { ...view, mode: 'network' });
      const accounted =
        result.families.reduce((n, f) => n + f.relations, 0) +
        result.types.reduce((n, t) => n + t.relations, 0) +
        result.outsideChain +
        result.setAside;
      expect(accounted).toBe(allowed.edgeIds.size - shown.edgeIds.size);
      expect(result.families.reduce((n, f) => n + f.relations, 0)).toBe(
        real.dataset.edges.filter((e) => !isCommandFamily(real.relationOf(e).family)).length,
      );
      expect(result.entitiesWithoutRelations).toBe(allowed.nodeIds.size - shown.nodeIds.size);
    }
  });
});

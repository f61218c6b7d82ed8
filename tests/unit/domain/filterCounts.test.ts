import { describe, expect, it } from 'vitest';
import {
  confidencesInUse,
  countFilters,
  entityTypeLabel,
  entityTypesInUse,
  familyVisibility,
  hasActiveFilters,
  relationFamilyGroups,
} from '../../../src/domain/filterCounts';
import { computeView } from '../../../src/domain/view';
import { getDefaultViewState, type ViewState } from '../../../src/domain/viewState';
import { buildIndex, edge, node } from '../../helpers/datasetBuilder';

const index = buildIndex({
  entityTypes: [{ id: 'vehicle', label: 'Vehicle' }],
  relationTypes: [
    {
      key: 'bribes',
      label: 'bribes',
      inverseLabel: 'bribed by',
      family: 'support',
      superior: 'none',
    },
  ],
  nodes: [
    node('chief', { type: 'person' }),
    node('army'),
    node('unit'),
    node('city', { type: 'place' }),
    node('truck', { type: 'vehicle' }),
  ],
  edges: [
    edge('chief', 'commands', 'army', { id: 'e1' }),
    edge('chief', 'commands', 'unit', { id: 'e2', confidence: 'reported' }),
    edge('unit', 'part_of', 'army', { id: 'e3' }),
    edge('army', 'operates_in', 'city', { id: 'e4', confidence: 'suspected' }),
    edge('chief', 'bribes', 'unit', { id: 'e5' }),
    edge('chief', 'trains', 'army', { id: 'e6' }),
  ],
});

function countsFor(patch: Partial<ViewState>) {
  return countFilters(index, computeView(index, { ...getDefaultViewState(), ...patch }));
}

describe('countFilters', () => {
  it('counts every relation type, entity type and confidence level as visible by default', () => {
    const counts = countsFor({});
    expect(counts.relations.get('commands')).toEqual({ visible: 2, total: 2 });
    expect(counts.relations.get('bribes')).toEqual({ visible: 1, total: 1 });
    expect(counts.entityTypes.get('organization')).toEqual({ visible: 2, total: 2 });
    expect(counts.confidences.get('confirmed')).toEqual({ visible: 4, total: 4 });
  });

  it('counts what a filter hides, including relations lost with a hidden entity type', () => {
    const counts = countsFor({ hiddenRelations: ['commands'], hiddenEntityTypes: ['place'] });
    expect(counts.relations.get('commands')).toEqual({ visible: 0, total: 2 });
    expect(counts.relations.get('operates_in')).toEqual({ visible: 0, total: 1 });
    expect(counts.entityTypes.get('place')).toEqual({ visible: 0, total: 1 });
    expect(counts.confidences.get('reported')).toEqual({ visible: 0, total: 1 });
    expect(counts.confidences.get('suspected')).toEqual({ visible: 0, total: 1 });
    expect(counts.relations.get('part_of')).toEqual({ visible: 1, total: 1 });
  });
});

describe('what the filters list', () => {
  it('groups the relation types in use by family, in vocabulary order', () => {
    expect(relationFamilyGroups(index).map((g) => [g.family, g.types.map((t) => t.key)])).toEqual([
      ['command', ['commands']],
      ['membership', ['part_of']],
      ['support', ['trains', 'bribes']],
      ['location', ['operates_in']],
    ]);
  });

  it('lists entity types in use, built-in first, with declared labels', () => {
    expect(entityTypesInUse(index.dataset)).toEqual(['organization', 'person', 'place', 'vehicle']);
    expect(entityTypeLabel(index.dataset, 'vehicle')).toBe('Vehicle');
    expect(entityTypeLabel(index.dataset, 'person')).toBe('person');
  });

  it('lists the confidence levels in use, most certain first', () => {
    expect(confidencesInUse(index.dataset)).toEqual(['confirmed', 'reported', 'suspected']);
  });
});

describe('familyVisibility', () => {
  const support = relationFamilyGroups(index).find((g) => g.family === 'support');

  it('says whether a family is shown, hidden or partly hidden', () => {
    if (!support) throw new Error('no support family');
    expect(familyVisibility(support, [])).toBe('shown');
    expect(familyVisibility(support, ['trains'])).toBe('mixed');
    expect(familyVisibility(support, ['trains', 'bribes', 'commands'])).toBe('hidden');
  });
});

describe('hasActiveFilters', () => {
  it('is false for the defaults and true once anything is filtered', () => {
    const defaults = getDefaultViewState();
    expect(hasActiveFilters(defaults)).toBe(false);
    expect(hasActiveFilters({ ...defaults, hiddenConfidences: ['claimed'] })).toBe(true);
    expect(hasActiveFilters({ ...defaults, hideIsolated: true })).toBe(true);
    expect(hasActiveFilters({ ...defaults, selection: { kind: 'node', id: 'army' } })).toBe(false);
  });
});

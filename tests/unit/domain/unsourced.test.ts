/** Unsourced relations are shown, counted and filterable; attributes are searchable. */
import { describe, expect, it } from 'vitest';
import { countFilters, hasUnsourcedRelations } from '../../../src/domain/filterCounts';
import { buildSearchIndex, search } from '../../../src/domain/search';
import { computeView } from '../../../src/domain/view';
import { getDefaultViewState } from '../../../src/domain/viewState';
import { buildIndex, edge, node } from '../../helpers/datasetBuilder';

const index = buildIndex({
  nodes: [
    node('a', { attributes: { Country: 'Iraq', 'Modularity Class': 3 } }),
    node('b', { evidence: [] }),
    node('c'),
  ],
  edges: [
    edge('a', 'commands', 'b', { id: 'quoted' }),
    edge('b', 'trains', 'c', { id: 'bare', evidence: [] }),
  ],
});

describe('unsourced relations', () => {
  it('are counted apart from quoted ones, visible of total', () => {
    const view = computeView(index, getDefaultViewState());
    expect(Object.fromEntries(countFilters(index, view).sourcing)).toEqual({
      sourced: { visible: 1, total: 1 },
      unsourced: { visible: 1, total: 1 },
    });
    expect(hasUnsourcedRelations(index.dataset)).toBe(true);
  });

  it('can be hidden, or shown alone, like a confidence level', () => {
    const hideUnsourced = computeView(index, {
      ...getDefaultViewState(),
      hiddenSourcing: ['unsourced'],
    });
    expect([...hideUnsourced.edgeIds]).toEqual(['quoted']);
    const onlyUnsourced = computeView(index, {
      ...getDefaultViewState(),
      hiddenSourcing: ['sourced'],
    });
    expect([...onlyUnsourced.edgeIds]).toEqual(['bare']);
    // Entities stay: "Hide entities left without relations" is the way to drop them.
    expect(onlyUnsourced.nodeIds.size).toBe(3);
  });
});

describe('attributes in search', () => {
  it('finds an entity by an attribute value, after its label, aliases and summary', () => {
    const results = search(buildSearchIndex(index.dataset), 'iraq');
    expect(results).toEqual([
      expect.objectContaining({
        id: 'a',
        matchedField: 'attribute',
        matchedAttribute: 'Country: Iraq',
      }),
    ]);
    expect(search(buildSearchIndex(index.dataset), 'modularity class 3')[0]?.id).toBe('a');
  });
});

import { describe, expect, it } from 'vitest';
import { loadDatasetValue } from '../../../src/app/loadDatasetValue';
import { watchCommunities } from '../../../src/app/communities/watchCommunities';
import { selectGroupedView, selectGroupsPending } from '../../../src/store/selectors';
import { createLinkboardStore } from '../../../src/store/store';
import { generateSyntheticDataset } from '../../../scripts/lib/synthetic';
import { buildDataset, edge, node } from '../../helpers/datasetBuilder';

const units = buildDataset({
  nodes: [node('kh'), node('security'), node('media'), node('pmf'), node('us')],
  edges: [
    edge('security', 'part_of', 'kh'),
    edge('media', 'part_of', 'kh'),
    edge('kh', 'member_of', 'pmf'),
    edge('us', 'attacks', 'security'),
  ],
});

function loaded() {
  const store = createLinkboardStore();
  loadDatasetValue(store, units, 'units.json');
  return store;
}

describe('groups in the store', () => {
  it('groups by parent organization, collapses and expands one group', () => {
    const store = loaded();
    store.getState().setGroupBy('parent');
    expect(selectGroupedView(store.getState())?.groups.map((g) => g.id)).toEqual(['pmf', 'kh']);
    store.getState().collapseGroups(['kh'], true);
    expect(selectGroupedView(store.getState())?.collapsedCount).toBe(1);
    expect(selectGroupedView(store.getState())?.drawnAs.get('media')).toBe('kh');
    store.getState().collapseGroups(['kh'], false);
    expect(selectGroupedView(store.getState())?.collapsedCount).toBe(0);
  });

  it('collapses and expands all; a new grouping starts expanded', () => {
    const store = loaded();
    store.getState().setGroupBy('parent');
    store.getState().collapseAllGroups(true);
    expect(selectGroupedView(store.getState())?.collapsedCount).toBe(1); // KH is inside the PMF
    store.getState().collapseAllGroups(false);
    expect(store.getState().view.collapsedGroups).toEqual([]);
    store.getState().collapseAllGroups(true);
    store.getState().setGroupBy('type');
    expect(store.getState().view.collapsedGroups).toEqual([]);
  });

  it('reveals an entity folded into collapsed groups by expanding every group around it', () => {
    const store = loaded();
    store.getState().setGroupBy('parent');
    store.getState().collapseAllGroups(true);
    store.getState().collapseGroups(['kh'], true);
    store.getState().revealEntity('media');
    const drawn = selectGroupedView(store.getState())!;
    expect(drawn.nodeIds.has('media')).toBe(true);
    expect(drawn.collapsedCount).toBe(0);
  });

  it('makes a named group from a selection, taking members from other hand-made groups', () => {
    const store = loaded();
    store.getState().makeGroup('  Strike   team ', ['us', 'security', 'us']);
    store.getState().makeGroup('Media', ['media', 'security']);
    const { customGroups } = store.getState().view;
    expect(customGroups).toEqual([
      { id: '~custom:1', name: 'Strike team', members: ['us'] },
      { id: '~custom:2', name: 'Media', members: ['media', 'security'] },
    ]);
    expect(selectGroupedView(store.getState())?.groups.map((g) => g.label)).toEqual([
      'Strike team',
      'Media',
    ]);
    store.getState().removeGroup('~custom:1');
    expect(store.getState().view.customGroups.map((g) => g.name)).toEqual(['Media']);
    store.getState().makeGroup('   ', ['us']);
    expect(store.getState().view.customGroups).toHaveLength(1);
  });

  it('opens a large dataset as collapsed communities, drawn once they are found', async () => {
    const store = createLinkboardStore();
    const stop = watchCommunities(store);
    loadDatasetValue(store, generateSyntheticDataset({ entities: 12_000, seed: 3 }), 'big.json');
    expect(store.getState().view).toMatchObject({ groupBy: 'community', collapsedGroups: 'all' });
    expect(selectGroupsPending(store.getState())).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect.poll(() => selectGroupsPending(store.getState()), { timeout: 20_000 }).toBe(false);
    const drawn = selectGroupedView(store.getState())!;
    expect(drawn.collapsedCount).toBeGreaterThan(5);
    const elements =
      drawn.nodeIds.size + drawn.groups.length + drawn.edgeIds.size + drawn.bundles.length;
    expect(elements).toBeLessThanOrEqual(1_000);
    stop();
    // A small dataset opens ungrouped again.
    loadDatasetValue(store, units, 'units.json');
    expect(store.getState().view).toMatchObject({ groupBy: 'none', collapsedGroups: [] });
  }, 60_000);
});

import { describe, expect, it } from 'vitest';
import { loadDatasetValue } from '../../../src/app/loadDatasetValue';
import { selectGraphView, selectIndex } from '../../../src/store/selectors';
import { createLinkboardStore } from '../../../src/store/store';
import { buildDataset, edge, node } from '../../helpers/datasetBuilder';

const good = buildDataset({ nodes: [node('a'), node('b')], edges: [edge('a', 'commands', 'b')] });

describe('linkboard store', () => {
  it('loads a valid dataset and derives the view', () => {
    const store = createLinkboardStore();
    expect(loadDatasetValue(store, good, 'good.json')).toBe(true);
    expect(selectGraphView(store.getState())?.nodeIds.size).toBe(2);
  });

  it('keeps the loaded dataset when a broken one arrives, and says why', () => {
    const store = createLinkboardStore();
    loadDatasetValue(store, good, 'good.json');
    const before = store.getState().dataset;
    expect(loadDatasetValue(store, { ...good, nodes: 'nope' }, 'bad.json')).toBe(false);
    expect(store.getState().dataset).toBe(before);
    const [notice] = store.getState().notices;
    expect(notice?.level).toBe('error');
    expect(notice?.title).toContain('bad.json');
    expect(notice?.details[0]).toBe('$.nodes: must be a list, not text');
  });

  it('returns the same view object while nothing visible changes', () => {
    const store = createLinkboardStore();
    loadDatasetValue(store, good, 'good.json');
    const first = selectGraphView(store.getState());
    store.getState().select({ kind: 'node', id: 'a' });
    expect(selectGraphView(store.getState())).toBe(first);
    store.getState().toggleRelation('commands');
    expect(selectGraphView(store.getState())).not.toBe(first);
    expect(selectGraphView(store.getState())?.edgeIds.size).toBe(0);
  });

  it('clears the selection when a new dataset loads', () => {
    const store = createLinkboardStore();
    loadDatasetValue(store, good, 'good.json');
    store.getState().select({ kind: 'node', id: 'a' });
    loadDatasetValue(store, good, 'again.json');
    expect(store.getState().view.selection).toBeNull();
  });

  it('keeps two stores apart: their notices and what they derive', () => {
    const [a, b] = [createLinkboardStore(), createLinkboardStore()];
    for (const store of [a, b]) loadDatasetValue(store, good, 'good.json');
    for (const store of [a, b])
      store.getState().pushNotice({ level: 'info', title: 'hi', details: [] });
    expect(a.getState().notices.map((n) => n.id)).toEqual([1]);
    expect(b.getState().notices.map((n) => n.id)).toEqual([1]);
    const viewOfA = selectGraphView(a.getState());
    b.getState().toggleRelation('commands');
    expect(selectGraphView(b.getState())?.edgeIds.size).toBe(0);
    // What b derived did not push out what a derived.
    expect(selectGraphView(a.getState())).toBe(viewOfA);
    expect(selectIndex(a.getState())).not.toBe(selectIndex(b.getState()));
  });
});

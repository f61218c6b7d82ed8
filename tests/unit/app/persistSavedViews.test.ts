import { describe, expect, it } from 'vitest';
import { loadDatasetValue } from '../../../src/app/loadDataset';
import { persistSavedViews, savedViewsKey } from '../../../src/app/persistSavedViews';
import { SAVED_VIEWS_FORMAT } from '../../../src/domain/savedViews';
import { createLinkboardStore } from '../../../src/store/store';
import { buildDataset, node } from '../../helpers/datasetBuilder';

/** The part of the Storage interface the effect uses, in memory. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  failWrites = false;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new Error('QuotaExceededError');
    this.items.set(key, value);
  }
}

const first = buildDataset({ title: 'First', nodes: [node('a')] });
const second = buildDataset({ title: 'Second', nodes: [node('b')] });

function setUp(storage: Storage) {
  const store = createLinkboardStore();
  const stop = persistSavedViews(store, storage);
  return { store, stop };
}

describe('persistSavedViews', () => {
  it('keeps saved views per dataset and brings them back when it is opened again', () => {
    const storage = new MemoryStorage();
    const { store, stop } = setUp(storage);
    loadDatasetValue(store, first, 'first.json');
    store.getState().toggleRelation('trains');
    store.getState().saveView('No training');
    expect(storage.length).toBe(1);

    loadDatasetValue(store, second, 'second.json');
    expect(store.getState().savedViews).toEqual([]);
    store.getState().saveView('Second view');

    loadDatasetValue(store, first, 'first-again.json');
    expect(store.getState().savedViews.map((v) => v.name)).toEqual(['No training']);
    store.getState().applySavedView('No training');
    expect(store.getState().view.hiddenRelations).toEqual(['trains']);
    stop();
  });

  it('reads what a previous session stored, in a fresh store', () => {
    const storage = new MemoryStorage();
    const earlier = setUp(storage);
    loadDatasetValue(earlier.store, first, 'first.json');
    earlier.store.getState().saveView('Kept');
    earlier.stop();

    const { store, stop } = setUp(storage);
    loadDatasetValue(store, first, 'first.json');
    expect(store.getState().savedViews.map((v) => v.name)).toEqual(['Kept']);
    stop();
  });

  it('removes the entry when the last view is deleted', () => {
    const storage = new MemoryStorage();
    const { store, stop } = setUp(storage);
    loadDatasetValue(store, first, 'first.json');
    store.getState().saveView('Only');
    store.getState().deleteSavedView('Only');
    expect(storage.length).toBe(0);
    stop();
  });

  it('ignores a corrupted or old entry with a notice, and keeps it until the user saves', () => {
    for (const stored of ['{not json', JSON.stringify({ format: 0, views: [] })]) {
      const storage = new MemoryStorage();
      const { store, stop } = setUp(storage);
      loadDatasetValue(store, first, 'first.json');
      const key = savedViewsKey(store.getState().dataset!);
      storage.setItem(key, stored);
      loadDatasetValue(store, second, 'second.json');
      loadDatasetValue(store, first, 'first.json');
      expect(store.getState().savedViews).toEqual([]);
      expect(store.getState().notices.at(-1)).toMatchObject({
        level: 'warning',
        title: 'Ignored saved views stored for this dataset',
      });
      expect(storage.getItem(key)).toBe(stored);
      store.getState().saveView('Fresh');
      expect(JSON.parse(storage.getItem(key)!)).toMatchObject({
        format: SAVED_VIEWS_FORMAT,
        views: [{ name: 'Fresh' }],
      });
      stop();
    }
  });

  it('tells the user when the browser refuses to store', () => {
    const storage = new MemoryStorage();
    storage.failWrites = true;
    const { store, stop } = setUp(storage);
    loadDatasetValue(store, first, 'first.json');
    store.getState().saveView('Lost');
    expect(store.getState().savedViews.map((v) => v.name)).toEqual(['Lost']);
    expect(store.getState().notices.at(-1)).toMatchObject({
      level: 'error',
      title: 'Could not keep the saved views in this browser',
    });
    stop();
  });

  it('works without storage at all', () => {
    const store = createLinkboardStore();
    const stop = persistSavedViews(store, null);
    loadDatasetValue(store, first, 'first.json');
    store.getState().saveView('In memory');
    expect(store.getState().savedViews).toHaveLength(1);
    stop();
  });
});

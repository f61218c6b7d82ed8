import { describe, expect, it } from 'vitest';
import { loadDatasetValue } from '../../../src/app/loadDatasetValue';
import { webStorageBackend, type StorageBackend } from '../../../src/app/persistence/backend';
import { datasetKey, legacyArrangementKey } from '../../../src/app/persistence/keys';
import { persistDatasetRecords } from '../../../src/app/persistence/records';
import { arrangementOf, writeArrangement } from '../../../src/domain/arrangement';
import { datasetFingerprint } from '../../../src/domain/fingerprint';
import { SAVED_VIEWS_FORMAT } from '../../../src/domain/savedViews';
import { parseDataset, type Dataset, type DatasetInput } from '../../../src/domain/schema';
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

/** The dataset as the app holds it once loaded. */
function parsed(input: DatasetInput): Dataset {
  const result = parseDataset(input);
  if (!result.ok) throw new Error('invalid test dataset');
  return result.dataset;
}
const second = buildDataset({ title: 'Second', nodes: [node('b')] });

function setUp(storage: Storage) {
  const store = createLinkboardStore();
  const stop = persistDatasetRecords(store, webStorageBackend(storage));
  return { store, stop };
}

const savedViewsKey = (dataset: Parameters<typeof datasetKey>[1]) =>
  datasetKey('saved-views', dataset);

describe('saved views, kept per dataset', () => {
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
    const stop = persistDatasetRecords(store, null);
    loadDatasetValue(store, first, 'first.json');
    store.getState().saveView('In memory');
    expect(store.getState().savedViews).toHaveLength(1);
    stop();
  });
});

const arrangement = arrangementOf('force', new Map([['a', { x: 10, y: 20 }]]), ['a']);

describe('arrangements, kept per dataset', () => {
  it('keeps what the canvas recorded and brings it back with the dataset', () => {
    const storage = new MemoryStorage();
    const earlier = setUp(storage);
    loadDatasetValue(earlier.store, first, 'first.json');
    earlier.store.getState().setArrangement(arrangement);
    const key = datasetKey('arrangement', earlier.store.getState().dataset!);
    expect(storage.getItem(key)).toBe(writeArrangement(arrangement));
    earlier.stop();

    const { store, stop } = setUp(storage);
    loadDatasetValue(store, second, 'second.json');
    expect(store.getState().arrangement).toBeNull();
    loadDatasetValue(store, first, 'first.json');
    expect(store.getState().arrangement).toEqual(arrangement);
    // Unpinning everything forgets it.
    store.getState().unpinAll();
    expect(storage.getItem(key)).toBeNull();
    stop();
  });

  it('moves an arrangement kept under the former key to the common scheme', () => {
    const storage = new MemoryStorage();
    const dataset = parsed(first);
    const legacy = legacyArrangementKey(dataset);
    storage.setItem(legacy, writeArrangement(arrangement));
    const { store, stop } = setUp(storage);
    loadDatasetValue(store, first, 'first.json');
    expect(store.getState().arrangement).toEqual(arrangement);
    expect(storage.getItem(legacy)).toBeNull();
    expect(storage.getItem(datasetKey('arrangement', dataset))).toBe(writeArrangement(arrangement));
    stop();
  });

  it('drops an unreadable arrangement with a notice', () => {
    const storage = new MemoryStorage();
    const { store, stop } = setUp(storage);
    loadDatasetValue(store, second, 'second.json');
    loadDatasetValue(store, first, 'first.json');
    const key = datasetKey('arrangement', store.getState().dataset!);
    storage.setItem(key, '{"version":0}');
    loadDatasetValue(store, second, 'second.json');
    loadDatasetValue(store, first, 'first.json');
    expect(store.getState().arrangement).toBeNull();
    expect(store.getState().notices.at(-1)).toMatchObject({
      level: 'warning',
      title: 'Ignored the saved arrangement of this dataset',
      details: [
        'It could not be read: it was saved in another format (version 0). The graph was laid out anew.',
      ],
    });
    expect(storage.getItem(key)).toBeNull();
    stop();
  });
});

describe('one key scheme', () => {
  it('keys everything kept for a dataset by its fingerprint', () => {
    const store = createLinkboardStore();
    loadDatasetValue(store, first, 'first.json');
    const dataset = store.getState().dataset!;
    const fingerprint = datasetFingerprint(dataset);
    expect(datasetKey('saved-views', dataset)).toBe(`linkboard:saved-views:${fingerprint}`);
    expect(datasetKey('arrangement', dataset)).toBe(`linkboard:arrangement:${fingerprint}`);
  });
});

/** A backend that answers later, as IndexedDB does; `answer()` lets the pending calls through. */
function laterBackend() {
  const items = new Map<string, string>();
  const pending: (() => void)[] = [];
  const later = <T>(work: () => T) =>
    new Promise<T>((resolve) => pending.push(() => resolve(work())));
  const backend: StorageBackend = {
    get: (key) => later(() => items.get(key)),
    set: (key, value) => later(() => void items.set(key, value)),
    delete: (key) => later(() => void items.delete(key)),
  };
  /** Answers every pending call, the latest first with `latestFirst`, until none is left. */
  const answer = async (latestFirst = false) => {
    while (pending.length > 0) {
      const calls = pending.splice(0);
      for (const run of latestFirst ? calls.reverse() : calls) run();
      for (let i = 0; i < 5; i++) await Promise.resolve();
    }
  };
  return { backend, items, answer };
}

describe('a backend that answers later', () => {
  it('reads and writes through promises', async () => {
    const { backend, items, answer } = laterBackend();
    const store = createLinkboardStore();
    const stop = persistDatasetRecords(store, backend);
    loadDatasetValue(store, first, 'first.json');
    await answer();
    store.getState().saveView('Kept later');
    await answer();
    expect([...items.keys()]).toEqual([savedViewsKey(store.getState().dataset!)]);
    loadDatasetValue(store, second, 'second.json');
    loadDatasetValue(store, first, 'first.json');
    await answer();
    expect(store.getState().savedViews.map((v) => v.name)).toEqual(['Kept later']);
    stop();
  });

  it('drops a read that another dataset overtook', async () => {
    const { backend, items, answer } = laterBackend();
    const store = createLinkboardStore();
    const stop = persistDatasetRecords(store, backend);
    loadDatasetValue(store, second, 'second.json');
    await answer();
    store.getState().saveView('Of the second');
    await answer();
    // The second dataset's read is still pending when the first one loads, and answers last.
    loadDatasetValue(store, second, 'second-again.json');
    loadDatasetValue(store, first, 'first.json');
    await answer(true);
    expect(store.getState().savedViews).toEqual([]);
    // …and nothing of the second was written under the first one's key.
    expect([...items.keys()]).toEqual([savedViewsKey(parsed(second))]);
    stop();
  });
});

describe('the storyboard, kept per dataset', () => {
  const storyboardKey = (dataset: Parameters<typeof datasetKey>[1]) =>
    datasetKey('storyboard', dataset);

  it('keeps the slides, their order, titles and notes per dataset, under the common key', () => {
    const storage = new MemoryStorage();
    const earlier = setUp(storage);
    loadDatasetValue(earlier.store, first, 'first.json');
    const { addSlide, moveSlide, editSlide } = earlier.store.getState();
    addSlide('One', earlier.store.getState().view, 'Current view');
    addSlide('Two', { ...earlier.store.getState().view, mode: 'command' }, 'Curated view');
    moveSlide('slide-2', 0);
    editSlide('slide-1', { notes: 'Say this' });
    expect(storage.getItem(storyboardKey(earlier.store.getState().dataset!))).not.toBeNull();
    loadDatasetValue(earlier.store, second, 'second.json');
    expect(earlier.store.getState().storyboard).toEqual([]);
    earlier.stop();

    const { store, stop } = setUp(storage);
    loadDatasetValue(store, first, 'first.json');
    const slides = store.getState().storyboard;
    expect(slides.map((s) => [s.title, s.notes, s.view.mode])).toEqual([
      ['Two', '', 'command'],
      ['One', 'Say this', 'network'],
    ]);
    stop();
  });

  it('ignores a stored storyboard it cannot read, with a notice', () => {
    const storage = new MemoryStorage();
    storage.setItem(storyboardKey(parsed(first)), '{broken');
    const { store, stop } = setUp(storage);
    loadDatasetValue(store, first, 'first.json');
    expect(store.getState().storyboard).toEqual([]);
    expect(store.getState().notices.at(-1)).toMatchObject({
      level: 'warning',
      title: 'Ignored the storyboard stored for this dataset',
    });
    stop();
  });
});

import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  EDITS_KIND,
  indexedDbBackend,
  persistEdits,
  readKeptEdits,
  type KeptEdits,
} from '../../../src/app/persistence/editHistory';
import { datasetKey } from '../../../src/app/persistence/keys';
import { loadEditRules } from '../../../src/store/editEngine';
import { createLinkboardStore, type LinkboardStore } from '../../../src/store/store';
import { editSample } from '../../helpers/editSample';

/** Lets IndexedDB's requests and the effect's microtasks finish. */
async function settled(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** A page: a store with the edits kept, and the sample dataset loaded as from its file. */
async function openPage(backend = indexedDbBackend()) {
  const store: LinkboardStore = createLinkboardStore();
  const stop = persistEdits(store, backend);
  store.getState().loadDataset(editSample(), 'test');
  await settled();
  return { store, stop };
}

// The store's edit actions use rules fetched after the page (src/store/editEngine.ts).
beforeAll(() => loadEditRules());

describe('edits kept in IndexedDB', () => {
  it('keeps the log and the redo future across a reload', async () => {
    const first = await openPage();
    first.store.getState().applyEdit({ kind: 'updateEntity', id: 'a', patch: { label: 'First' } });
    first.store.getState().applyEdit({ kind: 'deleteEntity', id: 'c' });
    first.store.getState().applyEdit({ kind: 'updateEntity', id: 'b', patch: { label: 'Third' } });
    first.store.temporal.getState().undo();
    await settled();
    // The page goes without any goodbye (a crash): what was written as made is all there is.
    first.stop();

    const second = await openPage();
    const { store } = second;
    expect(store.getState().edits).toHaveLength(2);
    expect(store.getState().dataset!.nodes.map((n) => n.label)).toEqual(['First', 'Beta']);
    store.temporal.getState().redo();
    expect(store.getState().dataset!.nodes.map((n) => n.label)).toEqual(['First', 'Third']);
    store.temporal.getState().undo();
    store.temporal.getState().undo();
    store.temporal.getState().undo();
    expect(store.getState().dataset).toEqual(editSample());
    await settled();
    second.stop();

    // Back at the start with redo steps ahead: kept too.
    const third = await openPage();
    expect(third.store.getState().edits).toEqual([]);
    expect(third.store.temporal.getState().futureStates).toHaveLength(3);
    third.stop();
  });

  it('removes the entry when there is nothing left to keep', async () => {
    const backend = indexedDbBackend()!;
    const key = datasetKey(EDITS_KIND, editSample());
    await backend.set(key, { version: 1, edits: [], past: [], future: [[]] });
    const page = await openPage(backend);
    page.store.temporal.getState().clear();
    page.store.getState().select({ kind: 'node', id: 'a' });
    await settled();
    expect(await backend.get(key)).toBeUndefined();
    page.stop();
  });

  it('skips kept edits that no longer apply, with a notice, and ignores what is not a log', async () => {
    const backend = indexedDbBackend()!;
    const key = datasetKey(EDITS_KIND, editSample());
    const kept: KeptEdits = {
      version: 1,
      edits: [
        { kind: 'deleteEntity', id: 'ghost' },
        { kind: 'updateEntity', id: 'a', patch: { label: 'Still' } },
      ],
      past: [[]],
      future: [],
    };
    await backend.set(key, kept);
    const page = await openPage(backend);
    expect(page.store.getState().dataset!.nodes[0]!.label).toBe('Still');
    expect(page.store.getState().notices.at(-1)).toMatchObject({
      title: '1 of the 2 edits kept for this dataset no longer apply',
      details: ['Edit 1: There is no entity "ghost"'],
    });
    page.stop();
    expect(readKeptEdits({ version: 2, edits: [] })).toBeNull();
    expect(readKeptEdits({ version: 1, edits: [{ nokind: true }] })).toBeNull();
    expect(readKeptEdits({ version: 1, edits: [], past: 'x' })).toEqual({
      version: 1,
      edits: [],
      past: [],
      future: [],
    });
  });

  it('without IndexedDB, edits still work for the page', async () => {
    const page = await openPage(null);
    expect(page.store.getState().applyEdit({ kind: 'deleteEntity', id: 'c' })).toEqual({
      ok: true,
    });
    page.stop();
  });
});

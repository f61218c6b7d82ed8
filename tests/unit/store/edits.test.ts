import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/domain/edits';
import { parseDataset, type Dataset } from '../../../src/domain/schema';
import { loadEditRules } from '../../../src/store/editEngine';
import { selectEditCount } from '../../../src/store/editsSlice';
import { createLinkboardStore, type LinkboardStore } from '../../../src/store/store';
import { buildParsedDataset, node } from '../../helpers/datasetBuilder';
import { historyStep, type HistoryStep } from '../../helpers/editArbitraries';
import { editSample } from '../../helpers/editSample';

function loaded(dataset: Dataset = editSample()): LinkboardStore {
  const store = createLinkboardStore();
  store.getState().loadDataset(dataset, 'test');
  return store;
}

const undo = (store: LinkboardStore) => store.temporal.getState().undo();
const redo = (store: LinkboardStore) => store.temporal.getState().redo();

function run(store: LinkboardStore, step: HistoryStep): void {
  if (step.kind === 'edit') store.getState().applyEdit(step.edit);
  else if (step.kind === 'undo') undo(store);
  else if (step.kind === 'redo') redo(store);
  else store.getState().revertToOriginal();
}

function acceptedWithEvidence(dataset: Dataset): boolean {
  return parseDataset(JSON.parse(JSON.stringify(dataset)), { requireEvidence: true }).ok;
}

// The store's edit actions use rules fetched after the page (src/store/editEngine.ts).
beforeAll(() => loadEditRules());

describe('edits slice', () => {
  it('applies an edit, keeps the original, and counts it', () => {
    const store = loaded();
    const original = store.getState().dataset;
    expect(
      store.getState().applyEdit({ kind: 'updateEntity', id: 'a', patch: { label: 'A!' } }),
    ).toEqual({ ok: true });
    const state = store.getState();
    expect(state.originalDataset).toBe(original);
    expect(state.dataset!.nodes[0]!.label).toBe('A!');
    expect(selectEditCount(state)).toBe(1);
  });

  it('refuses an edit that does not apply, changing nothing', () => {
    const store = loaded();
    const before = store.getState().dataset;
    expect(store.getState().applyEdit({ kind: 'deleteEntity', id: 'ghost' })).toEqual({
      ok: false,
      message: 'There is no entity "ghost"',
    });
    expect(store.getState().dataset).toBe(before);
    expect(store.getState().edits).toEqual([]);
    expect(store.temporal.getState().pastStates).toEqual([]);
  });

  it('undoes and redoes edits with their datasets', () => {
    const store = loaded();
    const original = store.getState().dataset;
    store.getState().applyEdit({ kind: 'updateEntity', id: 'a', patch: { label: 'One' } });
    const afterOne = store.getState().dataset;
    store.getState().applyEdit({ kind: 'deleteEntity', id: 'c' });
    undo(store);
    expect(store.getState().dataset).toBe(afterOne);
    expect(store.getState().edits).toHaveLength(1);
    undo(store);
    expect(store.getState().dataset).toBe(original);
    expect(selectEditCount(store.getState())).toBe(0);
    redo(store);
    redo(store);
    expect(store.getState().dataset!.nodes.map((n) => n.label)).toEqual(['One', 'Beta']);
    // Selection and other view changes are not steps of the history.
    store.getState().select({ kind: 'node', id: 'a' });
    expect(store.temporal.getState().pastStates).toHaveLength(2);
  });

  it('reverts to the original as one undoable step', () => {
    const store = loaded();
    const original = store.getState().dataset;
    store.getState().applyEdit({ kind: 'deleteEntity', id: 'c' });
    store.getState().applyEdit({ kind: 'deleteEntity', id: 'b' });
    store.getState().revertToOriginal();
    expect(store.getState().dataset).toBe(original);
    expect(store.getState().edits).toEqual([]);
    undo(store);
    expect(store.getState().edits).toHaveLength(2);
    expect(store.getState().dataset!.nodes.map((n) => n.id)).toEqual(['a']);
  });

  it('starts a new history with a new dataset', () => {
    const store = loaded();
    store.getState().applyEdit({ kind: 'deleteEntity', id: 'c' });
    const other = buildParsedDataset({ nodes: [node('x')] });
    store.getState().loadDataset(other, 'other');
    expect(store.getState()).toMatchObject({ dataset: other, originalDataset: other, edits: [] });
    expect(store.temporal.getState().pastStates).toEqual([]);
    undo(store);
    expect(store.getState().dataset).toBe(other);
  });

  it('restores a kept log, skipping what no longer applies', () => {
    const store = loaded();
    const skipped = store.getState().restoreEdits([
      { kind: 'updateEntity', id: 'a', patch: { label: 'Kept' } },
      { kind: 'deleteEntity', id: 'ghost' },
    ]);
    expect(skipped).toEqual([{ index: 1, message: 'There is no entity "ghost"' }]);
    expect(store.getState().edits).toHaveLength(1);
    expect(store.getState().dataset!.nodes[0]!.label).toBe('Kept');
  });
});

describe('edits and undo, property', () => {
  it('any sequence of edits, undos, redos and reverts yields valid datasets, and undoing all returns to the start', () => {
    fc.assert(
      fc.property(fc.array(historyStep, { maxLength: 40 }), (steps) => {
        const store = loaded();
        const original = store.getState().dataset!;
        for (const step of steps) {
          run(store, step);
          const { dataset, edits, originalDataset } = store.getState();
          // The dataset shown is always the original with the log replayed, and valid.
          expect(applyEdits(originalDataset!, edits)).toEqual({ dataset, skipped: [] });
          expect(acceptedWithEvidence(dataset!)).toBe(true);
        }
        const end = store.getState().dataset;
        const depth = store.temporal.getState().pastStates.length;
        for (let i = 0; i < depth; i++) undo(store);
        expect(store.getState().dataset).toEqual(original);
        expect(store.getState().edits).toEqual([]);
        for (let i = 0; i < depth; i++) redo(store);
        expect(store.getState().dataset).toEqual(end);
      }),
      { numRuns: 150 },
    );
  });
});

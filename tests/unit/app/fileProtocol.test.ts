import { describe, expect, it } from 'vitest';
import {
  joinSlices,
  sliceResponse,
  type FileResponse,
  type FileSlice,
} from '../../../src/app/fileProtocol';
import { buildParsedDataset, edge, event, node } from '../../helpers/datasetBuilder';

/** Sends through structured cloning, as postMessage does, and joins on the other side. */
function roundTrip(response: FileResponse, size: number): { joined: FileResponse; sent: number } {
  const { slices, last } = sliceResponse(response, size);
  const received: FileSlice[] = slices.map((s) => structuredClone(s));
  return { joined: joinSlices(structuredClone(last), received), sent: slices.length };
}

function bigDataset() {
  const nodes = Array.from({ length: 23 }, (_, i) => node(`n${i}`));
  const edges = Array.from({ length: 41 }, (_, i) =>
    edge(`n${i % 23}`, 'commands', `n${(i * 7 + 1) % 23}`),
  );
  const events = Array.from({ length: 5 }, (_, i) => event(`e${i}`));
  return buildParsedDataset({ nodes, edges, events });
}

describe('answers of the file worker in slices', () => {
  it('sends the long lists of an opened dataset in slices and joins them back in order', () => {
    const dataset = bigDataset();
    const warnings = Array.from({ length: 12 }, (_, i) => ({ path: `$.x[${i}]`, message: 'w' }));
    const response: FileResponse = {
      id: 7,
      op: 'open',
      outcome: { kind: 'dataset', format: 'GraphML', result: { ok: true, dataset, warnings } },
    };
    const { slices, last } = sliceResponse(response, 10);
    // nodes 23 → 3 slices, edges 41 → 5, events 5 stay, warnings 12 → 2.
    expect(slices.map((s) => s.path.join('.'))).toEqual([
      ...Array(3).fill('outcome.result.dataset.nodes'),
      ...Array(5).fill('outcome.result.dataset.edges'),
      ...Array(2).fill('outcome.result.warnings'),
    ]);
    expect(slices.every((s) => s.id === 7 && s.items.length <= 10)).toBe(true);
    const carried = last.op === 'open' && last.outcome.kind === 'dataset' && last.outcome.result;
    expect(carried && carried.ok && carried.dataset.nodes).toEqual([]);
    expect(carried && carried.ok && carried.dataset.events).toHaveLength(5);
    // The original is left as it was.
    expect(dataset.nodes).toHaveLength(23);
    expect(roundTrip(response, 10).joined).toEqual(response);
  });

  it('joins an imported table dataset and a failure with many errors', () => {
    const imported: FileResponse = {
      id: 3,
      op: 'import',
      result: { ok: true, dataset: bigDataset(), warnings: [] },
    };
    expect(roundTrip(imported, 4)).toEqual({ joined: imported, sent: 6 + 11 + 2 });
    const errors = Array.from({ length: 9 }, (_, i) => ({ path: `$.nodes[${i}]`, message: 'e' }));
    const failed: FileResponse = {
      id: 4,
      op: 'open',
      outcome: { kind: 'dataset', format: 'GEXF', result: { ok: false, errors, warnings: [] } },
    };
    expect(roundTrip(failed, 4)).toEqual({ joined: failed, sent: 3 });
  });

  it('sends short answers and answers without a dataset as they are', () => {
    const small: FileResponse = {
      id: 1,
      op: 'open',
      outcome: {
        kind: 'dataset',
        format: 'JSON',
        result: { ok: true, dataset: bigDataset(), warnings: [] },
      },
    };
    expect(sliceResponse(small, 100)).toEqual({ slices: [], last: small });
    const failed: FileResponse = { id: 2, op: 'failed', message: 'no' };
    expect(sliceResponse(failed, 1)).toEqual({ slices: [], last: failed });
  });
});

import { describe, expect, it, vi } from 'vitest';
import { prepareDataset } from '../../../src/app/prepareDataset';
import * as search from '../../../src/domain/search';
import { selectIndex, selectSearchIndex } from '../../../src/store/selectors';
import { createLinkboardStore } from '../../../src/store/store';
import { timelineDataOf } from '../../../src/ui/timeline/useTimelineData';
import { buildParsedDataset, edge, event, node } from '../../helpers/datasetBuilder';

describe('preparing a dataset before it is stored', () => {
  it('derives the indexes and the timeline in tasks of their own, which the load then reuses', async () => {
    const store = createLinkboardStore();
    const dataset = buildParsedDataset({
      nodes: [node('a'), node('b')],
      edges: [edge('a', 'commands', 'b', { since: '2010' })],
      events: [event('e', { participants: ['a'] })],
    });
    const inSteps = vi.spyOn(search, 'searchIndexSteps');
    const built = vi.spyOn(search, 'buildSearchIndex');
    const timers: number[] = [];
    const realSetTimeout = globalThis.setTimeout;
    const spy = vi.spyOn(globalThis, 'setTimeout').mockImplementation(((
      fn: () => void,
      ms?: number,
    ) => {
      timers.push(ms ?? 0);
      return realSetTimeout(fn, ms);
    }) as typeof setTimeout);
    await prepareDataset(store, dataset);
    spy.mockRestore();
    expect(timers.length).toBeGreaterThanOrEqual(3);
    expect(inSteps).toHaveBeenCalledTimes(1);
    // Nothing is stored yet.
    expect(store.getState().dataset).toBeNull();

    store.getState().loadDataset(dataset, 'prepared.json');
    const index = selectIndex(store.getState())!;
    expect(index.dataset).toBe(dataset);
    expect(selectSearchIndex(store.getState())).not.toBeNull();
    // Cached: the load derived neither again.
    expect(built).not.toHaveBeenCalled();
    expect(inSteps).toHaveBeenCalledTimes(1);
    expect(timelineDataOf(index)).toBe(timelineDataOf(index));
    expect(timelineDataOf(index).events.map((e) => e.event.id)).toEqual(['e']);
    built.mockRestore();
    inSteps.mockRestore();
  });
});

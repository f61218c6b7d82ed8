import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchIndexSteps } from '../../../src/domain/search';
import { runSteps, runStepsApart } from '../../../src/domain/steps';
import { timelineDataOf, timelineDataSteps } from '../../../src/ui/timeline/useTimelineData';
import { buildIndex, edge, event, node } from '../../helpers/datasetBuilder';

function steps<T>(generator: Generator<void, T, void>): { count: number; value: T } {
  let count = 0;
  for (;;) {
    const next = generator.next();
    if (next.done) return { count, value: next.value };
    count++;
  }
}

describe('work in steps', () => {
  const nodes = Array.from({ length: 6000 }, (_, i) =>
    node(`n${i}`, { label: `Entity ${i} al-Khaal`, aliases: [`E${i}`] }),
  );
  const index = buildIndex({
    nodes,
    edges: [edge('n1', 'commands', 'n2', { since: '2010', until: '2012-05' })],
    events: [event('e1', { date: '2011-03', participants: ['n1', 'n2'] })],
  });

  it('builds the same search index in steps of 2,500 entities as at once', () => {
    const { count, value } = steps(searchIndexSteps(index.dataset));
    expect(count).toBe(2); // after 2,500 and 5,000 entities
    expect(value).toEqual(buildSearchIndex(index.dataset));
  });

  it('derives the same timeline data in steps as at once, and keeps it per index', () => {
    const fresh = buildIndex({
      nodes: [node('a'), node('b')],
      edges: [edge('a', 'commands', 'b', { since: '2010' })],
      events: [event('e', { date: '2011', participants: ['a', 'b'] })],
    });
    const { count, value } = steps(timelineDataSteps(fresh));
    expect(count).toBeGreaterThan(2);
    expect(timelineDataOf(fresh)).toBe(value);
    const other = buildIndex({
      nodes: [node('a'), node('b')],
      edges: [edge('a', 'commands', 'b', { since: '2010' })],
      events: [event('e', { date: '2011', participants: ['a', 'b'] })],
    });
    expect(timelineDataOf(other)).toEqual(value);
  });

  it('runs steps at once or apart, awaiting between them', async () => {
    function* counting() {
      yield;
      yield;
      return 'done';
    }
    expect(runSteps(counting())).toBe('done');
    let between = 0;
    expect(await runStepsApart(counting(), async () => void between++)).toBe('done');
    expect(between).toBe(2);
  });
});

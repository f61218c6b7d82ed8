import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../../../src/domain/graphIndex';
import { computeHighlight } from '../../../src/domain/highlight';
import { parseDataset, type Dataset } from '../../../src/domain/schema';
import { computeView } from '../../../src/domain/view';
import { getDefaultViewState } from '../../../src/domain/viewState';
import { buildDataset, edge, event, node } from '../../helpers/datasetBuilder';

const parsed = parseDataset(
  buildDataset({
    nodes: [node('a'), node('b'), node('c'), node('city', { type: 'place' })],
    edges: [edge('a', 'attacks', 'b', { id: 'ab' }), edge('b', 'trains', 'c', { id: 'bc' })],
    events: [event('strike', { participants: ['a', 'b'], place: 'city' })],
  }),
);
const index = buildGraphIndex((parsed as { dataset: Dataset }).dataset);

describe('computeHighlight', () => {
  it('is empty without a selection', () => {
    const view = getDefaultViewState();
    expect(computeHighlight(index, view, computeView(index, view))).toBeNull();
  });

  it('highlights an event’s participants, its place and the relations among them', () => {
    const view = { ...getDefaultViewState(), selection: { kind: 'event' as const, id: 'strike' } };
    const highlight = computeHighlight(index, view, computeView(index, view));
    expect([...(highlight?.nodeIds ?? [])].sort()).toEqual(['a', 'b', 'city']);
    expect([...(highlight?.edgeIds ?? [])]).toEqual(['ab']);
  });

  it('ignores a selected event that does not exist', () => {
    const view = { ...getDefaultViewState(), selection: { kind: 'event' as const, id: 'nope' } };
    expect(computeHighlight(index, view, computeView(index, view))).toBeNull();
  });
});

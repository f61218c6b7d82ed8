import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../../../src/domain/graphIndex';
import { changeMarks, computeHighlight, undatedPresence } from '../../../src/domain/highlight';
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

const datedParsed = parseDataset(
  buildDataset({
    nodes: [node('a'), node('b'), node('c'), node('d')],
    edges: [
      edge('a', 'leads', 'b', { id: 'began-2019', since: '2019' }),
      edge('b', 'arms', 'c', { id: 'began-july', since: '2019-07-14', until: '2019-07-20' }),
      edge('c', 'arms', 'd', { id: 'began-before', since: '2018-12' }),
      edge('a', 'trains', 'd', { id: 'began-after', since: '2019-09' }),
      edge('d', 'attacks', 'a', { id: 'undated' }),
    ],
    events: [event('meeting', { participants: ['d'] })],
  }),
);
const dated = buildGraphIndex((datedParsed as { dataset: Dataset }).dataset);

describe('computeHighlight', () => {
  it('is empty without a selection', () => {
    const view = getDefaultViewState();
    expect(computeHighlight(index, view, computeView(index, view))).toBeNull();
  });

  it('highlights entities picked together with their neighbours and the relations that touch them', () => {
    const view = { ...getDefaultViewState(), picked: ['a', 'c'] };
    const highlight = computeHighlight(index, view, computeView(index, view));
    expect(highlight?.kind).toBe('selection');
    expect([...(highlight?.nodeIds ?? [])].sort()).toEqual(['a', 'b', 'c']);
    expect([...(highlight?.edgeIds ?? [])].sort()).toEqual(['ab', 'bc']);
    // Fewer than two drawn: nothing picked to show.
    const filtered = {
      ...getDefaultViewState(),
      picked: ['a', 'city'],
      hiddenEntityTypes: ['place'],
    };
    expect(computeHighlight(index, filtered, computeView(index, filtered))).toBeNull();
  });

  it('highlights an event’s participants, its place and the relations among them', () => {
    const view = { ...getDefaultViewState(), selection: { kind: 'event' as const, id: 'strike' } };
    const highlight = computeHighlight(index, view, computeView(index, view));
    expect([...(highlight?.nodeIds ?? [])].sort()).toEqual(['a', 'b', 'city']);
    expect([...(highlight?.edgeIds ?? [])]).toEqual(['ab']);
  });

  it('in range mode, highlights what the dates show active in it, not what is drawn undated', () => {
    const view = { ...getDefaultViewState(), range: { from: '2019-06-01', to: '2019-08-31' } };
    const highlight = computeHighlight(dated, view, computeView(dated, view));
    expect([...(highlight?.edgeIds ?? [])].sort()).toEqual([
      'began-2019',
      'began-before',
      'began-july',
    ]);
    expect([...(highlight?.nodeIds ?? [])].sort()).toEqual(['a', 'b', 'c', 'd']);
    // With undated relations hidden, everything drawn is active: nothing to single out.
    const datedOnly = { ...view, includeUndated: false };
    expect(computeHighlight(dated, datedOnly, computeView(dated, datedOnly))).toBeNull();
  });

  it('in range mode, counts an entity active through an event dated in the range', () => {
    const quiet = buildGraphIndex(
      (
        parseDataset(
          buildDataset({
            nodes: [node('x'), node('y')],
            edges: [edge('x', 'supports', 'y', { id: 'undated' })],
            events: [event('talk', { date: '2020-01', participants: ['x'] })],
          }),
        ) as { dataset: Dataset }
      ).dataset,
    );
    const view = { ...getDefaultViewState(), range: { from: '2020-01-10', to: '2020-01-20' } };
    const highlight = computeHighlight(quiet, view, computeView(quiet, view));
    expect([...(highlight?.nodeIds ?? [])]).toEqual(['x']);
    expect([...(highlight?.edgeIds ?? [])]).toEqual([]);
  });

  it('prefers a selected event to the range, and is empty when nothing dated is active in it', () => {
    const range = { from: '1990-01-01', to: '1990-12-31' };
    const inRange = { ...getDefaultViewState(), range };
    expect(computeHighlight(dated, inRange, computeView(dated, inRange))).toBeNull();
    const withEvent = { ...inRange, selection: { kind: 'event' as const, id: 'meeting' } };
    const highlight = computeHighlight(dated, withEvent, computeView(dated, withEvent));
    expect([...(highlight?.nodeIds ?? [])]).toEqual(['d']);
  });

  it('ignores a selected event that does not exist', () => {
    const view = { ...getDefaultViewState(), selection: { kind: 'event' as const, id: 'nope' } };
    expect(computeHighlight(index, view, computeView(index, view))).toBeNull();
  });

  it('lights up a selected entity with its neighbours and the relations to them, the rest dimmed', () => {
    const view = { ...getDefaultViewState(), selection: { kind: 'node' as const, id: 'b' } };
    const highlight = computeHighlight(index, view, computeView(index, view));
    expect(highlight?.kind).toBe('selection');
    expect([...(highlight?.nodeIds ?? [])].sort()).toEqual(['a', 'b', 'c']);
    expect([...(highlight?.edgeIds ?? [])].sort()).toEqual(['ab', 'bc']);
    // A leaf's neighbourhood leaves the far end out.
    const leaf = { ...view, selection: { kind: 'node' as const, id: 'c' } };
    const fromLeaf = computeHighlight(index, leaf, computeView(index, leaf));
    expect([...(fromLeaf?.nodeIds ?? [])].sort()).toEqual(['b', 'c']);
  });

  it('lights up only the neighbours the canvas shows', () => {
    const view = {
      ...getDefaultViewState(),
      selection: { kind: 'node' as const, id: 'b' },
      hiddenRelations: ['trains'],
    };
    const highlight = computeHighlight(index, view, computeView(index, view));
    expect([...(highlight?.nodeIds ?? [])].sort()).toEqual(['a', 'b']);
  });

  it('lights up a selected relation with its two ends', () => {
    const view = { ...getDefaultViewState(), selection: { kind: 'edge' as const, id: 'bc' } };
    const highlight = computeHighlight(index, view, computeView(index, view));
    expect([...(highlight?.nodeIds ?? [])].sort()).toEqual(['b', 'c']);
    expect([...(highlight?.edgeIds ?? [])]).toEqual(['bc']);
  });

  it('prefers an asked-for chain, path or event to the selection’s neighbourhood', () => {
    const view = {
      ...getDefaultViewState(),
      selection: { kind: 'node' as const, id: 'a' },
      path: { from: 'a', to: 'c' },
    };
    expect(computeHighlight(index, view, computeView(index, view))?.kind).toBe('path');
  });
});

describe('undatedPresence', () => {
  it('names what is drawn on a date only for lack of dates', () => {
    const view = { ...getDefaultViewState(), asOf: '1990-06-30' };
    const presence = undatedPresence(dated, view, computeView(dated, view));
    expect([...(presence?.edgeIds ?? [])]).toEqual(['undated']);
    // No dated relation is active in 1990 and no event falls then: every entity is drawn undated.
    expect([...(presence?.nodeIds ?? [])].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('leaves entities with a dated relation drawn, and is null without a date', () => {
    const view = { ...getDefaultViewState(), asOf: '2019-07-15' };
    const presence = undatedPresence(dated, view, computeView(dated, view));
    expect([...(presence?.edgeIds ?? [])]).toEqual(['undated']);
    expect([...(presence?.nodeIds ?? [])]).toEqual([]);
    const all = getDefaultViewState();
    expect(undatedPresence(dated, all, computeView(dated, all))).toBeNull();
  });
});

describe('changes on the canvas', () => {
  const view = { ...getDefaultViewState(), compare: { from: '2019-07', to: '2019-10' } };
  const graphView = computeView(dated, view);

  it('draws everything active over the compared period', () => {
    expect([...graphView.edgeIds].sort()).toEqual([
      'began-2019',
      'began-after',
      'began-before',
      'began-july',
      'undated',
    ]);
  });

  it('marks what appeared, ended, and came and went; highlights them so the rest is dimmed', () => {
    const marks = changeMarks(dated, view, graphView);
    expect([...(marks?.appeared ?? [])]).toEqual(['began-after']);
    expect([...(marks?.ended ?? [])]).toEqual([]);
    expect([...(marks?.cameAndWent ?? [])]).toEqual(['began-july']);
    const highlight = computeHighlight(dated, view, graphView);
    expect([...(highlight?.edgeIds ?? [])].sort()).toEqual(['began-after', 'began-july']);
    expect([...(highlight?.nodeIds ?? [])].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('marks nothing without a comparison or with an unreadable one', () => {
    expect(changeMarks(dated, getDefaultViewState(), graphView)).toBeNull();
    expect(changeMarks(dated, { compare: { from: 'soon', to: '2019' } }, graphView)).toBeNull();
  });
});

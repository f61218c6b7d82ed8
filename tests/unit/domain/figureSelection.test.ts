import { describe, expect, it } from 'vitest';
import { figureSelection } from '../../../src/domain/figureSelection';
import { buildGraphIndex } from '../../../src/domain/graphIndex';
import { computeHighlight } from '../../../src/domain/highlight';
import { parseDataset, type Dataset } from '../../../src/domain/schema';
import { computeView } from '../../../src/domain/view';
import { getDefaultViewState, type ViewState } from '../../../src/domain/viewState';
import { buildDataset, edge, node } from '../../helpers/datasetBuilder';

const parsed = parseDataset(
  buildDataset({
    nodes: [node('a'), node('b'), node('c'), node('d')],
    edges: [
      edge('a', 'commands', 'b', { id: 'ab' }),
      edge('b', 'commands', 'c', { id: 'bc' }),
      edge('c', 'supports', 'd', { id: 'cd' }),
    ],
  }),
);
const index = buildGraphIndex((parsed as { dataset: Dataset }).dataset);

function selectionFor(patch: Partial<ViewState>) {
  const view = { ...getDefaultViewState(), ...patch };
  const graphView = computeView(index, view);
  return figureSelection(index, graphView, view, computeHighlight(index, view, graphView));
}

describe('figureSelection', () => {
  it('is nothing when nothing is selected or highlighted', () => {
    expect(selectionFor({})).toBeNull();
  });

  it('takes a selected entity with its visible neighbours and the relations among them', () => {
    const selection = selectionFor({ selection: { kind: 'node', id: 'b' } });
    expect(new Set(selection!.nodeIds)).toEqual(new Set(['a', 'b', 'c']));
    expect(new Set(selection!.edgeIds)).toEqual(new Set(['ab', 'bc']));
    expect(selection!.description).toBe('B and 2 neighbours');
    // A hidden relation type hides that neighbour too.
    const filtered = selectionFor({
      selection: { kind: 'node', id: 'c' },
      hiddenRelations: ['supports'],
    });
    expect(new Set(filtered!.nodeIds)).toEqual(new Set(['b', 'c']));
  });

  it('takes a selected relation with its two ends', () => {
    const selection = selectionFor({ selection: { kind: 'edge', id: 'cd' } });
    expect(new Set(selection!.nodeIds)).toEqual(new Set(['c', 'd']));
    expect(selection!.edgeIds).toEqual(['cd']);
  });

  it('prefers what the canvas highlights: a path between two entities', () => {
    const selection = selectionFor({
      selection: { kind: 'node', id: 'd' },
      path: { from: 'a', to: 'c' },
    });
    expect(new Set(selection!.nodeIds)).toEqual(new Set(['a', 'b', 'c']));
    expect(new Set(selection!.edgeIds)).toEqual(new Set(['ab', 'bc']));
    expect(selection!.description).toMatch(/highlighted \(3 entities\)/);
  });
});

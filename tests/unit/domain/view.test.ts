import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../../../src/domain/graphIndex';
import { parseDataset, type Dataset } from '../../../src/domain/schema';
import { computeView } from '../../../src/domain/view';
import { getDefaultViewState, type ViewState } from '../../../src/domain/viewState';
import { buildDataset, edge, node } from '../../helpers/datasetBuilder';

function indexOf(input: ReturnType<typeof buildDataset>) {
  const result = parseDataset(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return buildGraphIndex(result.dataset as Dataset);
}

const index = indexOf(
  buildDataset({
    nodes: [
      node('chief', { type: 'person' }),
      node('army'),
      node('unit'),
      node('city', { type: 'place' }),
      node('loner'),
    ],
    edges: [
      edge('chief', 'commands', 'army', { id: 'e1', since: '2010', until: '2015-06' }),
      edge('unit', 'part_of', 'army', { id: 'e2' }),
      edge('army', 'operates_in', 'city', { id: 'e3', confidence: 'suspected' }),
      edge('chief', 'commands', 'unit', { id: 'e4', formal: true, since: '2016' }),
    ],
  }),
);

function view(patch: Partial<ViewState> = {}) {
  const result = computeView(index, { ...getDefaultViewState(), ...patch });
  return { nodes: [...result.nodeIds].sort(), edges: [...result.edgeIds].sort() };
}

describe('computeView', () => {
  it('shows everything by default', () => {
    expect(view()).toEqual({
      nodes: ['army', 'chief', 'city', 'loner', 'unit'],
      edges: ['e1', 'e2', 'e3', 'e4'],
    });
  });

  it('hides relations of an unchecked type', () => {
    expect(view({ hiddenRelations: ['commands'] }).edges).toEqual(['e2', 'e3']);
  });

  it('hides entities of an unchecked type and the relations that touch them', () => {
    const v = view({ hiddenEntityTypes: ['place'] });
    expect(v.nodes).not.toContain('city');
    expect(v.edges).toEqual(['e1', 'e2', 'e4']);
  });

  it('hides relations of an unchecked confidence', () => {
    expect(view({ hiddenConfidences: ['suspected'] }).edges).toEqual(['e1', 'e2', 'e4']);
  });

  it('hides entities left without relations on request', () => {
    expect(view({ hideIsolated: true }).nodes).toEqual(['army', 'chief', 'city', 'unit']);
  });

  it('keeps only relations active on the as-of date, and undated ones', () => {
    expect(view({ asOf: '2012-03-01' }).edges).toEqual(['e1', 'e2', 'e3']);
    expect(view({ asOf: '2015-06-30' }).edges).toEqual(['e1', 'e2', 'e3']);
    expect(view({ asOf: '2015-07-01' }).edges).toEqual(['e2', 'e3']);
    expect(view({ asOf: '2016-01-01' }).edges).toEqual(['e2', 'e3', 'e4']);
  });

  it('includes a partial since and until in full, and nothing beyond', () => {
    // e1 runs from 2010 (the whole year) to 2015-06 (the whole month).
    expect(view({ asOf: '2009-12-31' }).edges).not.toContain('e1');
    expect(view({ asOf: '2010-01-01' }).edges).toContain('e1');
    expect(view({ asOf: '2015-06-30' }).edges).toContain('e1');
    expect(view({ asOf: '2015-07-01' }).edges).not.toContain('e1');
  });

  it('shows an entity only while it exists, and its relations with it', () => {
    const dated = indexOf(
      buildDataset({
        nodes: [node('leader', { since: '2008-02-15', until: '2020-01-03' }), node('group')],
        edges: [edge('leader', 'leads', 'group', { id: 'undated-lead' })],
      }),
    );
    const at = (asOf: string) => {
      const v = computeView(dated, { ...getDefaultViewState(), asOf });
      return [[...v.nodeIds].sort(), [...v.edgeIds]];
    };
    expect(at('2008-02-14')).toEqual([['group'], []]);
    expect(at('2008-02-15')).toEqual([['group', 'leader'], ['undated-lead']]);
    expect(at('2020-01-03')).toEqual([['group', 'leader'], ['undated-lead']]);
    expect(at('2020-01-04')).toEqual([['group'], []]);
    const range = computeView(dated, {
      ...getDefaultViewState(),
      range: { from: '2020-01-04', to: '2007-01-01' },
    });
    expect([...range.nodeIds].sort()).toEqual(['group', 'leader']);
  });

  it('drops undated relations when asked to', () => {
    expect(view({ asOf: '2012-03-01', includeUndated: false }).edges).toEqual(['e1']);
  });

  it('keeps relations active at any time in a range', () => {
    expect(
      view({ range: { from: '2015-01-01', to: '2016-12-31' }, includeUndated: false }).edges,
    ).toEqual(['e1', 'e4']);
  });

  it('keeps only the command and membership families in the command view', () => {
    expect(view({ mode: 'command' }).edges).toEqual(['e1', 'e2']);
    // An unmarked command link is both formal and real; the nominal-only e4 is formal only.
    expect(view({ mode: 'command', commandChain: 'formal' }).edges).toEqual(['e1', 'e2', 'e4']);
    expect(view({ mode: 'command' }).nodes).toEqual(['army', 'chief', 'unit']);
  });

  it('focuses on the neighbourhood of an entity', () => {
    expect(view({ focus: { id: 'city', hops: 1 } }).nodes).toEqual(['army', 'city']);
    expect(view({ focus: { id: 'city', hops: 2 } }).nodes).toEqual([
      'army',
      'chief',
      'city',
      'unit',
    ]);
    expect(view({ focus: { id: 'city', hops: 1 } }).edges).toEqual(['e3']);
  });

  it('keeps everything when the focus dims the rest instead of hiding it', () => {
    expect(view({ focus: { id: 'city', hops: 1 }, focusStyle: 'dim' }).nodes).toHaveLength(5);
  });

  it('ignores a focus on an entity that is not visible', () => {
    expect(view({ focus: { id: 'ghost', hops: 1 } }).nodes).toHaveLength(5);
  });
});

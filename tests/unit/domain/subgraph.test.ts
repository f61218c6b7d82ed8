import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../../../src/domain/graphIndex';
import { parseDataset, type Dataset, type DatasetInput } from '../../../src/domain/schema';
import { visibleSubgraph } from '../../../src/domain/subgraph';
import { computeView } from '../../../src/domain/view';
import { getDefaultViewState, type ViewState } from '../../../src/domain/viewState';
import { buildDataset, edge, event, node, TEST_SOURCE } from '../../helpers/datasetBuilder';
import { loadDefaultDataset } from '../../helpers/defaultDataset';

function parsed(input: DatasetInput): Dataset {
  const result = parseDataset(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.dataset;
}

const other = { id: 'other', title: 'Other source', publisher: 'Elsewhere' };
const dataset = parsed(
  buildDataset({
    sources: [TEST_SOURCE, other, { id: 'unused', title: 'Unused', publisher: 'Nobody' }],
    entityTypes: [
      { id: 'vehicle', label: 'Vehicle' },
      { id: 'ship', label: 'Ship' },
    ],
    relationTypes: [
      {
        key: 'drives',
        label: 'drives',
        inverseLabel: 'driven by',
        family: 'support',
        superior: 'none',
      },
      {
        key: 'sinks',
        label: 'sinks',
        inverseLabel: 'sunk by',
        family: 'hostility',
        superior: 'none',
      },
    ],
    nodes: [
      node('a'),
      node('b', { type: 'person' }),
      node('car', { type: 'vehicle' }),
      node('boat', { type: 'ship', evidence: [{ source: 'other', quote: 'boat' }] }),
    ],
    edges: [
      edge('b', 'drives', 'car', { id: 'drive' }),
      edge('a', 'commands', 'b', { id: 'cmd', since: '2001', until: '2003' }),
      edge('car', 'sinks', 'boat', { id: 'sink', evidence: [{ source: 'other', quote: 'sinks' }] }),
    ],
    events: [
      event('both', { participants: ['a', 'boat'], place: 'boat' }),
      event('hidden-only', { participants: ['boat'] }),
      event('nobody', { participants: [] }),
      event('place-only', { participants: ['boat'], place: 'car' }),
    ],
  }),
);
const index = buildGraphIndex(dataset);

function subgraphOf(patch: Partial<ViewState> = {}) {
  return visibleSubgraph(dataset, computeView(index, { ...getDefaultViewState(), ...patch }));
}

describe('visibleSubgraph', () => {
  it('keeps only visible entities and relations, in dataset order', () => {
    const sub = subgraphOf({ hiddenEntityTypes: ['ship'] });
    expect(sub.nodes.map((n) => n.id)).toEqual(['a', 'b', 'car']);
    expect(sub.edges.map((e) => e.id)).toEqual(['drive', 'cmd']);
  });

  it('keeps events that touch a visible entity and drops references to hidden ones', () => {
    const sub = subgraphOf({ hiddenEntityTypes: ['ship'] });
    expect(sub.events.map((e) => [e.id, e.participants, e.place])).toEqual([
      ['both', ['a'], undefined],
      ['place-only', [], 'car'],
    ]);
    expect('place' in sub.events[0]!).toBe(false);
  });

  it('keeps only the sources, entity types and relation types still in use', () => {
    const sub = subgraphOf({ hiddenEntityTypes: ['ship'] });
    expect(sub.sources.map((s) => s.id)).toEqual(['src']);
    expect(sub.entityTypes.map((t) => t.id)).toEqual(['vehicle']);
    expect(sub.relationTypes.map((r) => r.key)).toEqual(['drives']);
    const all = subgraphOf();
    expect(all.sources.map((s) => s.id)).toEqual(['src', 'other']);
    expect(all.relationTypes.map((r) => r.key)).toEqual(['drives', 'sinks']);
  });

  it('follows the time filter', () => {
    const sub = subgraphOf({ asOf: '2010-01-01', includeUndated: false });
    expect(sub.edges).toEqual([]);
  });

  it('parses back through parseDataset unchanged, without warnings', () => {
    for (const patch of [
      {},
      { hiddenEntityTypes: ['ship'] },
      { focus: { id: 'a', hops: 1 as const } },
    ]) {
      const sub = subgraphOf(patch);
      const result = parseDataset(JSON.parse(JSON.stringify(sub)));
      expect(result).toEqual({ ok: true, dataset: sub, warnings: [] });
    }
  });

  it('round-trips the default dataset, filtered', () => {
    const real = loadDefaultDataset();
    const view = {
      ...getDefaultViewState(),
      hiddenRelations: ['leads'],
      hiddenEntityTypes: ['place'],
    };
    const sub = visibleSubgraph(real, computeView(buildGraphIndex(real), view));
    expect(sub.nodes.length).toBeGreaterThan(0);
    expect(sub.nodes.length).toBeLessThan(real.nodes.length);
    const result = parseDataset(JSON.parse(JSON.stringify(sub)));
    expect(result.ok && result.dataset).toEqual(sub);
  });
});

/**
 * The corpus of files written by other tools (tests/fixtures/formats/, see its README): each one
 * opens with the counts the tool that wrote it would show, its fields where they belong and the
 * rest kept as attributes.
 */
import { describe, expect, it } from 'vitest';
import { FileOpener, type OpenOutcome } from '../../../../src/domain/formats/openFiles';
import type { Dataset } from '../../../../src/domain/schema';
import { isUnsourced } from '../../../../src/domain/schema';
import { fixture } from '../../../helpers/formatFixtures';

async function open(...names: string[]): Promise<OpenOutcome> {
  return new FileOpener().open(names.map(fixture));
}

async function dataset(name: string): Promise<{ dataset: Dataset; format: string }> {
  const outcome = await open(name);
  if (outcome.kind !== 'dataset') throw new Error(`${name} asked for the Import dialog`);
  if (!outcome.result.ok) throw new Error(JSON.stringify(outcome.result.errors));
  return { dataset: outcome.result.dataset, format: outcome.format };
}

const node = (d: Dataset, id: string) => d.nodes.find((n) => n.id === id)!;
const edge = (d: Dataset, id: string) => d.edges.find((e) => e.id === id)!;

describe('files written by networkx', () => {
  it.each([
    ['les-miserables.graphml', 'GraphML'],
    ['les-miserables.gexf', 'GEXF'],
  ])('opens Les Misérables from %s: 77 entities, 254 unsourced relations', async (name, format) => {
    const { dataset: d, format: detected } = await dataset(name);
    expect(detected).toBe(format);
    expect([d.nodes.length, d.edges.length]).toEqual([77, 254]);
    expect(d.edges.every(isUnsourced) && d.nodes.every(isUnsourced)).toBe(true);
    expect(node(d, 'Valjean').label).toBe('Valjean');
    // The weights networkx wrote are kept, typed, as attributes.
    const valjeanMyriel = d.edges.find((e) => e.source === 'Myriel' && e.target === 'Valjean');
    expect(valjeanMyriel?.attributes).toEqual({ weight: 5 });
    // An undirected graph: its one relation is declared symmetric, in the Other family.
    expect(d.relationTypes).toEqual([
      expect.objectContaining({ key: 'linked_to', family: 'other', symmetric: true }),
    ]);
    expect(d.entityTypes.map((t) => t.id)).toEqual(['unspecified']);
  });

  it('opens the Florentine families as GraphML and as Cytoscape.js JSON alike', async () => {
    const graphml = (await dataset('florentine-families.graphml')).dataset;
    const cyjs = await dataset('florentine-families.cyjs');
    expect(cyjs.format).toBe('Cytoscape.js JSON');
    for (const d of [graphml, cyjs.dataset]) {
      expect([d.nodes.length, d.edges.length]).toEqual([15, 20]);
      expect(d.relationTypes[0]).toMatchObject({ key: 'linked_to', symmetric: true });
    }
    const ends = (d: Dataset) => d.edges.map((e) => [e.source, e.target].sort().join('–')).sort();
    expect(ends(cyjs.dataset)).toEqual(ends(graphml));
  });

  it('sends the karate club CSV (Source,Target,Weight) to the Import dialog with its roles guessed', async () => {
    const outcome = await open('karate-club.csv');
    expect(outcome).toMatchObject({
      kind: 'tables',
      format: 'CSV',
      guesses: [{ use: 'edges', roles: ['source', 'target', 'attribute'] }],
      tables: [{ headers: ['Source', 'Target', 'Weight'], rowCount: 78 }],
    });
  });
});

describe('files written by hand from the specifications', () => {
  it('reads yEd’s y:NodeLabel and y:EdgeLabel as labels and relations', async () => {
    const { dataset: d } = await dataset('yed-organisation.graphml');
    expect(d.nodes.map((n) => n.label)).toEqual([
      'Acme Holdings',
      'Jean Dupont',
      'Marie Curie-Lefèvre',
      'Shell Co. (Cyprus)',
    ]);
    expect(node(d, 'n0').summary).toBe('Head office, Lyon');
    expect(node(d, 'n1').attributes).toEqual({ url: 'https://example.org/people/jean-dupont' });
    expect(d.edges.map((e) => e.relation)).toEqual(['employs', 'employs', 'owns', 'linked_to']);
    expect(edge(d, 'e1').attributes).toEqual({ description: 'since the 2019 board meeting' });
  });

  it('reads GraphML key types and defaults, nested graphs, parallel edges and per-edge direction', async () => {
    const { dataset: d, format } = await dataset('nested-and-parallel.graphml');
    expect(format).toBe('GraphML');
    // The nested graph's two units are flattened in; the hyperedge is left out with a warning.
    expect(d.nodes.map((n) => [n.id, n.type])).toEqual([
      ['alpha', 'organization'],
      ['alpha-cell-1', 'unit'],
      ['alpha-cell-2', 'unit'],
      ['beta', 'person'],
      ['gamma', 'person'],
    ]);
    expect(node(d, 'alpha')).toMatchObject({
      since: '2004-05',
      attributes: { members: 120, active: true },
    });
    expect(node(d, 'beta').attributes).toEqual({ active: false });
    const funds = d.edges.filter((e) => e.relation === 'funds');
    expect(funds.map((e) => e.attributes?.weight)).toEqual([2.5, 1]);
    expect(d.edges).toHaveLength(5);
    // "funds" was only ever undirected; "advises" is built in and directed.
    expect(d.relationTypes.find((r) => r.key === 'funds')?.symmetric).toBe(true);
    expect(d.edges.find((e) => e.source === 'beta')?.relation).toBe('advises');
  });

  it('reads GEXF 1.2 spells and start/end as since/until, and viz hints as attributes', async () => {
    const { dataset: d } = await dataset('spells.gexf');
    expect(d.title).toBe('Board memberships over time');
    expect(node(d, '0')).toMatchObject({
      label: 'Northwind Ltd',
      type: 'organization',
      since: '2001-03-15',
      attributes: {
        employees: 350,
        listed: true,
        'viz:color': '#efad42',
        'viz:x': 15.78,
        'viz:y': 40.1,
        'viz:z': 0,
        'viz:size': 2.0375757,
      },
    });
    // Two spells: since the first start, until the last end, and the spells themselves kept.
    expect(node(d, '1')).toMatchObject({
      type: 'person',
      since: '1990-01-01',
      until: '2012-02-29',
      attributes: { spells: '1990-01-01 – 1999-12-31; 2005-06-01 – 2012-02-29', listed: false },
    });
    expect(node(d, '2')).toMatchObject({ since: '2008-01-01', until: '2015-12-31' });
    expect(edge(d, '0-2')).toMatchObject({
      relation: 'director_of',
      since: '2003-01-01',
      until: '2009-06-30',
      attributes: { role: 'non-executive' },
    });
    expect(edge(d, '2-2').attributes).toEqual({ weight: 3.5 });
  });

  it('reads GEXF 1.3 kinds as relations and keeps numeric times as attributes', async () => {
    const { dataset: d } = await dataset('gephi-1.3.gexf');
    expect(d.edges.map((e) => e.relation)).toEqual(['negotiates', 'sues', 'allied_with']);
    expect(node(d, 'a')).toMatchObject({
      since: undefined,
      attributes: { tags: '[port, state]', score: 0.75, time: '1.0 – …', 'viz:color': '#1f77b4' },
    });
  });

  it('reads Cytoscape desktop’s .cyjs without its bookkeeping', async () => {
    const { dataset: d } = await dataset('cytoscape-desktop.cyjs');
    expect(d.title).toBe('Supply network');
    expect(node(d, '101')).toMatchObject({
      label: 'Factory A',
      attributes: { country: 'Vietnam', capacity: 1200, 'viz:x': 10.5, 'viz:y': -20 },
    });
    expect(edge(d, '201')).toMatchObject({
      relation: 'ships_to',
      label: undefined,
      attributes: { tonnage: 30.5 },
    });
  });

  it('guesses the roles of a spreadsheet headed From,To,Type,Source URL', async () => {
    expect(await open('links.csv')).toMatchObject({
      kind: 'tables',
      guesses: [{ use: 'edges', roles: ['source', 'target', 'relation', 'sourceUrl'] }],
    });
    expect(await open('ownership.tsv')).toMatchObject({
      kind: 'tables',
      format: 'TSV',
      guesses: [{ use: 'edges', roles: ['source', 'target', 'relation', 'since'] }],
    });
  });
});

describe('ids', () => {
  it('gives relations ids of their own where a file numbers nodes and edges alike', async () => {
    const { dataset: d } = await dataset('spells.gexf');
    const nodeIds = new Set(d.nodes.map((n) => n.id));
    expect(d.edges.map((e) => e.id).filter((id) => nodeIds.has(id))).toEqual([]);
    expect(d.edges.map((e) => e.id)).toEqual(['0-2', '1-2', '2-2']);
  });
});

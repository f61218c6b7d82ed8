import { describe, expect, it } from 'vitest';
import { parseDataset, type DatasetIssue } from '../../../src/domain/schema';
import { buildDataset, edge, event, node, quote } from '../../helpers/datasetBuilder';
import { readDefaultDatasetJson } from '../../helpers/defaultDataset';

function errorsOf(input: unknown): DatasetIssue[] {
  const result = parseDataset(input);
  if (result.ok) throw new Error('expected the dataset to be rejected');
  return result.errors;
}

function pathsOf(input: unknown): string[] {
  return errorsOf(input).map((e) => e.path);
}

describe('parseDataset', () => {
  it('accepts the default dataset', () => {
    const result = parseDataset(readDefaultDatasetJson());
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && result.dataset.nodes.length).toBeGreaterThan(0);
  });

  it('accepts a minimal dataset and fills defaults', () => {
    const result = parseDataset({ schemaVersion: 1, title: 'T', nodes: [], edges: [] });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.dataset.events).toEqual([]);
      expect(result.dataset.sources).toEqual([]);
    }
  });

  it('rejects what is not an object', () => {
    expect(errorsOf([])).toEqual([{ path: '$', message: 'must be a dataset object, not a list' }]);
    expect(errorsOf('x')[0]?.message).toMatch(/not text/);
    expect(errorsOf(null)[0]?.message).toMatch(/not null/);
  });

  it('reports a missing field with its path', () => {
    const data = buildDataset({ nodes: [node('a')] });
    delete (data.nodes[0] as { label?: string }).label;
    expect(errorsOf(data)).toContainEqual({ path: '$.nodes[0].label', message: 'is required' });
  });

  it('reports a wrong type in plain English', () => {
    const data = buildDataset({ nodes: [node('a', { aliases: 'x' as never })] });
    expect(errorsOf(data)).toContainEqual({
      path: '$.nodes[0].aliases',
      message: 'must be a list, not text',
    });
  });

  it('takes a source text file inside the dataset folder, and no path out of it', () => {
    const withText = (textFile: string) => ({
      ...buildDataset(),
      sources: [{ id: 'src', title: 'T', publisher: 'P', textFile }],
    });
    const ok = parseDataset(withText('sources/article-1.txt'));
    expect(ok.ok && ok.dataset.sources[0]?.textFile).toBe('sources/article-1.txt');
    for (const outside of ['../secret.txt', 'sources/../../x.txt', '/etc/passwd', 'C:\\x.txt', ''])
      expect(pathsOf(withText(outside)), outside).toEqual(['$.sources[0].textFile']);
  });

  it('checks that every id a curated view names exists', () => {
    const data = {
      ...buildDataset({ nodes: [node('a'), node('b')], edges: [edge('a', 'commands', 'b')] }),
      views: [
        {
          id: 'v',
          title: 'A view',
          description: 'What it shows.',
          state: {
            selection: { kind: 'edge', id: 'nope' },
            focus: { id: 'ghost', hops: 1 },
            path: { from: 'a', to: 'ghost' },
            hiddenRelations: ['commands', 'bribes'],
            hiddenEntityTypes: ['vehicle'],
            annotations: [
              { kind: 'note', id: 1, x: 0, y: 0, text: 'Free' },
              {
                kind: 'callout',
                id: 2,
                target: { kind: 'node', id: 'ghost' },
                dx: 0,
                dy: 0,
                text: 't',
              },
              { kind: 'ring', id: 3, label: '', colour: 'red', members: ['a', 'nobody'] },
            ],
          },
        },
        { id: 'v', title: 'Again', description: 'Same id.', state: {} },
      ],
    };
    expect(errorsOf(data)).toEqual([
      { path: '$.views[1].id', message: 'duplicate id "v" (first used at views[0])' },
      { path: '$.views[0].state.selection.id', message: 'unknown edge "nope"' },
      { path: '$.views[0].state.focus.id', message: 'unknown entity "ghost"' },
      { path: '$.views[0].state.path.to', message: 'unknown entity "ghost"' },
      { path: '$.views[0].state.hiddenRelations[1]', message: 'unknown relation "bribes"' },
      { path: '$.views[0].state.hiddenEntityTypes[0]', message: 'unknown entity type "vehicle"' },
      { path: '$.views[0].state.annotations[1].target.id', message: 'unknown entity "ghost"' },
      { path: '$.views[0].state.annotations[2].members[1]', message: 'unknown entity "nobody"' },
    ]);
  });

  it('checks a curated view’s state like the address, and its description is one line', () => {
    const view = (state: unknown, description = 'One line.') => ({
      ...buildDataset({ nodes: [node('a')] }),
      views: [{ id: 'v', title: 'T', description, state }],
    });
    expect(pathsOf(view({ mode: 'sideways' }))).toEqual(['$.views[0].state.mode']);
    expect(pathsOf(view({}, 'Two\nlines.'))).toEqual(['$.views[0].description']);
    const typo = parseDataset(view({ mdoe: 'command' }));
    expect(typo.ok).toBe(true);
    expect(typo.warnings).toContainEqual({
      path: '$.views[0].state',
      message: 'unknown field `mdoe` ignored',
    });
  });

  it('rejects an unsupported schema version', () => {
    expect(pathsOf({ ...buildDataset(), schemaVersion: 2 })).toEqual(['$.schemaVersion']);
  });

  it('rejects an unknown confidence level and lists the allowed ones', () => {
    const data = buildDataset({
      nodes: [node('a'), node('b')],
      edges: [edge('a', 'commands', 'b', { confidence: 'likely' as never })],
    });
    const [error] = errorsOf(data);
    expect(error?.path).toBe('$.edges[0].confidence');
    expect(error?.message).toContain('confirmed, reported, claimed, suspected');
  });

  it('accepts a relation without quotes as unsourced, and refuses it where evidence is required', () => {
    const data = buildDataset({
      nodes: [node('a'), node('b')],
      edges: [edge('a', 'commands', 'b', { evidence: [] })],
    });
    expect(parseDataset(data).ok).toBe(true);
    expect(parseDataset(data, { requireEvidence: true })).toMatchObject({
      ok: false,
      errors: [
        { path: '$.edges[0].evidence', message: 'needs at least one quote (evidence is required)' },
      ],
    });
  });

  it('refuses a relation whose id is an entity’s: the canvas holds both under one set of ids', () => {
    const data = buildDataset({
      nodes: [node('a'), node('b')],
      edges: [edge('a', 'commands', 'b', { id: 'b' })],
    });
    expect(errorsOf(data)).toEqual([
      {
        path: '$.edges[0].id',
        message: 'id "b" is already an entity\'s id: a relation needs its own',
      },
    ]);
  });

  it('keeps attributes of text, numbers and booleans, and refuses other values', () => {
    const data = buildDataset({
      nodes: [node('a', { attributes: { 'Modularity Class': 3, listed: true, note: 'x' } })],
    });
    const result = parseDataset(data);
    expect(result.ok && result.dataset.nodes[0]?.attributes).toEqual({
      'Modularity Class': 3,
      listed: true,
      note: 'x',
    });
    const bad = buildDataset({ nodes: [node('a', { attributes: { deep: { x: 1 } as never } })] });
    expect(pathsOf(bad)).toEqual(['$.nodes[0].attributes.deep']);
  });

  it.each([
    ['2019-13', 'month 13'],
    ['2019-02-30', 'day 30 of February'],
    ['19', 'two-digit year'],
    ['2019/05/14', 'slashes'],
    ['May 2019', 'words'],
  ])('rejects the malformed date %s (%s)', (date) => {
    const data = buildDataset({ nodes: [node('a', { since: date })] });
    expect(pathsOf(data)).toEqual(['$.nodes[0].since']);
  });

  it('accepts the three precisions of partial dates', () => {
    const data = buildDataset({
      nodes: [
        node('a', { since: '2007' }),
        node('b', { since: '2008-02' }),
        node('c', { since: '2019-05-14' }),
      ],
    });
    expect(parseDataset(data).ok).toBe(true);
  });

  it('rejects duplicate ids, naming the first use', () => {
    const data = buildDataset({ nodes: [node('a'), node('a')] });
    expect(errorsOf(data)).toEqual([
      { path: '$.nodes[1].id', message: 'duplicate id "a" (first used at nodes[0])' },
    ]);
  });

  it('rejects a relation to an unknown entity', () => {
    const data = buildDataset({ nodes: [node('a')], edges: [edge('a', 'commands', 'ghost')] });
    expect(errorsOf(data)).toEqual([
      { path: '$.edges[0].target', message: 'unknown entity "ghost"' },
    ]);
  });

  it('rejects evidence that cites an unknown source', () => {
    const data = buildDataset({
      nodes: [node('a', { evidence: [{ source: 'nope', quote: 'q' }] })],
    });
    expect(pathsOf(data)).toEqual(['$.nodes[0].evidence[0].source']);
  });

  it('rejects an event whose participant or place does not resolve', () => {
    const data = buildDataset({
      nodes: [node('a')],
      events: [event('e', { participants: ['a', 'b'], place: 'nowhere' })],
    });
    expect(pathsOf(data)).toEqual(['$.events[0].participants[1]', '$.events[0].place']);
  });

  it('rejects until before since', () => {
    const data = buildDataset({
      nodes: [node('a'), node('b')],
      edges: [edge('a', 'commands', 'b', { since: '2020', until: '2019-12' })],
    });
    expect(errorsOf(data)).toEqual([
      { path: '$.edges[0].until', message: '"until" (2019-12) is before "since" (2020)' },
    ]);
  });

  it('accepts since and until in the same partial period', () => {
    const data = buildDataset({
      nodes: [node('a'), node('b')],
      edges: [edge('a', 'commands', 'b', { since: '2020-01-15', until: '2020-01' })],
    });
    expect(parseDataset(data).ok).toBe(true);
  });

  it('rejects an entity type that is neither built in nor declared', () => {
    const data = buildDataset({ nodes: [node('a', { type: 'vehicle' })] });
    expect(pathsOf(data)).toEqual(['$.nodes[0].type']);
  });

  it('accepts an entity type the dataset declares', () => {
    const data = buildDataset({
      entityTypes: [{ id: 'vehicle', label: 'Vehicle' }],
      nodes: [node('a', { type: 'vehicle' })],
    });
    expect(parseDataset(data).ok).toBe(true);
  });

  it('loads an unknown relation key with a warning', () => {
    const data = buildDataset({ nodes: [node('a'), node('b')], edges: [edge('a', 'bribes', 'b')] });
    const result = parseDataset(data);
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => w.path)).toEqual(['$.edges[0].relation']);
  });

  it('loads an undated event with a warning', () => {
    const data = buildDataset({ events: [event('e', { date: undefined })] });
    const result = parseDataset(data);
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      {
        path: '$.events[0].date',
        message: 'event has no date: it is listed but not placed on the timeline',
      },
    ]);
  });

  it('rejects ids with spaces or markup', () => {
    const data = buildDataset({ nodes: [node('<img src=x>')] });
    expect(pathsOf(data)).toEqual(['$.nodes[0].id']);
  });

  it('keeps evidence quotes and notes as given', () => {
    const data = buildDataset({
      nodes: [node('a', { evidence: [{ ...quote('“curly”'), note: 'n' }] })],
    });
    const result = parseDataset(data);
    expect(result.ok && result.dataset.nodes[0]?.evidence[0]).toEqual({
      source: 'src',
      quote: '“curly”',
      note: 'n',
    });
  });

  it('drops unknown fields with a warning naming each, and tolerates $schema', () => {
    const data = {
      ...buildDataset({
        nodes: [node('a'), node('b')],
        edges: [edge('a', 'commands', 'b')],
      }),
      $schema: './dataset.schema.json',
      extra: { deep: [[[]]] },
    };
    (data.nodes[1] as Record<string, unknown>).lable = 'typo';
    (data.edges[0] as Record<string, unknown>).colour = 'red';
    (data.edges[0]!.evidence![0] as Record<string, unknown>).page = 4;
    const result = parseDataset(data);
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      { path: '$', message: 'unknown field `extra` ignored' },
      { path: '$.nodes[1]', message: 'unknown field `lable` ignored' },
      { path: '$.edges[0]', message: 'unknown field `colour` ignored' },
      { path: '$.edges[0].evidence[0]', message: 'unknown field `page` ignored' },
    ]);
    expect(result.ok && 'lable' in result.dataset.nodes[1]!).toBe(false);
  });

  it('loads a self-loop with a warning rather than an error', () => {
    const result = parseDataset(
      buildDataset({ nodes: [node('a')], edges: [edge('a', 'commands', 'a', { id: 'loop' })] }),
    );
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      { path: '$.edges[0]', message: 'relation links "a" to itself' },
    ]);
  });
});

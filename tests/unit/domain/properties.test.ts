/**
 * Property-based tests: random and mutated input thrown at the readers and the view functions.
 * Whatever comes in, they return a dataset or errors (never throw), and what they return holds
 * together: a loaded dataset's references resolve, a view only shows what exists.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, writeCsv } from '../../../src/domain/formats/csv';
import { EDGE_COLUMNS, NODE_COLUMNS, readCsvDataset } from '../../../src/domain/formats/csvDataset';
import { readJsonDataset } from '../../../src/domain/formats/json';
import type { ReadResult } from '../../../src/domain/formats/readResult';
import { buildGraphIndex } from '../../../src/domain/graphIndex';
import { computeHighlight } from '../../../src/domain/highlight';
import { BUILT_IN_RELATIONS, RELATION_FAMILIES } from '../../../src/domain/relations';
import { CONFIDENCE_LEVELS, parseDataset, type Dataset } from '../../../src/domain/schema';
import { GROUP_BY } from '../../../src/domain/groupBy';
import { computeView } from '../../../src/domain/view';
import type { ViewState } from '../../../src/domain/viewState';
import { buildDataset, edge, event, node, quote } from '../../helpers/datasetBuilder';
import { readDefaultDatasetJson } from '../../helpers/defaultDataset';

/** A read either loads a sound dataset or explains itself with at least one error. */
function expectSoundResult(result: ReadResult): void {
  if (!result.ok) {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const e of [...result.errors, ...result.warnings]) {
      expect(typeof e.path).toBe('string');
      expect(typeof e.message).toBe('string');
    }
    return;
  }
  const { dataset } = result;
  const nodeIds = new Set(dataset.nodes.map((n) => n.id));
  expect(nodeIds.size).toBe(dataset.nodes.length);
  expect(new Set(dataset.edges.map((e) => e.id)).size).toBe(dataset.edges.length);
  const sourceIds = new Set(dataset.sources.map((s) => s.id));
  for (const e of dataset.edges) {
    expect(nodeIds.has(e.source) && nodeIds.has(e.target)).toBe(true);
    for (const q of e.evidence) expect(sourceIds.has(q.source)).toBe(true);
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type PathStep = string | number;

/** Every path into a JSON tree, the root included. */
function pathsOf(value: Json, prefix: PathStep[] = []): PathStep[][] {
  const paths = [prefix];
  if (Array.isArray(value))
    value.forEach((item, i) => paths.push(...pathsOf(item, [...prefix, i])));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]));
  return paths;
}

function getAt(root: Json, path: PathStep[]): Json {
  let current: Json = root;
  for (const step of path) current = (current as Record<PathStep, Json>)[step] as Json;
  return current;
}

type Mutation =
  | { kind: 'replace'; at: number; value: Json }
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; at: number; from: number }
  | { kind: 'nest'; at: number; depth: number }
  | { kind: 'add-field'; at: number; key: string; value: Json };

const hostileStrings = fc.constantFrom(
  '',
  ' ',
  '2020-02-30',
  '2020-13',
  '20200',
  '0000',
  '9999-12-31',
  'a',
  'kataib-hizballah',
  'quds-force',
  'wotr',
  'commands',
  'confirmed',
  '<img src=x onerror=alert(1)>',
  '__proto__',
  'constructor',
  'x'.repeat(600),
  '\u0000\uD800',
);

const jsonValue: fc.Arbitrary<Json> = fc.oneof(
  hostileStrings,
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: jsonValue }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), from: fc.nat() }),
  fc.record({
    kind: fc.constant('nest' as const),
    at: fc.nat(),
    depth: fc.integer({ min: 1, max: 500 }),
  }),
  fc.record({
    kind: fc.constant('add-field' as const),
    at: fc.nat(),
    key: fc.oneof(fc.string(), hostileStrings),
    value: jsonValue,
  }),
);

/** Applies a mutation at one of the tree's paths (chosen by index), in place. */
function mutate(root: { value: Json }, m: Mutation): void {
  const paths = pathsOf(root.value);
  const path = paths[m.at % paths.length]!;
  const parentPath = path.slice(0, -1);
  const key = path.at(-1);
  const parent =
    key === undefined ? null : (getAt(root.value, parentPath) as Record<PathStep, Json>);
  const set = (value: Json) => {
    if (parent && key !== undefined) parent[key] = value;
    else root.value = value;
  };
  const current = getAt(root.value, path);
  switch (m.kind) {
    case 'replace':
      return set(m.value);
    case 'delete':
      if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
      else if (parent && key !== undefined) delete parent[key];
      return;
    case 'duplicate':
      if (Array.isArray(parent) && typeof key === 'number')
        parent.splice(key, 0, structuredClone(current));
      return;
    case 'swap':
      return set(structuredClone(getAt(root.value, paths[m.from % paths.length]!)));
    case 'nest': {
      let nested: Json = current;
      for (let i = 0; i < m.depth; i++) nested = [nested];
      return set(nested);
    }
    case 'add-field':
      if (current !== null && typeof current === 'object' && !Array.isArray(current))
        (current as Record<string, Json>)[m.key] = m.value;
      return;
  }
}

describe('parseDataset on random and mutated input', () => {
  it('never throws on any value', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expectSoundResult(parseDataset(value));
      }),
    );
  });

  it('never throws on the default dataset with random mutations, and loads only sound data', () => {
    const original = readDefaultDatasetJson() as Json;
    const outcomes = { loaded: 0, refused: 0 };
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        const root = { value: structuredClone(original) };
        for (const m of mutations) mutate(root, m);
        const result = parseDataset(root.value);
        expectSoundResult(result);
        outcomes[result.ok ? 'loaded' : 'refused']++;
      }),
      // Each run copies and walks the whole curated dataset: fewer runs, and time to do them.
      { numRuns: 150 },
    );
    // Both branches were exercised: some mutations are harmless, most break the file.
    expect(outcomes.loaded).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  }, 60_000);

  it('never throws on builder datasets with random mutations', () => {
    const base = buildDataset({
      nodes: [node('a'), node('b', { since: '2007', until: '2020-01' })],
      edges: [edge('a', 'commands', 'b'), edge('b', 'trains', 'a')],
      events: [event('ev', { participants: ['a', 'b'], place: 'b' })],
    }) as unknown as Json;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const root = { value: structuredClone(base) };
        for (const m of mutations) mutate(root, m);
        expectSoundResult(parseDataset(root.value));
      }),
      { numRuns: 300 },
    );
  });
});

describe('readJsonDataset on random text', () => {
  it('never throws on arbitrary strings', () => {
    const jsonish = fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      '"',
      ':',
      ',',
      '\\',
      '1',
      'e',
      ' ',
      '\uFEFF',
      '\uD800',
    );
    const text = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.string({ unit: jsonish, maxLength: 400 }),
    );
    fc.assert(fc.property(text, (t) => expectSoundResult(readJsonDataset(t))));
  });

  it('never throws on the default dataset with characters cut, inserted or bracketed', () => {
    const text = JSON.stringify(readDefaultDatasetJson());
    fc.assert(
      fc.property(
        fc.nat({ max: text.length }),
        fc.nat({ max: 50 }),
        fc.oneof(fc.string(), fc.constantFrom('[', '{', '"', '\\', ']]]]', '[[[['.repeat(100))),
        (at, cut, insert) =>
          expectSoundResult(readJsonDataset(text.slice(0, at) + insert + text.slice(at + cut))),
      ),
      { numRuns: 200 },
    );
  }, 60_000);
});

describe('CSV on random input', () => {
  const csvAlphabet = fc.constantFrom(
    'a',
    'b',
    ',',
    '"',
    '\r',
    '\n',
    ';',
    ' ',
    '\uFEFF',
    'é',
    "'",
    '=',
    '-',
    '\t',
  );

  it('parseCsv never throws and keeps rows increasing', () => {
    fc.assert(
      fc.property(fc.string({ unit: csvAlphabet, maxLength: 200 }), (text) => {
        const result = parseCsv(text);
        if (result.ok) {
          const rows = result.records.map((r) => r.row);
          expect(rows).toEqual([...rows].sort((x, y) => x - y));
        } else expect(result.row).toBeGreaterThan(0);
      }),
    );
  });

  it('reads back any grid it writes', () => {
    const cell = fc.oneof(fc.string({ unit: csvAlphabet, maxLength: 12 }), fc.string());
    const grid = fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(grid, (records) => {
        const result = parseCsv(writeCsv(records));
        expect(result.ok && result.records.map((r) => r.cells)).toEqual(records);
      }),
    );
  });

  it('readCsvDataset never throws on grids of plausible and hostile cells', () => {
    const cell = fc.oneof(
      hostileStrings,
      fc.constantFrom(...CONFIDENCE_LEVELS, 'Member of', '2007', '2020-01', 'a|b', ''),
      fc.string({ maxLength: 8 }),
    );
    const rows = fc.array(fc.array(cell, { minLength: 0, maxLength: 9 }), { maxLength: 8 });
    const header = fc.shuffledSubarray([...EDGE_COLUMNS, 'extra'], { minLength: 3 });
    const nodeHeader = fc.shuffledSubarray([...NODE_COLUMNS], { minLength: 1 });
    fc.assert(
      fc.property(
        header,
        rows,
        fc.option(fc.tuple(nodeHeader, rows)),
        (columns, body, nodeList) => {
          const edgesFile = {
            name: 'edges.csv',
            text: writeCsv([columns, ...body.filter((r) => r.length > 0)]),
          };
          const nodesFile = nodeList && {
            name: 'nodes.csv',
            text: writeCsv([nodeList[0], ...nodeList[1].filter((r) => r.length > 0)]),
          };
          expectSoundResult(readCsvDataset(edgesFile, nodesFile ?? undefined));
        },
      ),
    );
  });
});

describe('the view functions on random datasets and view states', () => {
  const ids = ['a', 'b', 'c', 'd', 'e'];
  const id = fc.constantFrom(...ids);
  const relation = fc.constantFrom(...BUILT_IN_RELATIONS.map((r) => r.key), 'unknown_relation');
  const year = fc.integer({ min: 1990, max: 2025 });
  const span = fc.option(fc.tuple(year, year).map(([x, y]) => [Math.min(x, y), Math.max(x, y)]));
  const someText = fc.oneof(
    fc.constantFrom('2010-06-15', '2019-02-30', 'garbage', ''),
    fc.string(),
  );

  /** Valid datasets with self-loops, parallel edges and command cycles among five entities. */
  const dataset: fc.Arbitrary<Dataset> = fc
    .record({
      types: fc.array(fc.constantFrom('organization', 'person', 'place', 'concept'), {
        minLength: ids.length,
        maxLength: ids.length,
      }),
      edges: fc.array(
        fc.record({
          source: id,
          relation,
          target: id,
          span,
          confidence: fc.constantFrom(...CONFIDENCE_LEVELS),
          formal: fc.option(fc.boolean(), { nil: undefined }),
        }),
        { maxLength: 30 },
      ),
      events: fc.array(
        fc.record({ participants: fc.subarray(ids), place: fc.option(id, { nil: undefined }) }),
        {
          maxLength: 3,
        },
      ),
    })
    .map(({ types, edges, events }) => {
      const result = parseDataset(
        buildDataset({
          nodes: ids.map((n, i) => node(n, { type: types[i] })),
          edges: edges.map((e, i) =>
            edge(e.source, e.relation, e.target, {
              id: `e${i}`,
              confidence: e.confidence,
              formal: e.formal,
              evidence: [quote()],
              ...(e.span ? { since: String(e.span[0]), until: String(e.span[1]) } : {}),
            }),
          ),
          events: events.map((ev, i) => event(`ev${i}`, ev)),
        }),
      );
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      return result.dataset;
    });

  const viewState: fc.Arbitrary<ViewState> = fc.record({
    hiddenRelations: fc.subarray([...BUILT_IN_RELATIONS.map((r) => r.key), 'unknown_relation']),
    hiddenEntityTypes: fc.subarray(['organization', 'person', 'place', 'concept', 'ghost']),
    hiddenConfidences: fc.subarray([...CONFIDENCE_LEVELS]),
    hiddenSourcing: fc.subarray(['sourced' as const, 'unsourced' as const]),
    hideIsolated: fc.boolean(),
    asOf: fc.option(someText),
    range: fc.option(fc.record({ from: someText, to: someText })),
    includeUndated: fc.boolean(),
    mode: fc.constantFrom('network' as const, 'command' as const),
    commandChain: fc.constantFrom('de-facto' as const, 'formal' as const),
    focus: fc.option(
      fc.record({ id: fc.oneof(id, fc.string()), hops: fc.constantFrom(1 as const, 2 as const) }),
    ),
    selection: fc.option(
      fc.record({
        kind: fc.constantFrom('node' as const, 'edge' as const, 'event' as const),
        id: fc.oneof(id, fc.constantFrom('ev0', 'ev1', 'e0', 'missing')),
      }),
    ),
    focusStyle: fc.constantFrom('hide' as const, 'dim' as const),
    picked: fc.array(fc.oneof(id, fc.constant('missing')), { maxLength: 4 }),
    highlightChain: fc.boolean(),
    path: fc.option(fc.record({ from: fc.oneof(id, fc.string()), to: fc.oneof(id, fc.string()) })),
    pathTimeOrder: fc.constantFrom('off' as const, 'allow-undated' as const, 'dated-only' as const),
    compare: fc.option(fc.record({ from: someText, to: someText })),
    layout: fc.constantFrom('force' as const, 'hierarchical' as const, 'concentric' as const),
    groupBy: fc.constantFrom(...GROUP_BY),
    collapsedGroups: fc.oneof(fc.constant('all' as const), fc.subarray(['kh', '~type:person'])),
    expandedGroups: fc.subarray(['kh', '~type:person']),
    customGroups: fc.constant([]),
    relationLabels: fc.subarray([...RELATION_FAMILIES]),
    camera: fc.option(
      fc.record({
        zoom: fc.double({ min: 0.01, max: 10, noNaN: true }),
        x: fc.integer({ min: -5000, max: 5000 }),
        y: fc.integer({ min: -5000, max: 5000 }),
      }),
      { nil: null },
    ),
    annotations: fc.constant([]),
  });

  it('computeView and computeHighlight never throw and only show what exists', () => {
    fc.assert(
      fc.property(dataset, viewState, (data, view) => {
        const index = buildGraphIndex(data);
        const graphView = computeView(index, view);
        for (const n of graphView.nodeIds) expect(index.nodesById.has(n)).toBe(true);
        for (const e of graphView.edgeIds) {
          const found = index.edgesById.get(e);
          expect(
            found && graphView.nodeIds.has(found.source) && graphView.nodeIds.has(found.target),
          ).toBe(true);
        }
        const highlight = computeHighlight(index, view, graphView);
        if (highlight)
          for (const e of highlight.edgeIds) expect(graphView.edgeIds.has(e)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

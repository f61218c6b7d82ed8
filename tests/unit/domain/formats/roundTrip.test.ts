/**
 * Our own exports open back to the same dataset: entities, relations, dates, confidence, evidence,
 * attributes, sources, declared types and events, whatever the text holds (markup, quotes, line
 * breaks, tabs, other scripts, leading and trailing spaces). Property-based: fast-check builds
 * random valid datasets and each is written and read back in GraphML, GEXF and JSON.
 *
 * What the formats cannot carry is left out of the generator and documented: characters XML 1.0
 * forbids (control characters, lone surrogates) are dropped on writing; a number written as
 * -0 reads back as 0; an attribute whose values mix types across items is written, and so read
 * back, as text (the last test).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readGexf, writeGexf } from '../../../../src/domain/formats/gexf';
import { readGraphml, writeGraphml } from '../../../../src/domain/formats/graphml';
import { readJsonValue, writeJsonDataset } from '../../../../src/domain/formats/json';
import { BUILT_IN_RELATIONS, RELATION_FAMILIES } from '../../../../src/domain/relations';
import {
  BUILT_IN_ENTITY_TYPES,
  CONFIDENCE_LEVELS,
  parseDataset,
  type Dataset,
  type DatasetInput,
} from '../../../../src/domain/schema';

const CHARACTERS = [
  'a',
  'B',
  'z',
  '0',
  '7',
  ' ',
  ' ',
  '\t',
  '\n',
  '\r',
  '&',
  '<',
  '>',
  '"',
  "'",
  ']]>',
  '--',
  'é',
  'ß',
  'ك',
  'ب',
  '中',
  '😀',
  '…',
  '’',
  '\u00a0',
  '|',
  ',',
  ';',
  '[',
  '{',
  '\\',
  '/',
];

const text = (min = 0, max = 24) =>
  fc.string({ unit: fc.constantFrom(...CHARACTERS), minLength: min, maxLength: max });
const word = text(1, 12);

const idArbitrary = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,11}$/);

const DATES = ['1990', '2001-03', '2004-02-29', '2010', '2015-12', '2020-01-31'];
const datePair = fc
  .tuple(
    fc.option(fc.constantFrom(...DATES), { nil: undefined }),
    fc.option(fc.constantFrom(...DATES), { nil: undefined }),
  )
  .map(([a, b]) => (a && b && a > b ? [b, a] : [a, b]) as [string | undefined, string | undefined]);

type AttributeKind = 'text' | 'number' | 'boolean';
const attributeValue = (kind: AttributeKind): fc.Arbitrary<string | number | boolean> =>
  kind === 'text'
    ? text(0, 20)
    : kind === 'number'
      ? fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0))
      : fc.boolean();

/** Attribute columns of one kind each, as a file declares them. */
const attributeColumns = fc.uniqueArray(
  fc.tuple(word, fc.constantFrom<AttributeKind>('text', 'number', 'boolean')),
  {
    selector: ([name]) => name,
    maxLength: 4,
  },
);

function attributesFor(columns: [string, AttributeKind][]) {
  if (columns.length === 0) return fc.constant(undefined);
  return fc
    .tuple(...columns.map(([, kind]) => fc.option(attributeValue(kind), { nil: undefined })))
    .map((values) => {
      const record: Record<string, string | number | boolean> = {};
      values.forEach((v, i) => {
        if (v !== undefined) record[columns[i]![0]] = v;
      });
      return Object.keys(record).length > 0 ? record : undefined;
    });
}

const datasetArbitrary: fc.Arbitrary<DatasetInput> = fc
  .record({
    nodeIds: fc.uniqueArray(
      idArbitrary.filter((id) => !id.startsWith('edge-')),
      { minLength: 1, maxLength: 6 },
    ),
    sourceIds: fc.uniqueArray(idArbitrary, { maxLength: 3 }),
    extraTypes: fc.uniqueArray(
      idArbitrary.filter((id) => !(BUILT_IN_ENTITY_TYPES as readonly string[]).includes(id)),
      { maxLength: 2 },
    ),
    extraRelations: fc.uniqueArray(
      idArbitrary.filter((k) => !BUILT_IN_RELATIONS.some((r) => r.key === k)),
      { maxLength: 2 },
    ),
    nodeColumns: attributeColumns,
    edgeColumns: attributeColumns,
  })
  .chain(({ nodeIds, sourceIds, extraTypes, extraRelations, nodeColumns, edgeColumns }) => {
    const evidence =
      sourceIds.length === 0
        ? fc.constant([])
        : fc.array(
            fc.record(
              { source: fc.constantFrom(...sourceIds), quote: word, note: text(1, 10) },
              { requiredKeys: ['source', 'quote'] },
            ),
            { maxLength: 2 },
          );
    const types = [...BUILT_IN_ENTITY_TYPES, ...extraTypes];
    const relationKeys = [
      ...BUILT_IN_RELATIONS.map((r) => r.key).slice(0, 5),
      ...extraRelations,
      'undeclared_key',
    ];
    const node = (id: string) =>
      fc
        .record({
          type: fc.constantFrom(...types),
          label: word,
          aliases: fc.array(word, { maxLength: 2 }),
          summary: fc.option(text(1, 30), { nil: undefined }),
          dates: datePair,
          tags: fc.array(word, { maxLength: 2 }),
          evidence,
          attributes: attributesFor(nodeColumns),
        })
        .map(({ dates: [since, until], ...rest }) => ({ id, since, until, ...rest }));
    const edge = (i: number) =>
      fc
        .record({
          id: fc.constant(`edge-${i}`),
          source: fc.constantFrom(...nodeIds),
          target: fc.constantFrom(...nodeIds),
          relation: fc.constantFrom(...relationKeys),
          label: fc.option(word, { nil: undefined }),
          dates: datePair,
          confidence: fc.constantFrom(...CONFIDENCE_LEVELS),
          formal: fc.option(fc.boolean(), { nil: undefined }),
          evidence,
          attributes: attributesFor(edgeColumns),
        })
        .map(({ dates: [since, until], ...rest }) => ({ since, until, ...rest }));
    return fc.record({
      schemaVersion: fc.constant(1 as const),
      title: word,
      description: text(0, 30),
      sources: fc.tuple(
        ...sourceIds.map((id) =>
          fc.record(
            {
              id: fc.constant(id),
              title: word,
              publisher: word,
              url: fc.constant('https://example.org/a?b=c&d=e'),
              published: fc.constantFrom(...DATES),
              author: word,
            },
            { requiredKeys: ['id', 'title', 'publisher'] },
          ),
        ),
      ),
      entityTypes: fc.constant(extraTypes.map((id) => ({ id, label: `Type ${id}` }))),
      relationTypes: fc.constant(
        extraRelations.map((key, i) => ({
          key,
          label: `${key} label`,
          inverseLabel: `${key} inverse`,
          family: RELATION_FAMILIES[i % RELATION_FAMILIES.length]!,
          superior: 'none' as const,
          description: '',
        })),
      ),
      nodes: fc.tuple(...nodeIds.map(node)),
      edges: fc
        .integer({ min: 0, max: 6 })
        .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => edge(i)))),
      events: fc
        .array(
          fc.record({
            id: idArbitrary,
            title: word,
            date: fc.constantFrom(...DATES),
            participants: fc.subarray(nodeIds),
            evidence,
          }),
          { maxLength: 2 },
        )
        .map((events) => events.filter((e, i) => events.findIndex((x) => x.id === e.id) === i)),
    }) as fc.Arbitrary<DatasetInput>;
  });

function valid(input: DatasetInput): Dataset {
  const result = parseDataset(input);
  if (!result.ok)
    throw new Error(`generator made an invalid dataset: ${JSON.stringify(result.errors)}`);
  return result.dataset;
}

function readBack(result: ReturnType<typeof readGraphml>): Dataset {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.dataset;
}

describe('our exports open back to the same dataset', () => {
  it.each([
    ['GraphML', (d: Dataset) => readGraphml('x.graphml', writeGraphml(d))],
    ['GEXF', (d: Dataset) => readGexf('x.gexf', writeGexf(d))],
    ['JSON', (d: Dataset) => readJsonValue('x.json', writeJsonDataset(d))],
  ])(
    '%s',
    (_format, roundTrip) => {
      fc.assert(
        fc.property(datasetArbitrary, (input) => {
          const dataset = valid(input);
          expect(readBack(roundTrip(dataset))).toEqual(dataset);
        }),
        { numRuns: 100 },
      );
    },
    60_000,
  );

  it('writes an attribute whose values mix types as text, and reads it back as text', () => {
    const dataset = valid({
      schemaVersion: 1,
      title: 'mixed',
      nodes: [
        { id: 'a', type: 'person', label: 'A', attributes: { score: 3 } },
        { id: 'b', type: 'person', label: 'B', attributes: { score: 'high' } },
      ],
      edges: [],
    });
    for (const read of [readGraphml('x', writeGraphml(dataset)), readGexf('x', writeGexf(dataset))])
      expect(readBack(read).nodes.map((n) => n.attributes)).toEqual([
        { score: '3' },
        { score: 'high' },
      ]);
  });
});

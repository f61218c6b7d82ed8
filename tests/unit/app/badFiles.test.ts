/**
 * The corpus of broken files under tests/fixtures/bad/: each one is refused with its own readable
 * message, and the dataset already loaded stays. Every file there must have a row here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDatasetValue } from '../../../src/app/loadDatasetValue';
import { loadDatasetText } from '../../../src/app/openDataset';
import { parseDataset } from '../../../src/domain/schema';
import { createLinkboardStore } from '../../../src/store/store';
import { buildDataset, node } from '../../helpers/datasetBuilder';

const BAD = resolve(process.cwd(), 'tests/fixtures/bad');

/** file → the alert's title after "Could not load <file> as <format>: ", and its first detail line. */
const EXPECTED: Record<string, { title: string; detail: string | RegExp }> = {
  'not-json.json': { title: 'it is not valid JSON', detail: /JSON/ },
  'empty.json': { title: 'it is not valid JSON', detail: /end of JSON input/ },
  'not-an-object.json': { title: '1 problem', detail: '$: must be a dataset object, not a list' },
  'wrong-version.json': {
    title: '1 problem',
    detail:
      '$.schemaVersion: is 99: the file was written by a newer Linkboard (this one reads versions up to 1)',
  },
  'duplicate-ids.json': {
    title: '1 problem',
    detail: '$.nodes[1].id: duplicate id "a" (first used at nodes[0])',
  },
  'dangling-edge.json': { title: '1 problem', detail: '$.edges[0].target: unknown entity "ghost"' },
  'bad-date.json': {
    title: '1 problem',
    detail: '$.nodes[0].since: must be a partial ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD',
  },
  'unknown-type.json': {
    title: '1 problem',
    detail: /^\$\.nodes\[0\]\.type: unknown entity type "vehicle"/,
  },
  'missing-quote.csv': {
    title: '1 problem',
    detail:
      'row 3, column quote: is empty: every source needs the verbatim quote it supports (leave both empty for an unsourced relation)',
  },
  'bad-confidence.csv': {
    title: '1 problem',
    detail: 'row 2, column confidence: must be one of: confirmed, reported, claimed, suspected',
  },
  'bad-date.csv': {
    title: '1 problem',
    detail: 'row 2, column until: must be a partial ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD',
  },
  'unclosed-quote.csv': {
    title: 'it could not be read as CSV',
    detail: 'row 2: a quoted field is never closed',
  },
};

function storeWithGoodDataset() {
  const store = createLinkboardStore();
  loadDatasetValue(store, buildDataset({ nodes: [node('a'), node('b')] }), 'good.json');
  return store;
}

describe('the corpus of bad files', () => {
  it('has an expected message for every file', () => {
    expect(readdirSync(BAD).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`refuses ${file} with a readable alert and keeps the loaded graph`, async () => {
      const store = storeWithGoodDataset();
      const before = store.getState().dataset;
      expect(await loadDatasetText(store, readFileSync(resolve(BAD, file), 'utf8'), file)).toBe(
        false,
      );
      expect(store.getState().dataset).toBe(before);
      const notice = store.getState().notices.at(-1);
      expect(notice?.level).toBe('error');
      const format = file.endsWith('.csv') ? 'CSV' : 'Linkboard JSON';
      expect(notice?.title).toBe(`Could not load ${file} as ${format}: ${expected.title}`);
      if (typeof expected.detail === 'string') expect(notice?.details[0]).toBe(expected.detail);
      else expect(notice?.details[0]).toMatch(expected.detail);
    });
  }

  it('refuses a million nested lists quickly, without overflowing the stack', async () => {
    const store = storeWithGoodDataset();
    const depth = 1_000_000;
    const text = `{"schemaVersion":1,"title":"deep","nodes":${'['.repeat(depth)}${']'.repeat(depth)},"edges":[]}`;
    expect(await loadDatasetText(store, text, 'deep-nesting.json')).toBe(false);
    expect(store.getState().notices.at(-1)).toMatchObject({
      title: 'Could not load deep-nesting.json as Linkboard JSON: it is nested too deeply',
      details: [
        expect.stringMatching(/^\$: lists or objects are nested more than 200 levels deep/),
      ],
    });
  });

  it('lists the first five problems and says how many more', () => {
    const store = storeWithGoodDataset();
    const nodes = Array.from({ length: 8 }, (_, i) => node(`n${i}`, { since: 'soon' }));
    expect(loadDatasetValue(store, buildDataset({ nodes }), 'many.json')).toBe(false);
    const notice = store.getState().notices.at(-1);
    expect(notice?.title).toBe('Could not load many.json: 8 problems');
    expect(notice?.details).toHaveLength(6);
    expect(notice?.details[0]).toMatch(/^\$\.nodes\[0\]\.since: /);
    expect(notice?.details[5]).toBe('…and 3 more');
  });
});

describe('files that load as unsourced rather than refused', () => {
  it('loads a relation without evidence, and the strict mode refuses it', async () => {
    const store = storeWithGoodDataset();
    const text = readFileSync(
      resolve(process.cwd(), 'tests/fixtures/unsourced-relation.json'),
      'utf8',
    );
    expect(await loadDatasetText(store, text, 'unsourced-relation.json')).toBe(true);
    expect(store.getState().dataset?.edges[0]?.evidence).toEqual([]);
    expect(parseDataset(JSON.parse(text), { requireEvidence: true })).toMatchObject({
      ok: false,
      errors: [
        { path: '$.nodes[0].evidence', message: 'needs at least one quote (evidence is required)' },
        { path: '$.nodes[1].evidence', message: 'needs at least one quote (evidence is required)' },
        { path: '$.edges[0].evidence', message: 'needs at least one quote (evidence is required)' },
      ],
    });
  });
});

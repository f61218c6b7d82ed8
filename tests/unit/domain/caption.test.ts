import { describe, expect, it } from 'vitest';
import {
  buildCaption,
  describeSources,
  describeTime,
  fileNameOf,
  MAX_SLUG_LENGTH,
  slugify,
} from '../../../src/domain/caption';
import { buildGraphIndex } from '../../../src/domain/graphIndex';
import { parseDataset, type Dataset, type DatasetInput } from '../../../src/domain/schema';
import { computeView } from '../../../src/domain/view';
import { getDefaultViewState, type ViewState } from '../../../src/domain/viewState';
import { buildDataset, edge, node, TEST_SOURCE } from '../../helpers/datasetBuilder';
import { loadDefaultDataset } from '../../helpers/defaultDataset';

function parsed(input: DatasetInput): Dataset {
  const result = parseDataset(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.dataset;
}

const dataset = parsed(
  buildDataset({
    title: 'Militias of Iraq',
    sources: [
      TEST_SOURCE,
      { id: 'wotr', title: 'The Still-Growing Threat', publisher: 'War on the Rocks' },
    ],
    nodes: [
      node('kh', { label: "Kata'ib Hizballah" }),
      node('qf', { label: 'Quds Force' }),
      node('chief', { type: 'person', label: 'Chief' }),
      node('camp', { type: 'place', label: 'Camp' }),
      node('loner', { label: 'Loner' }),
    ],
    edges: [
      edge('qf', 'controls', 'kh', {
        id: 'e1',
        evidence: [{ source: 'wotr', quote: 'controls' }],
      }),
      edge('qf', 'arms', 'kh', { id: 'e2', confidence: 'reported' }),
      edge('qf', 'trains', 'kh', { id: 'e3', confidence: 'suspected', since: '2010' }),
      edge('chief', 'leads', 'kh', { id: 'e4', since: '2007', until: '2020-01' }),
      edge('kh', 'operates_in', 'camp', { id: 'e5', confidence: 'claimed' }),
    ],
  }),
);
const index = buildGraphIndex(dataset);

function captionOf(patch: Partial<ViewState> = {}, title?: string) {
  const view = { ...getDefaultViewState(), ...patch };
  return buildCaption({ dataset, view, graphView: computeView(index, view), title });
}

describe('buildCaption', () => {
  it('describes the unfiltered view with the dataset title and every source used', () => {
    expect(captionOf()).toEqual({
      title: 'Militias of Iraq',
      subtitle: 'All dates · 5 of 5 entities, 5 of 5 relations',
      filters: '',
      footer:
        'Sources: Test publisher, “Test source”; War on the Rocks, “The Still-Growing Threat”',
      fileStem: 'linkboard-militias-of-iraq-all-dates',
    });
  });

  it('summarises hidden relation types, confidences, the command view and a focus', () => {
    const caption = captionOf({
      hiddenRelations: ['trains', 'arms'],
      hiddenConfidences: ['claimed', 'suspected'],
      mode: 'command',
      focus: { id: 'kh', hops: 2 },
    });
    expect(caption.filters).toBe(
      "Command view (de facto) · Focus: 2 hops around Kata'ib Hizballah · Hidden relation types: arms, trains · Only confirmed and reported",
    );
  });

  it('names the formal chain, hidden entity types and a one-hop focus', () => {
    const caption = captionOf({
      mode: 'command',
      commandChain: 'formal',
      hiddenEntityTypes: ['place', 'person'],
      focus: { id: 'qf', hops: 1 },
    });
    expect(caption.filters).toBe(
      'Command view (formal) · Focus: 1 hop around Quds Force · Hidden entity types: person, place',
    );
  });

  it('leaves out a focus that the view does not apply because its entity is hidden', () => {
    const caption = captionOf({ hiddenEntityTypes: ['person'], focus: { id: 'chief', hops: 1 } });
    expect(caption.filters).toBe('Hidden entity types: person');
  });

  it('counts what is visible and cites only the sources behind it', () => {
    const caption = captionOf({ hiddenRelations: ['controls'], hideIsolated: true });
    expect(caption.subtitle).toBe('All dates · 4 of 5 entities, 4 of 5 relations');
    expect(caption.filters).toBe('Hidden relation types: controls · Unconnected entities hidden');
    expect(caption.footer).toBe('Source: Test publisher, “Test source”');
  });

  it('puts the as-of date in the subtitle and the file name, and says when undated relations are hidden', () => {
    const caption = captionOf({ asOf: '2019-05-14', includeUndated: false });
    expect(caption.subtitle).toBe('As of 14 May 2019 · 5 of 5 entities, 2 of 5 relations');
    expect(caption.filters).toBe('Undated relations hidden');
    expect(caption.fileStem).toBe('linkboard-militias-of-iraq-2019-05-14');
  });

  it('describes a period in order even when given backwards', () => {
    const caption = captionOf({ range: { from: '2012-12', to: '2008' } });
    expect(caption.subtitle).toMatch(/^Active between 2008 and December 2012 · /);
    expect(fileNameOf(caption, 'png')).toBe('linkboard-militias-of-iraq-2008-to-2012-12.png');
  });

  it('uses the title the user typed, and the dataset title when it is blank', () => {
    expect(captionOf({}, '  Briefing: KH / PMF  ').title).toBe('Briefing: KH / PMF');
    expect(captionOf({}, '  Briefing: KH / PMF  ').fileStem).toBe(
      'linkboard-briefing-kh-pmf-all-dates',
    );
    expect(captionOf({}, '   ').title).toBe('Militias of Iraq');
  });

  it('names the default dataset and its article', () => {
    const real = loadDefaultDataset();
    const view = getDefaultViewState();
    const caption = buildCaption({
      dataset: real,
      view,
      graphView: computeView(buildGraphIndex(real), view),
    });
    expect(caption.footer).toBe(
      "Source: War on the Rocks, “The Still-Growing Threat of Iran's Chosen Proxy in Iraq”",
    );
    expect(fileNameOf(caption, 'png')).toBe(
      'linkboard-kataib-hizballah-irans-chosen-proxy-in-iraq-all-dates.png',
    );
  });
});

describe('describeTime', () => {
  it('ignores dates the view cannot parse, as the view does', () => {
    expect(describeTime({ asOf: 'yesterday', range: null })).toEqual({
      text: 'All dates',
      slug: 'all-dates',
    });
    expect(describeTime({ asOf: '2015', range: { from: 'x', to: '2016' } }).text).toBe(
      'As of 2015',
    );
  });
});

describe('a comparison of two dates', () => {
  const dated = parsed(
    buildDataset({
      nodes: [node('a'), node('b')],
      edges: [
        edge('a', 'supports', 'b', { id: 'began', since: '2019-03' }),
        edge('a', 'arms', 'b', { id: 'ended', since: '2010', until: '2019-06' }),
        edge('a', 'leads', 'b', { id: 'always', since: '2010' }),
      ],
    }),
  );
  const view = { ...getDefaultViewState(), compare: { from: '2019-01', to: '2019-12' } };

  it('names the two dates, as written, and the file after them', () => {
    expect(describeTime(view)).toEqual({
      text: 'What changed from January 2019 to December 2019',
      slug: 'changes-2019-01-to-2019-12',
    });
  });

  it('counts what changed in the subtitle, and says the rest is dimmed', () => {
    const caption = buildCaption({
      dataset: dated,
      view,
      graphView: computeView(buildGraphIndex(dated), view),
    });
    expect(caption.subtitle).toBe(
      'What changed from January 2019 to December 2019 · 1 appeared, 1 ended, 0 began and ended; the rest dimmed · 2 of 2 entities, 3 of 3 relations',
    );
    expect(fileNameOf(caption, 'png')).toBe(
      'linkboard-test-dataset-changes-2019-01-to-2019-12.png',
    );
  });
});

describe('describeSources', () => {
  it('adds author and date when known, and shortens long lists', () => {
    const source = (i: number) => ({
      id: `s${i}`,
      title: `Title ${i}`,
      publisher: `P${i}`,
      author: 'A. Writer',
      published: '2020-09',
    });
    expect(describeSources([source(1)])).toBe('Source: P1, “Title 1” (A. Writer, September 2020)');
    expect(describeSources([1, 2, 3, 4, 5, 6].map(source))).toMatch(/; and 2 more$/);
    expect(describeSources([])).toBe('');
  });
});

describe('slugify', () => {
  it('keeps lowercase ascii words joined by single hyphens', () => {
    expect(slugify('Ça va? Ünïcödé — “quoted”')).toBe('ca-va-unicode-quoted');
  });

  it('makes hostile titles safe as file names', () => {
    for (const hostile of [
      '../../etc/passwd',
      'C:\\Windows\\system32',
      '<img src=x onerror=alert(1)>',
      'a\u0000b\u202Ec\nd',
      '   ',
      '💣💥',
    ]) {
      const slug = slugify(hostile);
      expect(slug).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/);
    }
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
  });

  it('bounds the length and cuts at a word boundary', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toMatch(/^(word-)*word$/);
    expect(slugify('x'.repeat(200)).length).toBe(MAX_SLUG_LENGTH);
  });

  it('falls back to "graph" in the file name when the title has no letters to keep', () => {
    const view = getDefaultViewState();
    const caption = buildCaption({
      dataset,
      view,
      graphView: computeView(index, view),
      title: '🚀🚀',
    });
    expect(caption.fileStem).toBe('linkboard-graph-all-dates');
  });
});

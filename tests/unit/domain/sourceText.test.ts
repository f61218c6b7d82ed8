import { describe, expect, it } from 'vitest';
import { isQuoteInSource, normaliseForQuoteMatch, prepareSource } from '../../../src/domain/quotes';
import {
  joinFragments,
  locateQuote,
  nextUncharted,
  normaliseWithOrigin,
  paragraphSegments,
  prepareParagraphs,
  readSource,
  splitIntoMarks,
  splitParagraphs,
  trimSelection,
  type EvidenceRef,
} from '../../../src/domain/sourceText';
import { buildParsedDataset, edge, node } from '../../helpers/datasetBuilder';
import { loadDefaultDataset, readDefaultSourceTexts } from '../../helpers/defaultDataset';

const TEXT =
  '  He said: “Kata’ib Hizballah and its allies … will fight.”\n\nThen   he left.\n' +
  'The group marched on the residence of the prime minister.\n \n\n' +
  'Later the fighters returned to their base near the border.\n';

/** The text a located range covers, as the reader sees it. */
function covered(text: string, range: { start: number; end: number }): string {
  return text.slice(range.start, range.end);
}

describe('paragraphs of a source', () => {
  it('splits at blank lines, as the validator does, keeping offsets into the text', () => {
    const paragraphs = splitParagraphs(TEXT);
    expect(paragraphs.map((p) => p.text)).toEqual([
      'He said: “Kata’ib Hizballah and its allies … will fight.”',
      'Then   he left.\nThe group marched on the residence of the prime minister.',
      'Later the fighters returned to their base near the border.',
    ]);
    for (const p of paragraphs) expect(TEXT.slice(p.start, p.end)).toBe(p.text);
    expect(paragraphs.map((p) => p.index)).toEqual([0, 1, 2]);
    expect(paragraphs.length).toBe(prepareSource(TEXT).paragraphs.length);
  });

  it('drops paragraphs of white space only', () => {
    expect(splitParagraphs('\n\n \n\nOne.\n\n\u00A0\n\nTwo.').map((p) => p.text)).toEqual([
      'One.',
      'Two.',
    ]);
    expect(splitParagraphs('')).toEqual([]);
  });

  it('normalises as the validator does and remembers where each character came from', () => {
    const raw = ' “Kata’ib”\n  and\u00A0 its ';
    const { text, origin } = normaliseWithOrigin(raw);
    expect(text).toBe(normaliseForQuoteMatch(raw));
    expect(origin).toHaveLength(text.length);
    expect(raw[origin[text.indexOf('K')]!]).toBe('K');
    expect(raw[origin[text.indexOf("'")]!]).toBe('’');
  });
});

describe('locating quotes', () => {
  const source = prepareParagraphs(TEXT);

  it('finds a whole quote with straight quotes in text with curly ones', () => {
    const at = locateQuote(source, "Kata'ib Hizballah and its allies");
    expect(at?.paragraph).toBe(0);
    expect(covered(source.paragraphs[0]!.text, at!.ranges[0]!)).toBe(
      'Kata’ib Hizballah and its allies',
    );
  });

  it('maps a quote with folded white space back to the text as written', () => {
    const at = locateQuote(source, 'Then he left. The group marched');
    expect(at?.paragraph).toBe(1);
    expect(covered(source.paragraphs[1]!.text, at!.ranges[0]!)).toBe(
      'Then   he left.\nThe group marched',
    );
  });

  it('matches an ellipsis the source prints as written', () => {
    const at = locateQuote(source, 'its allies … will fight');
    expect(at?.ranges).toHaveLength(1);
  });

  it('finds each fragment of a quote joined by …, in order, in one paragraph', () => {
    const at = locateQuote(source, 'The group marched on … residence of the prime minister');
    expect(at?.paragraph).toBe(1);
    expect(at!.ranges.map((r) => covered(source.paragraphs[1]!.text, r))).toEqual([
      'The group marched on',
      'residence of the prime minister',
    ]);
  });

  it('refuses what the validator refuses: short fragments, wrong order, across paragraphs', () => {
    expect(locateQuote(source, 'The group … minister')).toBeNull();
    expect(
      locateQuote(source, 'residence of the prime minister … The group marched on'),
    ).toBeNull();
    expect(locateQuote(source, 'Then he left. The group … returned to their base near')).toBeNull();
    expect(locateQuote(source, 'not in the text at all')).toBeNull();
    expect(locateQuote(source, ' … ')).toBeNull();
  });

  it('agrees with the validator on every quote of the default dataset', () => {
    const dataset = loadDefaultDataset();
    const texts = readDefaultSourceTexts(dataset);
    let checked = 0;
    for (const [id, text] of texts) {
      const paragraphs = prepareParagraphs(text);
      const prepared = prepareSource(text);
      for (const item of [...dataset.nodes, ...dataset.edges, ...dataset.events])
        for (const e of item.evidence) {
          if (e.source !== id) continue;
          const at = locateQuote(paragraphs, e.quote);
          expect(at !== null).toBe(isQuoteInSource(e.quote, prepared));
          if (!at) continue;
          checked += 1;
          const paragraph = paragraphs.paragraphs[at.paragraph]!.text;
          const shown = at.ranges.map((r) => normaliseForQuoteMatch(covered(paragraph, r)));
          const whole = normaliseForQuoteMatch(e.quote);
          expect(shown.join(' … ') === whole || shown[0] === whole).toBe(true);
        }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('highlights and coverage', () => {
  const ref = (id: string, index = 0): EvidenceRef => ({ target: { kind: 'entity', id }, index });

  it('cuts overlapping quotes into stretches that know every quote over them', () => {
    const a = ref('a');
    const b = ref('b');
    const marks = splitIntoMarks([
      { range: { start: 0, end: 10 }, ref: a },
      { range: { start: 5, end: 20 }, ref: b },
    ]);
    expect(marks).toEqual([
      { start: 0, end: 5, refs: [a] },
      { start: 5, end: 10, refs: [a, b] },
      { start: 10, end: 20, refs: [b] },
    ]);
  });

  it('leaves gaps between separate quotes unmarked', () => {
    const marks = splitIntoMarks([
      { range: { start: 0, end: 3 }, ref: ref('a') },
      { range: { start: 6, end: 9 }, ref: ref('b') },
    ]);
    expect(marks.map((m) => [m.start, m.end])).toEqual([
      [0, 3],
      [6, 9],
    ]);
  });

  it('reads a source against the dataset: marks, charted paragraphs, quotes not found', () => {
    const text =
      'The group marched on the residence of the prime minister.\n\n' +
      'Nobody quotes this paragraph at all.\n\n' +
      'Later the fighters returned to their base near the border.';
    const dataset = buildParsedDataset({
      sources: [{ id: 'art', title: 'Article', publisher: 'P' }],
      nodes: [
        node('group', { evidence: [{ source: 'art', quote: 'The group marched' }] }),
        node('base', {
          evidence: [
            { source: 'art', quote: 'their base near the border' },
            { source: 'art', quote: 'a sentence the article never wrote' },
          ],
        }),
      ],
      edges: [
        edge('group', 'based_in', 'base', {
          evidence: [
            { source: 'art', quote: 'Later the fighters returned … their base near the border' },
          ],
        }),
      ],
    });
    const reading = readSource(dataset, 'art', prepareParagraphs(text));
    expect(reading.charted).toEqual([true, false, true]);
    expect(reading.chartedCount).toBe(2);
    expect(reading.unlocated).toEqual([{ target: { kind: 'entity', id: 'base' }, index: 1 }]);
    const third = reading.marks[2]!;
    const overlap = third.find((m) => m.refs.length === 2)!;
    expect(text.split('\n\n')[2]!.slice(overlap.start, overlap.end)).toBe(
      'their base near the border',
    );
    expect(readSource(dataset, 'other', prepareParagraphs(text)).chartedCount).toBe(0);
  });

  it('moves to the next paragraph nothing quotes, wrapping round', () => {
    const charted = [true, false, true, false];
    expect(nextUncharted(charted, -1)).toBe(1);
    expect(nextUncharted(charted, 1)).toBe(3);
    expect(nextUncharted(charted, 3)).toBe(1);
    expect(nextUncharted([true, true], 0)).toBeNull();
    expect(nextUncharted([], 0)).toBeNull();
  });
});

describe('capturing a selection', () => {
  it('trims white space from a selection and keeps it inside the paragraph', () => {
    const paragraph = 'One two  three.';
    expect(trimSelection(paragraph, { start: 3, end: 9 })).toEqual({ start: 4, end: 7 });
    expect(trimSelection(paragraph, { start: 7, end: 9 })).toBeNull();
    expect(trimSelection(paragraph, { start: -4, end: 400 })).toEqual({ start: 0, end: 15 });
  });

  it('joins fragments with an ellipsis that the validator reads as fragments', () => {
    const quote = joinFragments(['The group marched on', 'residence of the prime minister']);
    expect(quote).toBe('The group marched on … residence of the prime minister');
    expect(isQuoteInSource(quote, prepareSource(TEXT))).toBe(true);
  });
});

describe('drawing a paragraph', () => {
  const a: EvidenceRef = { target: { kind: 'relation', id: 'r' }, index: 0 };

  it('covers the whole paragraph, cut at marks and at the passage asked for', () => {
    const segments = paragraphSegments(
      20,
      [{ start: 5, end: 10, refs: [a] }],
      [{ start: 8, end: 15 }],
    );
    expect(segments.map((s) => [s.start, s.end, s.refs.length, s.emphasised])).toEqual([
      [0, 5, 0, false],
      [5, 8, 1, false],
      [8, 10, 1, true],
      [10, 15, 0, true],
      [15, 20, 0, false],
    ]);
  });

  it('is one plain stretch without marks, and nothing for an empty paragraph', () => {
    expect(paragraphSegments(7, [])).toEqual([{ start: 0, end: 7, refs: [], emphasised: false }]);
    expect(paragraphSegments(0, [])).toEqual([]);
  });
});

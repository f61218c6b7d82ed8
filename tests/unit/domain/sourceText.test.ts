import { describe, expect, it } from 'vitest';
import { isQuoteInSource, normaliseForQuoteMatch, prepareSource } from '../../../src/domain/quotes';
import {
  isHeading,
  joinFragments,
  locateQuote,
  nextUncharted,
  normaliseWithOrigin,
  paragraphSegments,
  prepareParagraphs,
  readSource,
  splitIntoMarks,
  splitParagraphs,
  splitSentences,
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

  it('walks to the next uncharted sentence after a place, wrapping round', () => {
    const at = (paragraph: number, start: number) => ({ paragraph, start, end: start + 10 });
    const uncharted = [at(1, 0), at(1, 40), at(3, 12)];
    expect(nextUncharted(uncharted, null)).toEqual(at(1, 0));
    expect(nextUncharted(uncharted, { paragraph: 1, start: 0 })).toEqual(at(1, 40));
    expect(nextUncharted(uncharted, { paragraph: 1, start: 40 })).toEqual(at(3, 12));
    // From a paragraph (a highlight chosen in it, start -1 for its beginning) to what follows.
    expect(nextUncharted(uncharted, { paragraph: 2, start: -1 })).toEqual(at(3, 12));
    expect(nextUncharted(uncharted, { paragraph: 1, start: 20 })).toEqual(at(1, 40));
    expect(nextUncharted(uncharted, { paragraph: 3, start: 12 })).toEqual(at(1, 0));
    expect(nextUncharted([], { paragraph: 0, start: 0 })).toBeNull();
  });
});

describe('sentences and headings', () => {
  it('splits a paragraph into sentences, not after initials and common abbreviations', () => {
    const paragraph =
      'Gen. Soleimani met them at the U.S. Embassy in 2019. Was it a plan? “Yes,” he said.  ' +
      'Mr. Smith left. Then, nothing.';
    const sentences = splitSentences(paragraph).map((r) => paragraph.slice(r.start, r.end));
    expect(sentences).toEqual([
      'Gen. Soleimani met them at the U.S. Embassy in 2019.',
      'Was it a plan?',
      '“Yes,” he said.',
      'Mr. Smith left.',
      'Then, nothing.',
    ]);
    expect(splitSentences('  ')).toEqual([]);
  });

  it('counts a short paragraph that ends no sentence as a heading or byline', () => {
    expect(isHeading('The Secretive Legion')).toBe(true);
    expect(isHeading('Source » warontherocks')).toBe(true);
    expect(isHeading('The Ideological Battle: In Search of a Faqih')).toBe(true);
    expect(isHeading('They left.')).toBe(false);
    expect(isHeading('He said it was “over”')).toBe(true);
    expect(isHeading('“It is over,” he said.”')).toBe(false);
    const long = 'a heading of twelve words or more is body text even with no stop';
    expect(isHeading(long)).toBe(false);
  });

  it('counts the sentences no quote touches in the paragraphs that are not headings', () => {
    const text =
      'A Heading\n\n' +
      'The group marched on the residence. Nobody quotes this sentence at all. Short one.\n\n' +
      'Nobody quotes this paragraph at all. Nor this second sentence of it.';
    const dataset = buildParsedDataset({
      sources: [{ id: 'art', title: 'Article', publisher: 'P' }],
      nodes: [node('group', { evidence: [{ source: 'art', quote: 'marched on' }] })],
    });
    const reading = readSource(dataset, 'art', prepareParagraphs(text));
    expect(reading.headings).toEqual([true, false, false]);
    expect([reading.chartedCount, reading.countedCount]).toEqual([1, 2]);
    // "Short one." has fewer than four words: not a sentence to stop at.
    expect(reading.sentenceCount).toBe(4);
    const paragraphs = reading.paragraphs;
    expect(
      reading.unchartedSentences.map((u) => paragraphs[u.paragraph]!.text.slice(u.start, u.end)),
    ).toEqual([
      'Nobody quotes this sentence at all.',
      'Nobody quotes this paragraph at all.',
      'Nor this second sentence of it.',
    ]);
  });

  it('leaves about sixty sentences of the default article uncharted, none of them headings', () => {
    const dataset = loadDefaultDataset();
    const text = readDefaultSourceTexts(dataset).get('wotr')!;
    const reading = readSource(dataset, 'wotr', prepareParagraphs(text));
    const headings = reading.paragraphs.filter((_, i) => reading.headings[i]).map((p) => p.text);
    expect(headings).toContain('The Secretive Legion');
    expect(headings).toContain('Source » warontherocks');
    expect(headings.length).toBeLessThan(10);
    expect(reading.unchartedSentences.length).toBeGreaterThan(20);
    for (const u of reading.unchartedSentences) {
      expect(reading.headings[u.paragraph]).toBe(false);
      const sentence = reading.paragraphs[u.paragraph]!.text.slice(u.start, u.end);
      expect(sentence.split(/\s+/).length).toBeGreaterThanOrEqual(4);
      // No quote touches it.
      expect(reading.marks[u.paragraph]!.some((m) => m.start < u.end && m.end > u.start)).toBe(
        false,
      );
    }
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
    expect(paragraphSegments(7, [])).toEqual([
      { start: 0, end: 7, refs: [], emphasised: false, inSentence: false },
    ]);
    expect(paragraphSegments(0, [])).toEqual([]);
  });
});

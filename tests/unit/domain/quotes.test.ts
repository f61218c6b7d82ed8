import { describe, expect, it } from 'vitest';
import {
  countUncheckedQuotes,
  countWords,
  findUnverifiedQuotes,
  isQuoteInSource,
  prepareSource,
} from '../../../src/domain/quotes';
import { parseDataset, type Dataset, type DatasetInput } from '../../../src/domain/schema';
import { buildDataset, node } from '../../helpers/datasetBuilder';

const TEXT =
  'He said: “Kata’ib Hizballah and its allies … will fight.”\n\nThen   he left.\n' +
  'The group marched on the residence of the prime minister.\n\n' +
  'Later the fighters returned to their base near the border.';
const source = prepareSource(TEXT);

function parsed(input: DatasetInput): Dataset {
  const result = parseDataset(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.dataset;
}

describe('verbatim quotes', () => {
  it('matches curly and straight quotes alike', () => {
    expect(isQuoteInSource("Kata'ib Hizballah and its allies", source)).toBe(true);
    expect(isQuoteInSource('said: "Kata’ib', source)).toBe(true);
  });

  it('folds white space, a single line break included', () => {
    expect(isQuoteInSource('Then he left. The group marched', source)).toBe(true);
  });

  it('rejects altered wording', () => {
    expect(isQuoteInSource('Kataib Hizballah and its allies', source)).toBe(false);
    expect(isQuoteInSource('…', source)).toBe(false);
    expect(isQuoteInSource('  ', source)).toBe(false);
  });

  it('matches an ellipsis the source itself prints, as written', () => {
    expect(isQuoteInSource('“Kata’ib Hizballah and its allies … will fight.”', source)).toBe(true);
  });
});

describe('fragments joined by …', () => {
  it('are found in order within one paragraph', () => {
    expect(isQuoteInSource('The group marched on … of the prime minister.', source)).toBe(true);
    expect(isQuoteInSource('of the prime minister. … The group marched on', source)).toBe(false);
  });

  it('must each run at least four words', () => {
    // "Then he left" is in the paragraph, but a three-word fragment could be stitched from anywhere.
    expect(isQuoteInSource('Then he left. … the residence of the prime minister.', source)).toBe(
      false,
    );
    expect(
      isQuoteInSource('Then he left. The … the residence of the prime minister.', source),
    ).toBe(true);
  });

  it('must not be stitched across paragraphs', () => {
    // Both fragments are in the text, in order, but in different paragraphs.
    expect(isQuoteInSource('The group marched on the … returned to their base near', source)).toBe(
      false,
    );
    // Nor may a quote without … run over a paragraph break.
    expect(isQuoteInSource('will fight.” Then he left.', source)).toBe(false);
  });

  it('count words, not quotation marks', () => {
    expect(countWords('“ The resistance’s arms')).toBe(3);
    expect(countWords('will not be handed')).toBe(4);
  });
});

describe('quotes checked against the source they name', () => {
  const dataset = parsed({
    ...buildDataset({
      nodes: [
        node('a', { evidence: [{ source: 'article', quote: 'Then he left.' }] }),
        node('b', { evidence: [{ source: 'article', quote: 'Then she left.' }] }),
        // In the article's text, but cited from the memo: not found.
        node('c', { evidence: [{ source: 'memo', quote: 'Then he left.' }] }),
        node('d', { evidence: [{ source: 'memo', quote: 'The memo says so.' }] }),
        node('e', { evidence: [{ source: 'tv', quote: 'Never transcribed.' }] }),
      ],
    }),
    sources: [
      { id: 'article', title: 'Article', publisher: 'P' },
      { id: 'memo', title: 'Memo', publisher: 'P' },
      { id: 'tv', title: 'Broadcast', publisher: 'P' },
    ],
  });
  const texts = new Map([
    ['article', TEXT],
    ['memo', 'The memo says so.'],
  ]);

  it('lists every quote not in its own source, with its path', () => {
    const issues = findUnverifiedQuotes(dataset, texts);
    expect(issues.map((i) => i.path)).toEqual([
      '$.nodes[1].evidence[0].quote',
      '$.nodes[2].evidence[0].quote',
    ]);
    expect(issues[1]?.message).toContain('source "memo"');
  });

  it('counts the quotes of sources that have no text', () => {
    expect([...countUncheckedQuotes(dataset, texts)]).toEqual([['tv', 1]]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  findUnverifiedQuotes,
  isQuoteInSource,
  normaliseForQuoteMatch,
} from '../../../src/domain/quotes';
import { parseDataset, type Dataset } from '../../../src/domain/schema';
import { buildDataset, node } from '../../helpers/datasetBuilder';

const source = normaliseForQuoteMatch(
  'He said: “Kata’ib Hizballah and its allies … will fight.”\n\nThen   he left.',
);

describe('verbatim quotes', () => {
  it('matches curly and straight quotes alike', () => {
    expect(isQuoteInSource("Kata'ib Hizballah and its allies", source)).toBe(true);
    expect(isQuoteInSource('said: "Kata’ib', source)).toBe(true);
  });

  it('folds white space', () => {
    expect(isQuoteInSource('fight.” Then he left.', source)).toBe(true);
  });

  it('joins fragments with … only in order', () => {
    expect(isQuoteInSource('He said: … he left.', source)).toBe(true);
    expect(isQuoteInSource('he left. … He said', source)).toBe(false);
  });

  it('rejects altered wording', () => {
    expect(isQuoteInSource('Kataib Hizballah and its allies', source)).toBe(false);
    expect(isQuoteInSource('…', source)).toBe(false);
  });

  it('lists every quote not in the source with its path', () => {
    const parsed = parseDataset(
      buildDataset({
        nodes: [
          node('a', { evidence: [{ source: 'src', quote: 'Then he left.' }] }),
          node('b', { evidence: [{ source: 'src', quote: 'Then she left.' }] }),
        ],
      }),
    );
    const dataset = (parsed as { dataset: Dataset }).dataset;
    const issues = findUnverifiedQuotes(dataset, [source]);
    expect(issues.map((i) => i.path)).toEqual(['$.nodes[1].evidence[0].quote']);
  });
});

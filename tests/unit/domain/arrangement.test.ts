import { describe, expect, it } from 'vitest';
import { readArrangement } from '../../../src/domain/storedDocuments';
import { arrangementOf, pointsOf, writeArrangement } from '../../../src/domain/arrangement';

describe('arrangements', () => {
  it('round-trip positions, rounded to the unit, and pins', () => {
    const arrangement = arrangementOf('force', new Map([['a', { x: 1.4, y: -2.6 }]]), ['a']);
    const read = readArrangement(writeArrangement(arrangement));
    expect(read).toEqual({
      arrangement: { layout: 'force', positions: { a: [1, -3] }, pinned: ['a'] },
    });
    expect(pointsOf(read.arrangement!)).toEqual(new Map([['a', { x: 1, y: -3 }]]));
  });

  it('refuse what they cannot read, saying why', () => {
    expect(readArrangement('not json')).toEqual({
      arrangement: null,
      problem: 'it is not valid JSON',
    });
    expect(readArrangement(JSON.stringify({ version: 9 }))).toEqual({
      arrangement: null,
      problem: 'it was saved in another format (version 9)',
    });
    expect(readArrangement(JSON.stringify({ version: 1, layout: 'force', positions: [] }))).toEqual(
      {
        arrangement: null,
        problem: 'it is damaged',
      },
    );
  });
});

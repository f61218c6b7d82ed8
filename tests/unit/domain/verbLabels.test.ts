import { describe, expect, it } from 'vitest';
import {
  verbBounds,
  verbMeetsBox,
  verbsInTheWay,
  verbsMeet,
  type VerbLabel,
} from '../../../src/domain/verbLabels';

const verb = (id: string, over: Partial<VerbLabel> = {}): VerbLabel => ({
  id,
  x: 0,
  y: 0,
  angle: 0,
  width: 40,
  height: 10,
  rank: 0,
  ...over,
});

describe('verb blocks turned along their relation', () => {
  it('bounds a block turned a quarter turn by its height across and its width down', () => {
    const b = verbBounds(verb('a', { angle: Math.PI / 2 }));
    expect(b.x1).toBeCloseTo(-5);
    expect(b.x2).toBeCloseTo(5);
    expect(b.y1).toBeCloseTo(-20);
    expect(b.y2).toBeCloseTo(20);
  });

  it('tells a slanted verb beside a box from one crossing it, where upright boxes would not', () => {
    const slanted = verb('a', { angle: Math.PI / 4, width: 60 });
    // In the corner of the slanted block's upright bounds, but clear of the block itself.
    const corner = { x1: 12, y1: -24, x2: 20, y2: -16 };
    const bounds = verbBounds(slanted);
    expect(corner.x1 < bounds.x2 && corner.y1 > bounds.y1).toBe(true);
    expect(verbMeetsBox(slanted, corner)).toBe(false);
    // On the block's own line.
    expect(verbMeetsBox(slanted, { x1: 14, y1: 14, x2: 18, y2: 18 })).toBe(true);
  });

  it('finds two crossing verbs and two parallel ones apart', () => {
    expect(verbsMeet(verb('a'), verb('b', { angle: Math.PI / 2 }))).toBe(true);
    expect(verbsMeet(verb('a'), verb('b', { y: 11 }))).toBe(false);
  });
});

describe('verbsInTheWay', () => {
  it('leaves out a verb over a name, and the lower-ranked of two verbs that would overlap', () => {
    const name = { x1: 100, y1: -5, x2: 140, y2: 5 };
    const left = verbsInTheWay(
      [
        verb('over-name', { x: 120 }),
        verb('high', { x: 300, rank: 2 }),
        verb('low', { x: 310 }),
        verb('alone', { x: 600 }),
      ],
      [name],
      1,
    );
    expect([...left].sort()).toEqual(['low', 'over-name']);
  });

  it('keeps apart verbs within the gap of each other only once', () => {
    const left = verbsInTheWay([verb('a'), verb('b', { y: 10.5 })], [], 1);
    expect([...left]).toEqual(['b']);
    expect(verbsInTheWay([verb('a'), verb('b', { y: 13 })], [], 1).size).toBe(0);
  });
});

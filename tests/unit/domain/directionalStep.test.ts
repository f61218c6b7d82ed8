import { describe, expect, it } from 'vitest';
import { arrowDirection, nearestTo, stepToward } from '../../../src/domain/directionalStep';

const origin = { x: 0, y: 0 };

describe('moving the selection with the arrow keys', () => {
  it('reads the four arrow keys and nothing else', () => {
    expect(arrowDirection('ArrowUp')).toBe('up');
    expect(arrowDirection('ArrowDown')).toBe('down');
    expect(arrowDirection('ArrowLeft')).toBe('left');
    expect(arrowDirection('ArrowRight')).toBe('right');
    expect(arrowDirection('a')).toBeUndefined();
  });

  it('goes to the nearest candidate that way, on screen (y grows downwards)', () => {
    const candidates = [
      { id: 'above', x: 5, y: -100 },
      { id: 'below', x: -5, y: 80 },
      { id: 'far-right', x: 300, y: 0 },
      { id: 'right', x: 120, y: 30 },
      { id: 'left', x: -60, y: -10 },
    ];
    expect(stepToward(origin, candidates, 'up')).toBe('above');
    expect(stepToward(origin, candidates, 'down')).toBe('below');
    expect(stepToward(origin, candidates, 'right')).toBe('right');
    expect(stepToward(origin, candidates, 'left')).toBe('left');
  });

  it('prefers a candidate straight ahead to a nearer one far off to the side', () => {
    const candidates = [
      { id: 'aside', x: 40, y: 90 },
      { id: 'ahead', x: 150, y: 5 },
    ];
    expect(stepToward(origin, candidates, 'right')).toBe('ahead');
  });

  it('falls back to the half of the screen that way, and to nothing behind', () => {
    expect(stepToward(origin, [{ id: 'steep', x: 10, y: -200 }], 'right')).toBe('steep');
    expect(stepToward(origin, [{ id: 'behind', x: -10, y: 0 }], 'right')).toBeUndefined();
    expect(stepToward(origin, [], 'up')).toBeUndefined();
  });

  it('finds the candidate nearest a point', () => {
    const candidates = [
      { id: 'b', x: 10, y: 10 },
      { id: 'a', x: -3, y: 4 },
    ];
    expect(nearestTo(origin, candidates)).toBe('a');
    expect(nearestTo(origin, [])).toBeUndefined();
  });
});

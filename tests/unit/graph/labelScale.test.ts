import { describe, expect, it } from 'vitest';
import {
  LABEL_SCALE_CLASSES,
  labelScaleClass,
  labelScaleFor,
  labelScaleStyles,
  LOWEST_LEGIBLE_ZOOM,
  labelBox,
  minorLabelIds,
  NODE_FONT_SIZE,
  NODE_TEXT_MAX_WIDTH,
} from '../../../src/graph/labelScale';

describe('label scale', () => {
  it('leaves names alone where they are legible', () => {
    expect(labelScaleFor(1)).toBe(1);
    expect(labelScaleFor(0.75)).toBe(1);
    expect(labelScaleFor(3)).toBe(1);
  });

  it('enlarges names in steps so that they stay about 8 px on screen', () => {
    // 8 / (11 × 0.6) = 1.21 → the next step, 1.4
    expect(labelScaleFor(0.6)).toBe(1.4);
    expect(labelScaleFor(0.45) * NODE_FONT_SIZE * 0.45).toBeGreaterThanOrEqual(8);
  });

  it('stops growing at 2×, where overlapping names would do more harm than good', () => {
    expect(labelScaleFor(0.1)).toBe(2);
    expect(labelScaleFor(LOWEST_LEGIBLE_ZOOM) * NODE_FONT_SIZE * LOWEST_LEGIBLE_ZOOM).toBeCloseTo(
      8,
    );
  });

  it('treats a zero or invalid zoom as no scaling', () => {
    expect(labelScaleFor(0)).toBe(1);
    expect(labelScaleFor(Number.NaN)).toBe(1);
  });

  it('has a class and a style block for every scale it can return', () => {
    const zooms = [0.05, 0.2, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.72];
    for (const zoom of zooms) {
      const scale = labelScaleFor(zoom);
      if (scale === 1) continue;
      expect(LABEL_SCALE_CLASSES).toContain(labelScaleClass(scale));
      expect(labelScaleStyles().map((b) => b.selector)).toContain(`node.${labelScaleClass(scale)}`);
    }
  });
});

describe('names at overview zoom', () => {
  const at = (id: string, degree: number, x: number, y: number, label = 'Name') => ({
    id,
    label,
    degree,
    x,
    y,
    size: 20,
  });

  it('keeps every name while names are legible at their own size', () => {
    const crowded = [at('a', 3, 0, 0), at('b', 1, 0, 0)];
    expect(minorLabelIds(crowded, 1).size).toBe(0);
  });

  it('leaves out the less connected of two names that would overlap', () => {
    const minor = minorLabelIds([at('hub', 9, 0, 0), at('leaf', 1, 10, 5)], 1.4);
    expect([...minor]).toEqual(['leaf']);
  });

  it('names a highlighted entity before a better-connected one', () => {
    const minor = minorLabelIds(
      [at('hub', 9, 0, 0), { ...at('leaf', 1, 10, 5), first: true }],
      1.4,
    );
    expect([...minor]).toEqual(['hub']);
  });

  it('keeps names that stand apart, however many there are', () => {
    const grid = Array.from({ length: 40 }, (_, i) =>
      at(`n${i}`, i, (i % 8) * 300, Math.floor(i / 8) * 300),
    );
    expect(minorLabelIds(grid, 1.8).size).toBe(0);
  });

  it('leaves out a name drawn over a better-connected entity', () => {
    // The leaf's name, under it, runs across the hub's node just below.
    const minor = minorLabelIds([at('hub', 9, 0, 40), at('leaf', 1, 0, 0)], 1.4);
    expect(minor.has('leaf')).toBe(true);
  });

  it('measures long names as wrapped, wider and taller at larger scales', () => {
    const long = at('long', 1, 0, 0, 'Kata’ib Hizballah security division');
    const one = labelBox(long, 1);
    const big = labelBox(long, 1.8);
    expect(one.x2 - one.x1).toBeLessThanOrEqual(NODE_TEXT_MAX_WIDTH + 10); // with its outline;
    expect(big.x2 - big.x1).toBeGreaterThan(one.x2 - one.x1);
    expect(big.y2 - big.y1).toBeGreaterThan(one.y2 - one.y1);
    // Two lines at 1×: taller than one short word's box.
    const short = labelBox(at('s', 1, 0, 0, 'Iraq'), 1);
    expect(one.y2 - one.y1).toBeGreaterThan(short.y2 - short.y1);
  });

  it('chooses the same names whatever the input order', () => {
    const nodes = [at('a', 2, 0, 0), at('b', 2, 5, 5), at('c', 2, 8, 0)];
    const forward = minorLabelIds(nodes, 1.6);
    const backward = minorLabelIds([...nodes].reverse(), 1.6);
    expect([...forward].sort()).toEqual([...backward].sort());
    expect(forward.has('a')).toBe(false);
  });
});

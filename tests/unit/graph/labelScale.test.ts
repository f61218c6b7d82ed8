import { describe, expect, it } from 'vitest';
import {
  LABEL_SCALE_CLASSES,
  labelScaleClass,
  labelScaleFor,
  labelScaleStyles,
  minorLabelIds,
  NODE_FONT_SIZE,
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

  it('stops growing at 1.8×, where overlapping names would do more harm than good', () => {
    expect(labelScaleFor(0.1)).toBe(1.8);
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
  const degrees = new Map(
    Array.from({ length: 40 }, (_, i) => [`n${String(i).padStart(2, '0')}`, i]),
  );

  it('keeps every name while names are legible at their own size', () => {
    expect(minorLabelIds(degrees, 1, 500 * 500).size).toBe(0);
  });

  it('keeps only as many names as the canvas has room for, best connected first', () => {
    const minor = minorLabelIds(degrees, 1.4, 11_000 * 20); // room for 20 names
    expect(minor.size).toBe(20);
    expect(minor.has('n39')).toBe(false);
    expect(minor.has('n00')).toBe(true);
  });

  it('always names at least a dozen entities', () => {
    expect(minorLabelIds(degrees, 1.8, 100).size).toBe(40 - 12);
  });

  it('leaves small graphs fully named', () => {
    expect(minorLabelIds(new Map([['a', 1]]), 1.8, 100).size).toBe(0);
  });
});

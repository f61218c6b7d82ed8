import { describe, expect, it } from 'vitest';
import {
  fitScaleToCanvasLimits,
  formatScale,
  MAX_CANVAS_AREA,
  MAX_CANVAS_SIDE,
} from '../../../src/graph/export/limits';

describe('fitScaleToCanvasLimits', () => {
  it('keeps the requested scale when the image fits', () => {
    expect(fitScaleToCanvasLimits(1300, 950, 4)).toBe(4);
  });

  it('reduces the scale to keep each side within the limit', () => {
    const scale = fitScaleToCanvasLimits(6000, 500, 4);
    expect(scale).toBeLessThan(4);
    expect(6000 * scale).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    expect(6000 * (scale + 0.01)).toBeGreaterThan(MAX_CANVAS_SIDE);
  });

  it('reduces the scale to keep the area within the limit', () => {
    const scale = fitScaleToCanvasLimits(4000, 4000, 4);
    expect(Math.ceil(4000 * scale) ** 2).toBeLessThanOrEqual(MAX_CANVAS_AREA);
    expect(scale).toBeGreaterThan(2.4);
  });

  it('goes below 1× for a graph too large even at its natural size', () => {
    expect(fitScaleToCanvasLimits(40_000, 1000, 1)).toBeLessThan(1);
  });
});

describe('formatScale', () => {
  it('writes scales as users read them', () => {
    expect(formatScale(2)).toBe('2×');
    expect(formatScale(2.5)).toBe('2.5×');
    expect(formatScale(1 / 3)).toBe('0.33×');
  });
});

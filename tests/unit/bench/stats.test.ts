import { describe, expect, it } from 'vitest';
import { maximum, median, percentile, spread } from '../../../scripts/lib/stats';

describe('median', () => {
  it('is the middle value of an odd count, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([7])).toBe(7);
  });

  it('is the mean of the two middle values of an even count', () => {
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(median([400, 10])).toBe(205);
    expect(median([16.7, 16.8, 33.4, 1583.3])).toBeCloseTo(25.1, 10);
  });

  it('skips missing measurements and is NaN for none', () => {
    expect(median([Number.NaN, 3, 1])).toBe(2);
    expect(median([])).toBeNaN();
    expect(median([Number.NaN])).toBeNaN();
  });

  it('does not reorder the values it is given', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('percentile', () => {
  it('agrees with the median at 50', () => {
    for (const values of [
      [1, 2, 3, 4],
      [5, 1, 9],
      [2, 8],
    ]) {
      expect(percentile(values, 50)).toBe(median(values));
    }
  });

  it('interpolates between the two nearest ranks', () => {
    const values = Array.from({ length: 21 }, (_, i) => i * 10); // 0, 10, …, 200
    expect(percentile(values, 95)).toBe(190);
    expect(percentile([0, 100], 95)).toBe(95);
    expect(percentile([10, 20, 30, 40], 25)).toBeCloseTo(17.5, 10);
  });

  it('is the smallest value at 0 and the largest at 100, clamped beyond', () => {
    expect(percentile([4, 2, 8], 0)).toBe(2);
    expect(percentile([4, 2, 8], 100)).toBe(8);
    expect(percentile([4, 2, 8], 140)).toBe(8);
    expect(percentile([4, 2, 8], -5)).toBe(2);
  });

  it('lets one slow frame in twenty show at the 95th percentile', () => {
    const frames = [...Array.from({ length: 19 }, () => 16.7), 1000];
    expect(percentile(frames, 95)).toBeGreaterThan(16.7);
    expect(percentile(frames, 50)).toBe(16.7);
  });
});

describe('spread', () => {
  it('gives the median, 95th percentile, maximum and count of a sample', () => {
    expect(spread([30, 10, 20, 40])).toEqual({
      p50: 25,
      p95: percentile([10, 20, 30, 40], 95),
      max: 40,
      count: 4,
    });
    expect(maximum([])).toBeNaN();
    expect(spread([]).count).toBe(0);
  });
});

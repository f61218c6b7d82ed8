import { describe, expect, it } from 'vitest';
import { spreadOut } from '../../../src/graph/layoutCompute';

function box(positions: Float64Array) {
  const xs = positions.filter((_, i) => i % 2 === 0);
  const ys = positions.filter((_, i) => i % 2 === 1);
  return { width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

describe('spreadOut', () => {
  it('scales a packed picture about its centre until it has the room its entities take', () => {
    // 100 entities of 40×30 squeezed into 90×90.
    const positions = new Float64Array(200);
    for (let i = 0; i < 100; i++) {
      positions[2 * i] = 100 + (i % 10) * 10;
      positions[2 * i + 1] = 50 + Math.floor(i / 10) * 10;
    }
    const sizes = new Float32Array(200).fill(0).map((_, i) => (i % 2 === 0 ? 40 : 30));
    spreadOut(positions, sizes);
    const { width, height } = box(positions);
    expect(width * height).toBeCloseTo(100 * 40 * 30, -2);
    expect((Math.min(...positions.filter((_, i) => i % 2 === 0)) + width / 2).toFixed(3)).toBe(
      '145.000',
    );
  });

  it('leaves a picture with room to spare as it is', () => {
    const positions = new Float64Array([0, 0, 1000, 0, 0, 1000, 1000, 1000]);
    const before = [...positions];
    spreadOut(positions, new Float32Array(8).fill(30));
    expect([...positions]).toEqual(before);
  });
});

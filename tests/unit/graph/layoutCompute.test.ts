import { describe, expect, it } from 'vitest';
import { computeForceLayout, spreadOut } from '../../../src/graph/layoutCompute';
import type { ForceLayoutRequest } from '../../../src/graph/layoutProtocol';
import { checkSeededLayout, runSeeded, workaroundReport } from '../../../src/graph/internals';
import { forceLayout, loadLayoutExtensions } from '../../../src/graph/layouts';

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

describe('force layout', () => {
  // A ring of 30 entities with a few chords: enough for fcose's random start to matter.
  const count = 30;
  const request = (): ForceLayoutRequest => {
    const ends: number[] = [];
    for (let i = 0; i < count; i++) ends.push(i, (i + 1) % count);
    for (let i = 0; i < count; i += 5) ends.push(i, (i + 13) % count);
    return {
      kind: 'force',
      id: 1,
      sizes: new Float32Array(2 * count).fill(40),
      ends: new Uint32Array(ends),
      fixed: [],
    };
  };

  it('comes out the same on every run, so a reload shows the same picture', async () => {
    await loadLayoutExtensions();
    const first = computeForceLayout(request());
    const second = computeForceLayout(request());
    expect([...second]).toEqual([...first]);
    // The entities are spread out, not piled on one spot.
    expect(box(first).width).toBeGreaterThan(100);
  });

  it('leaves Math.random as it found it', async () => {
    await loadLayoutExtensions();
    const random = Math.random;
    computeForceLayout(request());
    expect(Math.random).toBe(random);
    expect(runSeeded(() => Math.random())).toBe(runSeeded(() => Math.random()));
    expect(Math.random()).not.toBe(Math.random());
  });

  it('follows the seed, as the page checks once fcose is loaded', async () => {
    await loadLayoutExtensions();
    expect(checkSeededLayout(forceLayout(6))).toBe(true);
    expect(workaroundReport().find((w) => w.name === 'seeded-layout')?.state).toBe('on');
  });
});

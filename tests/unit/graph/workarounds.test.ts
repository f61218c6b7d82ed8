import type { Core } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkLayerCache, prepareNextFrame } from '../../../src/graph/internals/canvasCaches';
import { runSeeded } from '../../../src/graph/internals/seededLayout';
import { decide, workaroundReport } from '../../../src/graph/internals/workarounds';

afterEach(() => vi.restoreAllMocks());

const stateOf = (name: string) => workaroundReport().find((w) => w.name === name);

describe('library workarounds', () => {
  it('are unchecked until the app meets what they rely on', () => {
    expect(workaroundReport().map((w) => w.state)).toEqual([
      'unchecked',
      'unchecked',
      'unchecked',
      'unchecked',
    ]);
  });

  it('switch themselves off where an internal is missing, and say so once in the console', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // A drawing instance whose renderer has no layer cache (another renderer or version).
    const renderer = { data: {}, getPixelRatio: () => 1 };
    const flush = vi.fn();
    const cy = {
      destroyed: () => false,
      container: () => ({}),
      renderer: () => ({ ...renderer, flushRenderedStyleQueue: flush }),
    } as unknown as Core;
    expect(checkLayerCache(cy)).toBe(false);
    expect(checkLayerCache(cy)).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('"layer-cache" workaround is off');
    expect(stateOf('layer-cache')).toEqual({
      name: 'layer-cache',
      state: 'off',
      reason: 'the renderer has no layer texture cache',
    });
    // Off means off: nothing reaches into the renderer.
    prepareNextFrame(cy);
    expect(flush).not.toHaveBeenCalled();
  });

  it('keep the first verdict', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(decide('seeded-layout', () => 'fcose drew nothing')).toBe(false);
    expect(decide('seeded-layout', () => null)).toBe(false);
    expect(stateOf('seeded-layout')?.state).toBe('off');
  });

  it('leave Math.random alone once the seeded layout is off', () => {
    const random = Math.random;
    let seen: () => number = () => 0;
    runSeeded(() => {
      seen = Math.random;
    });
    expect(seen).toBe(random);
  });
});

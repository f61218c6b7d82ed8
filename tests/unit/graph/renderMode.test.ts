import { describe, expect, it } from 'vitest';
import {
  isGpuRenderer,
  LARGE_GRAPH_ELEMENTS,
  rendererFromSearch,
  rendererOptions,
  renderModeFor,
  VERY_LARGE_GRAPH_ELEMENTS,
} from '../../../src/graph/renderMode';

const gpu = () => true;
const software = () => false;

describe('renderModeFor', () => {
  it('keeps the canvas renderer and the full style up to the threshold', () => {
    expect(renderModeFor(LARGE_GRAPH_ELEMENTS, null, gpu)).toMatchObject({
      renderer: 'canvas',
      economical: false,
    });
  });

  it('switches large graphs to WebGL and the economical style where a GPU draws WebGL', () => {
    expect(renderModeFor(LARGE_GRAPH_ELEMENTS + 1, null, gpu)).toMatchObject({
      renderer: 'webgl',
      economical: true,
    });
  });

  it('keeps the canvas renderer for large graphs where WebGL is emulated in software', () => {
    expect(renderModeFor(LARGE_GRAPH_ELEMENTS + 1, null, software)).toMatchObject({
      renderer: 'canvas',
      economical: true,
    });
  });

  it('counts graphs above the second threshold as very large, with a mode of their own', () => {
    const large = renderModeFor(VERY_LARGE_GRAPH_ELEMENTS, null, software);
    const veryLarge = renderModeFor(VERY_LARGE_GRAPH_ELEMENTS + 1, null, software);
    expect(large).toMatchObject({ economical: true, veryLarge: false });
    expect(veryLarge).toMatchObject({ renderer: 'canvas', economical: true, veryLarge: true });
    expect(veryLarge.key).not.toBe(large.key);
  });

  it('lets the address force a renderer, keeping the style of the size', () => {
    expect(renderModeFor(10, 'webgl', software)).toMatchObject({
      renderer: 'webgl',
      economical: false,
    });
    expect(renderModeFor(50_000, 'canvas', gpu)).toMatchObject({
      renderer: 'canvas',
      economical: true,
    });
  });

  it('gives each mode its own key, so a change of mode remounts the canvas', () => {
    const keys = new Set(
      [
        renderModeFor(10, null, gpu),
        renderModeFor(10, 'webgl', gpu),
        renderModeFor(50_000, null, gpu),
        renderModeFor(50_000, null, software),
      ].map((m) => m.key),
    );
    expect(keys.size).toBe(4);
  });
});

describe('rendererOptions', () => {
  it('asks Cytoscape for WebGL only in WebGL modes', () => {
    expect(rendererOptions(renderModeFor(50_000, 'webgl', gpu))).toEqual({ webgl: true });
    expect(rendererOptions(renderModeFor(50_000, 'canvas', gpu))).toEqual({});
  });
});

describe('isGpuRenderer', () => {
  it('recognises software rasterisers by their WebGL renderer name', () => {
    expect(
      isGpuRenderer(
        'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      ),
    ).toBe(false);
    expect(isGpuRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(false);
    expect(isGpuRenderer('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)')).toBe(
      true,
    );
  });
});

describe('rendererFromSearch', () => {
  it('reads ?renderer=canvas or webgl and ignores anything else', () => {
    expect(rendererFromSearch('?renderer=webgl')).toBe('webgl');
    expect(rendererFromSearch('?data=x.json&renderer=canvas')).toBe('canvas');
    expect(rendererFromSearch('?renderer=svg')).toBeNull();
    expect(rendererFromSearch('')).toBeNull();
  });
});

/**
 * How to draw a graph of a given size. Small graphs get Cytoscape's canvas renderer and the full
 * style (curved edges with arrows and labels). Above LARGE_GRAPH_ELEMENTS the full style costs
 * hundreds of milliseconds per frame, so large graphs get an economical style (straight edges
 * without labels or arrows, entity labels only when zoomed in) and, where the GPU draws WebGL,
 * Cytoscape's WebGL renderer. Where WebGL is emulated in software (SwiftShader, llvmpipe: no GPU,
 * or GPU disabled) it is slower than the 2D canvas, which then stays. `?renderer=canvas` or `?renderer=webgl` in the address overrides the renderer.
 */
import type { CytoscapeOptions } from 'cytoscape';
import type { LinkboardState } from '../store/store';

export type RendererName = 'canvas' | 'webgl';

export interface RenderMode {
  renderer: RendererName;
  /** Cheaper styles for many elements. */
  economical: boolean;
  /** So many elements that one frame drawing each of them freezes the page (canvas only). */
  veryLarge: boolean;
  /** Identifies the mode: a change of mode means a new Cytoscape instance. */
  key: string;
}

/** Entities plus relations above which a graph counts as large. */
export const LARGE_GRAPH_ELEMENTS = 2_000;
/** …and very large: about 20,000 entities and their relations. */
export const VERY_LARGE_GRAPH_ELEMENTS = 40_000;

export function renderModeFor(
  elements: number,
  forced: RendererName | null = null,
  gpuWebgl: () => boolean = hasGpuWebgl,
): RenderMode {
  const economical = elements > LARGE_GRAPH_ELEMENTS;
  const renderer = forced ?? (economical && gpuWebgl() ? 'webgl' : 'canvas');
  const veryLarge = elements > VERY_LARGE_GRAPH_ELEMENTS;
  const size = veryLarge ? '-very-large' : economical ? '-economical' : '';
  return { renderer, economical, veryLarge, key: `${renderer}${size}` };
}

/** Whether WebGL here is drawn by a GPU rather than emulated in software. */
export function isGpuRenderer(rendererName: string): boolean {
  return !/swiftshader|llvmpipe|softpipe|software/i.test(rendererName);
}

let gpuWebglKnown: boolean | null = null;

function hasGpuWebgl(): boolean {
  if (gpuWebglKnown === null) gpuWebglKnown = detectGpuWebgl();
  return gpuWebglKnown;
}

function detectGpuWebgl(): boolean {
  if (typeof document === 'undefined') return false;
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return isGpuRenderer(name);
  } catch {
    return false;
  }
}

export function rendererFromSearch(search: string): RendererName | null {
  const value = new URLSearchParams(search).get('renderer');
  return value === 'canvas' || value === 'webgl' ? value : null;
}

const forcedRenderer: RendererName | null =
  typeof window === 'undefined' ? null : rendererFromSearch(window.location.search);

const modes = new Map<string, RenderMode>();

/** The mode for the loaded dataset (by its size, not the filtered view, so filters never remount). */
export function selectRenderMode(state: LinkboardState): RenderMode {
  const elements = state.dataset ? state.dataset.nodes.length + state.dataset.edges.length : 0;
  const mode = renderModeFor(elements, forcedRenderer);
  // One object per mode, so React and the adapter can compare modes by identity.
  const known = modes.get(mode.key);
  if (known) return known;
  modes.set(mode.key, mode);
  return mode;
}

/** Options given to Cytoscape when the instance is created (they cannot change afterwards). */
export function rendererOptions(mode: RenderMode): Partial<CytoscapeOptions> {
  // The canvas renderer's own layer cache keeps pans and zooms cheap; its textureOnViewport and
  // hideEdgesOnViewport options measured slower, as they bypass that cache.
  return mode.renderer === 'webgl' ? { webgl: true } : {};
}

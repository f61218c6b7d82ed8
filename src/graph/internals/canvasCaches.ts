/**
 * Helps Cytoscape's canvas renderer keep large graphs fast by doing its cache work at better
 * moments than it would itself.
 *
 * - **Layers, built while the graph rests.** The renderer draws a large graph cheaply by painting,
 *   at each zoom level, one picture of the whole graph (a layer) and then only moving and scaling
 *   that picture. It builds the layer a few elements per frame, but only once a frame asks for it;
 *   until it is complete every frame draws each element again (about 300 ms on 5,000 entities
 *   here). After a load or a change the frames that follow skip the layer cache for a while (the
 *   graph just changed), so nothing asks for a layer until the user pans or zooms, and then those
 *   first frames are the slow ones. Here, once no frame has been drawn for a moment, the layer for
 *   the current zoom is requested: idle frames complete it, and a pan or zoom starts from it.
 * - **No layer rebuilt in the frame after a removal.** Elements added or restyled mark the layers
 *   as just changed, and the frames that follow draw without them; elements removed do not, so
 *   the next frame starts queueing a new layer of every element (about 45 ms on 5,000 entities)
 *   before drawing each of them anyway. Removals are reported like other changes, and the layer
 *   is built afterwards, in idle frames.
 * - **Per-element updates, before the frame.** Elements just moved are brought up to date
 *   (rendered positions of edges, stale textures dropped, drawing order) by the first frame that
 *   follows. Done in the task that moved them instead, the first frame of a new graph only draws.
 *
 * - **On very large graphs, the layer before the first frame.** Drawing 80,000 elements one by one
 *   takes a frame about a second on the CPU. Once a new graph is placed, drawing is held back
 *   while the layer is drawn a slice per task; the first frame then only paints the layer.
 * - **Layers rebuilt at once after an export.** A figure is drawn with export styles switched on
 *   and off again around it, which leaves every layer outdated. Rebuilt in idle frames, the layer
 *   would be missing for the first second of panning after an export; the export rebuilds it
 *   before it returns instead (about a tenth of the time the figure itself takes).
 *
 * Cytoscape has no public call for these: they are reached through the renderer's own objects
 * (3.34), checked once on the first drawing instance (checkLayerCache), so that another renderer
 * or version leaves them no-ops and says so (workarounds.ts).
 */
import type { CollectionReturnValue, Core } from 'cytoscape';
import { nextTask } from '../perfMarks';
import { decide, verdict } from './workarounds';

/** Long enough for the renderer to stop skipping its layer cache after a change (250 ms). */
const QUIET_MS = 400;

/** How long a slice of layer drawing may keep the page busy. */
const SLICE_MS = 50;

interface LayerCache {
  firstGet: boolean;
  skipping: boolean;
  layersQueue: { size(): number };
  getLayers(elements: unknown, pixelRatio: number): unknown;
  invalidateElements(elements: unknown): void;
  dequeue(pixelRatio: number): unknown;
}

interface CanvasRenderer {
  data: { lyrTxrCache: LayerCache };
  getCachedZSortedEles(): { nondrag?: unknown };
  getPixelRatio(): number;
  flushRenderedStyleQueue(): void;
}

/** What the canvas renderer of `cy` lacks of what this module uses; null if nothing. */
function missingRendererParts(cy: Core): string | null {
  const renderer = (
    cy as unknown as { renderer?: () => Partial<CanvasRenderer> | undefined }
  ).renderer?.();
  if (!renderer) return 'the instance has no renderer';
  const cache = renderer.data?.lyrTxrCache;
  if (!cache) return 'the renderer has no layer texture cache';
  for (const method of ['getLayers', 'invalidateElements', 'dequeue'] as const)
    if (typeof cache[method] !== 'function') return `the layer cache has no ${method}()`;
  if (typeof cache.layersQueue?.size !== 'function') return 'the layer cache has no queue';
  if (typeof cache.firstGet !== 'boolean' || typeof cache.skipping !== 'boolean')
    return 'the layer cache has no firstGet and skipping flags';
  for (const method of [
    'getCachedZSortedEles',
    'getPixelRatio',
    'flushRenderedStyleQueue',
  ] as const)
    if (typeof renderer[method] !== 'function') return `the renderer has no ${method}()`;
  if (typeof (cy as unknown as { batching?: unknown }).batching !== 'function')
    return 'the instance has no batching()';
  return null;
}

/**
 * Checks, once per page, that a drawing instance's renderer has what this module uses; until it
 * has been checked, and if it failed, every function here does nothing.
 */
export function checkLayerCache(cy: Core): boolean {
  // A headless instance (no container) has no renderer to check.
  if (cy.destroyed() || cy.container() === null) return verdict('layer-cache') === true;
  return decide('layer-cache', () => missingRendererParts(cy));
}

function canvasRendererOf(cy: Core): CanvasRenderer | null {
  if (cy.destroyed() || verdict('layer-cache') !== true) return null;
  // Checked once; the renderer is the same kind for every drawing instance of the page.
  if (missingRendererParts(cy) !== null) return null;
  const renderer = (cy as unknown as { renderer: () => CanvasRenderer }).renderer();
  return renderer;
}

function batching(cy: Core): boolean {
  return (cy as unknown as { batching?: () => boolean }).batching?.() === true;
}

/** Requests the current zoom level's layer whenever drawing has been quiet for a moment. */
export function warmLayersWhenQuiet(cy: Core): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const request = () => {
    timer = null;
    // Mid-batch (a large graph being placed) nothing is drawn yet; the batch's end draws, and
    // that frame schedules this again.
    if (batching(cy)) return;
    const renderer = canvasRendererOf(cy);
    const cache = renderer?.data.lyrTxrCache;
    // Before the renderer's own first request the cache would draw the whole layer at once.
    if (!renderer || !cache || cache.firstGet) return;
    const elements = renderer.getCachedZSortedEles().nondrag;
    if (elements) cache.getLayers(elements, renderer.getPixelRatio());
  };
  const onRender = () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(request, QUIET_MS);
  };
  cy.on('render', onRender);
  return () => {
    if (timer !== null) clearTimeout(timer);
    if (!cy.destroyed()) cy.off('render', onRender);
  };
}

/** Brings the renderer's per-element state up to date now rather than in the next frame. */
export function prepareNextFrame(cy: Core): void {
  if (batching(cy)) return;
  const renderer = canvasRendererOf(cy);
  if (!renderer) return;
  renderer.flushRenderedStyleQueue();
  renderer.getCachedZSortedEles();
}

/** Tells the layer cache that `elements` are about to be removed (see above). */
export function layersChangedBy(cy: Core, elements: CollectionReturnValue): void {
  if (elements.nonempty()) canvasRendererOf(cy)?.data.lyrTxrCache.invalidateElements(elements);
}

/**
 * The renderer and the elements its layers draw, once restyled elements have dropped what they
 * are in; null outside a batch-free canvas renderer.
 */
function layerInputs(cy: Core): { renderer: CanvasRenderer; elements: unknown } | null {
  if (batching(cy)) return null;
  const renderer = canvasRendererOf(cy);
  if (!renderer) return null;
  renderer.flushRenderedStyleQueue();
  const elements = renderer.getCachedZSortedEles().nondrag;
  return elements ? { renderer, elements } : null;
}

/** Rebuilds the current zoom level's layer now, in one go (see above). */
export function rebuildLayersNow(cy: Core): void {
  const inputs = layerInputs(cy);
  if (!inputs) return;
  // Drawn whole, as on the renderer's first request.
  const cache = inputs.renderer.data.lyrTxrCache;
  cache.firstGet = true;
  cache.getLayers(inputs.elements, inputs.renderer.getPixelRatio());
}

/**
 * Draws the current zoom level's layer a slice per task while Cytoscape's drawing is held back
 * (see above); resolves when the frame may draw. Where no layer can be made (zoomed far in) the
 * frame draws the elements themselves, as before.
 */
export async function drawLayerBeforeFrame(cy: Core): Promise<void> {
  const inputs = layerInputs(cy);
  if (!inputs) return;
  const { renderer, elements } = inputs;
  const cache = renderer.data.lyrTxrCache;
  const pixelRatio = renderer.getPixelRatio();
  cy.startBatch();
  try {
    await nextTask();
    if (cy.destroyed()) return;
    // Queue every element rather than draw them now; the frames that would reset these are held.
    cache.firstGet = false;
    cache.skipping = false;
    cache.getLayers(elements, pixelRatio);
    while (cache.layersQueue.size() > 0) {
      await nextTask();
      if (cy.destroyed()) return;
      const sliceEnd = performance.now() + SLICE_MS;
      while (cache.layersQueue.size() > 0 && performance.now() < sliceEnd)
        cache.dequeue(pixelRatio);
    }
  } finally {
    if (!cy.destroyed()) cy.endBatch();
  }
}

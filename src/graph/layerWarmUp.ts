/**
 * Keeps Cytoscape's layer cache ready while the graph rests. Its canvas renderer draws a large
 * graph cheaply by painting, at each zoom level, one picture of the whole graph (a layer) and then
 * only moving and scaling that picture. It builds the layer a few elements per frame, but only once
 * a frame asks for it; until it is complete every frame draws each element again (about 300 ms on
 * 5,000 entities here). After a load or a filter, the frames that follow it skip the layer cache
 * for a while (the graph just changed), so nothing asks for a layer until the user pans or zooms,
 * and then those first frames are the slow ones. Here, once no frame has been drawn for a moment,
 * the layer for the current zoom is requested: the renderer then completes it in idle frames, and
 * a pan or zoom starts from the ready picture.
 *
 * Cytoscape has no public call for this: it is reached through the renderer's own objects (3.34),
 * checked first, so that another renderer or version leaves it a no-op.
 */
import type { Core } from 'cytoscape';

/** Long enough for the renderer to stop skipping its layer cache after a change (250 ms). */
const QUIET_MS = 400;

interface LayerCache {
  firstGet: boolean;
  getLayers(elements: unknown, pixelRatio: number): unknown;
}

interface CanvasRendererInternals {
  data?: { lyrTxrCache?: LayerCache };
  getCachedZSortedEles?: () => { nondrag?: unknown };
  getPixelRatio?: () => number;
}

function layerCacheOf(cy: Core): {
  cache: LayerCache;
  renderer: Required<CanvasRendererInternals>;
} | null {
  const renderer = (cy as unknown as { renderer?: () => CanvasRendererInternals }).renderer?.();
  const cache = renderer?.data?.lyrTxrCache;
  if (
    !renderer ||
    !cache ||
    typeof cache.getLayers !== 'function' ||
    typeof renderer.getCachedZSortedEles !== 'function' ||
    typeof renderer.getPixelRatio !== 'function'
  )
    return null;
  return { cache, renderer: renderer as Required<CanvasRendererInternals> };
}

/** Requests the current zoom level's layer whenever drawing has been quiet for a moment. */
export function warmLayersWhenQuiet(cy: Core): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const request = () => {
    timer = null;
    // Mid-batch (a large graph being placed) nothing is drawn yet; the batch's end draws, and
    // that frame schedules this again.
    if (cy.destroyed() || (cy as unknown as { batching?: () => boolean }).batching?.()) return;
    const found = layerCacheOf(cy);
    // Before the renderer's own first request the cache would draw the whole layer at once.
    if (!found || found.cache.firstGet) return;
    const elements = found.renderer.getCachedZSortedEles().nondrag;
    if (elements) found.cache.getLayers(elements, found.renderer.getPixelRatio());
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

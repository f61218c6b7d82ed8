/**
 * Keeps Cytoscape's canvas renderer in its caches (see internals/canvasCaches.ts and
 * internals/steadyNodeStyle.ts): no-op restyles dropped on every instance, the layer of the
 * current zoom built while a large graph rests, removals reported to the layer cache, and
 * elements that just came in brought up to date before the frame that shows them.
 */
import type { CollectionReturnValue, Core } from 'cytoscape';
import {
  checkLayerCache,
  keepNodeStyleSteady,
  layersChangedBy,
  prepareNextFrame,
  warmLayersWhenQuiet,
} from '../internals';
import type { RenderMode } from '../renderMode';
import type { DrawnGraph, GraphController } from './types';

export class RenderCachesController implements GraphController {
  private preparedVersion = -1;

  attach(cy: Core, mode: RenderMode | null): (() => void) | void {
    keepNodeStyleSteady(cy);
    checkLayerCache(cy);
    // Large graphs on the 2D canvas: small ones draw fast enough without it.
    if (mode?.economical && mode.renderer === 'canvas') return warmLayersWhenQuiet(cy);
  }

  removing(cy: Core, leaving: CollectionReturnValue): void {
    layersChangedBy(cy, leaving);
  }

  /**
   * Styles and rendered positions of elements a view difference brought in are computed now,
   * once every class is set, so that the frame that shows them only draws. (A graph drawn from
   * nothing is prepared as the layout places it: see layoutRunner.ts.)
   */
  sync(graph: DrawnGraph): void {
    if (graph.elementsVersion === this.preparedVersion) return;
    this.preparedVersion = graph.elementsVersion;
    if (graph.drawnBy === 'difference') prepareNextFrame(graph.cy);
  }
}

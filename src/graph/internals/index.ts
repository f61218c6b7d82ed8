/**
 * The one door to Cytoscape's and react-cytoscapejs's internals. Everything in Linkboard that
 * relies on what those libraries do not publish goes through here:
 *
 * - steadyNodeStyle.ts: drops the canvas renderer's no-op restyles of nodes;
 * - canvasCaches.ts: builds, keeps and reports to the renderer's layer cache;
 * - cytoscapeHost.ts: creates react-cytoscapejs's instance with the renderer options it omits;
 * - seededLayout.ts: runs fcose with Math.random drawn from a seed.
 *
 * Code outside this folder imports this file only (a lint rule keeps it so).
 */
export { keepNodeStyleSteady } from './steadyNodeStyle';
export {
  drawLayerBeforeFrame,
  layersChangedBy,
  prepareNextFrame,
  rebuildLayersNow,
  warmLayersWhenQuiet,
} from './canvasCaches';
export { CytoscapeHost, type CytoscapeHostProps } from './cytoscapeHost';
export { runSeeded } from './seededLayout';

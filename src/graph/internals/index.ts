/**
 * The one door to Cytoscape's and react-cytoscapejs's internals. Everything in Linkboard that
 * relies on what those libraries do not publish goes through here:
 *
 * - steadyNodeStyle.ts: drops the canvas renderer's no-op restyles of nodes;
 * - canvasCaches.ts: builds, keeps and reports to the renderer's layer cache;
 * - cytoscapeHost.ts: creates react-cytoscapejs's instance with the renderer options it omits;
 * - seededLayout.ts: runs fcose with Math.random drawn from a seed.
 *
 * Each is checked once, the first time the app meets what it relies on, and switches itself off,
 * loudly, when that is missing (workarounds.ts); `workaroundReport()` says which are on.
 *
 * Code outside this folder imports this file only (a lint rule keeps it so); the layout worker
 * imports seededLayout.ts alone, as this file also brings in React.
 */
export { keepNodeStyleSteady } from './steadyNodeStyle';
export {
  checkLayerCache,
  drawLayerBeforeFrame,
  layersChangedBy,
  prepareNextFrame,
  rebuildLayersNow,
  warmLayersWhenQuiet,
} from './canvasCaches';
export { CytoscapeHost, type CytoscapeHostProps } from './cytoscapeHost';
export { checkSeededLayout, runSeeded } from './seededLayout';
export {
  WORKAROUNDS,
  workaroundReport,
  type WorkaroundName,
  type WorkaroundStatus,
} from './workarounds';

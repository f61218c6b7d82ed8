/**
 * The benchmark hook. With `?bench` in the address, `window.__linkboard` exposes the store and a
 * few read-outs, so scripts/bench.ts can change the view where the UI has no control for it yet
 * and read what is drawn. Without `?bench` nothing is exposed.
 */
import type { Core } from 'cytoscape';
import type { LinkboardStore } from '../store/store';
import type { GraphAdapter, LabelReadout, PositionReadout } from './adapter';
import { DEFAULT_NAME_SIZE } from './export/types';
import { workaroundReport, type WorkaroundStatus } from './internals';
import { selectRenderMode } from './renderMode';

export interface BenchHook {
  store: LinkboardStore;
  /**
   * The Cytoscape instance drawing now, read only: the benchmark finds where a user would press
   * (empty background, a relation) and checks what the press landed on, through its public API.
   */
  cy: () => Core | null;
  /** How many entities and relations Cytoscape holds right now. */
  renderedCounts: () => { nodes: number; edges: number };
  /** The zoom, the names' enlargement, which entities are named and where (see labelScale.ts). */
  labels: () => LabelReadout;
  /** Where the drawn entities among `ids` stand (graph units, and canvas pixels). */
  positions: (ids: string[]) => Record<string, PositionReadout>;
  /** Which renderer draws the loaded dataset: 'canvas' or 'webgl'. */
  renderer: () => string;
  /** Which workarounds relying on library internals are on (see internals/workarounds.ts). */
  workarounds: () => WorkaroundStatus[];
  /** Exports the view as a PNG figure at `scale`, as the export dialog does; resolves to its bytes. */
  png: (scale: number) => Promise<number>;
}

declare global {
  interface Window {
    __linkboard?: BenchHook;
  }
}

export function isBenchRequested(search: string = window.location.search): boolean {
  return new URLSearchParams(search).has('bench');
}

/** Exposes the hook when the page was opened with `?bench`; returns how to remove it. */
export function exposeBenchHook(store: LinkboardStore, adapter: GraphAdapter): () => void {
  if (typeof window === 'undefined' || !isBenchRequested()) return () => {};
  const hook: BenchHook = {
    store,
    cy: () => adapter.currentInstance(),
    renderedCounts: () => adapter.renderedCounts(),
    labels: () => adapter.labelReadout(),
    positions: (ids) => adapter.positionReadout(ids),
    renderer: () => selectRenderMode(store.getState()).renderer,
    workarounds: workaroundReport,
    png: async (scale) => {
      const figure = await adapter.exportImage({
        format: 'png',
        scale,
        area: 'view',
        // What the export dialog asks for by default.
        size: { kind: 'page', page: '16:9' },
        nameSize: DEFAULT_NAME_SIZE,
        background: 'white',
        title: store.getState().dataset?.title ?? '',
        subtitleLines: [],
        footer: '',
        legend: true,
        entityTypeLabels: {},
      });
      return figure.blob.size;
    },
  };
  window.__linkboard = hook;
  return () => {
    if (window.__linkboard === hook) delete window.__linkboard;
  };
}

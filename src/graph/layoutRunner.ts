/**
 * Runs layouts without freezing the page. Heavy layouts (fcose) of more than a few hundred
 * entities go to a Web Worker (layoutWorker.ts): new entities are first placed at once on a
 * spiral, hubs in the middle, so the graph shows straight away, and the worker's positions are
 * applied in one batch when they arrive. Small graphs, light layouts, and every layout where
 * there is no Worker (tests in jsdom) run in place: for them the worker would only add its start-up.
 */
import type { Core, NodeCollection, NodeSingular, Position } from 'cytoscape';
import type { LayoutName } from '../domain/viewState';
import { layoutOptions, loadLayoutExtensions } from './layouts';
import type { LayoutRequest, LayoutResponse } from './layoutProtocol';
import { afterNextFrame, mark, measure, PERF } from './perfMarks';

const WORKER_LAYOUTS: ReadonlySet<LayoutName> = new Set<LayoutName>(['force']);
/** Up to this many entities, fcose takes well under 200 ms: no need for the worker. */
const IN_PLACE_UP_TO = 200;
const FIT_PADDING = 40;
/** Entity labels: 11 px type, wrapped at 120 px (see stylesheet.ts). */
const LABEL_CHAR_WIDTH = 6.5;
const LABEL_LINE_HEIGHT = 14;
const LABEL_MAX_WIDTH = 120;

// ------------------------------------------------------------------ the worker, one per page

let worker: Worker | null = null;
const waiting = new Map<number, (response: LayoutResponse | null) => void>();

function layoutWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  if (!worker) {
    const created = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
    created.onmessage = (event: MessageEvent<LayoutResponse>) => {
      waiting.get(event.data.id)?.(event.data);
      waiting.delete(event.data.id);
    };
    created.onerror = () => stopWorker();
    worker = created;
  }
  return worker;
}

/** Ends the worker and whatever it was computing; the next layout starts a fresh one. */
function stopWorker(): void {
  worker?.terminate();
  worker = null;
  for (const resolve of waiting.values()) resolve(null);
  waiting.clear();
}

// ------------------------------------------------------------------ requests

let nextRequestId = 1;

function labelBox(node: NodeSingular): { width: number; height: number } {
  const size = Number(node.data('size')) || 30;
  const textWidth = String(node.data('label') ?? '').length * LABEL_CHAR_WIDTH;
  const lines = Math.max(1, Math.ceil(textWidth / LABEL_MAX_WIDTH));
  return {
    width: Math.max(size, Math.min(LABEL_MAX_WIDTH, textWidth)),
    height: size + 4 + lines * LABEL_LINE_HEIGHT,
  };
}

function requestFor(cy: Core, nodes: NodeCollection, layout: LayoutName): LayoutRequest {
  const count = nodes.length;
  const indexOf = new Map<string, number>();
  const sizes = new Float32Array(2 * count);
  const locked = new Uint8Array(count);
  const positions = new Float64Array(2 * count);
  nodes.forEach((node, i) => {
    indexOf.set(node.id(), i);
    const box = labelBox(node);
    sizes[2 * i] = box.width;
    sizes[2 * i + 1] = box.height;
    locked[i] = node.locked() ? 1 : 0;
    const { x, y } = node.position();
    positions[2 * i] = x;
    positions[2 * i + 1] = y;
  });
  const edges = cy.edges();
  const ends = new Uint32Array(2 * edges.length);
  let kept = 0;
  edges.forEach((edge) => {
    const source = indexOf.get(edge.source().id());
    const target = indexOf.get(edge.target().id());
    if (source === undefined || target === undefined) return;
    ends[2 * kept] = source;
    ends[2 * kept + 1] = target;
    kept++;
  });
  return { id: nextRequestId++, layout, sizes, locked, positions, ends: ends.slice(0, 2 * kept) };
}

// ------------------------------------------------------------------ placing

type PositionsById = Record<string, Position>;

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Sunflower spiral, best connected first: a readable picture in one pass, O(n log n). */
function spiralPositions(nodes: NodeCollection): PositionsById {
  const sorted = nodes.toArray().sort((a, b) => b.degree(false) - a.degree(false));
  const spacing = 38;
  const positions: PositionsById = {};
  sorted.forEach((node, i) => {
    const radius = spacing * Math.sqrt(i);
    const angle = i * GOLDEN_ANGLE;
    positions[node.id()] = { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
  });
  return positions;
}

function hasNoPositions(nodes: NodeCollection): boolean {
  return nodes.toArray().every((node) => {
    const { x, y } = (node as NodeSingular).position();
    return x === 0 && y === 0;
  });
}

/** Moves entities to the given positions in one batch; those not listed, and locked ones, stay. */
function placeAt(cy: Core, positions: PositionsById): Promise<void> {
  return new Promise((resolve) => {
    const layout = cy.layout({
      name: 'preset',
      positions,
      fit: true,
      padding: FIT_PADDING,
    });
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
}

function markDrawn(started: number): void {
  measure(PERF.layout, started);
  const placed = performance.now();
  afterNextFrame(() => {
    measure(PERF.firstRender, placed);
    mark(PERF.drawn);
  });
}

// ------------------------------------------------------------------ the runner

export class LayoutRunner {
  /** The latest request: results of earlier ones are dropped. */
  private latest = 0;

  /** Lays out the nodes of `cy`; resolves once the final positions are applied (or superseded). */
  async run(cy: Core, name: LayoutName): Promise<void> {
    const nodes = cy.nodes();
    if (nodes.empty()) return;
    const started = performance.now();
    const inPlace = nodes.length <= IN_PLACE_UP_TO || !WORKER_LAYOUTS.has(name);
    if (inPlace || !layoutWorker()) {
      const run = this.latest + 1;
      this.latest = run;
      await loadLayoutExtensions();
      if (run !== this.latest || cy.destroyed()) return;
      await new Promise<void>((resolve) => {
        const layout = cy.layout(layoutOptions(name, nodes.length));
        layout.one('layoutstop', () => resolve());
        layout.run();
      });
      if (run === this.latest) markDrawn(started);
      return;
    }

    if (hasNoPositions(nodes)) {
      await placeAt(cy, spiralPositions(nodes));
      afterNextFrame(() => mark(PERF.placed));
    }
    const request = requestFor(cy, nodes, name);
    this.latest = request.id;
    if (waiting.size > 0) stopWorker(); // it is busy with a layout nobody wants any more
    const response = await new Promise<LayoutResponse | null>((resolve) => {
      waiting.set(request.id, resolve);
      layoutWorker()?.postMessage(request, [
        request.sizes.buffer,
        request.locked.buffer,
        request.positions.buffer,
        request.ends.buffer,
      ]);
    });
    if (!response || request.id !== this.latest || cy.destroyed()) return;
    if ('error' in response) throw new Error(`Layout failed: ${response.error}`);
    const positions: PositionsById = {};
    nodes.forEach((node, i) => {
      if (!node.removed())
        positions[node.id()] = { x: response.positions[2 * i]!, y: response.positions[2 * i + 1]! };
    });
    await placeAt(cy, positions);
    if (request.id === this.latest) markDrawn(started);
  }
}

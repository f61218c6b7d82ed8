/**
 * Plans layouts without freezing the page. Heavy ones run in a Web Worker (layoutWorker.ts): ELK's
 * layered layout always, fcose above a few hundred entities. While the worker computes a force
 * layout of a new graph, its entities are placed at once on a spiral, hubs in the middle, so the
 * graph shows straight away. The worker's positions come back as preset options, which the layout
 * controller (controllers/layout.ts) applies in one batch. Small force layouts, light layouts,
 * and every layout where there is no Worker (tests in jsdom) are planned in place: for them the
 * worker would only add its start-up.
 */
import type { Core, LayoutOptions, NodeCollection, NodeSingular, Position } from 'cytoscape';
import type { LayoutName } from '../domain/viewState';
import { layeredPresetLayout, planLayout, type LayoutInput } from './layouts';
import type { ForceLayoutRequest, LayoutRequest, LayoutResponse } from './layoutProtocol';
import { drawLayerBeforeFrame, prepareNextFrame } from './internals';
import { afterNextFrame, mark, measure, nextTask, PERF } from './perfMarks';

/** Up to this many entities, fcose takes well under 200 ms: no need for the worker. */
const IN_PLACE_UP_TO = 200;
const FIT_PADDING = 40;

// ------------------------------------------------------------------ the worker

/**
 * One layout worker, started on first use and ended with its owner (the adapter's layout
 * controller), so that two canvases (or two tests) never share one.
 */
class LayoutWorkerClient {
  private worker: Worker | null = null;
  private readonly waiting = new Map<number, (response: LayoutResponse | null) => void>();
  private nextId = 1;

  /** A fresh request id. */
  requestId(): number {
    return this.nextId++;
  }

  /**
   * Starts the worker now, so that it loads while the graph is first placed; false where there
   * is no Worker to run layouts in (jsdom).
   */
  start(): boolean {
    return this.started() !== null;
  }

  /** Sends a request; resolves to null if the worker was stopped before answering. */
  ask(request: LayoutRequest, transfer: Transferable[] = []): Promise<LayoutResponse | null> {
    if (this.waiting.size > 0) this.stop(); // it is busy with a layout nobody wants any more
    return new Promise((resolve) => {
      const target = this.started();
      if (!target) return resolve(null);
      this.waiting.set(request.id, resolve);
      target.postMessage(request, transfer);
    });
  }

  /** Ends the worker and whatever it was computing; the next request starts a fresh one. */
  stop(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const resolve of this.waiting.values()) resolve(null);
    this.waiting.clear();
  }

  private started(): Worker | null {
    if (typeof Worker === 'undefined') return null;
    if (!this.worker) {
      const created = new Worker(new URL('./layoutWorker.ts', import.meta.url), {
        type: 'module',
      });
      created.onmessage = (event: MessageEvent<LayoutResponse>) => {
        this.waiting.get(event.data.id)?.(event.data);
        this.waiting.delete(event.data.id);
      };
      created.onerror = () => this.stop();
      this.worker = created;
    }
    return this.worker;
  }
}

// ------------------------------------------------------------------ requests and placing

function forceRequest(
  id: number,
  cy: Core,
  nodes: NodeCollection,
  input: LayoutInput,
): ForceLayoutRequest {
  const indexOf = new Map<string, number>();
  const sizes = new Float32Array(2 * nodes.length);
  input.nodes.forEach((node, i) => {
    indexOf.set(node.id, i);
    sizes[2 * i] = node.width;
    sizes[2 * i + 1] = node.height;
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
  const fixed = input.fixed.flatMap(({ nodeId, position }) => {
    const index = indexOf.get(nodeId);
    return index === undefined ? [] : [{ index, ...position }];
  });
  return { kind: 'force', id, sizes, ends: ends.slice(0, 2 * kept), fixed };
}

type PositionsById = Record<string, Position>;

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * The i-th point of a sunflower spiral around the origin: radius `spacing`·√i, turned by the
 * golden angle; any number of points fill a disc evenly without overlapping.
 */
export function sunflowerPoint(i: number, spacing: number): Position {
  const radius = spacing * Math.sqrt(i);
  const angle = i * GOLDEN_ANGLE;
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

/** Sunflower spiral, best connected first: a readable picture in one pass, O(n log n). */
function spiralPositions(nodes: NodeCollection): PositionsById {
  const degree = new Map(nodes.map((node) => [node.id(), node.connectedEdges().length]));
  const sorted = nodes.toArray().sort((a, b) => degree.get(b.id())! - degree.get(a.id())!);
  const spacing = 38;
  const positions: PositionsById = {};
  sorted.forEach((node, i) => {
    positions[node.id()] = sunflowerPoint(i, spacing);
  });
  return positions;
}

/** Entities just added sit at the origin until something places them. */
function hasNoPositions(nodes: NodeCollection): boolean {
  return nodes.toArray().every((node) => {
    const { x, y } = (node as NodeSingular).position();
    return x === 0 && y === 0;
  });
}

/** Moves entities to the given positions in one batch; those not listed, and locked ones, stay. */
function presetLayout(positions: PositionsById): LayoutOptions {
  return { name: 'preset', positions, fit: true, padding: FIT_PADDING };
}

/** Elements whose style and bounds are computed per task while a large graph is (re)placed. */
const WARM_UP_CHUNK = 800;

/**
 * Moves entities without drawing, then computes styles and bounds a chunk per task: done at once,
 * on the first frame or fit, that work freezes the page for seconds on large graphs. Drawing is
 * held back meanwhile (Cytoscape draws nothing while a batch is open). Locked entities stay.
 */
async function placeQuietly(
  cy: Core,
  nodes: NodeCollection,
  positions: PositionsById,
): Promise<void> {
  const elements = cy.elements();
  const chunked = elements.length > WARM_UP_CHUNK;
  // Opened before moving anything, so that no frame is drawn until the end.
  if (chunked) cy.startBatch();
  try {
    cy.batch(() => {
      nodes.forEach((node) => {
        const position = positions[node.id()];
        if (position && !node.locked() && !node.removed()) node.position(position);
      });
    });
    if (!chunked) return;
    for (let i = 0; i < elements.length; i += WARM_UP_CHUNK) {
      await nextTask();
      if (cy.destroyed()) return;
      elements.slice(i, i + WARM_UP_CHUNK).boundingBox();
    }
  } finally {
    if (chunked && !cy.destroyed()) {
      cy.endBatch();
      // In this task rather than the frame that shows the graph, which then only draws.
      prepareNextFrame(cy);
    }
  }
}

/**
 * Fits the view to the graph just placed; with `layerFirst`, the frame that shows it then paints a
 * layer drawn beforehand, a slice per task (internals/canvasCaches.ts), rather than each element.
 */
async function fitForFirstFrame(cy: Core, layerFirst: boolean): Promise<void> {
  cy.fit(undefined, FIT_PADDING);
  if (layerFirst) await drawLayerBeforeFrame(cy);
}

// ------------------------------------------------------------------ the runner

export class LayoutRunner {
  /** The latest plan: plans overtaken by a newer one resolve to null. */
  private latest = 0;
  private readonly worker = new LayoutWorkerClient();

  /** Ends the worker; plans still waiting for it resolve to null. */
  dispose(): void {
    this.latest++;
    this.worker.stop();
  }

  /** Options that lay `cy` out with the named layout, or null if a newer plan replaced this one. */
  async plan(
    cy: Core,
    name: LayoutName,
    input: LayoutInput,
    layerFirst = false,
  ): Promise<LayoutOptions | null> {
    const run = ++this.latest;
    const current = () => run === this.latest && !cy.destroyed();
    const offThread =
      name === 'hierarchical' || (name === 'force' && input.nodes.length > IN_PLACE_UP_TO);
    const worker = offThread && this.worker.start() ? this.worker : null;
    // A box around a group's members stands where they are: only they are placed.
    const nodes = cy.nodes(':childless');
    // A graph just drawn has every entity at the origin: placed at once, no frame shows a heap
    // while a layout loads or computes.
    if (hasNoPositions(nodes)) {
      await placeQuietly(cy, nodes, spiralPositions(nodes));
      if (!current()) return null;
      await fitForFirstFrame(cy, layerFirst);
      if (!current()) return null;
      if (worker) afterNextFrame(() => mark(PERF.placed));
    }
    if (!worker) {
      const options = await planLayout(name, input);
      return current() ? options : null;
    }

    if (name === 'hierarchical') {
      const response = await worker.ask({ kind: 'layered', id: worker.requestId(), input });
      if (!response || !current()) return null;
      if ('error' in response) throw new Error(response.error);
      return 'layered' in response ? layeredPresetLayout(response.layered) : null;
    }

    const request = forceRequest(worker.requestId(), cy, nodes, input);
    const response = await worker.ask(request, [request.sizes.buffer, request.ends.buffer]);
    if (!response || !current()) return null;
    if ('error' in response) throw new Error(response.error);
    if (!('positions' in response)) return null;
    const pinned = new Set(input.fixed.map((f) => f.nodeId));
    const positions: PositionsById = {};
    nodes.forEach((node, i) => {
      if (!pinned.has(node.id()))
        positions[node.id()] = { x: response.positions[2 * i]!, y: response.positions[2 * i + 1]! };
    });
    await placeQuietly(cy, nodes, positions);
    if (!current()) return null;
    await fitForFirstFrame(cy, layerFirst);
    // Already in place and fitted: the layout that applies this plan changes nothing.
    return current() ? presetLayout({}) : null;
  }
}

/** Marks the layout done and, at the next frame, drawn (for the benchmark, see perfMarks.ts). */
export function markLaidOut(started: number): void {
  measure(PERF.layout, started);
  const placed = performance.now();
  afterNextFrame(() => {
    measure(PERF.firstRender, placed);
    mark(PERF.drawn);
  });
}

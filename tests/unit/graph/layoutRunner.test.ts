import cytoscape, { type Core, type ElementDefinition, type LayoutOptions } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { computeLayout } from '../../../src/graph/layoutCompute';
import type {
  ForceLayoutRequest,
  LayoutRequest,
  LayoutResponse,
} from '../../../src/graph/layoutProtocol';
import { LayoutRunner } from '../../../src/graph/layoutRunner';
import { labelledBox, type LayoutInput } from '../../../src/graph/layouts';

/** Stands in for the browser's Worker: runs the worker's computation when the test says so. */
class InlineWorker {
  static requests: LayoutRequest[] = [];
  static responses: LayoutResponse[] = [];
  private static queue: { worker: InlineWorker; request: LayoutRequest }[] = [];
  onmessage: ((event: { data: LayoutResponse }) => void) | null = null;
  onerror: (() => void) | null = null;
  terminated = false;

  static reset(): void {
    InlineWorker.requests = [];
    InlineWorker.responses = [];
    InlineWorker.queue = [];
  }

  /** Every live worker answers what it was asked. */
  static async answerAll(): Promise<void> {
    for (const { worker, request } of InlineWorker.queue.splice(0)) {
      if (worker.terminated) continue;
      const response = await computeLayout(request);
      InlineWorker.responses.push(response);
      worker.onmessage?.({ data: response });
    }
  }

  postMessage(request: LayoutRequest): void {
    InlineWorker.requests.push(request);
    InlineWorker.queue.push({ worker: this, request });
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** A chain with hubs: `count` entities, each linked to the previous one and to entity 0. */
function graph(count: number): Core {
  const elements: ElementDefinition[] = [];
  for (let i = 0; i < count; i++)
    elements.push({ group: 'nodes', data: { id: `n${i}`, label: `Entity ${i}`, size: 24 } });
  for (let i = 1; i < count; i++) {
    elements.push({ group: 'edges', data: { id: `a${i}`, source: `n${i - 1}`, target: `n${i}` } });
    if (i > 1)
      elements.push({ group: 'edges', data: { id: `b${i}`, source: 'n0', target: `n${i}` } });
  }
  return cytoscape({ headless: true, styleEnabled: true, elements });
}

/** What the adapter gives a layout (see layoutInput in src/graph/controllers/layout.ts). */
function inputOf(cy: Core, fixed: LayoutInput['fixed'] = []): LayoutInput {
  const nodes = cy.nodes().map((n) => labelledBox(n.id(), String(n.data('label')), 24));
  const links = cy
    .edges()
    .map((e) => ({ id: e.id(), upper: e.source().id(), lower: e.target().id() }));
  return { nodes, links, fixed, aspectRatio: 1.6 };
}

const positionsOf = (cy: Core) => cy.nodes().map((n) => ({ ...n.position() }));

function apply(cy: Core, options: LayoutOptions | null): Promise<void> {
  if (!options) throw new Error('the plan was dropped');
  return new Promise((resolve) => {
    const layout = cy.layout(options);
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
}

function workerPositions(response: LayoutResponse | undefined): { x: number; y: number }[] {
  if (!response || !('positions' in response)) throw new Error('no force layout response');
  const positions: { x: number; y: number }[] = [];
  for (let i = 0; i < response.positions.length; i += 2)
    positions.push({ x: response.positions[i]!, y: response.positions[i + 1]! });
  return positions;
}

describe('LayoutRunner', () => {
  beforeEach(() => {
    InlineWorker.reset();
    vi.stubGlobal('Worker', InlineWorker);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('plans small force layouts in place, without the worker', async () => {
    const cy = graph(20);
    const options = await new LayoutRunner().plan(cy, 'force', inputOf(cy));
    expect(options?.name).toBe('fcose');
    expect(InlineWorker.requests).toHaveLength(0);
  });

  it('places a large graph at once, then hands back the worker positions', async () => {
    const cy = graph(300);
    const planned = new LayoutRunner().plan(cy, 'force', inputOf(cy));
    // Before the worker answers, the entities already have distinct places (the spiral).
    await vi.waitFor(() => expect(InlineWorker.requests).toHaveLength(1));
    const spiral = positionsOf(cy);
    expect(new Set(spiral.map((p) => `${p.x},${p.y}`)).size).toBe(300);
    const request = InlineWorker.requests[0] as ForceLayoutRequest;
    expect(request.kind).toBe('force');
    expect(request.sizes).toHaveLength(2 * 300);
    expect(request.ends).toHaveLength(2 * cy.edges().length);
    await InlineWorker.answerAll();
    await apply(cy, await planned);
    expect(positionsOf(cy)).toEqual(workerPositions(InlineWorker.responses[0]));
  });

  it('keeps pinned entities where they are', async () => {
    const cy = graph(300);
    const pinned = { nodeId: 'n5', position: { x: 1_234, y: -678 } };
    cy.getElementById('n5').position(pinned.position);
    const planned = new LayoutRunner().plan(cy, 'force', inputOf(cy, [pinned]));
    await vi.waitFor(() => expect(InlineWorker.requests).toHaveLength(1));
    expect((InlineWorker.requests[0] as ForceLayoutRequest).fixed).toEqual([
      { index: 5, x: 1_234, y: -678 },
    ]);
    await InlineWorker.answerAll();
    await apply(cy, await planned);
    const { x, y } = cy.getElementById('n5').position();
    expect(x).toBeCloseTo(1_234, 0);
    expect(y).toBeCloseTo(-678, 0);
  });

  it('lays hierarchies out with ELK in the worker, whatever their size', async () => {
    const cy = graph(12);
    const planned = new LayoutRunner().plan(cy, 'hierarchical', inputOf(cy));
    await vi.waitFor(() => expect(InlineWorker.requests).toHaveLength(1));
    expect(InlineWorker.requests[0]!.kind).toBe('layered');
    await InlineWorker.answerAll();
    await apply(cy, await planned);
    // Entity 0 links down to every other one: it sits above them all.
    const top = cy.getElementById('n0').position().y;
    for (const node of cy.nodes('[id != "n0"]')) expect(node.position().y).toBeGreaterThan(top);
  });

  it('drops a plan that a newer one replaced', async () => {
    const cy = graph(300);
    const runner = new LayoutRunner();
    const older = runner.plan(cy, 'force', inputOf(cy));
    await vi.waitFor(() => expect(InlineWorker.requests).toHaveLength(1));
    const newer = runner.plan(cy, 'force', inputOf(cy));
    await vi.waitFor(() => expect(InlineWorker.requests).toHaveLength(2));
    await InlineWorker.answerAll();
    expect(await older).toBeNull();
    // The worker busy with the older layout was stopped: only the newer one answered.
    expect(InlineWorker.responses.map((r) => r.id)).toEqual([InlineWorker.requests[1]!.id]);
    await apply(cy, await newer);
    expect(positionsOf(cy)).toEqual(workerPositions(InlineWorker.responses[0]));
  });
});

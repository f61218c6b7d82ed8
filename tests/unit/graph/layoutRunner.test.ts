import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { computeLayout } from '../../../src/graph/layoutCompute';
import type { LayoutRequest, LayoutResponse } from '../../../src/graph/layoutProtocol';
import { LayoutRunner } from '../../../src/graph/layoutRunner';
import { loadLayoutExtensions } from '../../../src/graph/layouts';

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
    await loadLayoutExtensions();
    for (const { worker, request } of InlineWorker.queue.splice(0)) {
      if (worker.terminated) continue;
      const response = { id: request.id, positions: computeLayout(request) };
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

const positionsOf = (cy: Core) => cy.nodes().map((n) => ({ ...n.position() }));

describe('LayoutRunner', () => {
  beforeEach(() => {
    InlineWorker.reset();
    vi.stubGlobal('Worker', InlineWorker);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('lays small graphs out in place, without the worker', async () => {
    const cy = graph(20);
    await new LayoutRunner().run(cy, 'force');
    expect(InlineWorker.requests).toHaveLength(0);
    expect(new Set(positionsOf(cy).map((p) => `${p.x},${p.y}`)).size).toBe(20);
  });

  it('places a large graph at once, then applies the worker positions in one batch', async () => {
    const cy = graph(300);
    const runner = new LayoutRunner();
    const done = runner.run(cy, 'force');
    // Before the worker answers, the entities already have distinct places (the spiral).
    await vi.waitFor(() => expect(InlineWorker.requests).toHaveLength(1));
    const first = positionsOf(cy);
    expect(new Set(first.map((p) => `${p.x},${p.y}`)).size).toBe(300);
    const request = InlineWorker.requests[0]!;
    expect(request.locked).toHaveLength(300);
    expect(request.ends).toHaveLength(2 * cy.edges().length);
    await InlineWorker.answerAll();
    await done;
    expect(positionsOf(cy)).toEqual(workerPositions(InlineWorker.responses[0]!));
  });

  it('keeps locked entities where they are', async () => {
    const cy = graph(300);
    cy.getElementById('n5').position({ x: 12_345, y: -6_789 }).lock();
    const done = new LayoutRunner().run(cy, 'force');
    await vi.waitFor(() => expect(InlineWorker.requests).toHaveLength(1));
    await InlineWorker.answerAll();
    await done;
    expect(cy.getElementById('n5').position()).toEqual({ x: 12_345, y: -6_789 });
  });

  it('drops the result of a layout that a newer one replaced', async () => {
    const cy = graph(300);
    const runner = new LayoutRunner();
    const older = runner.run(cy, 'force');
    await vi.waitFor(() => expect(InlineWorker.requests).toHaveLength(1));
    const newer = runner.run(cy, 'force');
    await vi.waitFor(() => expect(InlineWorker.requests).toHaveLength(2));
    await InlineWorker.answerAll();
    await older;
    await newer;
    expect(InlineWorker.requests).toHaveLength(2);
    // The worker busy with the older layout was stopped: only the newer one answered.
    expect(InlineWorker.responses.map((r) => r.id)).toEqual([InlineWorker.requests[1]!.id]);
    expect(positionsOf(cy)).toEqual(workerPositions(InlineWorker.responses[0]!));
  });
});

function workerPositions(response: LayoutResponse): { x: number; y: number }[] {
  if ('error' in response) throw new Error(response.error);
  const positions: { x: number; y: number }[] = [];
  for (let i = 0; i < response.positions.length; i += 2)
    positions.push({ x: response.positions[i]!, y: response.positions[i + 1]! });
  return positions;
}

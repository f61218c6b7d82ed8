/**
 * The work of the layout worker (layoutWorker.ts), kept apart from its messaging so that tests
 * can run it: fcose on a headless Cytoscape holding the request's entities and relations, or ELK's
 * layered layout.
 */
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { forceLayout, layeredPositions, loadLayoutExtensions } from './layouts';
// The worker imports the seeded layout alone: the door (internals/index.ts) also brings React.
// eslint-disable-next-line no-restricted-imports
import { runSeeded } from './internals/seededLayout';
import type { ForceLayoutRequest, LayoutRequest, LayoutResponse } from './layoutProtocol';

/** Positions in request order, interleaved. Call loadLayoutExtensions() first. */
export function computeForceLayout(request: ForceLayoutRequest): Float64Array {
  const { sizes, ends, fixed } = request;
  const count = sizes.length / 2;
  const elements: ElementDefinition[] = [];
  for (let i = 0; i < count; i++)
    elements.push({
      group: 'nodes',
      data: { id: String(i), w: sizes[2 * i], h: sizes[2 * i + 1] },
    });
  for (let j = 0; j < ends.length / 2; j++)
    elements.push({
      group: 'edges',
      data: { id: `e${j}`, source: String(ends[2 * j]), target: String(ends[2 * j + 1]) },
    });
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
    elements,
  });
  const options = forceLayout(count, {
    fixed: fixed.map((f) => ({ nodeId: String(f.index), position: { x: f.x, y: f.y } })),
  });
  // Label sizes are already in the entity sizes: the worker has no text to measure.
  runSeeded(() =>
    cy
      .layout({
        ...options,
        fit: false,
        nodeDimensionsIncludeLabels: false,
      } as cytoscape.LayoutOptions)
      .run(),
  );
  const positions = new Float64Array(2 * count);
  cy.nodes().forEach((node) => {
    const i = Number(node.id());
    const { x, y } = node.position();
    positions[2 * i] = x;
    positions[2 * i + 1] = y;
  });
  cy.destroy();
  spreadOut(positions, sizes);
  for (const f of fixed) {
    positions[2 * f.index] = f.x;
    positions[2 * f.index + 1] = f.y;
  }
  return positions;
}

/**
 * fcose's draft quality (its spectral layout, used for large graphs) packs thousands of entities
 * into a few hundred pixels. Scales the picture about its centre until it offers at least the room
 * the entities take, so that zooming in separates them.
 */
export function spreadOut(positions: Float64Array, sizes: Float32Array): void {
  const count = positions.length / 2;
  if (count < 2) return;
  let [minX, minY, maxX, maxY, needed] = [Infinity, Infinity, -Infinity, -Infinity, 0];
  for (let i = 0; i < count; i++) {
    minX = Math.min(minX, positions[2 * i]!);
    maxX = Math.max(maxX, positions[2 * i]!);
    minY = Math.min(minY, positions[2 * i + 1]!);
    maxY = Math.max(maxY, positions[2 * i + 1]!);
    needed += sizes[2 * i]! * sizes[2 * i + 1]!;
  }
  const area = Math.max(1, (maxX - minX) * (maxY - minY));
  const scale = Math.sqrt(needed / area);
  if (scale <= 1) return;
  const [cx, cy] = [(minX + maxX) / 2, (minY + maxY) / 2];
  for (let i = 0; i < count; i++) {
    positions[2 * i] = cx + (positions[2 * i]! - cx) * scale;
    positions[2 * i + 1] = cy + (positions[2 * i + 1]! - cy) * scale;
  }
}

export async function computeLayout(request: LayoutRequest): Promise<LayoutResponse> {
  try {
    if (request.kind === 'layered')
      return { id: request.id, layered: await layeredPositions(request.input) };
    await loadLayoutExtensions();
    return { id: request.id, positions: computeForceLayout(request) };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The work of the layout worker (layoutWorker.ts), kept apart from its messaging so that tests
 * can run it: a headless Cytoscape holding the request's entities and relations, laid out with
 * the named layout; positions come back in request order. Call loadLayoutExtensions() first.
 */
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { layoutOptions } from './layouts';
import type { LayoutRequest } from './layoutProtocol';

export function computeLayout(request: LayoutRequest): Float64Array {
  const { sizes, locked, positions, ends } = request;
  const count = locked.length;
  const elements: ElementDefinition[] = [];
  for (let i = 0; i < count; i++)
    elements.push({
      group: 'nodes',
      data: { id: String(i), w: sizes[2 * i], h: sizes[2 * i + 1] },
      position: { x: positions[2 * i]!, y: positions[2 * i + 1]! },
      locked: locked[i] === 1,
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
  // Label sizes are already in the entity sizes: the worker has no text to measure.
  cy.layout({
    ...layoutOptions(request.layout, count),
    animate: false,
    fit: false,
    nodeDimensionsIncludeLabels: false,
  } as cytoscape.LayoutOptions).run();
  const result = new Float64Array(2 * count);
  cy.nodes().forEach((node) => {
    const i = Number(node.id());
    const { x, y } = node.position();
    result[2 * i] = x;
    result[2 * i + 1] = y;
  });
  cy.destroy();
  return result;
}

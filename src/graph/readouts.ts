/**
 * Read-outs of what the canvas shows, for tests and the benchmark (`?bench`, see benchHook.ts).
 * They only read: nothing here changes what Cytoscape draws.
 */
import type { Core } from 'cytoscape';
import { MINOR_LABEL_CLASS } from './labelScale';

/** How names are drawn now (see labelScale.ts). */
export interface LabelReadout {
  zoom: number;
  scale: number;
  named: string[];
  nameBoxes: { x1: number; y1: number; x2: number; y2: number }[];
}

/** How many entities and relations Cytoscape holds. */
export function renderedCounts(cy: Core | null): { nodes: number; edges: number } {
  return { nodes: cy?.nodes().length ?? 0, edges: cy?.edges().length ?? 0 };
}

/** The zoom, the names' enlargement (`scale`), which entities are named and where. */
export function labelReadout(cy: Core | null, scale: number): LabelReadout {
  if (!cy) return { zoom: 1, scale: 1, named: [], nameBoxes: [] };
  const named = cy.nodes().filter((node) => !node.hasClass(MINOR_LABEL_CLASS));
  return {
    zoom: cy.zoom(),
    scale,
    named: named.map((n) => n.id()),
    // Where Cytoscape itself draws each name, in graph units.
    nameBoxes: named.map((n) => {
      const { x1, y1, x2, y2 } = n.boundingBox({ includeNodes: false, includeEdges: false });
      return { x1, y1, x2, y2 };
    }),
  };
}

/** Where an entity stands: in graph units, and in pixels from the canvas's top-left corner. */
export interface PositionReadout {
  x: number;
  y: number;
  renderedX: number;
  renderedY: number;
}

/** Where each of the drawn entities among `ids` stands. */
export function positionReadout(
  cy: Core | null,
  ids: readonly string[],
): Record<string, PositionReadout> {
  const positions: Record<string, PositionReadout> = {};
  for (const id of ids) {
    const node = cy?.getElementById(id);
    if (!node || node.empty() || !node.isNode()) continue;
    const { x, y } = node.position();
    const rendered = node.renderedPosition();
    positions[id] = { x, y, renderedX: rendered.x, renderedY: rendered.y };
  }
  return positions;
}

/**
 * Moving the selection with the arrow keys: to the drawn neighbour of the selected entity that
 * lies in the arrow's direction on screen (src/domain/directionalStep.ts chooses). With nothing
 * selected, the entity nearest the middle of the canvas is selected first.
 */
import type { Core, NodeSingular } from 'cytoscape';
import {
  nearestTo,
  stepToward,
  type ArrowDirection,
  type Candidate,
} from '../domain/directionalStep';
import type { Selection } from '../domain/viewState';

function candidate(node: NodeSingular): Candidate {
  const { x, y } = node.renderedPosition();
  return { id: node.id(), x, y };
}

/** Entities one may select: drawn, and no box around a group's members. */
function selectable(node: NodeSingular): boolean {
  return node.visible() && !node.isParent();
}

/** The entity the arrow leads to from the current selection, or undefined to stay. */
export function arrowTarget(
  cy: Core,
  selection: Selection | null,
  direction: ArrowDirection,
): string | undefined {
  const from = selection ? cy.getElementById(selection.id) : cy.collection();
  if (from.nonempty() && from.isNode()) {
    const neighbours = from
      .neighborhood()
      .nodes()
      .filter((n) => selectable(n) && n.id() !== from.id());
    return stepToward(candidate(from), neighbours.map(candidate), direction);
  }
  if (from.nonempty() && from.isEdge()) {
    // A relation: on to whichever of its ends lies that way.
    const middle = from.renderedMidpoint();
    const ends = from.connectedNodes().filter(selectable).map(candidate);
    return stepToward(middle, ends, direction);
  }
  const nodes = cy.nodes().filter(selectable);
  return nearestTo({ x: cy.width() / 2, y: cy.height() / 2 }, nodes.map(candidate));
}

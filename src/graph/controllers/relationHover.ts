/**
 * Relations answer the pointer: the hovered relation is drawn wider over a soft blue band, and its
 * two ends are ringed, so that one line can be followed through a crowd. The selected relation's
 * ends are ringed too (SelectionController keeps the selected element; this keeps its ends).
 * Very large graphs (economical mode) go without: every class change there restyles thousands of
 * elements and drops the renderer's cached layer.
 */
import type { Core, EdgeSingular, EventObject } from 'cytoscape';
import type { RenderMode } from '../renderMode';
import type { LinkboardState } from '../../store/store';
import { drawnIdOf, type DrawnGraph, type GraphController } from './types';

export const RELATION_HOVERED_CLASS = 'relation-hovered';
export const RELATION_END_HOVERED_CLASS = 'relation-end-hovered';
export const SELECTED_RELATION_END_CLASS = 'relation-end-selected';

/** Classes that show where the pointer is: left out of exported figures. */
export const POINTER_CLASSES = [RELATION_HOVERED_CLASS, RELATION_END_HOVERED_CLASS];

export class RelationHoverController implements GraphController {
  private cy: Core | null = null;
  private economical = false;
  private appliedSelection: string | null | undefined = undefined;
  private appliedVersion = -1;

  attach(cy: Core, mode: RenderMode | null): () => void {
    this.cy = cy;
    this.economical = mode?.economical === true;
    this.appliedSelection = undefined;
    if (this.economical) return () => {};
    cy.on('mouseover', 'edge', this.onOver);
    cy.on('mouseout', 'edge', this.onOut);
    return () => {
      if (cy.destroyed()) return;
      cy.off('mouseover', 'edge', this.onOver);
      cy.off('mouseout', 'edge', this.onOut);
    };
  }

  sync(graph: DrawnGraph, state: LinkboardState): void {
    if (this.economical) return;
    const selection = state.view.selection;
    const edgeId = selection?.kind === 'edge' ? drawnIdOf(graph, selection.id) : null;
    if (edgeId === this.appliedSelection && graph.elementsVersion === this.appliedVersion) return;
    this.appliedSelection = edgeId;
    this.appliedVersion = graph.elementsVersion;
    const { cy } = graph;
    const ends = edgeId ? cy.getElementById(edgeId).connectedNodes() : cy.collection();
    cy.batch(() => {
      cy.nodes(`.${SELECTED_RELATION_END_CLASS}`)
        .difference(ends)
        .removeClass(SELECTED_RELATION_END_CLASS);
      ends.addClass(SELECTED_RELATION_END_CLASS);
    });
  }

  private readonly onOver = (event: EventObject): void => {
    const edge = event.target as EdgeSingular;
    const cy = this.cy;
    if (!cy || cy.destroyed()) return;
    cy.batch(() => {
      this.clear(cy);
      edge.addClass(RELATION_HOVERED_CLASS);
      edge.connectedNodes().addClass(RELATION_END_HOVERED_CLASS);
    });
  };

  private readonly onOut = (): void => {
    const cy = this.cy;
    if (cy && !cy.destroyed()) cy.batch(() => this.clear(cy));
  };

  private clear(cy: Core): void {
    cy.$(`.${RELATION_HOVERED_CLASS}`).removeClass(RELATION_HOVERED_CLASS);
    cy.$(`.${RELATION_END_HOVERED_CLASS}`).removeClass(RELATION_END_HOVERED_CLASS);
  }
}

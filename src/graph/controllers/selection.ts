/** Keeps Cytoscape's selected element the one the store has selected (events select nothing drawn). */
import type { Selection } from '../../domain/viewState';
import type { LinkboardState } from '../../store/store';
import { drawnIdOf, type DrawnGraph, type GraphController } from './types';

export class SelectionController implements GraphController {
  private applied: Selection | null | undefined = undefined;
  private appliedVersion = -1;

  sync(graph: DrawnGraph, state: LinkboardState): void {
    const selection = state.view.selection;
    const { cy } = graph;
    if (selection !== this.applied) {
      cy.batch(() => {
        cy.elements(':selected').unselect();
        // An entity folded into a collapsed group shows as that group, selected.
        if (selection && selection.kind !== 'event')
          cy.getElementById(drawnIdOf(graph, selection.id)).select();
      });
    } else if (graph.elementsVersion !== this.appliedVersion && selection?.kind !== 'event') {
      // The selected element may have just come back: only it needs selecting.
      const element = selection ? cy.getElementById(drawnIdOf(graph, selection.id)) : null;
      if (element?.nonempty() && !element.selected()) element.select();
    }
    this.applied = selection;
    this.appliedVersion = graph.elementsVersion;
  }
}

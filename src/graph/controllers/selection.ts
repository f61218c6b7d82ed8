/**
 * Keeps Cytoscape's selected elements those the store has selected: the selection, or the entities
 * picked together (events select nothing drawn).
 */
import type { Selection } from '../../domain/viewState';
import type { LinkboardState } from '../../store/store';
import { drawnIdOf, type DrawnGraph, type GraphController } from './types';

export class SelectionController implements GraphController {
  private applied: Selection | null | undefined = undefined;
  private appliedPicked: readonly string[] | undefined = undefined;
  private appliedVersion = -1;

  sync(graph: DrawnGraph, state: LinkboardState): void {
    const { selection, picked } = state.view;
    const { cy } = graph;
    // An entity folded into a collapsed group shows as that group, selected.
    const wanted = () =>
      picked.length > 0
        ? picked.map((id) => drawnIdOf(graph, id))
        : selection && selection.kind !== 'event'
          ? [drawnIdOf(graph, selection.id)]
          : [];
    if (selection !== this.applied || picked !== this.appliedPicked) {
      cy.batch(() => {
        cy.elements(':selected').unselect();
        for (const id of wanted()) cy.getElementById(id).select();
      });
    } else if (graph.elementsVersion !== this.appliedVersion) {
      // The selected elements may have just come back: only they need selecting.
      for (const id of wanted()) {
        const element = cy.getElementById(id);
        if (element.nonempty() && !element.selected()) element.select();
      }
    }
    this.applied = selection;
    this.appliedPicked = picked;
    this.appliedVersion = graph.elementsVersion;
  }
}

/**
 * Emphasises what the view highlights (event participants, a chain of command, paths) and fades
 * the rest; with no highlight, neither class is on.
 */
import type { Highlight } from '../../domain/highlight';
import { selectHighlight } from '../../store/selectors';
import type { LinkboardState } from '../../store/store';
import { drawnIdOf, setClass, type DrawnGraph, type GraphController } from './types';

export class EmphasisController implements GraphController {
  private applied: Highlight | null | undefined = undefined;
  private appliedVersion = -1;

  sync(graph: DrawnGraph, state: LinkboardState): void {
    const highlight = selectHighlight(state);
    if (highlight === this.applied && graph.elementsVersion === this.appliedVersion) return;
    this.applied = highlight;
    this.appliedVersion = graph.elementsVersion;
    const { cy } = graph;
    // What is folded into a collapsed group or a bundle is emphasised there.
    const drawnAs = (ids: ReadonlySet<string> | undefined) =>
      ids && graph.view.grouped ? new Set([...ids].map((id) => drawnIdOf(graph, id))) : ids;
    const nodeIds = drawnAs(highlight?.nodeIds);
    const edgeIds = drawnAs(highlight?.edgeIds);
    cy.batch(() => {
      cy.elements().forEach((ele) => {
        const ids = ele.isNode() ? nodeIds : edgeIds;
        const emphasised = ids?.has(ele.id()) ?? false;
        setClass(ele, 'highlighted', highlight !== null && emphasised);
        setClass(ele, 'faded', highlight !== null && !emphasised);
      });
    });
  }
}

/**
 * Time drawn on the canvas: the relations that appeared, ended, or did both over a compared period
 * (see changeMarks) get a class each, coloured by the stylesheet; with a date or period set, what
 * is drawn only for lack of dates gets `undated` and is drawn faded, apart from what the dates
 * place there.
 */
import type { ChangeMarks, Highlight } from '../../domain/highlight';
import { selectChangeMarks, selectUndatedPresence } from '../../store/selectors';
import type { LinkboardState } from '../../store/store';
import { setClass, type DrawnGraph, type GraphController } from './types';

export const CHANGE_CLASSES = {
  appeared: 'change-appeared',
  ended: 'change-ended',
  cameAndWent: 'change-came-and-went',
} as const satisfies Record<keyof ChangeMarks, string>;

export const UNDATED_CLASS = 'undated';

export class TimeController implements GraphController {
  private appliedMarks: ChangeMarks | null | undefined = undefined;
  private appliedUndated: Highlight | null | undefined = undefined;
  private appliedVersion = -1;

  sync(graph: DrawnGraph, state: LinkboardState): void {
    const marks = selectChangeMarks(state);
    const undated = selectUndatedPresence(state);
    if (
      marks === this.appliedMarks &&
      undated === this.appliedUndated &&
      graph.elementsVersion === this.appliedVersion
    )
      return;
    this.appliedMarks = marks;
    this.appliedUndated = undated;
    this.appliedVersion = graph.elementsVersion;
    const { cy } = graph;
    cy.batch(() => {
      cy.edges().forEach((edge) => {
        const id = edge.id();
        for (const [kind, name] of Object.entries(CHANGE_CLASSES) as [keyof ChangeMarks, string][])
          setClass(edge, name, marks?.[kind].has(id) ?? false);
        setClass(edge, UNDATED_CLASS, undated?.edgeIds.has(id) ?? false);
      });
      cy.nodes().forEach((node) => {
        setClass(node, UNDATED_CLASS, undated?.nodeIds.has(node.id()) ?? false);
      });
    });
  }
}

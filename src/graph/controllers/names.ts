/**
 * Entity names at overview zoom (see labelScale.ts): zoomed out, names grow in steps to stay
 * readable, and only as many as fit keep theirs, the better-connected, selected and highlighted
 * first; the entity under the pointer always shows its name. Large graphs keep their economical
 * style, which names entities only once zoomed in.
 *
 * Which names show depends on the zoom, on where entities stand, on which are drawn, selected
 * and highlighted: names are chosen again when any of those changes, once per store change, after
 * the selection and emphasis controllers have set their classes.
 */
import type { Core, EventObject, SingularElementArgument } from 'cytoscape';
import type { Highlight } from '../../domain/highlight';
import type { Selection } from '../../domain/viewState';
import { selectHighlight } from '../../store/selectors';
import type { LinkboardState } from '../../store/store';
import {
  estimateNameWidth,
  HOVERED_CLASS,
  LABEL_SCALE_CLASSES,
  labelScaleClass,
  labelScaleFor,
  MINOR_LABEL_CLASS,
  minorLabelIds,
  NODE_FONT_WEIGHT,
  type NameWidth,
} from '../labelScale';
import type { RenderMode } from '../renderMode';
import { FONT_STACK } from '../stylesheet';
import { setClass, type DrawnGraph, type GraphController } from './types';

export class NamesController implements GraphController {
  private cy: Core | null = null;
  private economical = false;
  /** The label enlargement drawn now; 1 is none. */
  private drawnScale = 1;
  /** The entity under the pointer, if any. */
  private hoveredNodeId: string | null = null;
  private measureName: NameWidth | undefined;
  /** What names were last chosen for. */
  private chosenFor: {
    version: number;
    selection: Selection | null;
    highlight: Highlight | null;
  } | null = null;

  attach(cy: Core, mode: RenderMode | null): () => void {
    this.cy = cy;
    this.economical = mode?.economical === true;
    this.drawnScale = 1;
    this.hoveredNodeId = null;
    this.chosenFor = null;
    cy.on('zoom', this.onZoom);
    cy.on('mouseover', 'node', this.onHover);
    cy.on('mouseout', 'node', this.onHover);
    // Names are chosen by where entities stand.
    cy.on('dragfree', 'node', this.onMoved);
    cy.on('layoutstop', this.onMoved);
    return () => {
      if (cy.destroyed()) return;
      cy.off('zoom', this.onZoom);
      cy.off('mouseover', 'node', this.onHover);
      cy.off('mouseout', 'node', this.onHover);
      cy.off('dragfree', 'node', this.onMoved);
      cy.off('layoutstop', this.onMoved);
    };
  }

  sync(graph: DrawnGraph, state: LinkboardState): void {
    const now = {
      version: graph.elementsVersion,
      selection: state.view.selection,
      highlight: selectHighlight(state),
    };
    const last = this.chosenFor;
    this.chosenFor = now;
    if (
      last &&
      last.version === now.version &&
      last.selection === now.selection &&
      last.highlight === now.highlight
    )
      return;
    this.apply(graph.cy, true);
  }

  /** The enlargement drawn now (1 for none), for the readouts. */
  get scale(): number {
    return this.drawnScale;
  }

  private readonly onZoom = (): void => {
    if (this.cy && !this.cy.destroyed()) this.apply(this.cy);
  };

  private readonly onMoved = (event: EventObject): void => {
    this.apply(event.cy, true);
  };

  /**
   * The hovered class only names an entity whose name is left out at this zoom. Given to any other
   * entity it would change nothing on screen, yet make Cytoscape restyle it and drop its layer
   * cache of the whole graph, which on large graphs makes the next frames redraw every element.
   */
  private readonly onHover = (event: EventObject): void => {
    const node = event.target as SingularElementArgument;
    this.hoveredNodeId = event.type === 'mouseover' ? node.id() : null;
    setClass(node, HOVERED_CLASS, this.namesOnHover(node));
  };

  private namesOnHover(node: SingularElementArgument): boolean {
    return node.id() === this.hoveredNodeId && node.hasClass(MINOR_LABEL_CLASS);
  }

  /**
   * Sets each entity's label class for the zoom, choosing again which names fit when `changed`
   * (entities moved, came, went, or were selected or highlighted).
   */
  private apply(cy: Core, changed = false): void {
    const scale = this.economical ? 1 : labelScaleFor(cy.zoom());
    // At scale 1 no entity has a label class, and new ones come without: nothing to do.
    if (scale === this.drawnScale && (!changed || scale === 1)) return;
    this.drawnScale = scale;
    const wanted = scale === 1 ? null : labelScaleClass(scale);
    const minor = minorLabelIds(
      cy.nodes().map((node) => ({
        id: node.id(),
        label: String(node.data('label') ?? ''),
        degree: node.degree(false),
        first: node.selected() || node.hasClass('highlighted'),
        ...node.position(),
        size: Number(node.data('size')) || 0,
      })),
      scale,
      this.nameWidth(),
    );
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        for (const name of LABEL_SCALE_CLASSES) setClass(node, name, name === wanted);
        setClass(node, MINOR_LABEL_CLASS, minor.has(node.id()));
        setClass(node, HOVERED_CLASS, this.namesOnHover(node));
      });
    });
  }

  /** The browser's own measure of names (the estimate where there is no 2D canvas, as in jsdom). */
  private nameWidth(): NameWidth {
    if (this.measureName) return this.measureName;
    const context = document.createElement('canvas').getContext('2d');
    this.measureName = context
      ? (text, fontSize) => {
          context.font = `${NODE_FONT_WEIGHT} ${fontSize}px ${FONT_STACK}`;
          return context.measureText(text).width;
        }
      : estimateNameWidth;
    return this.measureName;
  }
}

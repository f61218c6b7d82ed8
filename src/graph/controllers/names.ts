/**
 * Entity names at every zoom (see labelScale.ts): names keep a readable size on screen, and only
 * as many as fit without covering each other keep theirs, each under, beside or above its entity:
 * the selection and what a chain, path or event highlights first, then the selected entity's
 * neighbours, then the better-connected; the entity under the pointer always shows its name.
 * Large graphs keep their economical style, which names entities only once zoomed in.
 *
 * Which names show depends on the label scale step, on where entities stand, on which are drawn,
 * selected and highlighted: names are chosen again when any of those changes.
 */
import type { Core, EventObject, SingularElementArgument } from 'cytoscape';
import type { GraphIndex } from '../../domain/graphIndex';
import type { Highlight } from '../../domain/highlight';
import type { Selection } from '../../domain/viewState';
import { selectHighlight } from '../../store/selectors';
import type { LinkboardState } from '../../store/store';
import {
  chooseNames,
  estimateNameWidth,
  HOVERED_CLASS,
  LABEL_PLACEMENT_CLASSES,
  LABEL_SCALE_CLASSES,
  labelPlacementClass,
  labelScaleClass,
  labelScaleFor,
  MINOR_LABEL_CLASS,
  NARROW_LABEL_CLASS,
  NODE_FONT_WEIGHT,
  type NamePriority,
  type NameWidth,
} from '../labelScale';
import type { RenderMode } from '../renderMode';
import { FONT_STACK } from '../stylesheet';
import { setClass, type DrawnGraph, type GraphController } from './types';

export class NamesController implements GraphController {
  private cy: Core | null = null;
  private economical = false;
  /** The label scale drawn now (1 is the designed size); 0 before names were first chosen. */
  private drawnScale = 0;
  /** Entities named before the others, and how strongly (see NamePriority). */
  private priorities = new Map<string, NamePriority>();
  /** The entity under the pointer, if any. */
  private hoveredNodeId: string | null = null;
  private measureName: NameWidth | undefined;
  /** What names were last chosen for. */
  private chosenFor: {
    version: number;
    selection: Selection | null;
    picked: readonly string[];
    highlight: Highlight | null;
  } | null = null;

  attach(cy: Core, mode: RenderMode | null): () => void {
    this.cy = cy;
    this.economical = mode?.economical === true;
    this.drawnScale = 0;
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
      picked: state.view.picked,
      highlight: selectHighlight(state),
    };
    const last = this.chosenFor;
    this.chosenFor = now;
    if (
      last &&
      last.version === now.version &&
      last.selection === now.selection &&
      last.picked === now.picked &&
      last.highlight === now.highlight
    )
      return;
    this.priorities = namePriorities(graph.index, now.selection, now.highlight);
    for (const id of now.picked) this.priorities.set(id, 'forced');
    this.apply(graph.cy, true);
  }

  /** The label scale drawn now (1 for the designed size), for the readouts. */
  get scale(): number {
    return this.drawnScale || 1;
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
   * Sets each entity's label classes for the zoom, choosing again which names fit and where when
   * the scale step changes or when `changed` (entities moved, came, went, or were selected or
   * highlighted). Economical graphs (very large ones) keep Cytoscape's own rule: names once
   * zoomed in.
   */
  private apply(cy: Core, changed = false): void {
    if (this.economical) return;
    const scale = labelScaleFor(cy.zoom());
    if (scale === this.drawnScale && !changed) return;
    this.drawnScale = scale;
    const wanted = scale === 1 ? null : labelScaleClass(scale);
    // A group's box is named at its top and holds its members: it is no candidate for a spot.
    const entities = cy.nodes(':childless');
    const { minor, placements, narrow } = chooseNames(
      entities.map((node) => ({
        id: node.id(),
        label: String(node.data('label') ?? ''),
        degree: node.degree(false),
        priority: this.priorities.get(node.id()),
        ...node.position(),
        size: Number(node.data('size')) || 0,
      })),
      scale,
      this.nameWidth(),
    );
    cy.batch(() => {
      entities.forEach((node) => {
        const id = node.id();
        const placement = placements.get(id);
        const placed = placement && placement !== 'bottom' ? labelPlacementClass(placement) : null;
        for (const name of LABEL_SCALE_CLASSES) setClass(node, name, name === wanted);
        for (const name of LABEL_PLACEMENT_CLASSES) setClass(node, name, name === placed);
        setClass(node, MINOR_LABEL_CLASS, minor.has(id));
        setClass(node, NARROW_LABEL_CLASS, narrow.has(id));
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

/** Highlights few enough, and asked for by name, that every entity in them is named. */
const ALWAYS_NAMED: ReadonlySet<Highlight['kind']> = new Set(['path', 'chain', 'event']);

/**
 * Who is named first: the selected entity, or both ends of the selected relation, and whatever a
 * path, a chain or an event highlights, are always named; the selected entity's neighbours (or
 * what a focus or a period highlights) come next.
 */
function namePriorities(
  index: GraphIndex,
  selection: Selection | null,
  highlight: Highlight | null,
): Map<string, NamePriority> {
  const priorities = new Map<string, NamePriority>();
  if (highlight) {
    const priority: NamePriority = ALWAYS_NAMED.has(highlight.kind) ? 'forced' : 'preferred';
    for (const id of highlight.nodeIds) priorities.set(id, priority);
  }
  if (selection?.kind === 'node') priorities.set(selection.id, 'forced');
  if (selection?.kind === 'edge') {
    const edge = index.edgesById.get(selection.id);
    if (edge) for (const end of [edge.source, edge.target]) priorities.set(end, 'forced');
  }
  return priorities;
}

/**
 * Annotations on the canvas (issue 17, item 4): notes, callouts and highlight rings.
 *
 * They are drawn as an overlay over Cytoscape (HTML cards for the texts, one SVG for rings and
 * leader lines), kept in step with pan, zoom and the members' positions through Cytoscape's events,
 * rather than as Cytoscape elements. Elements would join everything that walks `cy.elements()`:
 * layouts, fit, name placement, selection, counts, the figure's scene. They would also take the
 * canvas's text style (no wrapping, no card). The overlay stays apart from all of that, wraps text
 * as the browser does and draws it with textContent only (never as markup).
 *
 * Loaded on demand (controllers/onDemand.ts) when the view first holds an annotation or the
 * Annotate panel opens. Cards are dragged to move them (the store learns the new place when the
 * pointer is released), clicked to edit them in the panel; with the keyboard, Enter edits, Delete
 * removes and the arrow keys move. While a ring is being made, a click on an entity adds or removes
 * it, and Shift+drag over the background adds every entity in the box.
 */
import type {
  Core,
  EdgeSingular,
  EventObject,
  NodeSingular,
  SingularElementReturnValue,
} from 'cytoscape';
import { withAnnotationEdited, withoutAnnotation } from '../../domain/annotationEdits';
import type { Annotation, Callout } from '../../domain/annotations';
import {
  boxExit,
  linkWidth,
  ringShape,
  ringTop,
  tint,
  towards,
  type RingMember,
} from '../../domain/annotationGeometry';
import type { Point } from '../../domain/labelPlacement';
import type { LinkboardState, LinkboardStore } from '../../store/store';
import { drawnIdOf, type DrawnGraph, type GraphController } from '../controllers/types';
import { CALLOUT_STYLE, RING_BORDER, RING_COLOURS, RING_TINT, RING_PADDING } from './style';
import './overlay.css';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** A callout stays at least this far (screen pixels) from its target, however far out the zoom. */
const MIN_CALLOUT_DISTANCE = 40;
/** A press that moves less than this (screen pixels) is a click, not a drag. */
const DRAG_THRESHOLD = 3;
/** How far an arrow key moves a focused card, in screen pixels. */
const KEY_STEP = 12;

interface Drag {
  id: number;
  pointerId: number;
  startX: number;
  startY: number;
  /**
   * Where the card was: a note's centre in graph units; a callout's centre from its target, in
   * screen pixels (so that the card follows the pointer exactly; turned into an offset at the end).
   */
  origin: Point;
  /** Where it is now, while moved, in the same terms. */
  now: Point | null;
}

function svgElement<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

/** How far from its centre a card of this size reaches in the direction (ux, uy). */
function reachOf(ux: number, uy: number, width: number, height: number): number {
  return Math.min(
    ux === 0 ? Infinity : width / 2 / Math.abs(ux),
    uy === 0 ? Infinity : height / 2 / Math.abs(uy),
  );
}

/**
 * Where a callout's card goes on screen: its offset (graph units) runs from the target to the
 * card's near edge, not its middle, so a wide card never covers what it points at; zoomed far out,
 * it keeps MIN_CALLOUT_DISTANCE.
 */
function calloutCentre(
  target: Point,
  offset: Point,
  zoom: number,
  width: number,
  height: number,
): Point {
  const length = Math.hypot(offset.x, offset.y) * zoom;
  const [ux, uy] =
    length > 0
      ? [(offset.x * zoom) / length, (offset.y * zoom) / length]
      : [Math.SQRT1_2, -Math.SQRT1_2];
  const reach = Math.max(length, MIN_CALLOUT_DISTANCE) + reachOf(ux, uy, width, height);
  return { x: target.x + ux * reach, y: target.y + uy * reach };
}

/** The offset (graph units) that puts a callout's card at `centre` on screen: calloutCentre undone. */
function calloutOffset(
  target: Point,
  centre: Point,
  zoom: number,
  width: number,
  height: number,
): Point {
  const dx = centre.x - target.x;
  const dy = centre.y - target.y;
  const length = Math.hypot(dx, dy);
  if (length === 0) return { x: 0, y: 0 };
  const [ux, uy] = [dx / length, dy / length];
  const gap = Math.max(1, length - reachOf(ux, uy, width, height));
  return { x: (ux * gap) / zoom, y: (uy * gap) / zoom };
}

function describe(annotation: Annotation): string {
  if (annotation.kind === 'note') return `Note: ${annotation.text}`;
  if (annotation.kind === 'callout') return `Callout: ${annotation.text}`;
  return `Ring${annotation.label ? `: ${annotation.label}` : ''}`;
}

export class AnnotationsController implements GraphController {
  private cy: Core | null = null;
  private layer: HTMLDivElement | null = null;
  private svg: SVGSVGElement | null = null;
  /** Rings lie under the graph (Cytoscape's canvases are transparent), cards and leaders over it. */
  private ringLayer: SVGSVGElement | null = null;
  private readonly cards = new Map<number, HTMLDivElement>();
  private graph: DrawnGraph | null = null;
  private annotations: readonly Annotation[] = [];
  private active: number | null = null;
  private draft: readonly string[] | null = null;
  private appliedVersion = -1;
  private frame = 0;
  private drag: Drag | null = null;
  /** Entities a box selection is adding to the ring being made, gathered until the box ends. */
  private boxed: string[] = [];

  constructor(private readonly store: LinkboardStore) {}

  attach(cy: Core): () => void {
    this.cy = cy;
    const host = cy.container()?.parentElement ?? null;
    if (host) {
      const layer = document.createElement('div');
      layer.className = 'annotation-layer';
      layer.setAttribute('data-testid', 'annotation-layer');
      const svg = svgElement('svg', { class: 'annotation-shapes', 'aria-hidden': 'true' });
      layer.append(svg);
      host.append(layer);
      const rings = svgElement('svg', { class: 'annotation-rings', 'aria-hidden': 'true' });
      host.insertBefore(rings, host.firstChild);
      this.layer = layer;
      this.svg = svg;
      this.ringLayer = rings;
    }
    const schedule = () => this.schedule();
    cy.on('viewport resize add remove', schedule);
    cy.on('position', 'node', schedule);
    cy.on('tap', 'node', this.onTapNode);
    cy.on('boxselect', 'node', this.onBoxSelect);
    cy.on('boxend', this.onBoxEnd);
    this.schedule();
    return () => {
      cy.off('viewport resize add remove', schedule);
      cy.off('position', 'node', schedule);
      cy.off('tap', 'node', this.onTapNode);
      cy.off('boxselect', 'node', this.onBoxSelect);
      cy.off('boxend', this.onBoxEnd);
      cancelAnimationFrame(this.frame);
      this.frame = 0;
      this.layer?.remove();
      this.ringLayer?.remove();
      this.layer = null;
      this.svg = null;
      this.ringLayer = null;
      this.cards.clear();
      if (this.cy === cy) this.cy = null;
    };
  }

  sync(graph: DrawnGraph, state: LinkboardState): void {
    const { annotations } = state.view;
    if (
      graph === this.graph &&
      annotations === this.annotations &&
      state.activeAnnotation === this.active &&
      state.ringDraft === this.draft &&
      graph.elementsVersion === this.appliedVersion
    )
      return;
    this.graph = graph;
    this.annotations = annotations;
    this.active = state.activeAnnotation;
    this.draft = state.ringDraft;
    this.appliedVersion = graph.elementsVersion;
    this.schedule();
  }

  // ------------------------------------------------------------------------------------ drawing

  private schedule(): void {
    if (this.frame !== 0 || typeof requestAnimationFrame === 'undefined') return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  /** The drawn element standing for an entity or relation of the dataset, if it is on the canvas. */
  private drawnElement(id: string): SingularElementReturnValue | null {
    const cy = this.cy;
    if (!cy || !this.graph) return null;
    const element = cy.getElementById(drawnIdOf(this.graph, id));
    return element.nonempty() && element.visible() ? element : null;
  }

  private render(): void {
    const { cy, layer, svg, ringLayer } = this;
    if (!cy || cy.destroyed() || !layer || !svg || !ringLayer) return;
    svg.replaceChildren();
    ringLayer.replaceChildren();
    const seen = new Set<number>();
    for (const annotation of this.annotations)
      if (annotation.kind === 'ring') this.drawRing(ringLayer, svg, annotation);
    this.drawDraft(ringLayer);
    for (const annotation of this.annotations) {
      if (annotation.kind === 'ring') continue;
      if (this.drawCard(layer, svg, annotation)) seen.add(annotation.id);
    }
    for (const [id, card] of this.cards)
      if (!seen.has(id)) {
        card.remove();
        this.cards.delete(id);
      }
  }

  private memberCircle(node: NodeSingular): RingMember {
    const { x, y } = node.renderedPosition();
    return {
      x,
      y,
      radius: Math.max(node.renderedWidth(), node.renderedHeight()) / 2 + RING_PADDING,
    };
  }

  private drawRing(
    under: SVGSVGElement,
    over: SVGSVGElement,
    ring: Extract<Annotation, { kind: 'ring' }>,
  ): void {
    const drawn = new Map<string, NodeSingular>();
    for (const id of ring.members) {
      const element = this.drawnElement(id);
      if (element?.isNode()) drawn.set(element.id(), element);
    }
    if (drawn.size === 0) return;
    const shape = ringShape([...drawn.values()].map((node) => this.memberCircle(node)));
    const colour = RING_COLOURS[ring.colour];
    const border = ring.id === this.active ? RING_BORDER * 1.8 : RING_BORDER;
    const group = svgElement('g', { class: 'annotation-ring', 'data-annotation': ring.id });
    // The colour's band, then its tint a border narrower over it: one outlined bubble.
    for (const [paint, grow] of [
      [colour, border],
      [tint(colour, RING_TINT), 0],
    ] as const) {
      for (const link of shape.links) {
        const [a, b] = [shape.members[link[0]]!, shape.members[link[1]]!];
        group.append(
          svgElement('line', {
            x1: a.x,
            y1: a.y,
            x2: b.x,
            y2: b.y,
            stroke: paint,
            'stroke-width': linkWidth(shape, link) + 2 * grow,
            'stroke-linecap': 'round',
          }),
        );
      }
      for (const m of shape.members)
        group.append(svgElement('circle', { cx: m.x, cy: m.y, r: m.radius + grow, fill: paint }));
    }
    under.append(group);
    if (!ring.label) return;
    const top = ringTop(shape);
    const label = svgElement('text', {
      x: top.x,
      y: top.y - border - 6,
      class: 'annotation-ring-label',
      'text-anchor': 'middle',
      fill: colour,
    });
    label.textContent = ring.label;
    over.append(label);
  }

  /** The entities chosen so far for a new ring, each in a dashed circle. */
  private drawDraft(svg: SVGSVGElement): void {
    for (const id of this.draft ?? []) {
      const element = this.drawnElement(id);
      if (!element?.isNode()) continue;
      const { x, y, radius } = this.memberCircle(element);
      svg.append(svgElement('circle', { cx: x, cy: y, r: radius, class: 'annotation-draft' }));
    }
  }

  /** Where a callout's target is on screen, and how far from that point its leader stops. */
  private calloutTarget(callout: Callout): { at: Point; clearance: number } | null {
    const element = this.drawnElement(callout.target.id);
    if (!element) return null;
    if (element.isNode())
      return {
        at: element.renderedPosition(),
        clearance: Math.max(element.renderedWidth(), element.renderedHeight()) / 2 + 3,
      };
    return { at: (element as EdgeSingular).renderedMidpoint(), clearance: 2 };
  }

  /** Draws a note or a callout; false when it has nothing to point at on the canvas now. */
  private drawCard(layer: HTMLDivElement, svg: SVGSVGElement, annotation: Annotation): boolean {
    const cy = this.cy!;
    const zoom = cy.zoom();
    const pan = cy.pan();
    const moved = this.drag?.id === annotation.id ? this.drag.now : null;
    if (annotation.kind === 'ring') return false;
    const target = annotation.kind === 'callout' ? this.calloutTarget(annotation) : null;
    if (annotation.kind === 'callout' && !target) return false;

    const card = this.cards.get(annotation.id) ?? this.createCard(layer, annotation.id);
    if (card.textContent !== annotation.text) card.textContent = annotation.text;
    card.setAttribute('aria-label', describe(annotation));
    card.className = [
      'annotation-card',
      annotation.kind === 'note' ? 'is-note' : 'is-callout',
      annotation.id === this.active ? 'is-active' : '',
      moved ? 'is-dragging' : '',
    ]
      .filter(Boolean)
      .join(' ');

    let centre: Point;
    if (annotation.kind === 'note') {
      const at = moved ?? annotation;
      centre = { x: at.x * zoom + pan.x, y: at.y * zoom + pan.y };
    } else {
      centre = moved
        ? { x: target!.at.x + moved.x, y: target!.at.y + moved.y }
        : calloutCentre(
            target!.at,
            { x: annotation.dx, y: annotation.dy },
            zoom,
            card.offsetWidth,
            card.offsetHeight,
          );
    }
    card.style.transform = `translate(${Math.round(centre.x)}px, ${Math.round(centre.y)}px) translate(-50%, -50%)`;
    if (target) {
      const width = card.offsetWidth;
      const height = card.offsetHeight;
      const box = {
        x1: centre.x - width / 2,
        y1: centre.y - height / 2,
        x2: centre.x + width / 2,
        y2: centre.y + height / 2,
      };
      const from = boxExit(box, target.at);
      const to = towards(target.at, from, target.clearance);
      svg.append(
        svgElement('line', {
          x1: from.x,
          y1: from.y,
          x2: to.x,
          y2: to.y,
          class: 'annotation-leader',
          stroke: CALLOUT_STYLE.stroke,
        }),
        svgElement('circle', { cx: to.x, cy: to.y, r: 3, fill: CALLOUT_STYLE.stroke }),
      );
    }
    return true;
  }

  // --------------------------------------------------------------------------------- the cards

  private createCard(layer: HTMLDivElement, id: number): HTMLDivElement {
    const card = document.createElement('div');
    card.tabIndex = 0;
    card.setAttribute('role', 'button');
    card.setAttribute('data-annotation', String(id));
    card.addEventListener('pointerdown', (event) => this.onPointerDown(event, card, id));
    card.addEventListener('pointermove', (event) => this.onPointerMove(event));
    card.addEventListener('pointerup', (event) => this.onPointerUp(event));
    card.addEventListener('pointercancel', () => {
      this.drag = null;
      this.schedule();
    });
    card.addEventListener('dblclick', () => this.edit(id));
    card.addEventListener('keydown', (event) => this.onKeyDown(event, id));
    layer.append(card);
    this.cards.set(id, card);
    return card;
  }

  private find(id: number): Annotation | undefined {
    return this.store.getState().view.annotations.find((a) => a.id === id);
  }

  /** Where a card stands now in graph units: a note's centre, a callout's offset as drawn. */
  private placeOf(annotation: Annotation, card: HTMLElement): Point | null {
    if (annotation.kind === 'note') return { x: annotation.x, y: annotation.y };
    if (annotation.kind !== 'callout' || !this.cy) return null;
    const target = this.calloutTarget(annotation);
    const vector = this.calloutVector(annotation, card);
    if (!target || !vector) return null;
    return calloutOffset(
      target.at,
      { x: target.at.x + vector.x, y: target.at.y + vector.y },
      this.cy.zoom(),
      card.offsetWidth,
      card.offsetHeight,
    );
  }

  /** A callout's card centre from its target, on screen. */
  private calloutVector(annotation: Callout, card: HTMLElement): Point | null {
    const target = this.calloutTarget(annotation);
    if (!target || !this.layer) return null;
    const rect = card.getBoundingClientRect();
    const layerRect = this.layer.getBoundingClientRect();
    return {
      x: rect.left - layerRect.left + rect.width / 2 - target.at.x,
      y: rect.top - layerRect.top + rect.height / 2 - target.at.y,
    };
  }

  private onPointerDown(event: PointerEvent, card: HTMLDivElement, id: number): void {
    if (event.button !== 0) return;
    const annotation = this.find(id);
    const origin =
      annotation?.kind === 'note'
        ? { x: annotation.x, y: annotation.y }
        : annotation?.kind === 'callout'
          ? this.calloutVector(annotation, card)
          : null;
    if (!origin) return;
    event.preventDefault();
    card.focus({ preventScroll: true });
    card.setPointerCapture?.(event.pointerId);
    this.drag = {
      id,
      pointerId: event.pointerId,
      startX: event.clientX,
      startY: event.clientY,
      origin,
      now: null,
    };
  }

  private onPointerMove(event: PointerEvent): void {
    const drag = this.drag;
    if (!drag || drag.pointerId !== event.pointerId || !this.cy) return;
    const dx = event.clientX - drag.startX;
    const dy = event.clientY - drag.startY;
    if (!drag.now && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    const scale = this.find(drag.id)?.kind === 'note' ? 1 / this.cy.zoom() : 1;
    drag.now = { x: drag.origin.x + dx * scale, y: drag.origin.y + dy * scale };
    this.schedule();
  }

  private onPointerUp(event: PointerEvent): void {
    const drag = this.drag;
    if (!drag || drag.pointerId !== event.pointerId) return;
    this.drag = null;
    const annotation = this.find(drag.id);
    const card = this.cards.get(drag.id);
    if (!drag.now) this.edit(drag.id);
    else if (annotation?.kind === 'note') this.move(drag.id, drag.now);
    else if (annotation?.kind === 'callout' && card && this.cy) {
      const target = this.calloutTarget(annotation);
      if (target)
        this.move(
          drag.id,
          calloutOffset(
            target.at,
            { x: target.at.x + drag.now.x, y: target.at.y + drag.now.y },
            this.cy.zoom(),
            card.offsetWidth,
            card.offsetHeight,
          ),
        );
    }
    this.schedule();
  }

  private onKeyDown(event: KeyboardEvent, id: number): void {
    const steps: Record<string, [number, number]> = {
      ArrowLeft: [-1, 0],
      ArrowRight: [1, 0],
      ArrowUp: [0, -1],
      ArrowDown: [0, 1],
    };
    const card = this.cards.get(id);
    const annotation = this.find(id);
    if (!card || !annotation || !this.cy) return;
    if (event.key === 'Enter' || event.key === ' ') this.edit(id);
    else if (event.key === 'Delete' || event.key === 'Backspace') {
      const { view, setAnnotations, setActiveAnnotation } = this.store.getState();
      setAnnotations(withoutAnnotation(view.annotations, id));
      setActiveAnnotation(null);
    } else if (steps[event.key]) {
      const place = this.placeOf(annotation, card);
      if (!place) return;
      const [sx, sy] = steps[event.key]!;
      const step = (KEY_STEP * (event.shiftKey ? 4 : 1)) / this.cy.zoom();
      this.move(id, { x: place.x + sx * step, y: place.y + sy * step });
    } else return;
    // The canvas's own keys (arrows step the selection) must not act as well.
    event.preventDefault();
    event.stopPropagation();
  }

  private move(id: number, to: Point): void {
    const { view, setAnnotations } = this.store.getState();
    const annotation = view.annotations.find((a) => a.id === id);
    if (!annotation) return;
    setAnnotations(
      withAnnotationEdited(
        view.annotations,
        id,
        annotation.kind === 'note' ? { x: to.x, y: to.y } : { dx: to.x, dy: to.y },
      ),
    );
  }

  /** Opens the annotation in the Annotate panel. */
  private edit(id: number): void {
    const { setActiveAnnotation, setAnnotateOpen } = this.store.getState();
    setAnnotateOpen(true);
    setActiveAnnotation(id);
  }

  // ------------------------------------------------------------------- choosing a ring's members

  private readonly onTapNode = (event: EventObject): void => {
    const { ringDraft, setRingDraft } = this.store.getState();
    if (!ringDraft) return;
    const id = (event.target as NodeSingular).id();
    setRingDraft(ringDraft.includes(id) ? ringDraft.filter((m) => m !== id) : [...ringDraft, id]);
  };

  private readonly onBoxSelect = (event: EventObject): void => {
    if (this.store.getState().ringDraft) this.boxed.push((event.target as NodeSingular).id());
  };

  private readonly onBoxEnd = (): void => {
    // Cytoscape reports the box's entities one by one, then the box's end; they join at once.
    queueMicrotask(() => {
      const boxed = this.boxed;
      this.boxed = [];
      const { ringDraft, setRingDraft, view } = this.store.getState();
      const cy = this.cy;
      if (!ringDraft || boxed.length === 0 || !cy) return;
      setRingDraft([...new Set([...ringDraft, ...boxed])]);
      // The box selected them in Cytoscape; the store's selection stays the one selected.
      const selected = view.selection ? drawnIdOf(this.graph!, view.selection.id) : null;
      cy.batch(() =>
        cy
          .nodes(':selected')
          .filter((n) => n.id() !== selected)
          .unselect(),
      );
    });
  };
}

/**
 * The graph adapter: the one owner of the Cytoscape instance. It reads the store, applies the
 * difference between what is drawn and what the view says inside `cy.batch()`, and sends user
 * events back to the store as actions. Nothing else changes what Cytoscape draws.
 */
import type {
  Core,
  ElementDefinition,
  EventObject,
  LayoutOptions,
  Position,
  SingularElementArgument,
} from 'cytoscape';
import type { GraphIndex } from '../domain/graphIndex';
import { layeringLinks } from '../domain/hierarchy';
import type { GraphView } from '../domain/view';
import type { Selection } from '../domain/viewState';
import type { Highlight } from '../domain/highlight';
import { selectGraphView, selectHighlight, selectIndex } from '../store/selectors';
import type { LinkboardState, LinkboardStore } from '../store/store';
import { toEdgeElement, toNodeElement } from './elements';
import type { FigureRequest, FigureResult } from './export/types';
import { LayoutRunner, markLaidOut } from './layoutRunner';
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
} from './labelScale';
import { layersChangedBy, prepareNextFrame, warmLayersWhenQuiet } from './canvasCaches';
import { labelledBox, layoutKey, runSeeded, type LayoutInput } from './layouts';
import { afterNextFrame, mark, measure, nextTask, PERF } from './perfMarks';
import { selectRenderMode, type RenderMode } from './renderMode';
import { keepNodeStyleSteady } from './steadyNodeStyle';
import { FONT_STACK } from './stylesheet';
import {
  arrangementKey,
  browserStorage,
  forgetArrangement,
  loadArrangement,
  saveArrangement,
  type Arrangement,
  type LoadedArrangement,
} from './savedArrangement';

export interface GraphHandle {
  /** Fits the visible graph in the viewport. */
  fit(): void;
  /** Runs the current layout again from scratch. */
  relayout(): void;
  /** Centres the viewport on an entity. */
  centerOn(nodeId: string): void;
  /** How many entities and relations Cytoscape holds right now. */
  renderedCounts(): { nodes: number; edges: number };
  /** Draws the figure for a briefing as PNG or SVG (src/graph/export/, loaded on demand). */
  exportImage(request: FigureRequest): Promise<FigureResult>;
}

/**
 * A very large graph goes into Cytoscape this many elements per task, drawing held back until the
 * last: added in one task, 80,000 elements froze the page for over a second.
 */
const ADD_CHUNK = 10_000;

/** Adds `definitions` a chunk at a time, pausing (yielding) after each chunk. */
function* addInChunks(
  cy: Core,
  definitions: ElementDefinition[],
  chunk: number,
): Generator<void, void, void> {
  for (let i = 0; i < definitions.length; i += chunk) {
    cy.add(definitions.slice(i, i + chunk));
    yield;
  }
}

/** Runs every step at once. */
function runToEnd(steps: Iterator<void>): void {
  for (let step = steps.next(); !step.done; step = steps.next());
}

/** Adds or removes a class only where it changes: toggleClass restyles every element it is given. */
function setClass(ele: SingularElementArgument, name: string, on: boolean): void {
  if (ele.hasClass(name) !== on) ele.toggleClass(name, on);
}

/** How names are drawn now (see labelScale.ts), for tests and the benchmark. */
export interface LabelReadout {
  zoom: number;
  scale: number;
  named: string[];
  nameBoxes: { x1: number; y1: number; x2: number; y2: number }[];
}

export class GraphAdapter implements GraphHandle {
  private cy: Core | null = null;
  private unsubscribe: (() => void) | null = null;
  private drawnIndex: GraphIndex | null = null;
  private drawnView: GraphView | null = null;
  private drawnSelection: Selection | null = null;
  /** The layoutKey the current positions came from. */
  private drawnLayout: string | null = null;
  private drawnPinned: readonly string[] | null = null;
  private freshDrawScheduled = false;
  /** Counts layout runs, so a slow layered layout that finishes late is dropped. */
  private layoutTicket = 0;
  /** Where this dataset's hand-made arrangement is saved. */
  private arrangementKey: string | null = null;
  /** undefined: unknown, apply whatever the store says on the next sync. */
  private drawnHighlight: Highlight | null | undefined = undefined;
  /** Where hidden entities were, so they come back to the same place. */
  private readonly remembered = new Map<string, Position>();
  /** Every instance react-cytoscapejs handed us, to check none is left alive but the current one. */
  private readonly instances = new Set<Core>();
  /** The render mode the current instance was created for (see renderMode.ts). */
  private cyMode: RenderMode | null = null;
  /** Heavy layouts run in a Web Worker (see layoutRunner.ts). */
  private readonly layouts = new LayoutRunner();
  /** The label enlargement drawn now (labelScale.ts); 1 is none. */
  private drawnLabelScale = 1;
  /** Set once the user pans or zooms: the viewport is then theirs, and resizes stop re-fitting it. */
  private viewportTouched = false;
  /** The entity under the pointer, if any. */
  private hoveredNodeId: string | null = null;
  /** Stops keeping the current instance's layer cache ready (canvasCaches.ts). */
  private stopLayerWarmUp: (() => void) | null = null;
  /** The instance a very large graph is being added to, a chunk per task (see drawFresh). */
  private addingTo: Core | null = null;

  constructor(private readonly store: LinkboardStore) {}

  /**
   * Called by react-cytoscapejs with each instance it makes (twice under StrictMode) and after
   * updates, with the render mode the instance was made for.
   */
  readonly attach = (cy: Core, mode: RenderMode | null = null): void => {
    if (cy === this.cy || cy.destroyed()) return;
    this.cy = cy;
    this.cyMode = mode;
    this.instances.add(cy);
    this.drawnIndex = null;
    this.drawnView = null;
    this.drawnSelection = null;
    this.drawnHighlight = undefined;
    this.drawnPinned = null;
    cy.on('tap', 'node', this.onTapNode);
    cy.on('tap', 'edge', this.onTapEdge);
    cy.on('tap', this.onTapBackground);
    cy.on('dragfree', 'node', this.onDragFree);
    cy.on('zoom', this.onZoom);
    cy.on('mouseover', 'node', this.onHover);
    cy.on('mouseout', 'node', this.onHover);
    cy.on('dragpan scrollzoom pinchzoom', this.onUserViewport);
    keepNodeStyleSteady(cy);
    this.stopLayerWarmUp?.();
    // Large graphs on the 2D canvas: small ones draw fast enough without it.
    this.stopLayerWarmUp =
      mode?.economical && mode.renderer === 'canvas' ? warmLayersWhenQuiet(cy) : null;
    this.drawnLabelScale = 1;
    this.viewportTouched = false;
    this.hoveredNodeId = null;
    this.sync();
  };

  start(): void {
    if (this.unsubscribe) return;
    this.unsubscribe = this.store.subscribe(() => this.sync());
    this.sync();
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  private liveCy(): Core | null {
    return this.cy && !this.cy.destroyed() ? this.cy : null;
  }

  /** The instance drawing now, for the benchmark's read-outs (benchHook.ts) only. */
  currentInstance(): Core | null {
    return this.liveCy();
  }

  private readonly onTapNode = (event: EventObject): void => {
    this.store.getState().select({ kind: 'node', id: event.target.id() as string });
  };

  private readonly onTapEdge = (event: EventObject): void => {
    this.store.getState().select({ kind: 'edge', id: event.target.id() as string });
  };

  private readonly onTapBackground = (event: EventObject): void => {
    if (event.target === this.cy) this.store.getState().select(null);
  };

  private readonly onDragFree = (event: EventObject): void => {
    // A node the user placed is pinned there: hiding and showing it, re-running the layout and
    // reloading the page keep the spot.
    const node = event.target;
    const id = node.id() as string;
    this.remembered.set(id, { ...node.position() });
    this.store.getState().pinNode(id);
    this.saveArrangement();
    // Names thinned at overview zoom are chosen by where entities stand: choose again.
    if (this.drawnLabelScale !== 1) this.applyLabelScale(event.cy, true);
  };

  private readonly onZoom = (): void => {
    const cy = this.liveCy();
    if (cy) this.applyLabelScale(cy);
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

  private readonly onUserViewport = (): void => {
    this.viewportTouched = true;
  };

  /**
   * Enlarges names when zoomed out so that they stay readable, and keeps only as many as fit
   * (labelScale.ts). Large graphs keep their economical style, which names entities only once
   * zoomed in.
   */
  private applyLabelScale(cy: Core, newElements = false): void {
    const scale = this.cyMode?.economical ? 1 : labelScaleFor(cy.zoom());
    // At scale 1 no entity has a label class, and new ones come without: nothing to do.
    if (scale === this.drawnLabelScale && (!newElements || scale === 1)) return;
    this.drawnLabelScale = scale;
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

  private measureName: NameWidth | undefined;
  /** Entities, the selection or the highlight changed since names were last chosen. */
  private labelsStale = false;

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

  /** The container changed size (a panel opened, the window resized): keep the graph in view. */
  containerResized(): void {
    const cy = this.liveCy();
    if (!cy) return;
    cy.resize();
    // A graph still being added is fitted once laid out.
    if (cy === this.addingTo) return;
    if (!this.viewportTouched && cy.nodes().nonempty()) cy.fit(undefined, 40);
  }

  /** A dataset of another size class gets a new instance (GraphCanvas remounts): wait for it. */
  private fitsRenderMode(state: LinkboardState): boolean {
    return !this.cyMode || selectRenderMode(state) === this.cyMode;
  }

  sync(): void {
    const cy = this.liveCy();
    // A graph being added is brought up to date once it is all there.
    if (!cy || cy === this.addingTo) return;
    const state = this.store.getState();
    if (!this.fitsRenderMode(state)) return;
    const index = selectIndex(state);
    const view = selectGraphView(state);
    if (!index || !view) {
      if (this.drawnIndex) cy.elements().remove();
      this.drawnIndex = null;
      this.drawnView = null;
      return;
    }
    if (index !== this.drawnIndex) {
      this.scheduleFreshDraw();
      return;
    }
    if (view !== this.drawnView) {
      this.applyDifference(cy, index, view);
      afterNextFrame(() => mark(PERF.redrawn));
    }
    if (state.pinnedNodeIds !== this.drawnPinned) this.applyPins(cy, state.pinnedNodeIds);
    const key = layoutKey(state.view);
    if (key !== this.drawnLayout) {
      this.drawnLayout = key;
      this.runLayout();
    }
    if (state.view.selection !== this.drawnSelection) this.applySelection(cy, state.view.selection);
    const highlight = selectHighlight(state);
    if (highlight !== this.drawnHighlight) this.applyHighlight(cy, highlight);
    // One pass for whatever changed above: which names show depends on all of it.
    if (this.labelsStale) {
      this.labelsStale = false;
      this.applyLabelScale(cy, true);
    }
  }

  /** Whether a new picture should be drawn into the renderer's layer first (canvasCaches.ts). */
  private layerFirst(): boolean {
    return this.cyMode?.veryLarge === true && this.cyMode.renderer === 'canvas';
  }

  /** Emphasises the highlighted elements and fades the rest; null clears both. */
  private applyHighlight(cy: Core, highlight: Highlight | null): void {
    this.drawnHighlight = highlight;
    cy.batch(() => {
      cy.elements().forEach((ele) => {
        const ids = ele.isNode() ? highlight?.nodeIds : highlight?.edgeIds;
        const emphasised = ids?.has(ele.id()) ?? false;
        setClass(ele, 'highlighted', highlight !== null && emphasised);
        setClass(ele, 'faded', highlight !== null && !emphasised);
      });
    });
    // Highlighted entities' names come first at overview zoom.
    this.labelsStale = true;
  }

  /**
   * A newly loaded dataset is drawn once the listeners reacting to the load (such as the view
   * state read from the address) have run, so that the first picture is already the one asked for.
   * It is drawn in a task of its own, after the panels' render, so that on large graphs neither
   * makes the other a long task.
   */
  private scheduleFreshDraw(): void {
    if (this.freshDrawScheduled) return;
    this.freshDrawScheduled = true;
    setTimeout(() => {
      this.freshDrawScheduled = false;
      const cy = this.liveCy();
      const state = this.store.getState();
      const index = selectIndex(state);
      const view = selectGraphView(state);
      if (!cy || !index || !view || index === this.drawnIndex || !this.fitsRenderMode(state))
        return;
      this.drawFresh(cy, index, view);
    }, 0);
  }

  /** Draws a dataset from nothing: where the user arranged it last time, or laid out anew. */
  private drawFresh(cy: Core, index: GraphIndex, view: GraphView): void {
    const state = this.store.getState();
    this.remembered.clear();
    this.arrangementKey = arrangementKey(index.dataset);
    const loaded = loadArrangement(browserStorage(), this.arrangementKey);
    const saved =
      loaded.kind === 'found' && loaded.arrangement.layout === layoutKey(state.view)
        ? loaded.arrangement
        : null;
    const started = performance.now();
    const inTasks = this.cyMode?.veryLarge === true;
    const adding = this.addArranged(
      cy,
      index,
      view,
      saved?.positions ?? new Map(),
      inTasks ? ADD_CHUNK : Infinity,
    );
    if (!inTasks) {
      cy.batch(() => runToEnd(adding));
      measure(PERF.elements, started);
      this.drewFresh(cy, index, view, saved, loaded);
      this.sync();
      return;
    }
    // Nothing is compared with a graph half added: the next sync draws it again if overtaken.
    this.drawnIndex = null;
    this.drawnView = null;
    this.addingTo = cy;
    void this.addInTasks(cy, index, adding).then((added) => {
      if (this.addingTo === cy) this.addingTo = null;
      if (added) {
        measure(PERF.elements, started);
        this.drewFresh(cy, index, view, saved, loaded);
      }
      this.sync();
    });
  }

  /**
   * Runs the steps of adding a graph one task each, with Cytoscape's drawing held back until the
   * last; false if the instance or the dataset changed meanwhile.
   */
  private async addInTasks(cy: Core, index: GraphIndex, adding: Iterator<void>): Promise<boolean> {
    cy.startBatch();
    try {
      while (!adding.next().done) {
        await nextTask();
        if (cy.destroyed() || selectIndex(this.store.getState()) !== index) return false;
      }
      return true;
    } finally {
      if (!cy.destroyed()) cy.endBatch();
    }
  }

  /** Records a fresh draw's elements as drawn, then places them: saved or laid out anew. */
  private drewFresh(
    cy: Core,
    index: GraphIndex,
    view: GraphView,
    saved: Arrangement | null,
    loaded: LoadedArrangement,
  ): void {
    const state = this.store.getState();
    this.drawnIndex = index;
    this.drawnView = view;
    this.drawnSelection = null;
    this.drawnHighlight = undefined;
    this.drawnPinned = null;
    this.drawnLayout = layoutKey(state.view);
    this.viewportTouched = false;
    if (saved) this.restoreArrangement(cy, index, saved);
    else this.runLayout();
    if (loaded.kind === 'unreadable') this.dropUnreadableArrangement(loaded.reason);
  }

  /**
   * Replaces what Cytoscape holds with the view's elements, entities at their saved places or else
   * near their neighbours, `chunk` elements at a time: a step per chunk.
   */
  private *addArranged(
    cy: Core,
    index: GraphIndex,
    view: GraphView,
    positions: ReadonlyMap<string, Position>,
    chunk: number,
  ): Generator<void, void, void> {
    cy.elements().remove();
    const elements = this.elementsFor(index, view);
    const nodes = elements.filter((e) => e.group === 'nodes');
    const placed = nodes.filter((e) => positions.has(String(e.data.id)));
    yield* addInChunks(
      cy,
      placed.map((e) => ({ ...e, position: { ...positions.get(String(e.data.id))! } })),
      chunk,
    );
    const unplaced = nodes.filter((e) => !positions.has(String(e.data.id)));
    yield* addInChunks(
      cy,
      placed.length > 0 ? this.placeNear(cy, index, view, unplaced) : unplaced,
      chunk,
    );
    yield* addInChunks(
      cy,
      elements.filter((e) => e.group === 'edges'),
      chunk,
    );
  }

  private restoreArrangement(cy: Core, index: GraphIndex, saved: Arrangement): void {
    for (const [id, position] of saved.positions)
      if (cy.getElementById(id).empty()) this.remembered.set(id, position);
    cy.fit(undefined, 40);
    this.store.getState().setPinnedNodeIds(saved.pinned.filter((id) => index.nodesById.has(id)));
  }

  private dropUnreadableArrangement(reason: string): void {
    if (this.arrangementKey) forgetArrangement(browserStorage(), this.arrangementKey);
    this.store.getState().pushNotice({
      level: 'warning',
      title: 'Ignored the saved arrangement of this dataset',
      details: [`It could not be read: ${reason}. The graph was laid out anew.`],
    });
  }

  /** Saves where every entity is, drawn or hidden, with the pins; forgets it once nothing is pinned. */
  private saveArrangement(): void {
    const cy = this.liveCy();
    if (!cy || !this.arrangementKey) return;
    const state = this.store.getState();
    if (state.pinnedNodeIds.length === 0) {
      forgetArrangement(browserStorage(), this.arrangementKey);
      return;
    }
    const positions = new Map(this.remembered);
    cy.nodes().forEach((node) => {
      positions.set(node.id(), { ...node.position() });
    });
    saveArrangement(browserStorage(), this.arrangementKey, {
      layout: layoutKey(state.view),
      positions,
      pinned: state.pinnedNodeIds,
    });
  }

  /** Marks pinned entities (drawn with a dashed border); unpinning everything forgets the arrangement. */
  private applyPins(cy: Core, pinnedIds: readonly string[]): void {
    const hadPins = (this.drawnPinned?.length ?? 0) > 0;
    this.drawnPinned = pinnedIds;
    const pinned = new Set(pinnedIds);
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        setClass(node, 'pinned', pinned.has(node.id()));
      });
    });
    if (hadPins && pinnedIds.length === 0) this.saveArrangement();
  }

  private elementsFor(index: GraphIndex, view: GraphView): ElementDefinition[] {
    const elements: ElementDefinition[] = [];
    for (const id of view.nodeIds) {
      const node = index.nodesById.get(id);
      if (node) elements.push(toNodeElement(index, node));
    }
    for (const id of view.edgeIds) {
      const edge = index.edgesById.get(id);
      if (edge) elements.push(toEdgeElement(index, edge));
    }
    return elements;
  }

  /**
   * Removes what left the view, adds what entered it near its neighbours; positions stay. Compares
   * the two views' id sets, so Cytoscape is only asked about the elements that change.
   */
  private applyDifference(cy: Core, index: GraphIndex, view: GraphView): void {
    const drawn = this.drawnView;
    if (!drawn) return;
    cy.batch(() => {
      const leaving = cy.collection();
      for (const id of drawn.edgeIds)
        if (!view.edgeIds.has(id)) leaving.merge(cy.getElementById(id));
      for (const id of drawn.nodeIds)
        if (!view.nodeIds.has(id)) {
          const node = cy.getElementById(id);
          this.remembered.set(id, { ...node.position() });
          leaving.merge(node);
        }
      layersChangedBy(cy, leaving);
      cy.remove(leaving);

      const newNodes: ElementDefinition[] = [];
      for (const id of view.nodeIds) {
        if (drawn.nodeIds.has(id)) continue;
        const node = index.nodesById.get(id);
        if (node) newNodes.push(toNodeElement(index, node));
      }
      cy.add(this.placeNear(cy, index, view, newNodes));

      const newEdges: ElementDefinition[] = [];
      for (const id of view.edgeIds) {
        if (drawn.edgeIds.has(id)) continue;
        const edge = index.edgesById.get(id);
        if (edge) newEdges.push(toEdgeElement(index, edge));
      }
      cy.add(newEdges);
    });
    this.drawnView = view;
    // New elements need their highlight, pin and label classes.
    this.drawnHighlight = undefined;
    this.drawnPinned = null;
    this.labelsStale = true;
    // Their styles and rendered positions are computed now, so the frame that shows them only draws.
    prepareNextFrame(cy);
  }

  private placeNear(
    cy: Core,
    index: GraphIndex,
    view: GraphView,
    nodes: ElementDefinition[],
  ): ElementDefinition[] {
    const extent = cy.extent();
    const centre = { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
    return nodes.map((element) => {
      const id = String(element.data.id);
      const remembered = this.remembered.get(id);
      if (remembered) return { ...element, position: remembered };
      const neighbours: Position[] = [];
      for (const edgeId of index.edgesByNode.get(id) ?? []) {
        if (!view.edgeIds.has(edgeId)) continue;
        const edge = index.edgesById.get(edgeId);
        if (!edge) continue;
        const other = cy.getElementById(edge.source === id ? edge.target : edge.source);
        if (other.nonempty()) neighbours.push(other.position());
      }
      const anchor =
        neighbours.length > 0
          ? {
              x: neighbours.reduce((s, p) => s + p.x, 0) / neighbours.length,
              y: neighbours.reduce((s, p) => s + p.y, 0) / neighbours.length,
            }
          : centre;
      const angle = Math.random() * 2 * Math.PI;
      return {
        ...element,
        position: { x: anchor.x + 40 * Math.cos(angle), y: anchor.y + 40 * Math.sin(angle) },
      };
    });
  }

  private applySelection(cy: Core, selection: Selection | null): void {
    this.drawnSelection = selection;
    cy.batch(() => {
      cy.elements(':selected').unselect();
      if (selection && selection.kind !== 'event') cy.getElementById(selection.id).select();
    });
    this.labelsStale = true;
  }

  /** Lays the drawn graph out with the view's layout; pinned entities stay. */
  runLayout(): void {
    const cy = this.liveCy();
    if (!cy || cy.nodes().empty()) return;
    const ticket = ++this.layoutTicket;
    const started = performance.now();
    const name = this.store.getState().view.layout;
    this.layouts.plan(cy, name, this.layoutInput(cy), this.layerFirst()).then(
      (options) => {
        if (!options || ticket !== this.layoutTicket || cy.destroyed()) return;
        cy.one('layoutstop', () => markLaidOut(started));
        this.applyLayout(cy, options);
      },
      (error: unknown) => this.reportLayoutFailure(error),
    );
  }

  private layoutInput(cy: Core): LayoutInput {
    const nodes = cy
      .nodes()
      .map((node) =>
        labelledBox(node.id(), String(node.data('label') ?? ''), Number(node.data('size')) || 30),
      );
    const links = this.drawnIndex
      ? layeringLinks(
          this.drawnIndex,
          cy.edges().map((edge) => edge.id()),
        )
      : [];
    const fixed = cy
      .nodes('.pinned')
      .map((node) => ({ nodeId: node.id(), position: { ...node.position() } }));
    const aspectRatio = cy.width() > 0 && cy.height() > 0 ? cy.width() / cy.height() : 1.6;
    return { nodes, links, fixed, aspectRatio };
  }

  private applyLayout(cy: Core, options: LayoutOptions): void {
    // Locked nodes keep their position whatever a layout computes for them.
    const pinned = cy.nodes('.pinned');
    pinned.lock();
    const layout = cy.layout(options);
    layout.one('layoutstop', () => {
      pinned.unlock();
      this.applyLabelScale(cy, true);
      if (this.store.getState().pinnedNodeIds.length > 0) this.saveArrangement();
    });
    runSeeded(() => layout.run());
  }

  private reportLayoutFailure(error: unknown): void {
    this.store.getState().pushNotice({
      level: 'error',
      title: 'Could not lay the graph out',
      details: [error instanceof Error ? error.message : String(error)],
    });
  }

  liveInstanceCount(): number {
    for (const cy of this.instances) if (cy.destroyed()) this.instances.delete(cy);
    return this.instances.size;
  }

  /** How names are drawn now: their enlargement and which entities are named (see labelScale.ts). */
  labelReadout(): LabelReadout {
    const cy = this.liveCy();
    if (!cy) return { zoom: 1, scale: 1, named: [], nameBoxes: [] };
    const named = cy.nodes().filter((node) => !node.hasClass(MINOR_LABEL_CLASS));
    return {
      zoom: cy.zoom(),
      scale: this.drawnLabelScale,
      named: named.map((n) => n.id()),
      // Where Cytoscape itself draws each name, in graph units.
      nameBoxes: named.map((n) => {
        const { x1, y1, x2, y2 } = n.boundingBox({ includeNodes: false, includeEdges: false });
        return { x1, y1, x2, y2 };
      }),
    };
  }

  renderedCounts(): { nodes: number; edges: number } {
    const cy = this.liveCy();
    return { nodes: cy?.nodes().length ?? 0, edges: cy?.edges().length ?? 0 };
  }

  async exportImage(request: FigureRequest): Promise<FigureResult> {
    const cy = this.liveCy();
    if (!cy) throw new Error('The graph is not on screen yet');
    const { exportFigure } = await import('./export');
    return exportFigure(cy, request);
  }

  fit(): void {
    this.liveCy()?.fit(undefined, 40);
    this.viewportTouched = false;
  }

  relayout(): void {
    this.remembered.clear();
    this.runLayout();
  }

  centerOn(nodeId: string): void {
    const cy = this.liveCy();
    const node = cy?.getElementById(nodeId);
    if (cy && node && node.nonempty()) cy.animate({ center: { eles: node }, duration: 250 });
  }
}

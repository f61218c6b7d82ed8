/**
 * The graph adapter: the one owner of the Cytoscape instance. It keeps the elements Cytoscape
 * holds equal to the view (adding and removing the difference inside `cy.batch()`) and sends taps
 * back to the store as actions. Everything else the canvas does is a controller beside it
 * (./controllers/, one concern each; controllers/types.ts says how to add one), run after the
 * elements on every store change.
 */
import type { Core, ElementDefinition, EventObject, Position } from 'cytoscape';
import type { GraphIndex } from '../domain/graphIndex';
import type { GraphView } from '../domain/view';
import { selectGraphView, selectIndex } from '../store/selectors';
import type { LinkboardState, LinkboardStore } from '../store/store';
import { ADD_CHUNK, addGraph, addInChunks } from './chunkedDrawing';
import { ArrangementController } from './controllers/arrangement';
import { EmphasisController } from './controllers/emphasis';
import { LayoutController } from './controllers/layout';
import { NamesController } from './controllers/names';
import { RenderCachesController } from './controllers/renderCaches';
import { SelectionController } from './controllers/selection';
import { TimeController } from './controllers/time';
import type { DrawnGraph, GraphController } from './controllers/types';
import { ViewportController } from './controllers/viewport';
import { edgeElements, nodeElements } from './elements';
import type { FigureRequest, FigureResult } from './export/types';
import { afterNextFrame, mark, measure, PERF } from './perfMarks';
import {
  labelReadout,
  positionReadout,
  renderedCounts,
  type LabelReadout,
  type PositionReadout,
} from './readouts';
import { selectRenderMode, type RenderMode } from './renderMode';

export type { LabelReadout, PositionReadout } from './readouts';

/** What the rest of the app may ask of the canvas. */
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

/** Ids of `ids` that are not in `drawn`. */
function* notIn(ids: ReadonlySet<string>, drawn: ReadonlySet<string>): Generator<string> {
  for (const id of ids) if (!drawn.has(id)) yield id;
}

export class GraphAdapter implements GraphHandle {
  private cy: Core | null = null;
  /** The render mode the current instance was created for (see renderMode.ts). */
  private mode: RenderMode | null = null;
  private unsubscribe: (() => void) | null = null;
  /** What Cytoscape holds; null before a dataset is drawn and while one is being added. */
  private drawn: DrawnGraph | null = null;
  private elementsVersion = 0;
  private freshDrawScheduled = false;
  /** The instance a very large graph is being added to, a chunk per task (see drawFresh). */
  private addingTo: Core | null = null;
  /** Every instance react-cytoscapejs handed us, to check none is left alive but the current one. */
  private readonly instances = new Set<Core>();
  /** Unbinds the current instance's listeners. */
  private detachers: (() => void)[] = [];

  private readonly viewport = new ViewportController();
  private readonly arrangement: ArrangementController;
  private readonly layout: LayoutController;
  private readonly names = new NamesController();
  /** In the order they are synced: see controllers/types.ts. */
  private readonly controllers: readonly GraphController[];

  constructor(private readonly store: LinkboardStore) {
    this.arrangement = new ArrangementController(store);
    this.layout = new LayoutController(store);
    this.controllers = [
      this.viewport,
      this.arrangement,
      this.layout,
      new SelectionController(),
      new EmphasisController(),
      new TimeController(),
      // Names rank selected and highlighted entities first: after the classes that say so.
      this.names,
      // Styles are brought up to date once every class is set.
      new RenderCachesController(),
    ];
  }

  /**
   * Called by react-cytoscapejs with each instance it makes (twice under StrictMode) and after
   * updates, with the render mode the instance was made for.
   */
  readonly attach = (cy: Core, mode: RenderMode | null = null): void => {
    if (cy === this.cy || cy.destroyed()) return;
    this.detach();
    this.cy = cy;
    this.mode = mode;
    this.instances.add(cy);
    this.drawn = null;
    cy.on('tap', 'node', this.onTapNode);
    cy.on('tap', 'edge', this.onTapEdge);
    cy.on('tap', this.onTapBackground);
    this.detachers.push(() => {
      cy.off('tap', 'node', this.onTapNode);
      cy.off('tap', 'edge', this.onTapEdge);
      cy.off('tap', this.onTapBackground);
    });
    for (const controller of this.controllers) {
      const detach = controller.attach?.(cy, mode);
      if (detach) this.detachers.push(detach);
    }
    this.sync();
  };

  start(): void {
    if (this.unsubscribe) return;
    this.unsubscribe = this.store.subscribe(() => this.sync());
    this.sync();
  }

  /** Stops following the store and ends the layout worker (the canvas unmounted). */
  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.layout.dispose();
  }

  private detach(): void {
    const cy = this.cy;
    const detachers = this.detachers;
    this.detachers = [];
    if (cy && !cy.destroyed()) for (const detach of detachers) detach();
  }

  private liveCy(): Core | null {
    return this.cy && !this.cy.destroyed() ? this.cy : null;
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

  /** A dataset of another size class gets a new instance (GraphCanvas remounts): wait for it. */
  private fitsRenderMode(state: LinkboardState): boolean {
    return !this.mode || selectRenderMode(state) === this.mode;
  }

  /** Brings Cytoscape in step with the store: the elements, then each controller's part. */
  sync(): void {
    const cy = this.liveCy();
    // A graph being added is brought up to date once it is all there.
    if (!cy || cy === this.addingTo) return;
    const state = this.store.getState();
    if (!this.fitsRenderMode(state)) return;
    const index = selectIndex(state);
    const view = selectGraphView(state);
    if (!index || !view) {
      if (this.drawn) cy.elements().remove();
      this.drawn = null;
      return;
    }
    if (index !== this.drawn?.index) {
      this.scheduleFreshDraw();
      return;
    }
    if (view !== this.drawn.view) {
      this.applyDifference(this.drawn, view);
      afterNextFrame(() => mark(PERF.redrawn));
    }
    const drawn = this.drawn;
    for (const controller of this.controllers) controller.sync?.(drawn, state);
  }

  private record(
    cy: Core,
    index: GraphIndex,
    view: GraphView,
    drawnBy: DrawnGraph['drawnBy'],
  ): DrawnGraph {
    this.drawn = {
      cy,
      mode: this.mode,
      index,
      view,
      elementsVersion: ++this.elementsVersion,
      drawnBy,
    };
    return this.drawn;
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
      if (!cy || !index || !view || index === this.drawn?.index || !this.fitsRenderMode(state))
        return;
      this.drawFresh(cy, index, view);
    }, 0);
  }

  /**
   * Draws a dataset from nothing, at the arrangement the user made last time or laid out anew;
   * a very large graph is added a chunk per task (chunkedDrawing.ts).
   */
  private drawFresh(cy: Core, index: GraphIndex, view: GraphView): void {
    const started = performance.now();
    const saved = this.arrangement.startFreshDraw(this.store.getState());
    const inTasks = this.mode?.veryLarge === true;
    // Nothing is compared with a graph half added: the next sync draws it again if overtaken.
    this.drawn = null;
    if (inTasks) this.addingTo = cy;
    const steps = this.freshSteps(cy, index, view, saved, inTasks ? ADD_CHUNK : Infinity);
    const stillWanted = () => selectIndex(this.store.getState()) === index;
    addGraph(cy, steps, { inTasks, stillWanted }, (added) => {
      if (this.addingTo === cy) this.addingTo = null;
      if (added) {
        measure(PERF.elements, started);
        const graph = this.record(cy, index, view, 'fresh');
        this.viewport.drawnFresh();
        // Before anything below changes the store: the positions are this layout's.
        this.layout.drawnFresh();
        // Drawn at the saved arrangement, the graph is on screen with the next frame; else laid out.
        if (this.arrangement.finishFreshDraw(graph)) afterNextFrame(() => mark(PERF.drawn));
        else this.layout.run(graph);
      }
      this.sync();
    });
  }

  /**
   * Replaces what Cytoscape holds with the view's elements, entities at their saved places or else
   * near their neighbours, `chunk` elements at a time: a step per chunk.
   */
  private *freshSteps(
    cy: Core,
    index: GraphIndex,
    view: GraphView,
    positions: ReadonlyMap<string, Position>,
    chunk: number,
  ): Generator<void, void, void> {
    cy.elements().remove();
    const nodes = nodeElements(index, view.nodeIds);
    const at = (e: ElementDefinition) => positions.get(String(e.data.id));
    const placed = nodes.filter((e) => at(e) !== undefined);
    yield* addInChunks(
      cy,
      placed.map((e) => ({ ...e, position: { ...at(e)! } })),
      chunk,
    );
    const unplaced = nodes.filter((e) => at(e) === undefined);
    yield* addInChunks(
      cy,
      placed.length > 0 ? this.arrangement.placeEntering(cy, index, view, unplaced) : unplaced,
      chunk,
    );
    yield* addInChunks(cy, edgeElements(index, view.edgeIds), chunk);
  }

  /**
   * Removes what left the view, adds what entered it (placed by the arrangement); positions stay.
   * Compares the two views' id sets, so Cytoscape is only asked about the elements that change.
   */
  private applyDifference(drawn: DrawnGraph, view: GraphView): void {
    const { cy, index } = drawn;
    cy.batch(() => {
      const leaving = cy.collection();
      for (const id of notIn(drawn.view.edgeIds, view.edgeIds))
        leaving.merge(cy.getElementById(id));
      for (const id of notIn(drawn.view.nodeIds, view.nodeIds))
        leaving.merge(cy.getElementById(id));
      if (leaving.nonempty())
        for (const controller of this.controllers) controller.removing?.(cy, leaving);
      cy.remove(leaving);
      const entering = nodeElements(index, notIn(view.nodeIds, drawn.view.nodeIds));
      cy.add(this.arrangement.placeEntering(cy, index, view, entering));
      cy.add(edgeElements(index, notIn(view.edgeIds, drawn.view.edgeIds)));
    });
    this.record(cy, index, view, 'difference');
  }

  // ---------------------------------------------------------------- the handle and read-outs

  /** The container changed size (a panel opened, the window resized): keep the graph in view. */
  containerResized(): void {
    this.viewport.resized(this.cy !== this.addingTo);
  }

  fit(): void {
    this.viewport.fit();
  }

  relayout(): void {
    this.arrangement.forgetHidden();
    if (this.drawn && this.liveCy()) this.layout.run(this.drawn);
  }

  centerOn(nodeId: string): void {
    this.viewport.centerOn(nodeId);
  }

  async exportImage(request: FigureRequest): Promise<FigureResult> {
    const cy = this.liveCy();
    if (!cy) throw new Error('The graph is not on screen yet');
    const { exportFigure } = await import('./export');
    return exportFigure(cy, request);
  }

  renderedCounts(): { nodes: number; edges: number } {
    return renderedCounts(this.liveCy());
  }

  /** How names are drawn now: their enlargement and which entities are named (see labelScale.ts). */
  labelReadout(): LabelReadout {
    return labelReadout(this.liveCy(), this.names.scale);
  }

  /** Where the drawn entities among `ids` stand. */
  positionReadout(ids: readonly string[]): Record<string, PositionReadout> {
    return positionReadout(this.liveCy(), ids);
  }

  liveInstanceCount(): number {
    for (const cy of this.instances) if (cy.destroyed()) this.instances.delete(cy);
    return this.instances.size;
  }
}

/**
 * The graph adapter: the one owner of the Cytoscape instance. It keeps the elements Cytoscape
 * holds equal to the view (adding and removing the difference inside `cy.batch()`) and sends taps
 * back to the store as actions. Everything else the canvas does is a controller beside it
 * (./controllers/, one concern each; controllers/types.ts says how to add one), run after the
 * elements on every store change.
 */
import type { Core, ElementDefinition, EventObject, Position } from 'cytoscape';
import type { ArrowDirection } from '../domain/directionalStep';
import type { GraphIndex } from '../domain/graphIndex';
import type { Dataset } from '../domain/schema';
import { isSyntheticGroupId } from '../domain/groups';
import { selectDrawnView, selectIndex, type DrawnView } from '../store/selectors';
import type { LinkboardState, LinkboardStore } from '../store/store';
import { ADD_CHUNK, addGraph, addInChunks } from './chunkedDrawing';
import { ArrangementController } from './controllers/arrangement';
import { EmphasisController } from './controllers/emphasis';
import { GroupsController } from './controllers/groups';
import { LayoutController } from './controllers/layout';
import { NamesController } from './controllers/names';
import { OnDemandController } from './controllers/onDemand';
import { RelationHoverController } from './controllers/relationHover';
import { RenderCachesController } from './controllers/renderCaches';
import { SelectionController } from './controllers/selection';
import { TimeController } from './controllers/time';
import { drawnIdOf, type DrawnGraph, type GraphController } from './controllers/types';
import { ViewportController, ZOOM_STEP } from './controllers/viewport';
import {
  drawnEdgeElements,
  drawnLookup,
  drawnNodeElements,
  drawnParentOf,
  drawnSignature,
} from './groupElements';
import type { FigureRequest, FigureResult } from './export/types';
import { arrowTarget } from './navigation';
import { afterNextFrame, mark, measure, PERF } from './perfMarks';
import {
  fadedReadout,
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
  /** Fits the visible graph in the viewport; `animate` glides there. */
  fit(options?: { animate?: boolean }): void;
  /**
   * Resolves once the graph shows the current view: its elements drawn and laid out, if a layout
   * was due (a presentation or a slide export waits for it before fitting or drawing).
   */
  settled(): Promise<void>;
  /** Zooms in or out a step (1.5×) about the middle of the canvas. */
  zoomIn(): void;
  zoomOut(): void;
  /**
   * Selects the drawn neighbour of the selected entity that lies in the arrow's direction on
   * screen (with nothing selected, the entity nearest the middle), bringing it into view.
   */
  stepSelection(direction: ArrowDirection): void;
  /** Runs the current layout again from scratch. */
  relayout(): void;
  /** Centres the viewport on an entity. */
  centerOn(nodeId: string): void;
  /** How many entities and relations Cytoscape holds right now. */
  renderedCounts(): { nodes: number; edges: number };
  /** Draws the figure for a briefing as PNG or SVG (src/graph/export/, loaded on demand). */
  exportImage(request: FigureRequest): Promise<FigureResult>;
  /**
   * Where a new note goes, in graph coordinates: across the middle of the canvas right of `left`
   * screen pixels (what a panel over the canvas covers), a quarter of the way down (the middle
   * itself is often the selected entity); null with no canvas.
   */
  newNotePosition(left?: number): { x: number; y: number } | null;
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
  /** The dataset as loaded (before edits) whose graph is drawn: an edit of it is redrawn in place. */
  private drawnOriginal: Dataset | null = null;
  private elementsVersion = 0;
  private freshDrawScheduled = false;
  /** The instance a very large graph is being added to, a chunk per task (see drawFresh). */
  private addingTo: Core | null = null;
  /** Every instance react-cytoscapejs handed us, to check none is left alive but the current one. */
  private readonly instances = new Set<Core>();
  /** Unbinds the current instance's listeners. */
  private detachers: (() => void)[] = [];

  private readonly viewport: ViewportController;
  private readonly arrangement: ArrangementController;
  private readonly layout: LayoutController;
  private readonly groups: GroupsController;
  private readonly names = new NamesController();
  /** In the order they are synced: see controllers/types.ts. */
  private readonly controllers: readonly GraphController[];

  constructor(private readonly store: LinkboardStore) {
    this.viewport = new ViewportController(store, () => this.settled());
    this.arrangement = new ArrangementController(store);
    this.layout = new LayoutController(store);
    this.groups = new GroupsController(store, this.layout);
    this.controllers = [
      this.viewport,
      this.arrangement,
      this.layout,
      this.groups,
      new SelectionController(),
      new RelationHoverController(),
      new EmphasisController(),
      new TimeController(),
      // Names rank the selection and what is highlighted first, then the rest by degree.
      this.names,
      // Verbs keep clear of the names chosen just before; loaded when first chosen.
      new OnDemandController(
        (state) => state.view.relationLabels.length > 0,
        () => import('./controllers/relationLabels').then((m) => new m.RelationLabelsController()),
        () => this.sync(),
      ),
      // Notes, callouts and rings over the canvas; loaded once the view has one or the panel opens.
      new OnDemandController(
        (state) =>
          state.view.annotations.length > 0 || state.annotateOpen || state.ringDraft !== null,
        () => import('./annotations/overlay').then((m) => new m.AnnotationsController(store)),
        () => this.sync(),
      ),
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
    cy.on('boxselect', 'node', this.onBoxSelect);
    cy.on('boxend', this.onBoxEnd);
    this.detachers.push(() => {
      cy.off('tap', 'node', this.onTapNode);
      cy.off('tap', 'edge', this.onTapEdge);
      cy.off('tap', this.onTapBackground);
      cy.off('boxselect', 'node', this.onBoxSelect);
      cy.off('boxend', this.onBoxEnd);
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

  /** The instance drawing now, for the benchmark's read-outs (benchHook.ts) only. */
  currentInstance(): Core | null {
    return this.liveCy();
  }

  private readonly onTapNode = (event: EventObject): void => {
    const id = event.target.id() as string;
    const state = this.store.getState();
    // Shift-click picks several entities; a collapsed group is chosen alone, and a highlight ring
    // being drawn takes shift-clicks itself.
    if (isAdditive(event) && !isSyntheticGroupId(id) && state.ringDraft === null)
      // After Cytoscape's own handling of the shift-tap, which toggles the entity's selected
      // state once more: the store's picking then decides what is selected.
      queueMicrotask(() => this.store.getState().togglePicked(id));
    else state.select({ kind: 'node', id });
  };

  /** Entities in a box dragged with shift held (Cytoscape reports them one by one, then the end). */
  private boxed: string[] = [];

  private readonly onBoxSelect = (event: EventObject): void => {
    const id = event.target.id() as string;
    if (!isSyntheticGroupId(id)) this.boxed.push(id);
  };

  private readonly onBoxEnd = (): void => {
    queueMicrotask(() => {
      const boxed = this.boxed;
      this.boxed = [];
      const state = this.store.getState();
      // A highlight ring being drawn takes the box (annotations/overlay.ts).
      if (boxed.length > 0 && state.ringDraft === null) state.addPicked(boxed);
    });
  };

  private readonly onTapEdge = (event: EventObject): void => {
    // A bundle of relations to a collapsed group is no relation of the dataset: Details has none.
    if (isSyntheticGroupId(event.target.id() as string)) return;
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
    const view = selectDrawnView(state);
    if (!index) {
      if (this.drawn) cy.elements().remove();
      this.drawn = null;
      return;
    }
    if (!view) {
      // Clusters still being found (selectGroupsPending): a graph on the canvas stays as it is
      // until they come, a new dataset waits for them.
      if (this.drawn && this.drawn.index !== index) {
        cy.elements().remove();
        this.drawn = null;
      }
      return;
    }
    if (index !== this.drawn?.index) {
      if (!this.drawn || state.originalDataset !== this.drawnOriginal) {
        this.scheduleFreshDraw();
        return;
      }
      // An edit: the same graph, changed; drawn again where it stands, with no layout.
      this.redrawEdited(this.drawn, index, view);
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
    view: DrawnView,
    drawnBy: DrawnGraph['drawnBy'],
  ): DrawnGraph {
    this.drawn = {
      cy,
      mode: this.mode,
      index,
      view,
      lookup: drawnLookup(view.grouped),
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
      const view = selectDrawnView(state);
      if (!cy || !index || !view || index === this.drawn?.index || !this.fitsRenderMode(state))
        return;
      this.drawFresh(cy, index, view);
    }, 0);
  }

  /**
   * Draws a dataset from nothing, at the arrangement the user made last time or laid out anew;
   * a very large graph is added a chunk per task (chunkedDrawing.ts).
   */
  private drawFresh(cy: Core, index: GraphIndex, view: DrawnView): void {
    const started = performance.now();
    this.drawnOriginal = this.store.getState().originalDataset;
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
    view: DrawnView,
    positions: ReadonlyMap<string, Position>,
    chunk: number,
  ): Generator<void, void, void> {
    cy.elements().remove();
    const lookup = drawnLookup(view.grouped);
    const nodes = drawnNodeElements(index, lookup, view.nodeIds);
    const at = (e: ElementDefinition) => positions.get(String(e.data.id));
    // Groups go in first, whatever their place: a member cannot go into a box not there yet.
    const isGroup = (e: ElementDefinition) => lookup?.groups.has(String(e.data.id)) === true;
    const placed = nodes.filter((e) => isGroup(e) || at(e) !== undefined);
    yield* addInChunks(
      cy,
      placed.map((e) => (at(e) ? { ...e, position: { ...at(e)! } } : e)),
      chunk,
    );
    const unplaced = nodes.filter((e) => !isGroup(e) && at(e) === undefined);
    yield* addInChunks(
      cy,
      placed.length > 0 ? this.arrangement.placeEntering(cy, index, view, unplaced) : unplaced,
      chunk,
    );
    yield* addInChunks(cy, drawnEdgeElements(index, lookup, view.edgeIds), chunk);
  }

  /**
   * Draws the edited dataset over the one on the canvas (an edit, an undo, a redo): every element
   * anew, since its data may have changed (a name, a relation's ends), each entity where it
   * stood, a new one next to its neighbours; the camera stays.
   */
  private redrawEdited(drawn: DrawnGraph, index: GraphIndex, view: DrawnView): void {
    const { cy } = drawn;
    const positions = new Map<string, Position>();
    cy.nodes().forEach((node) => {
      if (!node.isParent()) positions.set(node.id(), { ...node.position() });
    });
    cy.batch(() => {
      const leaving = cy.elements();
      for (const controller of this.controllers) controller.removing?.(cy, leaving);
      for (const step of this.freshSteps(cy, index, view, positions, Infinity)) void step;
    });
    this.record(cy, index, view, 'difference');
  }

  /**
   * Removes what left the view, adds what entered it (placed by the arrangement and the groups);
   * positions stay. Compares the two views' id sets, so Cytoscape is only asked about the
   * elements that change. With groups, an element kept whose drawing changes (a group collapsed
   * or expanded, an entity moved into another box) is drawn anew: Cytoscape cannot turn a box into
   * a plain node in place.
   */
  private applyDifference(drawn: DrawnGraph, view: DrawnView): void {
    const { cy, index } = drawn;
    const before = drawn.lookup;
    const after = drawnLookup(view.grouped);
    const grouped = before !== null || after !== null;
    const redrawn = (id: string) => drawnSignature(before, id) !== drawnSignature(after, id);
    const leavingIds = (old: ReadonlySet<string>, now: ReadonlySet<string>) =>
      grouped ? [...old].filter((id) => !now.has(id) || redrawn(id)) : notIn(old, now);
    cy.batch(() => {
      const leaving = cy.collection();
      for (const id of leavingIds(drawn.view.edgeIds, view.edgeIds))
        leaving.merge(cy.getElementById(id));
      for (const id of leavingIds(drawn.view.nodeIds, view.nodeIds))
        leaving.merge(cy.getElementById(id));
      // A box's members that stay are moved out before it goes (they would go with it) and put
      // back below into the box drawn anew, if there is one.
      const keptMembers = leaving.nodes().children().difference(leaving);
      if (leaving.nonempty())
        for (const controller of this.controllers) controller.removing?.(cy, leaving);
      keptMembers.move({ parent: null });
      cy.remove(leaving);
      const entering = drawnNodeElements(
        index,
        after,
        grouped
          ? [...view.nodeIds].filter((id) => cy.getElementById(id).empty())
          : notIn(view.nodeIds, drawn.view.nodeIds),
      );
      const byGroup = this.groups.placer(view, this.arrangement.rememberedAt);
      cy.add(this.arrangement.placeEntering(cy, index, view, entering, byGroup));
      keptMembers.forEach((node) => {
        const parent = drawnParentOf(after, node.id());
        if (parent !== null && cy.getElementById(parent).nonempty()) node.move({ parent });
      });
      // Relations whose end was drawn anew went with it: they come back with the new ones.
      cy.add(
        drawnEdgeElements(
          index,
          after,
          grouped
            ? [...view.edgeIds].filter((id) => cy.getElementById(id).empty())
            : notIn(view.edgeIds, drawn.view.edgeIds),
        ),
      );
    });
    this.record(cy, index, view, 'difference');
  }

  // ---------------------------------------------------------------- the handle and read-outs

  /** The container changed size (a panel opened, the window resized): keep the graph in view. */
  containerResized(): void {
    this.viewport.resized(this.cy !== this.addingTo);
  }

  fit(options: { animate?: boolean } = {}): void {
    this.viewport.fit(options.animate === true);
  }

  zoomIn(): void {
    this.viewport.zoomBy(ZOOM_STEP);
  }

  zoomOut(): void {
    this.viewport.zoomBy(1 / ZOOM_STEP);
  }

  stepSelection(direction: ArrowDirection): void {
    const cy = this.liveCy();
    if (!cy) return;
    const id = arrowTarget(cy, this.store.getState().view.selection, direction);
    if (id === undefined) return;
    this.store.getState().select({ kind: 'node', id });
    this.viewport.reveal(id);
  }

  async settled(): Promise<void> {
    // The store's change reaches the canvas in this task; a new dataset or render mode draws in
    // tasks of its own. Wait (up to 30 s) until the elements are there, then for the layout.
    for (
      let tries = 0;
      tries < 600 && (this.freshDrawScheduled || this.addingTo !== null || !this.drawn);
      tries++
    )
      await new Promise((resolve) => setTimeout(resolve, 50));
    await this.layout.settled();
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
    const drawn = this.drawn;
    // Callouts and rings name entities of the dataset; the figure draws what stands for them.
    const annotations = drawn
      ? request.annotations?.map((a) =>
          a.kind === 'callout'
            ? { ...a, target: { ...a.target, id: drawnIdOf(drawn, a.target.id) } }
            : a.kind === 'ring'
              ? { ...a, members: [...new Set(a.members.map((id) => drawnIdOf(drawn, id)))] }
              : a,
        )
      : request.annotations;
    return exportFigure(cy, { ...request, annotations });
  }

  newNotePosition(left = 0): { x: number; y: number } | null {
    const cy = this.liveCy();
    if (!cy) return null;
    const { x1, y1, x2, y2 } = cy.extent();
    const from = Math.min(x1 + left / cy.zoom(), (x1 + x2) / 2);
    return { x: (from + x2) / 2, y: y1 + (y2 - y1) / 4 };
  }

  renderedCounts(): { nodes: number; edges: number } {
    return renderedCounts(this.liveCy());
  }

  /** How names are drawn now: their enlargement and which entities are named (see labelScale.ts). */
  labelReadout(): LabelReadout {
    return labelReadout(this.liveCy(), this.names.scale);
  }

  /** The entities the canvas dims now. */
  fadedReadout(): string[] {
    return fadedReadout(this.liveCy());
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

/** Whether a tap adds to what is picked rather than choosing anew. */
function isAdditive(event: EventObject): boolean {
  const original = event.originalEvent as MouseEvent | undefined;
  return original?.shiftKey === true;
}

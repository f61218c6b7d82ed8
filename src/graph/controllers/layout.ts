/**
 * Lays the drawn graph out with the view's layout (see layouts.ts and layoutRunner.ts): when a
 * graph is drawn from nothing without a saved arrangement, when the layout key changes (the
 * layout, or the ranking of a hierarchy: filters never re-lay a graph out), and on Re-layout.
 * Pinned entities stay where they are.
 */
import type { Core, LayoutOptions } from 'cytoscape';
import type { GraphIndex } from '../../domain/graphIndex';
import { layeringLinks } from '../../domain/hierarchy';
import type { LinkboardState, LinkboardStore } from '../../store/store';
import { runSeeded } from '../internals';
import { NAME_CLASSES, ROOMY_LABEL_CLASS, ROOMY_NAMES } from '../labelScale';
import { LayoutRunner, markLaidOut } from '../layoutRunner';
import { labelledBox, layoutKey, type LayoutInput } from '../layouts';
import type { DrawnGraph, GraphController } from './types';

export class LayoutController implements GraphController {
  /** The layoutKey the current positions came from. */
  private laidOutAs: string | null = null;
  /** Counts layout runs, so a slow layered layout that finishes late is dropped. */
  private ticket = 0;
  /** Heavy layouts run in a Web Worker, for the adapter's lifetime (see layoutRunner.ts). */
  private readonly runner = new LayoutRunner();
  /** Settles when the latest run has placed the entities (or was overtaken, or failed). */
  private latest: Promise<void> = Promise.resolve();
  private finishLatest: () => void = () => {};

  constructor(private readonly store: LinkboardStore) {}

  attach(): void {
    this.laidOutAs = null;
  }

  sync(graph: DrawnGraph, state: LinkboardState): void {
    const key = layoutKey(state.view);
    if (key === this.laidOutAs) return;
    this.laidOutAs = key;
    this.run(graph);
  }

  /**
   * A graph was drawn from nothing: its positions are those of the view's layout key, whether it
   * is laid out next (run) or was drawn at a saved arrangement made in that layout.
   */
  drawnFresh(): void {
    this.laidOutAs = layoutKey(this.store.getState().view);
  }

  /** Lays the drawn graph out with the view's layout; pinned entities stay. */
  run(graph: Pick<DrawnGraph, 'cy' | 'index' | 'mode'>): void {
    const { cy } = graph;
    if (cy.destroyed() || cy.nodes().empty()) return;
    const ticket = ++this.ticket;
    const started = performance.now();
    const name = this.store.getState().view.layout;
    // Very large graphs on the 2D canvas: the first picture is drawn into the layer beforehand.
    const layerFirst = graph.mode?.veryLarge === true && graph.mode.renderer === 'canvas';
    // A run overtaken by this one will never stop: it counts as settled.
    this.finishLatest();
    let settle = () => {};
    this.latest = new Promise((resolve) => (settle = resolve));
    // The progress indicator follows the latest run: an overtaken one ending says nothing. It is
    // told after this store change has reached every listener (run is called from one).
    let finished = false;
    const done = () => {
      finished = true;
      if (ticket === this.ticket) this.store.getState().setLayoutRunning(false);
      settle();
    };
    this.finishLatest = settle;
    queueMicrotask(() => {
      if (!finished && ticket === this.ticket) this.store.getState().setLayoutRunning(true);
    });
    this.runner.plan(cy, name, layoutInput(cy, graph.index), layerFirst).then(
      (options) => {
        if (!options || ticket !== this.ticket || cy.destroyed()) return done();
        cy.one('layoutstop', () => {
          markLaidOut(started);
          done();
        });
        applyLayout(cy, options);
      },
      (error: unknown) => {
        this.reportFailure(error);
        done();
      },
    );
  }

  /** Resolves once no layout is running, including one started while waiting. */
  async settled(): Promise<void> {
    for (let waited = this.latest; ;) {
      await waited;
      if (waited === this.latest) return;
      waited = this.latest;
    }
  }

  /** Ends the layout worker (the adapter stopped). */
  dispose(): void {
    this.ticket++;
    this.runner.dispose();
    this.finishLatest();
    this.store.getState().setLayoutRunning(false);
  }

  private reportFailure(error: unknown): void {
    this.store.getState().pushNotice({
      level: 'error',
      title: 'Could not lay the graph out',
      details: [error instanceof Error ? error.message : String(error)],
    });
  }
}

/**
 * The drawn elements in the dataset's order, not in the order Cytoscape happens to hold them
 * (which depends on what was shown and hidden before): the layered layout depends on the order
 * of its input, and a view must come out the same however it was reached (from the Command view
 * button, a curated view or the address).
 */
function inDatasetOrder<T extends { id(): string }>(
  elements: T[],
  order: ReadonlyMap<string, number>,
): T[] {
  const rank = (element: T) => order.get(element.id()) ?? Number.MAX_SAFE_INTEGER;
  return [...elements].sort((a, b) => rank(a) - rank(b));
}

interface DatasetOrder {
  nodes: ReadonlyMap<string, number>;
  edges: ReadonlyMap<string, number>;
}

/** Each entity's and relation's place in the dataset (ids are unique per list), once per dataset. */
const datasetOrders = new WeakMap<GraphIndex, DatasetOrder>();
function datasetOrder(index: GraphIndex): DatasetOrder {
  let order = datasetOrders.get(index);
  if (!order) {
    order = {
      nodes: new Map(index.dataset.nodes.map((node, i) => [node.id, i])),
      edges: new Map(index.dataset.edges.map((edge, i) => [edge.id, i])),
    };
    datasetOrders.set(index, order);
  }
  return order;
}

/** What a layout needs to know about the drawn graph. */
function layoutInput(cy: Core, index: GraphIndex): LayoutInput {
  const order = datasetOrder(index);
  // Boxes around groups stand where their members are (the layout runner places members only).
  const nodes = inDatasetOrder(cy.nodes(':childless').toArray(), order.nodes).map((node) =>
    labelledBox(node.id(), String(node.data('label') ?? ''), Number(node.data('size')) || 30),
  );
  const links = layeringLinks(
    index,
    inDatasetOrder(cy.edges().toArray(), order.edges).map((edge) => edge.id()),
  );
  const fixed = cy
    .nodes('.pinned')
    .map((node) => ({ nodeId: node.id(), position: { ...node.position() } }));
  const aspectRatio = cy.width() > 0 && cy.height() > 0 ? cy.width() / cy.height() : 1.6;
  return { nodes, links, fixed, aspectRatio };
}

function applyLayout(cy: Core, options: LayoutOptions): void {
  // Locked nodes keep their position whatever a layout computes for them.
  const pinned = cy.nodes('.pinned');
  pinned.lock();
  // Names as designed while the layout measures them, but for the best-connected, whose names it
  // sizes doubled (ROOMY_NAMES); the names controller chooses them again once it stops
  // (controllers/names.ts).
  const nodes = cy.nodes();
  const roomy = cy
    .nodes(':childless')
    .sort((a, b) => b.degree(false) - a.degree(false) || (a.id() < b.id() ? -1 : 1))
    .slice(0, ROOMY_NAMES);
  cy.batch(() => {
    nodes.removeClass(NAME_CLASSES.join(' '));
    roomy.addClass(ROOMY_LABEL_CLASS);
  });
  const layout = cy.layout(options);
  layout.one('layoutstop', () => {
    pinned.unlock();
    roomy.removeClass(ROOMY_LABEL_CLASS);
  });
  runSeeded(() => layout.run());
}

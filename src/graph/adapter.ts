/**
 * The graph adapter: the one owner of the Cytoscape instance. It reads the store, applies the
 * difference between what is drawn and what the view says inside `cy.batch()`, and sends user
 * events back to the store as actions. Nothing else changes what Cytoscape draws.
 */
import type { Core, ElementDefinition, EventObject, Position } from 'cytoscape';
import type { GraphIndex } from '../domain/graphIndex';
import type { GraphView } from '../domain/view';
import type { Selection } from '../domain/viewState';
import type { Highlight } from '../domain/highlight';
import { selectGraphView, selectHighlight, selectIndex } from '../store/selectors';
import type { LinkboardStore } from '../store/store';
import { toEdgeElement, toNodeElement } from './elements';
import type { FigureRequest, FigureResult } from './export/types';
import { layoutOptions, registerLayoutExtensions } from './layouts';

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

export class GraphAdapter implements GraphHandle {
  private cy: Core | null = null;
  private unsubscribe: (() => void) | null = null;
  private drawnIndex: GraphIndex | null = null;
  private drawnView: GraphView | null = null;
  private drawnSelection: Selection | null = null;
  private drawnLayout: string | null = null;
  /** undefined: unknown, apply whatever the store says on the next sync. */
  private drawnHighlight: Highlight | null | undefined = undefined;
  /** Where hidden entities were, so they come back to the same place. */
  private readonly remembered = new Map<string, Position>();
  /** Every instance react-cytoscapejs handed us, to check none is left alive but the current one. */
  private readonly instances = new Set<Core>();

  constructor(private readonly store: LinkboardStore) {
    registerLayoutExtensions();
  }

  /** Called by react-cytoscapejs with each instance it makes (twice under StrictMode) and after updates. */
  readonly attach = (cy: Core): void => {
    if (cy === this.cy || cy.destroyed()) return;
    this.cy = cy;
    this.instances.add(cy);
    this.drawnIndex = null;
    this.drawnView = null;
    this.drawnSelection = null;
    this.drawnHighlight = undefined;
    cy.on('tap', 'node', this.onTapNode);
    cy.on('tap', 'edge', this.onTapEdge);
    cy.on('tap', this.onTapBackground);
    cy.on('dragfree', 'node', this.onDragFree);
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
    // A node the user placed is remembered there, so hiding and showing it keeps the spot.
    const node = event.target;
    this.remembered.set(node.id() as string, { ...node.position() });
  };

  sync(): void {
    const cy = this.liveCy();
    if (!cy) return;
    const state = this.store.getState();
    const index = selectIndex(state);
    const view = selectGraphView(state);
    if (!index || !view) {
      if (this.drawnIndex) cy.elements().remove();
      this.drawnIndex = null;
      this.drawnView = null;
      return;
    }
    if (index !== this.drawnIndex) {
      this.drawFresh(cy, index, view);
      this.drawnLayout = state.view.layout;
    } else if (view !== this.drawnView) {
      this.applyDifference(cy, index, view);
    }
    if (state.view.layout !== this.drawnLayout) {
      this.drawnLayout = state.view.layout;
      this.runLayout();
    }
    if (state.view.selection !== this.drawnSelection) this.applySelection(cy, state.view.selection);
    const highlight = selectHighlight(state);
    if (highlight !== this.drawnHighlight) this.applyHighlight(cy, highlight);
  }

  /** Emphasises the highlighted elements and fades the rest; null clears both. */
  private applyHighlight(cy: Core, highlight: Highlight | null): void {
    this.drawnHighlight = highlight;
    cy.batch(() => {
      cy.elements().removeClass('highlighted faded');
      if (!highlight) return;
      cy.nodes().forEach((node) => {
        node.addClass(highlight.nodeIds.has(node.id()) ? 'highlighted' : 'faded');
      });
      cy.edges().forEach((edge) => {
        edge.addClass(highlight.edgeIds.has(edge.id()) ? 'highlighted' : 'faded');
      });
    });
  }

  private drawFresh(cy: Core, index: GraphIndex, view: GraphView): void {
    this.remembered.clear();
    cy.batch(() => {
      cy.elements().remove();
      cy.add(this.elementsFor(index, view));
    });
    this.drawnIndex = index;
    this.drawnView = view;
    this.drawnSelection = null;
    this.drawnHighlight = undefined;
    this.runLayout();
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

  /** Removes what left the view, adds what entered it near its neighbours; positions stay. */
  private applyDifference(cy: Core, index: GraphIndex, view: GraphView): void {
    cy.batch(() => {
      const leaving = cy
        .elements()
        .filter((ele) =>
          ele.isNode() ? !view.nodeIds.has(ele.id()) : !view.edgeIds.has(ele.id()),
        );
      leaving.nodes().forEach((node) => {
        this.remembered.set(node.id(), { ...node.position() });
      });
      cy.remove(leaving);

      const newNodes: ElementDefinition[] = [];
      for (const id of view.nodeIds) {
        if (!cy.getElementById(id).empty()) continue;
        const node = index.nodesById.get(id);
        if (node) newNodes.push(toNodeElement(index, node));
      }
      const placed = this.placeNear(cy, index, view, newNodes);
      cy.add(placed);

      const newEdges: ElementDefinition[] = [];
      for (const id of view.edgeIds) {
        if (!cy.getElementById(id).empty()) continue;
        const edge = index.edgesById.get(id);
        if (edge) newEdges.push(toEdgeElement(index, edge));
      }
      cy.add(newEdges);
    });
    this.drawnView = view;
    this.drawnHighlight = undefined; // new elements need their highlight class
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
  }

  runLayout(): void {
    const cy = this.liveCy();
    if (!cy || cy.nodes().empty()) return;
    const name = this.store.getState().view.layout;
    cy.layout(layoutOptions(name, cy.nodes().length)).run();
  }

  liveInstanceCount(): number {
    for (const cy of this.instances) if (cy.destroyed()) this.instances.delete(cy);
    return this.instances.size;
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

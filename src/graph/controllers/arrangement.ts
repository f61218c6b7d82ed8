/**
 * Where entities stand, beyond what a layout decides: entities the user dragged are pinned there
 * (dashed ring; re-layouts leave them in place), hidden entities come back where they were,
 * entities new to the canvas come in next to their drawn neighbours, and the arrangement the user
 * made by hand is recorded in the store (src/app/persistence keeps it per dataset), so that a
 * reload shows it again.
 */
import type {
  CollectionReturnValue,
  Core,
  ElementDefinition,
  EventObject,
  Position,
} from 'cytoscape';
import { arrangementOf, pointsOf, type Arrangement } from '../../domain/arrangement';
import type { GraphIndex } from '../../domain/graphIndex';
import { isSyntheticGroupId } from '../../domain/groups';
import type { GraphView } from '../../domain/view';
import type { LinkboardState, LinkboardStore } from '../../store/store';
import { layoutKey } from '../layouts';
import { seededRandom, seedOf } from '../seededRandom';
import type { GroupPlacer } from './groups';
import { setClass, type DrawnGraph, type GraphController } from './types';

/** How far from its neighbours' centre an entity new to the canvas comes in, in graph units. */
const NEAR = 40;

export class ArrangementController implements GraphController {
  private cy: Core | null = null;
  /** Where hidden entities were, so they come back to the same place. */
  private readonly remembered = new Map<string, Position>();
  /** The saved arrangement the graph being drawn from nothing is drawn at. */
  private restoring: Arrangement | null = null;
  private appliedPins: readonly string[] | null = null;
  private appliedVersion = -1;

  constructor(private readonly store: LinkboardStore) {}

  attach(cy: Core): () => void {
    this.cy = cy;
    this.appliedPins = null;
    cy.on('dragfree', 'node', this.onDragFree);
    cy.on('layoutstop', this.onLayoutStop);
    return () => {
      if (cy.destroyed()) return;
      cy.off('dragfree', 'node', this.onDragFree);
      cy.off('layoutstop', this.onLayoutStop);
    };
  }

  removing(_cy: Core, leaving: CollectionReturnValue): void {
    leaving.nodes().forEach((node) => {
      this.remembered.set(node.id(), { ...node.position() });
    });
  }

  /** Marks pinned entities (drawn with a dashed border). */
  sync(graph: DrawnGraph, state: LinkboardState): void {
    const pinnedIds = state.pinnedNodeIds;
    if (pinnedIds === this.appliedPins && graph.elementsVersion === this.appliedVersion) return;
    this.appliedPins = pinnedIds;
    this.appliedVersion = graph.elementsVersion;
    const pinned = new Set(pinnedIds);
    const { cy } = graph;
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        setClass(node, 'pinned', pinned.has(node.id()));
      });
    });
  }

  /**
   * A dataset is about to be drawn from nothing: forgets the last one's hidden entities and takes
   * the saved arrangement, if it was made in the view's layout. Returns where to put entities
   * (empty when there is none).
   */
  startFreshDraw(state: LinkboardState): ReadonlyMap<string, Position> {
    this.remembered.clear();
    const saved = state.arrangement;
    this.restoring = saved && saved.layout === layoutKey(state.view) ? saved : null;
    return this.restoring ? pointsOf(this.restoring) : new Map();
  }

  /**
   * The graph is drawn at the saved places, if there were any: remembers where the hidden ones
   * stood, fits the view and pins what was pinned. Returns whether it did (if not, lay it out).
   */
  finishFreshDraw(graph: DrawnGraph): boolean {
    const saved = this.restoring;
    this.restoring = null;
    if (!saved) return false;
    const { cy, index } = graph;
    for (const [id, position] of pointsOf(saved))
      if (cy.getElementById(id).empty()) this.remembered.set(id, position);
    cy.fit(undefined, 40);
    this.store.getState().setPinnedNodeIds(saved.pinned.filter((id) => index.nodesById.has(id)));
    return true;
  }

  /** A re-layout from scratch: hidden entities come back near their neighbours, not where they were. */
  forgetHidden(): void {
    this.remembered.clear();
  }

  /** Where an entity (or a group) stood when it left the canvas. */
  readonly rememberedAt = (id: string): Position | undefined => this.remembered.get(id);

  /**
   * Positions for entities entering the canvas: where they were when hidden, else where their
   * group places them (`byGroup`, see groups.ts), else next to the centre of their drawn
   * neighbours (the middle of the viewport for those without any).
   */
  placeEntering(
    cy: Core,
    index: GraphIndex,
    view: GraphView,
    nodes: ElementDefinition[],
    byGroup: GroupPlacer | null = null,
  ): ElementDefinition[] {
    const extent = cy.extent();
    const centre = { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
    return nodes.map((element) => {
      const id = String(element.data.id);
      const remembered = this.remembered.get(id);
      if (remembered) return { ...element, position: remembered };
      const grouped = byGroup?.(id, Number(element.data.size) || 0);
      if (grouped) return { ...element, position: grouped };
      const neighbours: Position[] = [];
      for (const edgeId of index.edgesByNode.get(id) ?? []) {
        if (!view.edgeIds.has(edgeId)) continue;
        const edge = index.edgesById.get(edgeId);
        if (!edge) continue;
        const other = cy.getElementById(edge.source === id ? edge.target : edge.source);
        if (other.nonempty()) neighbours.push(other.position());
      }
      const anchor = neighbours.length > 0 ? centreOf(neighbours) : centre;
      // Seeded by the entity, so that it comes in at the same spot on every load.
      const angle = seededRandom(seedOf(id))() * 2 * Math.PI;
      return {
        ...element,
        position: { x: anchor.x + NEAR * Math.cos(angle), y: anchor.y + NEAR * Math.sin(angle) },
      };
    });
  }

  private readonly onDragFree = (event: EventObject): void => {
    // A node the user placed is pinned there: hiding and showing it, re-running the layout and
    // reloading the page keep the spot.
    const node = event.target;
    const id = node.id() as string;
    this.remembered.set(id, { ...node.position() });
    this.store.getState().pinNode(id);
    this.save();
  };

  /** A layout moved entities around the pinned ones: that picture is the one to keep. */
  private readonly onLayoutStop = (): void => {
    if (this.store.getState().pinnedNodeIds.length > 0) this.save();
  };

  /** Records where every entity is, drawn or hidden, with the pins (while anything is pinned). */
  private save(): void {
    const cy = this.cy;
    if (!cy || cy.destroyed()) return;
    const state = this.store.getState();
    if (state.pinnedNodeIds.length === 0) return;
    const positions = new Map(this.remembered);
    cy.nodes().forEach((node) => {
      positions.set(node.id(), { ...node.position() });
    });
    // Entities only: a box stands where its members are, and a group that is no entity (a
    // community, a type) has no place in the dataset.
    cy.nodes(':parent').forEach((node) => {
      positions.delete(node.id());
    });
    for (const id of positions.keys()) if (isSyntheticGroupId(id)) positions.delete(id);
    state.setArrangement(arrangementOf(layoutKey(state.view), positions, state.pinnedNodeIds));
  }
}

/** The centre of some points (at least one). */
export function centreOf(points: readonly Position[]): Position {
  let x = 0;
  let y = 0;
  for (const p of points) {
    x += p.x;
    y += p.y;
  }
  return { x: x / points.length, y: y / points.length };
}

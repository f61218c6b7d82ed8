/**
 * Groups on the canvas (src/domain/groups.ts; their elements in ../groupElements.ts). The adapter
 * draws what selectDrawnView asks for: expanded groups as compound nodes around their members,
 * collapsed ones as one node with their member count, relations to them bundled. This controller
 * owns what groups add to that:
 * - a new grouping (Group by, hand-made groups) lays the graph out again, as members of a box may
 *   stand far apart;
 * - where entering elements go: a collapsed group where its members stood, the members of a
 *   group just expanded in a disc around the spot the group stood on (see placer).
 */
import type { Position } from 'cytoscape';
import { ancestorsOf, groupMembersDeep } from '../../domain/groups';
import type { DrawnView } from '../../store/selectors';
import { selectGrouping } from '../../store/selectors';
import type { LinkboardState, LinkboardStore } from '../../store/store';
import { sunflowerPoint } from '../layoutRunner';
import { centreOf } from './arrangement';
import type { LayoutController } from './layout';
import type { DrawnGraph, GraphController } from './types';

/**
 * Where an entering element (of the given size) goes because of its group, or null when its
 * group says nothing.
 */
export type GroupPlacer = (id: string, size: number) => Position | null;

/** Least distance between neighbours in the disc members of an expanded group come in. */
const DISC_SPACING = 34;

/** The part of the view that decides which groups there are: a change means a new layout. */
function groupingKey(view: LinkboardState['view']): string {
  return JSON.stringify([view.groupBy, view.customGroups]);
}

export class GroupsController implements GraphController {
  /** The grouping the current positions were laid out with. */
  private laidOutWith: string | null = null;
  private seenVersion = -1;

  constructor(
    private readonly store: LinkboardStore,
    private readonly layout: LayoutController,
  ) {}

  attach(): void {
    this.laidOutWith = null;
    this.seenVersion = -1;
  }

  sync(graph: DrawnGraph, state: LinkboardState): void {
    const key = groupingKey(state.view);
    const fresh = graph.drawnBy === 'fresh' && graph.elementsVersion !== this.seenVersion;
    this.seenVersion = graph.elementsVersion;
    // A graph drawn from nothing is laid out (or restored) by the adapter with this grouping.
    if (fresh || this.laidOutWith === null) {
      this.laidOutWith = key;
      return;
    }
    if (key === this.laidOutWith) return;
    this.laidOutWith = key;
    this.layout.run(graph);
  }

  /**
   * Places entering elements by their groups, given where elements stood when they left:
   * a collapsed group at the centre of its members; an entity at the spot a group around it stood
   * on, in a sunflower disc (no overlaps, widest for the largest groups). One placer per batch of entering elements.
   */
  placer(view: DrawnView, remembered: (id: string) => Position | undefined): GroupPlacer | null {
    if (!view.grouped) return null;
    const grouping = selectGrouping(this.store.getState());
    if (!grouping) return null;
    const collapsed = new Set(view.grouped.groups.filter((g) => g.collapsed).map((g) => g.id));
    const taken = new Map<string, number>();
    return (id, size) => {
      if (collapsed.has(id)) {
        const points = groupMembersDeep(grouping, id)
          .map(remembered)
          .filter((p): p is Position => p !== undefined);
        if (points.length > 0) return centreOf(points);
      }
      for (const groupId of ancestorsOf(grouping, id)) {
        const at = remembered(groupId);
        if (!at) continue;
        const n = taken.get(groupId) ?? 0;
        taken.set(groupId, n + 1);
        // Sub-groups are larger than entities: the disc widens with what comes in.
        const offset = sunflowerPoint(n + 0.5, Math.max(DISC_SPACING, size + 14));
        return { x: at.x + offset.x, y: at.y + offset.y };
      }
      return null;
    };
  }
}

/**
 * Groups: entities gathered by their parent organization (from part-of and member-of relations),
 * their type, their first tag, their community, or by hand. Which grouping, which groups are
 * collapsed and the hand-made groups are view state; everything here is derived from it:
 *
 *   grouping = f(dataset, groupBy, communities, custom groups)
 *   grouped  = f(grouping, visible graph, collapsed)  → what the canvas draws
 *
 * A collapsed group is drawn as one entity with its member count, and the relations between
 * something folded inside it and anything outside become one bundled line per relation family.
 */
import { entityTypeLabel } from './filterCounts';
import type { GraphIndex } from './graphIndex';
import type { RelationFamily, RelationType } from './relations';
import type { GraphView } from './view';
import type { CustomGroup, GroupBy } from './groupBy';

export type GroupKind = 'entity' | 'type' | 'tag' | 'community' | 'custom';

export interface Group {
  /** The entity's own id for a parent organization; `~kind:…` (never an entity id) otherwise. */
  id: string;
  label: string;
  kind: GroupKind;
  /** The entity this group is (grouping by parent organization); null for the other kinds. */
  entityId: string | null;
  /** The group this one sits in (parent organizations nest), or null. */
  parent: string | null;
  /** Entities directly inside, in dataset order (not the group's own entity). */
  members: readonly string[];
}

export interface Grouping {
  by: GroupBy;
  /** Groups in a stable order: parents before the groups inside them. */
  groups: ReadonlyMap<string, Group>;
  /** The group each grouped entity sits in directly. */
  groupOfEntity: ReadonlyMap<string, string>;
}

/** Prefix of every group id that is not an entity id (entity ids start with a letter or digit). */
const SYNTHETIC = '~';

export function customGroupId(n: number): string {
  return `${SYNTHETIC}custom:${n}`;
}

export function isSyntheticGroupId(id: string): boolean {
  return id.startsWith(SYNTHETIC);
}

/**
 * Whether a relation puts its source inside its target: the membership family's relations whose
 * target is the superior end (member of, part of, merged into, and any declared type like them).
 */
export function isContainment(relation: RelationType): boolean {
  return relation.family === 'membership' && relation.superior === 'target';
}

/** Whether `ancestor` is reached from `start` by following `up` (at most `limit` steps). */
function reaches(
  up: (id: string) => Iterable<string>,
  start: string,
  ancestor: string,
  limit = 64,
): boolean {
  const seen = new Set<string>([start]);
  let frontier = [start];
  for (let step = 0; step < limit && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const id of frontier)
      for (const parent of up(id)) {
        if (parent === ancestor) return true;
        if (!seen.has(parent)) {
          seen.add(parent);
          next.push(parent);
        }
      }
    frontier = next;
  }
  return false;
}

/**
 * Each entity's parent organization, from the containment relations of the dataset (whatever the
 * filters show, so that groups do not reshape as filters change). An entity inside several
 * prefers the most specific one (the Quds Force is part of the IRGC and of Iran; the IRGC is part
 * of Iran: its parent is the IRGC), then the first in the dataset. A link that would close a loop
 * (A part of B part of A) is ignored: the entity met first in the dataset keeps its parent.
 */
export function deriveParents(index: GraphIndex): ReadonlyMap<string, string> {
  const candidates = new Map<string, string[]>();
  for (const edge of index.dataset.edges) {
    if (edge.source === edge.target || !isContainment(index.relationOf(edge))) continue;
    const list = candidates.get(edge.source);
    if (!list) candidates.set(edge.source, [edge.target]);
    else if (!list.includes(edge.target)) list.push(edge.target);
  }
  const candidatesOf = (id: string) => candidates.get(id) ?? [];
  const parents = new Map<string, string>();
  const parentOf = (id: string) => {
    const parent = parents.get(id);
    return parent === undefined ? [] : [parent];
  };
  for (const node of index.dataset.nodes) {
    const options = candidates.get(node.id);
    if (!options) continue;
    const ranked =
      options.length === 1
        ? options
        : [
            ...options.filter((c) => options.some((o) => o !== c && reaches(candidatesOf, c, o))),
            ...options,
          ];
    const chosen = ranked.find((c) => !reaches(parentOf, c, node.id) && c !== node.id);
    if (chosen !== undefined) parents.set(node.id, chosen);
  }
  return parents;
}

/** What community detection found (see communities.ts), by entity id. */
export interface Communities {
  /** The community of each entity. */
  byNode: ReadonlyMap<string, number>;
  /** The sub-community of each entity of a community split in parts; null: none was. */
  subByNode: ReadonlyMap<string, number> | null;
}

/** Entities bucketed by a number, largest buckets first, buckets of one left out. */
function bucketsBySize(ids: readonly string[], numberOf: (id: string) => number | undefined) {
  const buckets = new Map<number, string[]>();
  for (const id of ids) {
    const n = numberOf(id);
    if (n === undefined) continue;
    const list = buckets.get(n);
    if (list) list.push(id);
    else buckets.set(n, [id]);
  }
  return [...buckets.values()]
    .filter((members) => members.length > 1)
    .sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
}

/**
 * Community groups: numbered by size, named after their best-connected member. A community split
 * in parts holds its sub-communities as groups inside it ("Cluster 2.3"), with its members in no
 * part of more than one entity directly.
 */
function communityGroups(
  index: GraphIndex,
  { byNode, subByNode }: Communities,
): { groups: Group[]; groupOf: Map<string, string> } {
  const degree = (id: string) => index.edgesByNode.get(id)?.length ?? 0;
  const named = (prefix: string, members: readonly string[]) => {
    const hub = members.reduce((best, m) => (degree(m) > degree(best) ? m : best), members[0]!);
    return `Cluster ${prefix}: ${index.nodesById.get(hub)?.label ?? hub}`;
  };
  const groups: Group[] = [];
  const groupOf = new Map<string, string>();
  const communities = bucketsBySize(
    index.dataset.nodes.map((n) => n.id),
    (id) => byNode.get(id),
  );
  communities.forEach((members, i) => {
    const id = `${SYNTHETIC}community:${i + 1}`;
    const parts = subByNode ? bucketsBySize(members, (m) => subByNode.get(m)) : [];
    const inParts = new Set(parts.flat());
    const direct = members.filter((m) => !inParts.has(m));
    const partIds = parts.map((_, j) => `${id}.${j + 1}`);
    groups.push({
      id,
      label: named(String(i + 1), members),
      kind: 'community',
      entityId: null,
      parent: null,
      members: [...partIds, ...direct],
    });
    for (const m of direct) groupOf.set(m, id);
    parts.forEach((part, j) => {
      groups.push({
        id: partIds[j]!,
        label: named(`${i + 1}.${j + 1}`, part),
        kind: 'community',
        entityId: null,
        parent: id,
        members: part,
      });
      for (const m of part) groupOf.set(m, partIds[j]!);
    });
  });
  return { groups, groupOf };
}

/** Groups named by a key of each entity (its type, its first tag), in order of first appearance. */
function keyedGroups(
  index: GraphIndex,
  kind: 'type' | 'tag',
  keyOf: (node: GraphIndex['dataset']['nodes'][number]) => string | undefined,
  labelOf: (key: string) => string,
): { groups: Group[]; groupOf: Map<string, string> } {
  const byKey = new Map<string, string[]>();
  for (const node of index.dataset.nodes) {
    const key = keyOf(node);
    if (key === undefined) continue;
    const list = byKey.get(key);
    if (list) list.push(node.id);
    else byKey.set(key, [node.id]);
  }
  const groups: Group[] = [];
  const groupOf = new Map<string, string>();
  for (const [key, members] of byKey) {
    const id = `${SYNTHETIC}${kind}:${key}`;
    groups.push({ id, label: labelOf(key), kind, entityId: null, parent: null, members });
    for (const m of members) groupOf.set(m, id);
  }
  return { groups, groupOf };
}

function parentGroups(index: GraphIndex): { groups: Group[]; groupOf: Map<string, string> } {
  const parents = deriveParents(index);
  const children = new Map<string, string[]>();
  for (const node of index.dataset.nodes) {
    const parent = parents.get(node.id);
    if (parent === undefined) continue;
    const list = children.get(parent);
    if (list) list.push(node.id);
    else children.set(parent, [node.id]);
  }
  const groupOf = new Map<string, string>();
  const unordered = new Map<string, Group>();
  for (const [parent, members] of children) {
    for (const m of members) groupOf.set(m, parent);
    unordered.set(parent, {
      id: parent,
      label: index.nodesById.get(parent)?.label ?? parent,
      kind: 'entity',
      entityId: parent,
      parent: parents.get(parent) ?? null,
      members,
    });
  }
  return { groups: parentsFirst(unordered), groupOf };
}

/** The groups ordered so that every group comes after the group it sits in. */
function parentsFirst(groups: ReadonlyMap<string, Group>): Group[] {
  const ordered: Group[] = [];
  const placed = new Set<string>();
  const place = (group: Group, depth: number) => {
    if (placed.has(group.id)) return;
    const parent = group.parent === null ? undefined : groups.get(group.parent);
    if (parent && depth < 256) place(parent, depth + 1);
    placed.add(group.id);
    ordered.push(group);
  };
  for (const group of groups.values()) place(group, 0);
  return ordered;
}

/**
 * The groups of a dataset under a grouping. Hand-made groups come on top of it: their members
 * sit in them rather than in the automatic group (a parent organization put in a hand-made group
 * takes its own members along). `communities` are what community detection found (see
 * communities.ts); without them, grouping by community has no groups yet.
 */
export function buildGrouping(
  index: GraphIndex,
  by: GroupBy,
  custom: readonly CustomGroup[] = [],
  communities: Communities | null = null,
): Grouping {
  const { dataset } = index;
  const base =
    by === 'parent'
      ? parentGroups(index)
      : by === 'type'
        ? keyedGroups(
            index,
            'type',
            (node) => node.type,
            (type) => entityTypeLabel(dataset, type),
          )
        : by === 'tag'
          ? keyedGroups(
              index,
              'tag',
              (node) => node.tags[0],
              (tag) => tag,
            )
          : by === 'community' && communities
            ? communityGroups(index, communities)
            : { groups: [], groupOf: new Map<string, string>() };

  const groups = new Map<string, Group>();
  const groupOf = base.groupOf;
  const customIds = new Set<string>();
  for (const c of custom) {
    const members = c.members.filter((m) => index.nodesById.has(m));
    if (members.length === 0) continue;
    customIds.add(c.id);
    groups.set(c.id, {
      id: c.id,
      label: c.name,
      kind: 'custom',
      entityId: null,
      parent: null,
      members,
    });
  }
  const claimed = new Set<string>();
  for (const id of customIds)
    for (const m of groups.get(id)!.members) {
      claimed.add(m);
      groupOf.set(m, id);
    }
  for (const group of base.groups) {
    const members = group.members.filter((m) => !claimed.has(m));
    const parent =
      group.entityId !== null && claimed.has(group.entityId)
        ? (groupOf.get(group.entityId) ?? null)
        : group.parent;
    const keep = members.length > 0 || group.kind === 'entity';
    if (!keep) continue;
    groups.set(group.id, { ...group, members, parent });
  }
  // A parent organization left without members (all claimed by hand-made groups) is no group.
  for (const group of [...groups.values()])
    if (group.kind === 'entity' && group.members.length === 0 && !hasChildGroup(groups, group.id))
      groups.delete(group.id);
  return { by, groups: orderGroups(groups, customIds), groupOfEntity: groupOf };
}

function hasChildGroup(groups: ReadonlyMap<string, Group>, id: string): boolean {
  for (const g of groups.values()) if (g.parent === id) return true;
  return false;
}

function orderGroups(
  groups: Map<string, Group>,
  customIds: ReadonlySet<string>,
): Map<string, Group> {
  const custom = [...groups.values()].filter((g) => customIds.has(g.id));
  const rest = new Map([...groups].filter(([id]) => !customIds.has(id)));
  return new Map([...custom, ...parentsFirst(rest)].map((g) => [g.id, g]));
}

// ------------------------------------------------------------------ collapsed state

/** Which groups are collapsed: the listed ones, or all but the expanded ones. */
export interface CollapseState {
  collapsedGroups: readonly string[] | 'all';
  /** Groups expanded while all the others are collapsed (used with `collapsedGroups: 'all'`). */
  expandedGroups: readonly string[];
}

export function isGroupCollapsed(state: CollapseState, groupId: string): boolean {
  return state.collapsedGroups === 'all'
    ? !state.expandedGroups.includes(groupId)
    : state.collapsedGroups.includes(groupId);
}

/** The collapse state after collapsing (or expanding) some groups. */
export function withGroupsCollapsed(
  state: CollapseState,
  groupIds: readonly string[],
  collapsed: boolean,
): { collapsedGroups: string[] | 'all'; expandedGroups: string[] } {
  const ids = new Set(groupIds);
  if (state.collapsedGroups === 'all') {
    const expanded = state.expandedGroups.filter((id) => !ids.has(id));
    return { collapsedGroups: 'all', expandedGroups: collapsed ? expanded : [...expanded, ...ids] };
  }
  const list = state.collapsedGroups.filter((id) => !ids.has(id));
  return { collapsedGroups: collapsed ? [...list, ...ids] : list, expandedGroups: [] };
}

/** Datasets larger than this (entities and relations) open grouped by community, collapsed. */
export const CLUSTER_ABOVE_ELEMENTS = 40_000;

/** The grouping part of a view with no groups at all. */
export function ungrouped(): {
  groupBy: GroupBy;
  collapsedGroups: string[];
  expandedGroups: string[];
  customGroups: CustomGroup[];
} {
  return { groupBy: 'none', collapsedGroups: [], expandedGroups: [], customGroups: [] };
}

/** How a newly opened dataset is grouped: large ones as collapsed clusters, others not at all. */
export function initialGrouping(dataset: {
  nodes: readonly unknown[];
  edges: readonly unknown[];
}): {
  groupBy: GroupBy;
  collapsedGroups: string[] | 'all';
  expandedGroups: string[];
  customGroups: CustomGroup[];
} {
  const large = dataset.nodes.length + dataset.edges.length > CLUSTER_ABOVE_ELEMENTS;
  return {
    groupBy: large ? 'community' : 'none',
    collapsedGroups: large ? 'all' : [],
    expandedGroups: [],
    customGroups: [],
  };
}

/**
 * Every entity inside a group, at any depth (not the group's own entity). Groups nest through
 * parent organizations and sub-communities, which are members of the group around them.
 */
export function groupMembersDeep(grouping: Grouping, groupId: string): string[] {
  const result: string[] = [];
  const seen = new Set<string>();
  const walk = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const m of grouping.groups.get(id)?.members ?? []) {
      // A group inside is an entity (a parent organization) or only a group (a sub-community).
      if (!isSyntheticGroupId(m)) result.push(m);
      if (grouping.groups.has(m)) walk(m);
    }
  };
  walk(groupId);
  return result;
}

/** The groups an entity or a group sits in, innermost first. */
export function ancestorsOf(grouping: Grouping, id: string): string[] {
  const result: string[] = [];
  let current = grouping.groupOfEntity.get(id) ?? grouping.groups.get(id)?.parent ?? null;
  while (current !== null && !result.includes(current) && result.length < 256) {
    result.push(current);
    current = grouping.groups.get(current)?.parent ?? null;
  }
  return result;
}

// ------------------------------------------------------------------ what the canvas draws

export interface DrawnGroup {
  id: string;
  label: string;
  kind: GroupKind;
  entityId: string | null;
  /** The expanded group drawn around this one, or null. */
  parent: string | null;
  collapsed: boolean;
  /** Visible entities inside, at any depth (not the group's own entity). */
  count: number;
}

/** One line standing for the relations of one family between two things drawn. */
export interface Bundle {
  id: string;
  source: string;
  target: string;
  family: RelationFamily | null;
  edgeIds: string[];
}

export interface GroupedView {
  /** Entities drawn as themselves (not groups, not folded into a collapsed group). */
  nodeIds: ReadonlySet<string>;
  /** Relations drawn as themselves. */
  edgeIds: ReadonlySet<string>;
  /** Groups on the canvas, outer groups first: expanded ones as boxes, collapsed as one node. */
  groups: readonly DrawnGroup[];
  /** The expanded group drawn around each drawn entity. */
  parentOf: ReadonlyMap<string, string>;
  bundles: readonly Bundle[];
  /**
   * Where each visible entity or relation is drawn when not as itself: a collapsed group, a
   * bundle, or (a relation between an organization and something inside its box) that box.
   */
  drawnAs: ReadonlyMap<string, string>;
  /** Collapsed groups on the canvas. */
  collapsedCount: number;
}

export interface GroupedViewOptions {
  /**
   * Kinds of group drawn without a box while expanded: their members stand free, the group shows
   * only when collapsed. Communities by default: a box around hundreds of members of a large
   * graph helps nobody and costs the renderer dearly (each member becomes a compound child).
   */
  unboxedKinds?: readonly GroupKind[];
  /**
   * Above this many bundles, relations are bundled per pair of ends rather than per family, so
   * that a graph opened as clusters stays at about a thousand elements.
   */
  maxFamilyBundles?: number;
}

const DEFAULT_MAX_FAMILY_BUNDLES = 600;

/**
 * What the canvas draws for the visible graph under a grouping and a collapse state. A group is
 * drawn when it has a visible member (a parent organization only when its own entity is
 * visible: the filters decide about it like any entity); members of a group not drawn move to the
 * nearest drawn one around it.
 */
export function groupView(
  index: GraphIndex,
  grouping: Grouping,
  view: GraphView,
  collapse: CollapseState,
  options: GroupedViewOptions = {},
): GroupedView {
  if (grouping.groups.size === 0)
    return {
      nodeIds: view.nodeIds,
      edgeIds: view.edgeIds,
      groups: [],
      parentOf: new Map(),
      bundles: [],
      drawnAs: new Map(),
      collapsedCount: 0,
    };
  const { groups } = grouping;
  // Visible members per group, counted up through every enclosing group.
  const count = new Map<string, number>();
  for (const id of view.nodeIds) {
    let g = grouping.groupOfEntity.get(id);
    for (let depth = 0; g !== undefined && depth < 256; depth++) {
      count.set(g, (count.get(g) ?? 0) + 1);
      const parent = groups.get(g)?.parent;
      g = parent === null ? undefined : parent;
    }
  }
  // A group with no visible member is not drawn (a parent organization is then an entity like
  // any other); a parent organization hidden by the filters is not drawn either.
  const isDrawn = (group: Group) =>
    (count.get(group.id) ?? 0) > 0 && (group.entityId === null || view.nodeIds.has(group.entityId));

  // The nearest drawn group around each group, and the outermost collapsed one it is folded into.
  const drawnParent = new Map<string, string | null>();
  const foldedInto = new Map<string, string | null>();
  for (const group of groups.values()) {
    let parent = group.parent;
    for (let depth = 0; parent !== null && depth < 256; depth++) {
      const g = groups.get(parent);
      if (!g || isDrawn(g)) break;
      parent = g.parent;
    }
    drawnParent.set(group.id, parent);
  }
  const folded = (id: string): string | null => {
    if (foldedInto.has(id)) return foldedInto.get(id)!;
    const group = groups.get(id)!;
    const parent = drawnParent.get(id) ?? null;
    const outer = parent === null ? null : folded(parent);
    const result = outer ?? (isDrawn(group) && isGroupCollapsed(collapse, id) ? id : null);
    foldedInto.set(id, result);
    return result;
  };

  const drawnGroups: DrawnGroup[] = [];
  let collapsedCount = 0;
  const unboxed = new Set<GroupKind>(options.unboxedKinds ?? ['community']);
  const boxed = (id: string | null) => id !== null && !unboxed.has(groups.get(id)!.kind);
  for (const group of groups.values()) {
    if (!isDrawn(group)) continue;
    const parent = drawnParent.get(group.id) ?? null;
    if (parent !== null && folded(parent) !== null) continue; // inside a collapsed group
    const collapsed = folded(group.id) === group.id;
    if (!collapsed && !boxed(group.id)) continue;
    if (collapsed) collapsedCount++;
    drawnGroups.push({
      id: group.id,
      label: group.label,
      kind: group.kind,
      entityId: group.entityId,
      parent: boxed(parent) ? parent : null,
      collapsed,
      count: count.get(group.id) ?? 0,
    });
  }

  // Where each visible entity is drawn.
  const nodeIds = new Set<string>();
  const parentOf = new Map<string, string>();
  const drawnAs = new Map<string, string>();
  const nearestDrawn = (id: string): string | null => {
    const g = grouping.groupOfEntity.get(id);
    if (g === undefined) return null;
    const group = groups.get(g)!;
    return isDrawn(group) ? g : (drawnParent.get(g) ?? null);
  };
  const representative = (id: string): string => drawnAs.get(id) ?? id;
  for (const id of view.nodeIds) {
    const around = nearestDrawn(id);
    const into = around === null ? null : folded(around);
    if (groups.has(id) && isDrawn(groups.get(id)!)) {
      // A parent organization: drawn as its group, unless folded into one around it.
      if (into !== null) drawnAs.set(id, into);
      else if (boxed(around)) parentOf.set(id, around!);
      continue;
    }
    if (into !== null) drawnAs.set(id, into);
    else {
      nodeIds.add(id);
      if (boxed(around)) parentOf.set(id, around!);
    }
  }

  // A relation between an organization drawn as a box and something drawn inside that box (its
  // unit, its member) is what the box already shows: it is drawn as the box, not as a line
  // from the box's edge to its inside.
  const boxParent = new Map<string, string>(parentOf);
  for (const g of drawnGroups) if (g.parent !== null) boxParent.set(g.id, g.parent);
  const boxes = new Set(drawnGroups.filter((g) => !g.collapsed).map((g) => g.id));
  const inside = (id: string, box: string): boolean => {
    let at = boxParent.get(id);
    for (let depth = 0; at !== undefined && depth < 256; depth++) {
      if (at === box) return true;
      at = boxParent.get(at);
    }
    return false;
  };

  // Relations: as themselves between two things drawn as themselves, else into bundles.
  const edgeIds = new Set<string>();
  const folds: { edgeId: string; source: string; target: string; family: RelationFamily }[] = [];
  for (const id of view.edgeIds) {
    const edge = index.edgesById.get(id);
    if (!edge) continue;
    const source = representative(edge.source);
    const target = representative(edge.target);
    if (boxes.has(source) && inside(target, source)) drawnAs.set(id, source);
    else if (boxes.has(target) && inside(source, target)) drawnAs.set(id, target);
    else if (source === edge.source && target === edge.target) edgeIds.add(id);
    // Both ends folded into one collapsed group: nothing to draw.
    else if (source !== target)
      folds.push({ edgeId: id, source, target, family: index.relationOf(edge).family });
  }
  // One pass over the folded relations, by pair of ends and then family; bundled per family
  // unless that makes too many lines.
  const pairs = new Map<
    string,
    { a: string; b: string; families: Map<RelationFamily, string[]> }
  >();
  let familyBundles = 0;
  for (const fold of folds) {
    const forward = fold.source < fold.target;
    const a = forward ? fold.source : fold.target;
    const b = forward ? fold.target : fold.source;
    const key = `${a}\u0000${b}`;
    let pair = pairs.get(key);
    if (!pair) pairs.set(key, (pair = { a, b, families: new Map() }));
    const list = pair.families.get(fold.family);
    if (list) list.push(fold.edgeId);
    else {
      pair.families.set(fold.family, [fold.edgeId]);
      familyBundles++;
    }
  }
  const perFamily = familyBundles <= (options.maxFamilyBundles ?? DEFAULT_MAX_FAMILY_BUNDLES);
  const bundles: Bundle[] = [];
  const addBundle = (a: string, b: string, family: RelationFamily | null, ids: string[]) => {
    const bundle = {
      id: `~bundle:${a}|${b}|${family ?? 'all'}`,
      source: a,
      target: b,
      family,
      edgeIds: ids,
    };
    bundles.push(bundle);
    for (const id of ids) drawnAs.set(id, bundle.id);
  };
  for (const { a, b, families } of pairs.values()) {
    if (perFamily) for (const [family, ids] of families) addBundle(a, b, family, ids);
    else addBundle(a, b, null, [...families.values()].flat());
  }

  return {
    nodeIds,
    edgeIds,
    groups: drawnGroups,
    parentOf,
    bundles,
    drawnAs,
    collapsedCount,
  };
}

/** Pure producers over the view state: old state in, new state out. Bound to the store in viewSlice. */
import { ancestorsOf, customGroupId, withGroupsCollapsed, type Grouping } from '../domain/groups';
import type { GroupBy } from '../domain/groupBy';
import { RELATION_FAMILIES, type RelationFamily } from '../domain/relations';
import type { Confidence } from '../domain/schema';
import {
  getDefaultViewState,
  type Selection,
  type Sourcing,
  type ViewState,
} from '../domain/viewState';

function toggled<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export const viewActions = {
  toggleRelation: (view: ViewState, key: string): ViewState => ({
    ...view,
    hiddenRelations: toggled(view.hiddenRelations, key),
  }),
  /** Shows or hides several relation keys at once (a whole family, from the legend). */
  setRelationsShown: (view: ViewState, keys: readonly string[], shown: boolean): ViewState => {
    const others = view.hiddenRelations.filter((k) => !keys.includes(k));
    return { ...view, hiddenRelations: shown ? others : [...others, ...keys] };
  },
  /** Shows only `keys` among `allKeys` (a family's "only this"); other keys stay as they were. */
  showOnlyRelations: (
    view: ViewState,
    keys: readonly string[],
    allKeys: readonly string[],
  ): ViewState => {
    const others = view.hiddenRelations.filter((k) => !allKeys.includes(k));
    return { ...view, hiddenRelations: [...others, ...allKeys.filter((k) => !keys.includes(k))] };
  },
  /** Shows only one entity type among `allTypes` ("only this"). */
  showOnlyEntityType: (view: ViewState, type: string, allTypes: readonly string[]): ViewState => {
    const others = view.hiddenEntityTypes.filter((t) => !allTypes.includes(t));
    return { ...view, hiddenEntityTypes: [...others, ...allTypes.filter((t) => t !== type)] };
  },
  toggleEntityType: (view: ViewState, type: string): ViewState => ({
    ...view,
    hiddenEntityTypes: toggled(view.hiddenEntityTypes, type),
  }),
  toggleConfidence: (view: ViewState, confidence: Confidence): ViewState => ({
    ...view,
    hiddenConfidences: toggled(view.hiddenConfidences, confidence),
  }),
  toggleSourcing: (view: ViewState, sourcing: Sourcing): ViewState => ({
    ...view,
    hiddenSourcing: toggled(view.hiddenSourcing, sourcing),
  }),
  select: (view: ViewState, selection: Selection | null): ViewState => ({
    ...view,
    selection,
    picked: [],
  }),
  /**
   * Adds an entity to the entities picked together, or takes it out (shift-click). The selected
   * entity, if any, is picked first; one left alone becomes the selection again.
   */
  togglePicked: (view: ViewState, id: string): ViewState => {
    const start =
      view.picked.length > 0
        ? view.picked
        : view.selection?.kind === 'node'
          ? [view.selection.id]
          : [];
    return withPicked(view, start.includes(id) ? start.filter((p) => p !== id) : [...start, id]);
  },
  /** Adds entities to those picked together (a box dragged with shift held). */
  addPicked: (view: ViewState, ids: readonly string[]): ViewState => {
    const start =
      view.picked.length > 0
        ? view.picked
        : view.selection?.kind === 'node'
          ? [view.selection.id]
          : [];
    return withPicked(view, [...new Set([...start, ...ids])]);
  },
  /** Writes a family's verbs on its arrows, or stops; families stay in vocabulary order. */
  toggleRelationLabels: (view: ViewState, family: RelationFamily): ViewState => {
    const chosen = toggled(view.relationLabels, family);
    return {
      ...view,
      relationLabels: RELATION_FAMILIES.filter((f) => chosen.includes(f)),
    };
  },
  /**
   * The command view is read top-down, so turning it on picks the hierarchical layout; turning it
   * off goes back to the force layout unless another layout was chosen meanwhile.
   */
  setCommandView: (view: ViewState, on: boolean): ViewState =>
    on
      ? { ...view, mode: 'command', layout: 'hierarchical' }
      : {
          ...view,
          mode: 'network',
          layout: view.layout === 'hierarchical' ? 'force' : view.layout,
        },
  /** A new grouping starts with every group expanded; hand-made groups stay. */
  setGroupBy: (view: ViewState, groupBy: GroupBy): ViewState => ({
    ...view,
    groupBy,
    collapsedGroups: [],
    expandedGroups: [],
  }),
  collapseGroups: (
    view: ViewState,
    groupIds: readonly string[],
    collapsed: boolean,
  ): ViewState => ({
    ...view,
    ...withGroupsCollapsed(view, groupIds, collapsed),
  }),
  /** "Collapse all" and "Expand all". */
  collapseAllGroups: (view: ViewState, collapsed: boolean): ViewState => ({
    ...view,
    collapsedGroups: collapsed ? 'all' : [],
    expandedGroups: [],
  }),
  /** Makes a named group of entities, taken from the groups they were in; expanded. */
  makeGroup: (view: ViewState, name: string, members: readonly string[]): ViewState => {
    const clean = name.trim().replace(/\s+/g, ' ').slice(0, 80);
    const unique = [...new Set(members)];
    if (!clean || unique.length === 0) return view;
    const taken = new Set(unique);
    const used = view.customGroups.map((g) => Number(g.id.slice(g.id.lastIndexOf(':') + 1)));
    const id = customGroupId(Math.max(0, ...used) + 1);
    const customGroups = [
      ...view.customGroups
        .map((g) => ({ ...g, members: g.members.filter((m) => !taken.has(m)) }))
        .filter((g) => g.members.length > 0),
      { id, name: clean, members: unique },
    ];
    return { ...view, customGroups, ...withGroupsCollapsed(view, [id], false) };
  },
  removeGroup: (view: ViewState, groupId: string): ViewState => ({
    ...view,
    customGroups: view.customGroups.filter((g) => g.id !== groupId),
  }),
  /** Expands every collapsed group an entity sits in, so that it is drawn as itself. */
  revealEntity: (view: ViewState, grouping: Grouping, entityId: string): ViewState => {
    const around = ancestorsOf(grouping, entityId);
    return around.length === 0 ? view : { ...view, ...withGroupsCollapsed(view, around, false) };
  },
  /** Back to every relation, type and confidence shown; keeps selection, layout and mode. */
  resetFilters: (view: ViewState): ViewState => {
    const defaults = getDefaultViewState();
    return {
      ...view,
      hiddenRelations: defaults.hiddenRelations,
      hiddenEntityTypes: defaults.hiddenEntityTypes,
      hiddenConfidences: defaults.hiddenConfidences,
      hiddenSourcing: defaults.hiddenSourcing,
      hideIsolated: defaults.hideIsolated,
      focus: null,
    };
  },
};

/** Two or more entities picked together; one alone is the selection; none, nothing. */
function withPicked(view: ViewState, picked: string[]): ViewState {
  if (picked.length >= 2) return { ...view, selection: null, picked };
  return {
    ...view,
    picked: [],
    selection: picked.length === 1 ? { kind: 'node', id: picked[0]! } : null,
  };
}

import type { StateCreator } from 'zustand';
import type { Annotation } from '../domain/annotations';
import type { GroupBy } from '../domain/groupBy';
import type { RelationFamily } from '../domain/relations';
import type { Confidence } from '../domain/schema';
import {
  getDefaultViewState,
  type Selection,
  type Sourcing,
  type ViewState,
} from '../domain/viewState';
import type { LinkboardState } from './store';
import { selectGrouping } from './selectors';
import { viewActions } from './viewActions';

export interface ViewSlice {
  view: ViewState;
  /** Merges a partial view state (from a control, the URL or a saved view). */
  setView: (patch: Partial<ViewState>) => void;
  /** Shift-click: adds an entity to those picked together, or takes it out. */
  togglePicked: (id: string) => void;
  /** A box dragged with shift held: adds the entities in it. */
  addPicked: (ids: readonly string[]) => void;
  toggleRelation: (key: string) => void;
  setRelationsShown: (keys: readonly string[], shown: boolean) => void;
  toggleEntityType: (type: string) => void;
  showOnlyRelations: (keys: readonly string[], allKeys: readonly string[]) => void;
  showOnlyEntityType: (type: string, allTypes: readonly string[]) => void;
  toggleConfidence: (confidence: Confidence) => void;
  toggleSourcing: (sourcing: Sourcing) => void;
  toggleRelationLabels: (family: RelationFamily) => void;
  /** Replaces the notes, callouts and rings (made by the producers in domain/annotationEdits.ts). */
  setAnnotations: (annotations: Annotation[]) => void;
  select: (selection: Selection | null) => void;
  setCommandView: (on: boolean) => void;
  resetFilters: () => void;
  setGroupBy: (groupBy: GroupBy) => void;
  collapseGroups: (groupIds: readonly string[], collapsed: boolean) => void;
  collapseAllGroups: (collapsed: boolean) => void;
  makeGroup: (name: string, members: readonly string[]) => void;
  removeGroup: (groupId: string) => void;
  /** Expands the collapsed groups an entity is folded into (search, links in Details). */
  revealEntity: (entityId: string) => void;
}

export const createViewSlice: StateCreator<LinkboardState, [], [], ViewSlice> = (set) => ({
  view: getDefaultViewState(),
  // A new selection ends a multiple one, wherever it comes from (search, table, events, paths).
  setView: (patch) =>
    set((s) => ({
      view: {
        ...s.view,
        ...(patch.selection && !('picked' in patch) ? { picked: [] } : {}),
        ...patch,
      },
    })),
  togglePicked: (id) => set((s) => ({ view: viewActions.togglePicked(s.view, id) })),
  addPicked: (ids) => set((s) => ({ view: viewActions.addPicked(s.view, ids) })),
  toggleRelation: (key) => set((s) => ({ view: viewActions.toggleRelation(s.view, key) })),
  setRelationsShown: (keys, shown) =>
    set((s) => ({ view: viewActions.setRelationsShown(s.view, keys, shown) })),
  toggleEntityType: (type) => set((s) => ({ view: viewActions.toggleEntityType(s.view, type) })),
  showOnlyRelations: (keys, allKeys) =>
    set((s) => ({ view: viewActions.showOnlyRelations(s.view, keys, allKeys) })),
  showOnlyEntityType: (type, allTypes) =>
    set((s) => ({ view: viewActions.showOnlyEntityType(s.view, type, allTypes) })),
  toggleConfidence: (c) => set((s) => ({ view: viewActions.toggleConfidence(s.view, c) })),
  toggleSourcing: (c) => set((s) => ({ view: viewActions.toggleSourcing(s.view, c) })),
  toggleRelationLabels: (family) =>
    set((s) => ({ view: viewActions.toggleRelationLabels(s.view, family) })),
  setAnnotations: (annotations) => set((s) => ({ view: { ...s.view, annotations } })),
  select: (selection) => set((s) => ({ view: viewActions.select(s.view, selection) })),
  setCommandView: (on) => set((s) => ({ view: viewActions.setCommandView(s.view, on) })),
  resetFilters: () => set((s) => ({ view: viewActions.resetFilters(s.view) })),
  setGroupBy: (groupBy) => set((s) => ({ view: viewActions.setGroupBy(s.view, groupBy) })),
  collapseGroups: (ids, collapsed) =>
    set((s) => ({ view: viewActions.collapseGroups(s.view, ids, collapsed) })),
  collapseAllGroups: (collapsed) =>
    set((s) => ({ view: viewActions.collapseAllGroups(s.view, collapsed) })),
  makeGroup: (name, members) =>
    set((s) => ({ view: viewActions.makeGroup(s.view, name, members) })),
  removeGroup: (id) => set((s) => ({ view: viewActions.removeGroup(s.view, id) })),
  revealEntity: (id) =>
    set((s) => {
      const grouping = selectGrouping(s);
      if (!grouping) return s;
      const view = viewActions.revealEntity(s.view, grouping, id);
      return view === s.view ? s : { view };
    }),
});

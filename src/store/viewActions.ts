/** Pure producers over the view state: old state in, new state out. Bound to the store in viewSlice. */
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
  select: (view: ViewState, selection: Selection | null): ViewState => ({ ...view, selection }),
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

/**
 * Where the selectors (./selectors.ts) keep what they derived, one cache per store: two stores
 * (two tests, two apps) never see each other's derived data. It rides on the state under a
 * symbol, which zustand carries from state to state and JSON leaves out; it is memory, not state.
 */
import type { ChainOfCommand } from '../domain/command';
import type { FilterCounts } from '../domain/filterCounts';
import type { GraphIndex } from '../domain/graphIndex';
import type { Communities, Grouping, GroupedView } from '../domain/groups';
import type { ChangeMarks, Highlight } from '../domain/highlight';
import type { PathsResult } from '../domain/paths';
import type { RelationRow } from '../domain/relationTable';
import type { Dataset } from '../domain/schema';
import type { SearchIndex } from '../domain/search';
import type { TimedPathsResult } from '../domain/timePaths';
import type { GraphView } from '../domain/view';
import type { ViewState } from '../domain/viewState';
import type { CommunitiesResult } from './groupsSlice';
import type { DrawnView } from './selectors';

export const DERIVED = Symbol('linkboard.derived');

export interface DerivedCache {
  index: WeakMap<Dataset, GraphIndex>;
  searchIndex: WeakMap<Dataset, SearchIndex>;
  lastView: { index: GraphIndex; view: ViewState; key: string; result: GraphView } | null;
  lastHighlight: { view: ViewState; graphView: GraphView; result: Highlight | null } | null;
  lastChainEdges: { index: GraphIndex; key: string; result: ReadonlySet<string> } | null;
  // A graph view object belongs to one index (selectGraphView recomputes when the index changes).
  filterCounts: WeakMap<GraphView, FilterCounts>;
  relationRows: WeakMap<GraphView, RelationRow[]>;
  chains: WeakMap<ReadonlySet<string>, Map<string, ChainOfCommand>>;
  paths: WeakMap<GraphView, Map<string, PathsResult>>;
  communities: WeakMap<CommunitiesResult, Communities>;
  lastGrouping: {
    index: GraphIndex;
    by: ViewState['groupBy'];
    custom: ViewState['customGroups'];
    communities: Communities | null;
    result: Grouping;
  } | null;
  lastGroupedView: {
    graphView: GraphView;
    grouping: Grouping;
    collapsed: ViewState['collapsedGroups'];
    expanded: ViewState['expandedGroups'];
    result: GroupedView;
  } | null;
  // What the canvas draws (selectDrawnView), per graph view when ungrouped, per grouped view else.
  ungroupedDrawnViews: WeakMap<GraphView, DrawnView>;
  groupedDrawnViews: WeakMap<GroupedView, DrawnView>;
  timedPaths: WeakMap<GraphView, Map<string, TimedPathsResult>>;
  changeMarks: WeakMap<GraphView, ChangeMarks | null>;
  undatedPresence: WeakMap<GraphView, Highlight | null>;
}

export interface DerivedCacheSlice {
  readonly [DERIVED]: DerivedCache;
}

export function createDerivedCache(): DerivedCache {
  return {
    index: new WeakMap(),
    searchIndex: new WeakMap(),
    lastView: null,
    lastHighlight: null,
    lastChainEdges: null,
    filterCounts: new WeakMap(),
    relationRows: new WeakMap(),
    chains: new WeakMap(),
    paths: new WeakMap(),
    communities: new WeakMap(),
    lastGrouping: null,
    lastGroupedView: null,
    ungroupedDrawnViews: new WeakMap(),
    groupedDrawnViews: new WeakMap(),
    timedPaths: new WeakMap(),
    changeMarks: new WeakMap(),
    undatedPresence: new WeakMap(),
  };
}

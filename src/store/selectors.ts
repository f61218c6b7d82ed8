/**
 * Derived data, memoised on the identity of its inputs in the store's own cache (derivedCache.ts);
 * never stored in the state.
 */
import { countFilters, type FilterCounts } from '../domain/filterCounts';
import { buildGraphIndex, type GraphIndex } from '../domain/graphIndex';
import { chainOfCommand, commandEdgeIds, type ChainOfCommand } from '../domain/command';
import { commandOverrides, type CommandOverrides } from '../domain/commandOverrides';
import {
  buildGrouping,
  groupView,
  type Communities,
  type Grouping,
  type GroupedView,
} from '../domain/groups';
import {
  changeMarks,
  computeHighlight,
  undatedPresence,
  type ChangeMarks,
  type Highlight,
} from '../domain/highlight';
import { shortestPaths, type PathsResult } from '../domain/paths';
import { relationRows, type RelationRow } from '../domain/relationTable';
import { timeOrderedPaths, undatedRuleOf, type TimedPathsResult } from '../domain/timePaths';
import { buildSearchIndex, type SearchIndex } from '../domain/search';
import { computeView, type GraphView } from '../domain/view';
import type { ViewState } from '../domain/viewState';
import { DERIVED, type DerivedCache } from './derivedCache';
import type { LinkboardState } from './store';

function cacheOf(state: LinkboardState): DerivedCache {
  return state[DERIVED];
}

/** Looks a derived value up by the identity of what it derives from, computing it once. */
function cachedOn<K extends object, V>(cache: WeakMap<K, V>, key: K, derive: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = derive();
    cache.set(key, value);
  }
  return value;
}

export function selectIndex(state: LinkboardState): GraphIndex | null {
  const { dataset } = state;
  return dataset ? cachedOn(cacheOf(state).index, dataset, () => buildGraphIndex(dataset)) : null;
}

/** The parts of the view state that decide what is visible (selection, emphasis, groups do not). */
function visibilityKey(view: ViewState): string {
  const {
    selection: _selection,
    layout: _layout,
    highlightChain: _highlightChain,
    path: _path,
    pathTimeOrder: _pathTimeOrder,
    // Groups change what is drawn for the visible graph, not what is visible (see selectDrawnView).
    groupBy: _groupBy,
    collapsedGroups: _collapsedGroups,
    expandedGroups: _expandedGroups,
    customGroups: _customGroups,
    ...rest
  } = view;
  return JSON.stringify(rest);
}

export function selectGraphView(state: LinkboardState): GraphView | null {
  const index = selectIndex(state);
  if (!index) return null;
  const cache = cacheOf(state);
  const { lastView } = cache;
  // Every subscriber calls this on every store change: the same view state object is answered
  // without serialising it.
  if (lastView && lastView.index === index && lastView.view === state.view) return lastView.result;
  const key = visibilityKey(state.view);
  const result =
    lastView && lastView.index === index && lastView.key === key
      ? lastView.result
      : computeView(index, state.view);
  cache.lastView = { index, view: state.view, key, result };
  return result;
}

export interface Counts {
  visibleNodes: number;
  totalNodes: number;
  visibleEdges: number;
  totalEdges: number;
}

export function selectCounts(state: LinkboardState): Counts | null {
  const view = selectGraphView(state);
  if (!view || !state.dataset) return null;
  return {
    visibleNodes: view.nodeIds.size,
    totalNodes: state.dataset.nodes.length,
    visibleEdges: view.edgeIds.size,
    totalEdges: state.dataset.edges.length,
  };
}

/** What the canvas emphasises (event participants, chains, paths), or null for nothing. */
export function selectHighlight(state: LinkboardState): Highlight | null {
  const index = selectIndex(state);
  const graphView = selectGraphView(state);
  if (!index || !graphView) return null;
  const cache = cacheOf(state);
  const { lastHighlight } = cache;
  if (lastHighlight && lastHighlight.view === state.view && lastHighlight.graphView === graphView)
    return lastHighlight.result;
  const result = computeHighlight(index, state.view, graphView);
  cache.lastHighlight = { view: state.view, graphView, result };
  return result;
}

export function selectSearchIndex(state: LinkboardState): SearchIndex | null {
  const { dataset } = state;
  return dataset
    ? cachedOn(cacheOf(state).searchIndex, dataset, () => buildSearchIndex(dataset))
    : null;
}

/** Visible and total counts per relation type, entity type and confidence level. */
export function selectFilterCounts(state: LinkboardState): FilterCounts | null {
  const index = selectIndex(state);
  const view = selectGraphView(state);
  if (!index || !view) return null;
  return cachedOn(cacheOf(state).filterCounts, view, () => countFilters(index, view));
}

const overridesCache = new WeakMap<GraphView, CommandOverrides | null>();

/** What the command view hides that the filters would show; null outside it. */
export function selectCommandOverrides(state: LinkboardState): CommandOverrides | null {
  const index = selectIndex(state);
  const view = selectGraphView(state);
  if (!index || !view) return null;
  // A graph view is recomputed whenever a field that decides visibility (mode among them) changes.
  return cachedOn(overridesCache, view, () => commandOverrides(index, state.view, view));
}

/** The visible relations as table rows, in dataset order. */
export function selectRelationRows(state: LinkboardState): RelationRow[] | null {
  const index = selectIndex(state);
  const view = selectGraphView(state);
  if (!index || !view) return null;
  return cachedOn(cacheOf(state).relationRows, view, () => relationRows(index, view));
}

/** The links chains of command follow: the filters, dates and chain; not the mode or a focus. */
function chainKey(view: ViewState): string {
  const { hiddenRelations, hiddenEntityTypes, hiddenConfidences, asOf, range } = view;
  const { hiddenSourcing, includeUndated, commandChain } = view;
  return JSON.stringify([
    hiddenRelations,
    hiddenEntityTypes,
    hiddenConfidences,
    hiddenSourcing,
    asOf,
    range,
    includeUndated,
    commandChain,
  ]);
}

export function selectCommandEdgeIds(state: LinkboardState): ReadonlySet<string> | null {
  const index = selectIndex(state);
  if (!index) return null;
  const key = chainKey(state.view);
  const cache = cacheOf(state);
  const { lastChainEdges } = cache;
  if (lastChainEdges && lastChainEdges.index === index && lastChainEdges.key === key)
    return lastChainEdges.result;
  const result = commandEdgeIds(index, state.view);
  cache.lastChainEdges = { index, key, result };
  return result;
}

/** An entity's chain of command under the current chain and filters. */
export function selectChainOfCommand(state: LinkboardState, nodeId: string): ChainOfCommand | null {
  const index = selectIndex(state);
  const edgeIds = selectCommandEdgeIds(state);
  if (!index || !edgeIds || !index.nodesById.has(nodeId)) return null;
  const chains = cacheOf(state).chains;
  let byNode = chains.get(edgeIds);
  if (!byNode) chains.set(edgeIds, (byNode = new Map()));
  return cachedIn(byNode, nodeId, () => chainOfCommand(index, nodeId, edgeIds));
}

/** Shortest paths between the path finder's two ends, through the visible links. */
export function selectPaths(state: LinkboardState): PathsResult | null {
  const index = selectIndex(state);
  const graphView = selectGraphView(state);
  const ends = state.view.path;
  if (!index || !graphView || !ends) return null;
  const paths = cacheOf(state).paths;
  let byEnds = paths.get(graphView);
  if (!byEnds) paths.set(graphView, (byEnds = new Map()));
  return cachedIn(byEnds, `${ends.from}\u0000${ends.to}`, () =>
    shortestPaths(index, ends.from, ends.to, graphView.edgeIds),
  );
}

/** With the path finder's "in time order" on: the shortest paths whose steps follow in time. */
export function selectTimedPaths(state: LinkboardState): TimedPathsResult | null {
  const index = selectIndex(state);
  const graphView = selectGraphView(state);
  const { path: ends, pathTimeOrder } = state.view;
  if (!index || !graphView || !ends || pathTimeOrder === 'off') return null;
  const { timedPaths } = cacheOf(state);
  let byEnds = timedPaths.get(graphView);
  if (!byEnds) timedPaths.set(graphView, (byEnds = new Map()));
  return cachedIn(byEnds, `${ends.from}\u0000${ends.to}\u0000${pathTimeOrder}`, () =>
    timeOrderedPaths(index, ends.from, ends.to, graphView.edgeIds, undatedRuleOf(pathTimeOrder)),
  );
}

/** The drawn relations that appeared, ended, or came and went over the compared period. */
export function selectChangeMarks(state: LinkboardState): ChangeMarks | null {
  const index = selectIndex(state);
  const graphView = selectGraphView(state);
  if (!index || !graphView || !state.view.compare) return null;
  // The graph view changes whenever the compared dates do (they decide what is drawn).
  return cachedOn(cacheOf(state).changeMarks, graphView, () =>
    changeMarks(index, state.view, graphView),
  );
}

/** What is drawn on the date or period set only because it carries no date. */
export function selectUndatedPresence(state: LinkboardState): Highlight | null {
  const index = selectIndex(state);
  const graphView = selectGraphView(state);
  if (!index || !graphView) return null;
  // The graph view changes whenever the date, the period or the undated switch does.
  return cachedOn(cacheOf(state).undatedPresence, graphView, () =>
    undatedPresence(index, state.view, graphView),
  );
}

function cachedIn<V>(cache: Map<string, V>, key: string, derive: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = derive();
    cache.set(key, value);
  }
  return value;
}

// ------------------------------------------------------------------ groups

/** The communities found for the loaded dataset, or null while they are being found. */
export function selectCommunities(state: LinkboardState): Communities | null {
  const result = state.communities;
  return result && result.dataset === state.dataset && result.byNode
    ? cachedOn(cacheOf(state).communities, result, () => ({
        byNode: result.byNode!,
        subByNode: result.subByNode,
      }))
    : null;
}

/** Grouping by community, waiting for the worker's answer: the canvas draws nothing yet. */
export function selectGroupsPending(state: LinkboardState): boolean {
  if (state.view.groupBy !== 'community' || !state.dataset) return false;
  return !(state.communities && state.communities.dataset === state.dataset);
}

export function selectGrouping(state: LinkboardState): Grouping | null {
  const index = selectIndex(state);
  if (!index) return null;
  const by = state.view.groupBy;
  const custom = state.view.customGroups;
  const communities = by === 'community' ? selectCommunities(state) : null;
  const cache = cacheOf(state);
  const { lastGrouping } = cache;
  if (
    lastGrouping &&
    lastGrouping.index === index &&
    lastGrouping.by === by &&
    lastGrouping.custom === custom &&
    lastGrouping.communities === communities
  )
    return lastGrouping.result;
  const result = buildGrouping(index, by, custom, communities);
  cache.lastGrouping = { index, by, custom, communities, result };
  return result;
}

/** What the canvas draws: the visible graph with its groups, collapsed ones folded. */
export function selectGroupedView(state: LinkboardState): GroupedView | null {
  const index = selectIndex(state);
  const graphView = selectGraphView(state);
  const grouping = selectGrouping(state);
  if (!index || !graphView || !grouping) return null;
  const { collapsedGroups: collapsed, expandedGroups: expanded } = state.view;
  const cache = cacheOf(state);
  const { lastGroupedView } = cache;
  if (
    lastGroupedView &&
    lastGroupedView.graphView === graphView &&
    lastGroupedView.grouping === grouping &&
    lastGroupedView.collapsed === collapsed &&
    lastGroupedView.expanded === expanded
  )
    return lastGroupedView.result;
  const result = groupView(index, grouping, graphView, {
    collapsedGroups: collapsed,
    expandedGroups: expanded,
  });
  cache.lastGroupedView = { graphView, grouping, collapsed, expanded, result };
  return result;
}

/** The ids the canvas draws: entities and groups, relations and bundles, with how they group. */
export interface DrawnView extends GraphView {
  /** Null when nothing is grouped: every id is then an entity or a relation. */
  grouped: GroupedView | null;
}

/**
 * What the canvas draws; null with no dataset, or while grouping by community waits for the
 * worker (selectGroupsPending).
 */
export function selectDrawnView(state: LinkboardState): DrawnView | null {
  const graphView = selectGraphView(state);
  if (!graphView || selectGroupsPending(state)) return null;
  const grouped = selectGroupedView(state);
  if (!grouped || grouped.groups.length === 0)
    return cachedOn(cacheOf(state).ungroupedDrawnViews, graphView, () => ({
      ...graphView,
      grouped: null,
    }));
  return cachedOn(cacheOf(state).groupedDrawnViews, grouped, () => ({
    nodeIds: new Set([...grouped.groups.map((g) => g.id), ...grouped.nodeIds]),
    edgeIds: new Set([...grouped.edgeIds, ...grouped.bundles.map((b) => b.id)]),
    grouped,
  }));
}

/**
 * view = f(dataset, viewState): which entities and relations are on screen.
 * Pure and cheap enough to run on every change; the graph adapter applies the difference.
 */
import {
  intervalOf,
  isActiveOn,
  isDated,
  isoToDay,
  overlaps,
  parsePartialDate,
  type DayInterval,
} from './dates';
import type { GraphIndex } from './graphIndex';
import { isInChain, rankTier, settleRank } from './hierarchy';
import type { DatasetEdge } from './schema';
import { isUnsourced } from './sourcing';
import type { PeriodComparison, Sourcing, ViewState } from './viewState';

export function sourcingOf(item: { evidence: readonly unknown[] }): Sourcing {
  return isUnsourced(item) ? 'unsourced' : 'sourced';
}

export interface GraphView {
  nodeIds: ReadonlySet<string>;
  edgeIds: ReadonlySet<string>;
}

/**
 * The two moments a comparison of periods sets side by side: the day before the earlier date's
 * period begins and the last day of the later one (see changesBetween); null unless both read.
 */
export function comparisonWindow(compare: PeriodComparison | null | undefined): DayInterval | null {
  if (!compare) return null;
  const a = parsePartialDate(compare.from);
  const b = parsePartialDate(compare.to);
  if (!a || !b) return null;
  return {
    firstDay: Math.min(a.firstDay, b.firstDay) - 1,
    lastDay: Math.max(a.lastDay, b.lastDay),
  };
}

/**
 * The day range the time filter keeps, or null when no date is set. A comparison of two dates
 * keeps everything active at any time from the moment before the first to the end of the second.
 */
export function timeWindow(
  view: Pick<ViewState, 'asOf' | 'range'> & Partial<Pick<ViewState, 'compare'>>,
): DayInterval | null {
  const compared = comparisonWindow(view.compare);
  if (compared) return compared;
  if (view.range) {
    const from = isoToDay(view.range.from);
    const to = isoToDay(view.range.to);
    if (from !== null && to !== null)
      return { firstDay: Math.min(from, to), lastDay: Math.max(from, to) };
  }
  if (view.asOf) {
    const day = isoToDay(view.asOf);
    if (day !== null) return { firstDay: day, lastDay: day };
  }
  return null;
}

function isInTime(
  item: { since?: string; until?: string },
  window: DayInterval | null,
  includeUndated: boolean,
): boolean {
  if (!window) return true;
  if (!isDated(item)) return includeUndated;
  return overlaps(intervalOf(item.since, item.until), window);
}

/** Whether an entity exists in the window: undated entities always do. */
function nodeExistsIn(
  item: { since?: string; until?: string },
  window: DayInterval | null,
): boolean {
  if (!window || !isDated(item)) return true;
  const interval = intervalOf(item.since, item.until);
  return window.firstDay === window.lastDay
    ? isActiveOn(interval, window.firstDay)
    : overlaps(interval, window);
}

/**
 * The command view keeps the links that rank in the chosen chain (see the chain rule in
 * hierarchy.ts); `settleRank` then sets aside those that contradict an earlier tier.
 */
export function isEdgeInCommandView(
  index: GraphIndex,
  edge: DatasetEdge,
  view: Pick<ViewState, 'commandChain'>,
): boolean {
  return rankTier(index.relationOf(edge)) !== null && isInChain(index, edge, view.commandChain);
}

export function computeView(index: GraphIndex, view: ViewState): GraphView {
  const { dataset } = index;
  const window = timeWindow(view);
  const hiddenRelations = new Set(view.hiddenRelations);
  const hiddenTypes = new Set(view.hiddenEntityTypes);
  const hiddenConfidences = new Set<string>(view.hiddenConfidences);
  const hiddenSourcing = new Set<string>(view.hiddenSourcing);

  const nodeIds = new Set<string>();
  for (const node of dataset.nodes) {
    if (hiddenTypes.has(node.type)) continue;
    if (!nodeExistsIn(node, window)) continue;
    nodeIds.add(node.id);
  }

  let edgeIds = new Set<string>();
  for (const edge of dataset.edges) {
    if (!nodeIds.has(edge.source) || !nodeIds.has(edge.target)) continue;
    if (hiddenRelations.has(edge.relation)) continue;
    if (hiddenConfidences.has(edge.confidence)) continue;
    if (hiddenSourcing.size > 0 && hiddenSourcing.has(sourcingOf(edge))) continue;
    if (view.mode === 'command' && !isEdgeInCommandView(index, edge, view)) continue;
    if (!isInTime(edge, window, view.includeUndated)) continue;
    edgeIds.add(edge.id);
  }
  if (view.mode === 'command')
    edgeIds = new Set(settleRank(index, edgeIds).kept.map((link) => link.edgeId));

  let visibleNodes: Set<string> = nodeIds;
  // A dimmed focus keeps everything; computeHighlight fades what lies outside it.
  if (view.focus && view.focusStyle === 'hide' && nodeIds.has(view.focus.id)) {
    visibleNodes = neighbourhood(index, view.focus.id, view.focus.hops, edgeIds);
    edgeIds = new Set(
      [...edgeIds].filter((id) => {
        const edge = index.edgesById.get(id);
        return edge !== undefined && visibleNodes.has(edge.source) && visibleNodes.has(edge.target);
      }),
    );
  }

  if (view.hideIsolated || view.mode === 'command') {
    const touched = new Set<string>();
    for (const id of edgeIds) {
      const edge = index.edgesById.get(id);
      if (edge) {
        touched.add(edge.source);
        touched.add(edge.target);
      }
    }
    if (view.focus) touched.add(view.focus.id);
    visibleNodes = new Set([...visibleNodes].filter((id) => touched.has(id)));
  }

  return { nodeIds: visibleNodes, edgeIds };
}

/** Nodes within `hops` steps of `start`, walking only the given edges in either direction. */
export function neighbourhood(
  index: GraphIndex,
  start: string,
  hops: number,
  allowedEdges: ReadonlySet<string>,
): Set<string> {
  const seen = new Set([start]);
  let frontier = [start];
  for (let step = 0; step < hops; step++) {
    const next: string[] = [];
    for (const nodeId of frontier) {
      for (const edgeId of index.edgesByNode.get(nodeId) ?? []) {
        if (!allowedEdges.has(edgeId)) continue;
        const edge = index.edgesById.get(edgeId);
        if (!edge) continue;
        const other = edge.source === nodeId ? edge.target : edge.source;
        if (!seen.has(other)) {
          seen.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return seen;
}

/**
 * What to emphasise on the canvas, first match wins: the shortest paths between the path finder's
 * two ends; the selected entity's chain of command when asked for; the participants and place of a
 * selected event; the neighbourhood of a focus that dims rather than hides; the selected entity
 * and its neighbours, or the selected relation and its two ends; what began inside a chosen
 * period. The rest of the view is faded, not hidden.
 */
import { chainOfCommand, commandEdgeIds } from './command';
import { overlaps, parsePartialDate } from './dates';
import type { GraphIndex } from './graphIndex';
import { shortestPaths } from './paths';
import { neighbourhood, timeWindow, type GraphView } from './view';
import type { ViewState } from './viewState';

export interface Highlight {
  /** What asked for it (the canvas names a path's, a chain's or an event's entities always). */
  kind: 'path' | 'chain' | 'event' | 'focus' | 'selection' | 'range';
  nodeIds: ReadonlySet<string>;
  edgeIds: ReadonlySet<string>;
}

/** Edges of the view whose both ends are highlighted nodes. */
function edgesAmong(
  index: GraphIndex,
  graphView: GraphView,
  nodeIds: ReadonlySet<string>,
): Set<string> {
  const edgeIds = new Set<string>();
  for (const id of graphView.edgeIds) {
    const edge = index.edgesById.get(id);
    if (edge && nodeIds.has(edge.source) && nodeIds.has(edge.target)) edgeIds.add(id);
  }
  return edgeIds;
}

export function eventHighlight(
  index: GraphIndex,
  graphView: GraphView,
  eventId: string,
): Highlight | null {
  const event = index.eventsById.get(eventId);
  if (!event) return null;
  const nodeIds = new Set(event.participants);
  if (event.place) nodeIds.add(event.place);
  return { kind: 'event', nodeIds, edgeIds: edgesAmong(index, graphView, nodeIds) };
}

/** Every entity and link on the shortest paths between the two ends, through the visible links. */
export function pathHighlight(
  index: GraphIndex,
  graphView: GraphView,
  from: string,
  to: string,
): Highlight | null {
  const { paths } = shortestPaths(index, from, to, graphView.edgeIds);
  if (paths.length === 0) return null;
  const nodeIds = new Set<string>();
  const edgeIds = new Set<string>();
  for (const path of paths) {
    for (const step of path) {
      nodeIds.add(step.from);
      nodeIds.add(step.to);
      edgeIds.add(step.edgeId);
    }
  }
  return { kind: 'path', nodeIds, edgeIds };
}

/** The entity, its superiors and subordinates, and the links that rank them, as far as drawn. */
export function chainHighlight(
  index: GraphIndex,
  graphView: GraphView,
  view: ViewState,
  nodeId: string,
): Highlight | null {
  if (!graphView.nodeIds.has(nodeId)) return null;
  const chain = chainOfCommand(index, nodeId, commandEdgeIds(index, view));
  const nodeIds = new Set([nodeId]);
  const edgeIds = new Set<string>();
  for (const step of [...chain.superiors, ...chain.subordinates]) {
    if (graphView.nodeIds.has(step.nodeId)) nodeIds.add(step.nodeId);
    if (graphView.edgeIds.has(step.edgeId)) edgeIds.add(step.edgeId);
  }
  return { kind: 'chain', nodeIds, edgeIds };
}

function focusHighlight(
  index: GraphIndex,
  graphView: GraphView,
  view: ViewState,
): Highlight | null {
  const focus = view.focus;
  if (!focus || view.focusStyle !== 'dim' || !graphView.nodeIds.has(focus.id)) return null;
  const nodeIds = neighbourhood(index, focus.id, focus.hops, graphView.edgeIds);
  return { kind: 'focus', nodeIds, edgeIds: edgesAmong(index, graphView, nodeIds) };
}

/**
 * The selected entity with its neighbours and the drawn relations that link it to them; or the
 * selected relation with its two ends. Null when the selection is not drawn.
 */
export function selectionHighlight(
  index: GraphIndex,
  graphView: GraphView,
  selection: ViewState['selection'],
): Highlight | null {
  if (selection?.kind === 'node') {
    if (!graphView.nodeIds.has(selection.id)) return null;
    const nodeIds = new Set([selection.id]);
    const edgeIds = new Set<string>();
    for (const edgeId of index.edgesByNode.get(selection.id) ?? []) {
      const edge = index.edgesById.get(edgeId);
      if (!edge || !graphView.edgeIds.has(edgeId)) continue;
      edgeIds.add(edgeId);
      nodeIds.add(edge.source === selection.id ? edge.target : edge.source);
    }
    return { kind: 'selection', nodeIds, edgeIds };
  }
  if (selection?.kind === 'edge') {
    const edge = index.edgesById.get(selection.id);
    if (!edge || !graphView.edgeIds.has(edge.id)) return null;
    return {
      kind: 'selection',
      nodeIds: new Set([edge.source, edge.target]),
      edgeIds: new Set([edge.id]),
    };
  }
  return null;
}

/**
 * In range mode, the visible relations that began inside the range, and their ends. A relation
 * counts when the period its `since` names overlaps the range: `since 2019` may have begun in any
 * month of 2019, so a range over part of 2019 includes it. Null when nothing began there.
 */
export function rangeHighlight(
  index: GraphIndex,
  graphView: GraphView,
  view: Pick<ViewState, 'range'>,
): Highlight | null {
  const window = view.range ? timeWindow({ range: view.range, asOf: null }) : null;
  if (!window) return null;
  const nodeIds = new Set<string>();
  const edgeIds = new Set<string>();
  for (const id of graphView.edgeIds) {
    const edge = index.edgesById.get(id);
    const since = edge?.since === undefined ? null : parsePartialDate(edge.since);
    if (!edge || !since || !overlaps(since, window)) continue;
    edgeIds.add(id);
    nodeIds.add(edge.source);
    nodeIds.add(edge.target);
  }
  return edgeIds.size > 0 ? { kind: 'range', nodeIds, edgeIds } : null;
}

export function computeHighlight(
  index: GraphIndex,
  view: ViewState,
  graphView: GraphView,
): Highlight | null {
  const { selection, path } = view;
  if (path) {
    const highlight = pathHighlight(index, graphView, path.from, path.to);
    if (highlight) return highlight;
  }
  if (selection?.kind === 'node' && view.highlightChain) {
    const highlight = chainHighlight(index, graphView, view, selection.id);
    if (highlight) return highlight;
  }
  if (selection?.kind === 'event') {
    const highlight = eventHighlight(index, graphView, selection.id);
    if (highlight) return highlight;
  }
  return (
    focusHighlight(index, graphView, view) ??
    selectionHighlight(index, graphView, selection) ??
    rangeHighlight(index, graphView, view)
  );
}

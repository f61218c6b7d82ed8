/**
 * What to emphasise on the canvas: the participants and place of a selected event, and (added by
 * other queries) chains of command and paths; failing those, what began inside a chosen period.
 * The rest of the view is faded, not hidden.
 */
import { overlaps, parsePartialDate } from './dates';
import type { GraphIndex } from './graphIndex';
import { timeWindow, type GraphView } from './view';
import type { ViewState } from './viewState';

export interface Highlight {
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
  return { nodeIds, edgeIds: edgesAmong(index, graphView, nodeIds) };
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
  return edgeIds.size > 0 ? { nodeIds, edgeIds } : null;
}

export function computeHighlight(
  index: GraphIndex,
  view: ViewState,
  graphView: GraphView,
): Highlight | null {
  const selection = view.selection;
  if (selection?.kind === 'event') return eventHighlight(index, graphView, selection.id);
  return rangeHighlight(index, graphView, view);
}

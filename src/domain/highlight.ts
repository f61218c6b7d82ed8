/**
 * What to emphasise on the canvas: the participants and place of a selected event, and (added by
 * other queries) chains of command and paths. The rest of the view is faded, not hidden.
 */
import type { GraphIndex } from './graphIndex';
import type { GraphView } from './view';
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

export function computeHighlight(
  index: GraphIndex,
  view: ViewState,
  graphView: GraphView,
): Highlight | null {
  const selection = view.selection;
  if (selection?.kind === 'event') return eventHighlight(index, graphView, selection.id);
  return null;
}

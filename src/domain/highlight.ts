/**
 * What to emphasise on the canvas, first match wins: the shortest paths between the path finder's
 * two ends; the selected entity's chain of command when asked for; the participants and place of a
 * selected event; what changed over a compared period; the neighbourhood of a focus that dims
 * rather than hides; the selected entity and its neighbours, or the selected relation and its two
 * ends; what was active in a chosen period. The rest of the view is faded, not hidden.
 */
import { chainOfCommand, commandEdgeIds } from './command';
import { intervalOf, isDated, overlaps, parsePartialDate, type DayInterval } from './dates';
import type { GraphIndex } from './graphIndex';
import { shortestPaths } from './paths';
import { activeSpan, changesBetween, spanInterval, type RelationChange } from './timeline';
import { neighbourhood, timeWindow, type GraphView } from './view';
import { timeOrderedPaths, undatedRuleOf } from './timePaths';
import type { PathTimeOrder, ViewState } from './viewState';

export interface Highlight {
  /** What asked for it (the canvas names a path's, a chain's or an event's entities always). */
  kind: 'path' | 'chain' | 'event' | 'changes' | 'focus' | 'selection' | 'range' | 'undated';
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

/**
 * Every entity and link on the shortest paths between the two ends, through the visible links;
 * only paths whose steps follow each other in time when the view asks for time order.
 */
export function pathHighlight(
  index: GraphIndex,
  graphView: GraphView,
  from: string,
  to: string,
  timeOrder: PathTimeOrder = 'off',
): Highlight | null {
  const paths =
    timeOrder === 'off'
      ? shortestPaths(index, from, to, graphView.edgeIds).paths
      : timeOrderedPaths(index, from, to, graphView.edgeIds, undatedRuleOf(timeOrder)).paths.map(
          (p) => p.steps,
        );
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
 * Entities picked together, with their neighbours and the drawn relations that touch them; null
 * when fewer than two are drawn.
 */
export function pickedHighlight(
  index: GraphIndex,
  graphView: GraphView,
  picked: readonly string[],
): Highlight | null {
  const drawn = picked.filter((id) => graphView.nodeIds.has(id));
  if (drawn.length < 2) return null;
  const nodeIds = new Set(drawn);
  const edgeIds = new Set<string>();
  for (const id of drawn)
    for (const edgeId of index.edgesByNode.get(id) ?? []) {
      const edge = index.edgesById.get(edgeId);
      if (!edge || !graphView.edgeIds.has(edgeId)) continue;
      edgeIds.add(edgeId);
      nodeIds.add(edge.source === id ? edge.target : edge.source);
    }
  return { kind: 'selection', nodeIds, edgeIds };
}

/**
 * Whether an entity shows activity in a period by its own dates: its life overlaps it, or it took
 * part in (or was the place of) an event dated inside it.
 */
function activeByOwnDates(
  index: GraphIndex,
  nodeId: string,
  window: DayInterval,
  eventNodes: ReadonlySet<string>,
): boolean {
  const node = index.nodesById.get(nodeId);
  if (eventNodes.has(nodeId)) return true;
  return (
    node !== undefined && isDated(node) && overlaps(intervalOf(node.since, node.until), window)
  );
}

/** Entities taking part in, or the place of, events whose date overlaps the window. */
function nodesOfEventsIn(index: GraphIndex, window: DayInterval): Set<string> {
  const nodeIds = new Set<string>();
  for (const event of index.dataset.events) {
    const date = event.date === undefined ? null : parsePartialDate(event.date);
    if (!date || !overlaps(date, window)) continue;
    for (const id of event.participants) nodeIds.add(id);
    if (event.place) nodeIds.add(event.place);
  }
  return nodeIds;
}

/**
 * In range mode, what the dates show active in the range: the visible relations whose dates
 * overlap it (partial dates as their whole period, see activeSpan) and their ends, the entities
 * whose own dates overlap it, and those in events dated inside it. Relations and entities drawn
 * only because they carry no date are left out. Null when that is nothing, or everything drawn.
 */
export function rangeHighlight(
  index: GraphIndex,
  graphView: GraphView,
  view: Pick<ViewState, 'range'>,
): Highlight | null {
  const window = view.range ? timeWindow({ range: view.range, asOf: null }) : null;
  if (!window) return null;
  const eventNodes = nodesOfEventsIn(index, window);
  const nodeIds = new Set<string>();
  const edgeIds = new Set<string>();
  for (const id of graphView.edgeIds) {
    const edge = index.edgesById.get(id);
    if (!edge || !isDated(edge) || !overlaps(spanInterval(activeSpan(index, edge)), window))
      continue;
    edgeIds.add(id);
    nodeIds.add(edge.source);
    nodeIds.add(edge.target);
  }
  for (const id of graphView.nodeIds)
    if (activeByOwnDates(index, id, window, eventNodes)) nodeIds.add(id);
  const empty = nodeIds.size === 0 && edgeIds.size === 0;
  const everything =
    edgeIds.size === graphView.edgeIds.size &&
    [...graphView.nodeIds].every((id) => nodeIds.has(id));
  return empty || everything ? null : { kind: 'range', nodeIds, edgeIds };
}

/**
 * With a date or period set: the relations drawn only because they carry no date (when undated
 * relations are shown), and the entities drawn only for lack of dates (no dates of their own, no
 * dated relation drawn, no event in the period). They are drawn apart, not as present on that
 * date. Null when no date is set or nothing is drawn for lack of dates.
 */
export function undatedPresence(
  index: GraphIndex,
  view: Pick<ViewState, 'asOf' | 'range' | 'compare'>,
  graphView: GraphView,
): Highlight | null {
  const window = timeWindow(view);
  if (!window) return null;
  const edgeIds = new Set<string>();
  const withDatedRelation = new Set<string>();
  for (const id of graphView.edgeIds) {
    const edge = index.edgesById.get(id);
    if (!edge) continue;
    if (isDated(edge)) {
      withDatedRelation.add(edge.source);
      withDatedRelation.add(edge.target);
    } else edgeIds.add(id);
  }
  const eventNodes = nodesOfEventsIn(index, window);
  const nodeIds = new Set<string>();
  for (const id of graphView.nodeIds)
    if (!withDatedRelation.has(id) && !activeByOwnDates(index, id, window, eventNodes))
      nodeIds.add(id);
  return nodeIds.size > 0 || edgeIds.size > 0 ? { kind: 'undated', nodeIds, edgeIds } : null;
}

/** The visible relations that changed over a compared period, by how. */
export interface ChangeMarks {
  appeared: ReadonlySet<string>;
  ended: ReadonlySet<string>;
  cameAndWent: ReadonlySet<string>;
}

/** What changed over the period the view compares (see changesBetween), among what is drawn. */
export function changeMarks(
  index: GraphIndex,
  view: Pick<ViewState, 'compare'>,
  graphView: GraphView,
): ChangeMarks | null {
  const from = view.compare ? parsePartialDate(view.compare.from) : null;
  const to = view.compare ? parsePartialDate(view.compare.to) : null;
  if (!from || !to) return null;
  const changes = changesBetween(index, from, to);
  const drawn = (list: readonly RelationChange[]) =>
    new Set(list.map((c) => c.edge.id).filter((id) => graphView.edgeIds.has(id)));
  return {
    appeared: drawn(changes.appeared),
    ended: drawn(changes.ended),
    cameAndWent: drawn(changes.cameAndWent),
  };
}

/** The changed relations and their ends, so that what did not change is dimmed. */
export function changeHighlight(index: GraphIndex, marks: ChangeMarks): Highlight {
  const edgeIds = new Set([...marks.appeared, ...marks.ended, ...marks.cameAndWent]);
  const nodeIds = new Set<string>();
  for (const id of edgeIds) {
    const edge = index.edgesById.get(id);
    if (edge) nodeIds.add(edge.source).add(edge.target);
  }
  return { kind: 'changes', nodeIds, edgeIds };
}

export function computeHighlight(
  index: GraphIndex,
  view: ViewState,
  graphView: GraphView,
): Highlight | null {
  const { selection, path } = view;
  if (path) {
    const highlight = pathHighlight(index, graphView, path.from, path.to, view.pathTimeOrder);
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
  const marks = changeMarks(index, view, graphView);
  if (marks) return changeHighlight(index, marks);
  return (
    focusHighlight(index, graphView, view) ??
    pickedHighlight(index, graphView, view.picked) ??
    selectionHighlight(index, graphView, selection) ??
    rangeHighlight(index, graphView, view)
  );
}

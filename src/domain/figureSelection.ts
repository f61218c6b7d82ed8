/**
 * What "Selection only" puts in a figure: what the canvas emphasises (a path, a chain of command,
 * an event's participants, a focus, a period's new links), else the selected entity with its
 * visible neighbours, else the selected relation with its two ends. Null when nothing is chosen.
 */
import type { GraphIndex } from './graphIndex';
import type { Highlight } from './highlight';
import { neighbourhood, type GraphView } from './view';
import type { ViewState } from './viewState';

export interface FigureSelection {
  nodeIds: string[];
  edgeIds: string[];
  /** What it is, for the dialog: "the highlighted path", "Abu Fadak and 6 neighbours". */
  description: string;
}

function edgesAmong(
  index: GraphIndex,
  graphView: GraphView,
  nodeIds: ReadonlySet<string>,
): string[] {
  const edgeIds: string[] = [];
  for (const id of graphView.edgeIds) {
    const edge = index.edgesById.get(id);
    if (edge && nodeIds.has(edge.source) && nodeIds.has(edge.target)) edgeIds.push(id);
  }
  return edgeIds;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function figureSelection(
  index: GraphIndex,
  graphView: GraphView,
  view: Pick<ViewState, 'selection'>,
  highlight: Highlight | null,
): FigureSelection | null {
  if (highlight) {
    const nodeIds = [...highlight.nodeIds].filter((id) => graphView.nodeIds.has(id));
    const edgeIds = [...highlight.edgeIds].filter((id) => graphView.edgeIds.has(id));
    if (nodeIds.length > 0)
      return {
        nodeIds,
        edgeIds,
        description: `what is highlighted (${plural(nodeIds.length, 'entity', 'entities')})`,
      };
  }
  const selection = view.selection;
  if (selection?.kind === 'node' && graphView.nodeIds.has(selection.id)) {
    const nodeIds = neighbourhood(index, selection.id, 1, graphView.edgeIds);
    const label = index.nodesById.get(selection.id)?.label ?? selection.id;
    return {
      nodeIds: [...nodeIds],
      edgeIds: edgesAmong(index, graphView, nodeIds),
      description: `${label} and ${plural(nodeIds.size - 1, 'neighbour', 'neighbours')}`,
    };
  }
  if (selection?.kind === 'edge' && graphView.edgeIds.has(selection.id)) {
    const edge = index.edgesById.get(selection.id)!;
    return {
      nodeIds: [...new Set([edge.source, edge.target])],
      edgeIds: [edge.id],
      description: 'the selected relation and its two ends',
    };
  }
  return null;
}

import { selectGraphView } from '../../store/selectors';
import { useLinkboard } from '../../store/store';

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/** "Showing X of Y entities and A of B relations", always live. */
export function StatusLine() {
  const view = useLinkboard(selectGraphView);
  const dataset = useLinkboard((s) => s.dataset);
  const text =
    view && dataset
      ? `Showing ${view.nodeIds.size} of ${dataset.nodes.length} ${plural(dataset.nodes.length, 'entity', 'entities')} and ${view.edgeIds.size} of ${dataset.edges.length} ${plural(dataset.edges.length, 'relation', 'relations')}`
      : 'Loading dataset…';
  return (
    <p role="status" className="status-line">
      {text}
    </p>
  );
}

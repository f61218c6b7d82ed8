import { formatPartialDate } from '../../domain/dates';
import { timeWindow } from '../../domain/view';
import type { ViewState } from '../../domain/viewState';
import { selectFilterCounts, selectGraphView } from '../../store/selectors';
import { useLinkboard } from '../../store/store';

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/** " as of 31 January 2020" or " from 1 December 2019 to 29 February 2020" when a date is set. */
function timeSuffix(view: ViewState): string {
  if (!timeWindow(view)) return '';
  if (view.range) {
    const [from, to] = [view.range.from, view.range.to].sort();
    return ` from ${formatPartialDate(from!)} to ${formatPartialDate(to!)}`;
  }
  return view.asOf ? ` as of ${formatPartialDate(view.asOf)}` : '';
}

/**
 * "Showing X of Y entities and A of B relations", how many of the shown relations no quote backs
 * (when any does not), and the date they are shown at; always live.
 */
export function StatusLine() {
  const view = useLinkboard(selectGraphView);
  const dataset = useLinkboard((s) => s.dataset);
  const viewState = useLinkboard((s) => s.view);
  const counts = useLinkboard(selectFilterCounts);
  const unsourced = counts?.sourcing.get('unsourced');
  const text =
    view && dataset
      ? `Showing ${view.nodeIds.size} of ${dataset.nodes.length} ${plural(dataset.nodes.length, 'entity', 'entities')} and ${view.edgeIds.size} of ${dataset.edges.length} ${plural(dataset.edges.length, 'relation', 'relations')}${unsourced ? `, ${unsourced.visible} unsourced` : ''}${timeSuffix(viewState)}`
      : 'Loading dataset…';
  return (
    <p role="status" className="status-line">
      {text}
    </p>
  );
}

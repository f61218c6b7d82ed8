import { formatPartialDate } from '../../domain/dates';
import { timeWindow } from '../../domain/view';
import type { ViewState } from '../../domain/viewState';
import { selectGraphView, selectGroupedView, selectGroupsPending } from '../../store/selectors';
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
 * "Showing X of Y entities and A of B relations", the date they are shown at and how many groups
 * are collapsed; always live.
 */
export function StatusLine() {
  const view = useLinkboard(selectGraphView);
  const dataset = useLinkboard((s) => s.dataset);
  const viewState = useLinkboard((s) => s.view);
  const collapsed = useLinkboard((s) => selectGroupedView(s)?.collapsedCount ?? 0);
  const pending = useLinkboard(selectGroupsPending);
  const groups = pending
    ? ' · finding clusters…'
    : collapsed > 0
      ? ` · ${collapsed.toLocaleString('en-GB')} ${plural(collapsed, 'group', 'groups')} collapsed`
      : '';
  const text =
    view && dataset
      ? `Showing ${view.nodeIds.size} of ${dataset.nodes.length} ${plural(dataset.nodes.length, 'entity', 'entities')} and ${view.edgeIds.size} of ${dataset.edges.length} ${plural(dataset.edges.length, 'relation', 'relations')}${timeSuffix(viewState)}${groups}`
      : 'Loading dataset…';
  return (
    <p role="status" className="status-line">
      {text}
    </p>
  );
}

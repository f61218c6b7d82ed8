import { Suspense, useEffect } from 'react';
import type { GraphIndex } from '../../domain/graphIndex';
import type { Grouping } from '../../domain/groups';
import type { Selection } from '../../domain/viewState';
import { selectGraphView, selectGrouping, selectIndex } from '../../store/selectors';
import { useLinkboard } from '../../store/store';
import { PickedDetails, preloadSelectionDetails, SelectionDetails } from '../lazyPanels';
import './details.css';

// The details of a selection are fetched after the page (asked for as soon as the panel is up),
// so that the first page carries only the empty state.

/** Whether the selection names something the dataset (or its grouping) has. */
function isKnown(index: GraphIndex, grouping: Grouping | null, selection: Selection): boolean {
  if (selection.kind === 'node')
    return index.nodesById.has(selection.id) || grouping?.groups.has(selection.id) === true;
  if (selection.kind === 'edge') return index.edgesById.has(selection.id);
  return index.eventsById.has(selection.id);
}

function EmptyHint() {
  return (
    <div className="details-empty">
      <p>Nothing selected.</p>
      <p>
        Click an entity or a relation on the canvas, search with <kbd>/</kbd>, or open the{' '}
        <strong>Table</strong> and pick a row, to read who it is, how it is linked and the quoted
        evidence.
      </p>
    </div>
  );
}

/** The selected entity, group, relation or event, with its quoted evidence; a hint when none is. */
export function Details() {
  const selection = useLinkboard((s) => s.view.selection);
  const picked = useLinkboard((s) => s.view.picked);
  const select = useLinkboard((s) => s.select);
  const index = useLinkboard(selectIndex);
  const graphView = useLinkboard(selectGraphView);
  const grouping = useLinkboard(selectGrouping);
  useEffect(() => void preloadSelectionDetails(), []);
  const known = selection && index && graphView && isKnown(index, grouping, selection);
  return (
    <section className="panel details" aria-labelledby="details-heading">
      {/* The tab above says "Details"; the heading stays for screen readers' navigation. */}
      <h2 id="details-heading" className="visually-hidden">
        Details
      </h2>
      {(selection || picked.length > 0) && (
        <button type="button" className="link-button details-clear" onClick={() => select(null)}>
          Clear selection
        </button>
      )}
      {picked.length > 0 && index && graphView ? (
        <Suspense fallback={<p className="details-loading">Loading…</p>}>
          <PickedDetails index={index} graphView={graphView} picked={picked} />
        </Suspense>
      ) : known ? (
        <Suspense fallback={<p className="details-loading">Loading…</p>}>
          <SelectionDetails
            index={index}
            graphView={graphView}
            grouping={grouping}
            selection={selection}
          />
        </Suspense>
      ) : (
        <EmptyHint />
      )}
    </section>
  );
}

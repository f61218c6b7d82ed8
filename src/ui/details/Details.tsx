import type { ReactNode } from 'react';
import type { GraphIndex } from '../../domain/graphIndex';
import type { GraphView } from '../../domain/view';
import type { Selection } from '../../domain/viewState';
import type { Grouping } from '../../domain/groups';
import { selectGraphView, selectGrouping, selectIndex } from '../../store/selectors';
import { useLinkboard } from '../../store/store';
import './details.css';
import { EntityDetails } from './EntityDetails';
import { EventDetails } from './EventDetails';
import { GroupDetails, MakeGroup } from './GroupDetails';
import { RelationDetails } from './RelationDetails';

function detailsOf(
  index: GraphIndex,
  graphView: GraphView,
  grouping: Grouping | null,
  selection: Selection,
): ReactNode {
  if (selection.kind === 'node') {
    const node = index.nodesById.get(selection.id);
    const group = grouping?.groups.get(selection.id);
    if (!node) return group && <GroupDetails group={group} graphView={graphView} />;
    return (
      <>
        <EntityDetails index={index} node={node} graphView={graphView} />
        <div className="details-body">
          {group && <GroupDetails group={group} graphView={graphView} />}
          <MakeGroup entityId={node.id} />
        </div>
      </>
    );
  }
  if (selection.kind === 'edge') {
    const edge = index.edgesById.get(selection.id);
    return edge && <RelationDetails index={index} edge={edge} graphView={graphView} />;
  }
  const event = index.eventsById.get(selection.id);
  return event && <EventDetails index={index} event={event} />;
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
  const select = useLinkboard((s) => s.select);
  const index = useLinkboard(selectIndex);
  const graphView = useLinkboard(selectGraphView);
  const grouping = useLinkboard(selectGrouping);
  const content =
    selection && index && graphView && detailsOf(index, graphView, grouping, selection);
  return (
    <section className="panel details" aria-labelledby="details-heading">
      <div className="panel-heading-row">
        <h2 id="details-heading">Details</h2>
        {selection && (
          <button type="button" className="link-button" onClick={() => select(null)}>
            Clear selection
          </button>
        )}
      </div>
      {content || <EmptyHint />}
    </section>
  );
}

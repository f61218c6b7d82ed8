/**
 * What the Details panel shows for a selection: the entity (with its group), the relation or the
 * event. Loaded apart from the panel (see Details.tsx), so that the first page carries only its
 * empty state.
 */
import type { ReactNode } from 'react';
import type { GraphIndex } from '../../domain/graphIndex';
import type { Grouping } from '../../domain/groups';
import type { GraphView } from '../../domain/view';
import type { Selection } from '../../domain/viewState';
import { DetailsSection } from './DetailsSection';
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
          <DetailsSection id="your-groups" title="Your groups" defaultOpen={false}>
            <MakeGroup entityId={node.id} />
          </DetailsSection>
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

export default function SelectionDetails({
  index,
  graphView,
  grouping,
  selection,
}: {
  index: GraphIndex;
  graphView: GraphView;
  grouping: Grouping | null;
  selection: Selection;
}) {
  return detailsOf(index, graphView, grouping, selection);
}

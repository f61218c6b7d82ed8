import { useId } from 'react';
import { formatInterval, formatPartialDate } from '../../domain/dates';
import {
  eventsOfEntity,
  groupRelationsOfEntity,
  type RelationReading,
} from '../../domain/entityRelations';
import { entityTypeLabel } from '../../domain/filterCounts';
import type { GraphIndex } from '../../domain/graphIndex';
import type { DatasetNode } from '../../domain/schema';
import type { GraphView } from '../../domain/view';
import { colourOfEntityType, colourOfFamily, shapeOfEntityType } from '../../graph/palette';
import { ChainOfCommand } from '../command/ChainOfCommand';
import { FocusControls } from '../command/FocusControls';
import { useReveal } from '../common/useReveal';
import { ShapeSwatch } from '../legend/ShapeSwatch';
import { AttributesTable } from './AttributesTable';
import { EntityTimeline } from './EntityTimeline';
import { EvidenceList } from './EvidenceList';
import { ConfidenceBadge, EntityLink, Facts, HiddenNote } from './parts';

function RelationItem({
  reading,
  item,
  visible,
}: {
  reading: string;
  item: RelationReading;
  visible: boolean;
}) {
  const reveal = useReveal();
  const describedBy = useId();
  const { edge } = item;
  const dates = formatInterval(edge.since, edge.until);
  return (
    <li className={visible ? undefined : 'relation-item-hidden'}>
      <EntityLink id={item.otherId} />
      <span className="visually-hidden" id={describedBy}>
        {reading}
      </span>
      <button
        type="button"
        className="link-button relation-item-evidence"
        aria-describedby={describedBy}
        onClick={() => reveal({ kind: 'edge', id: edge.id })}
      >
        Evidence
      </button>
      <span className="relation-item-meta">
        {edge.label && <span>{edge.label}</span>}
        {dates && <span>{dates}</span>}
        {edge.confidence !== 'confirmed' && <ConfidenceBadge confidence={edge.confidence} />}
        {edge.formal && <span>formal</span>}
        {!visible && <span>hidden</span>}
      </span>
    </li>
  );
}

/** An entity: who it is, the quotes about it, its relations read from its side, its events. */
export function EntityDetails({
  index,
  node,
  graphView,
}: {
  index: GraphIndex;
  node: DatasetNode;
  graphView: GraphView;
}) {
  const reveal = useReveal();
  const { dataset } = index;
  const groups = groupRelationsOfEntity(index, node.id);
  const events = eventsOfEntity(index, node.id);
  const relationCount = groups.reduce((n, g) => n + g.items.length, 0);
  return (
    <div className="details-body">
      <p className="details-kind">
        <ShapeSwatch shape={shapeOfEntityType(node.type)} colour={colourOfEntityType(node.type)} />
        {entityTypeLabel(dataset, node.type)}
      </p>
      <h3 className="details-title">{node.label}</h3>
      <HiddenNote hidden={!graphView.nodeIds.has(node.id)} what="entity" />
      <Facts
        facts={[
          ['Also known as', node.aliases.join(' · ')],
          ['Active', formatInterval(node.since, node.until)],
          ['Tags', node.tags.join(', ')],
        ]}
      />
      {node.summary && <p className="details-summary">{node.summary}</p>}

      <h4>Evidence</h4>
      <EvidenceList evidence={node.evidence} sources={dataset.sources} />
      <AttributesTable attributes={node.attributes} />

      <ChainOfCommand nodeId={node.id} />
      <FocusControls nodeId={node.id} />

      <EntityTimeline key={node.id} index={index} nodeId={node.id} />

      <h4>
        Relations <span className="details-count">{relationCount}</span>
      </h4>
      {groups.length === 0 && <p className="details-muted">No relations.</p>}
      {groups.map((group) => (
        <div key={group.key} className="relation-group">
          <h5>
            <span
              className="relation-group-line"
              style={{ background: colourOfFamily(group.family) }}
              aria-hidden="true"
            />
            {group.reading}
          </h5>
          <ul className="relation-items">
            {group.items.map((item) => (
              <RelationItem
                key={item.edge.id}
                reading={`${group.reading} ${index.nodesById.get(item.otherId)?.label ?? item.otherId}`}
                item={item}
                visible={graphView.edgeIds.has(item.edge.id)}
              />
            ))}
          </ul>
        </div>
      ))}

      {events.length > 0 && (
        <>
          <h4>Events</h4>
          <ul className="details-events">
            {events.map((event) => (
              <li key={event.id}>
                <button
                  type="button"
                  className="details-link"
                  onClick={() => reveal({ kind: 'event', id: event.id })}
                >
                  {event.title}
                </button>
                {event.date && (
                  <span className="relation-item-meta">{formatPartialDate(event.date)}</span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

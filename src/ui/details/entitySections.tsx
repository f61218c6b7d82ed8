/**
 * The sections of an entity's Details, in order. Each is collapsible (DetailsSection) and says
 * whether it applies; adding a section (a timeline, edit controls, a group's members) is adding an
 * entry here.
 */
import { useId, type ComponentType } from 'react';
import { formatInterval, formatPartialDate } from '../../domain/dates';
import {
  eventsOfEntity,
  groupRelationsOfEntity,
  type RelationReading,
} from '../../domain/entityRelations';
import type { GraphIndex } from '../../domain/graphIndex';
import { relationSentence, sentenceText, verbPhrase } from '../../domain/relationSentences';
import type { DatasetNode } from '../../domain/schema';
import type { GraphView } from '../../domain/view';
import { colourOfFamily } from '../../graph/palette';
import { ChainOfCommand } from '../command/ChainOfCommand';
import { useReveal } from '../common/useReveal';
import { AttributesTable } from './AttributesTable';
import { EntityTimeline, hasTimeline, timelineYears } from './EntityTimeline';
import { EvidenceList } from './EvidenceList';
import { ConfidenceBadge, EntityLink } from './parts';

export interface EntitySectionProps {
  index: GraphIndex;
  node: DatasetNode;
  graphView: GraphView;
}

export interface EntitySection {
  /** Stable id: remembers whether the user opened or closed it. */
  id: string;
  title: string;
  /** Shown beside the title. */
  count?: (props: EntitySectionProps) => number | string | undefined;
  /** Left out when false (nothing to show); always shown when absent. */
  applies?: (props: EntitySectionProps) => boolean;
  defaultOpen: boolean;
  Content: ComponentType<EntitySectionProps>;
}

function RelationItem({
  sentence,
  item,
  visible,
}: {
  sentence: string;
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
        {sentence}
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

/** The entity's relations, grouped by how they read from its side ("is commanded by"). */
function Relations({ index, node, graphView }: EntitySectionProps) {
  const groups = groupRelationsOfEntity(index, node.id);
  if (groups.length === 0) return <p className="details-muted">No relations.</p>;
  return (
    <>
      {groups.map((group) => (
        <div key={group.key} className="relation-group">
          <h5>
            <span
              className="relation-group-line"
              style={{ background: colourOfFamily(group.family) }}
              aria-hidden="true"
            />
            {verbPhrase(relationSentence(index, group.items[0]!.edge, node.id))}
          </h5>
          <ul className="relation-items">
            {group.items.map((item) => (
              <RelationItem
                key={item.edge.id}
                sentence={sentenceText(index, relationSentence(index, item.edge, node.id))}
                item={item}
                visible={graphView.edgeIds.has(item.edge.id)}
              />
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

function Evidence({ index, node }: EntitySectionProps) {
  return (
    <>
      <EvidenceList
        evidence={node.evidence}
        sources={index.dataset.sources}
        target={{ kind: 'entity', id: node.id }}
      />
      <AttributesTable attributes={node.attributes} />
    </>
  );
}

function Events({ index, node }: EntitySectionProps) {
  const reveal = useReveal();
  return (
    <ul className="details-events">
      {eventsOfEntity(index, node.id).map((event) => (
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
  );
}

function Chain({ node }: EntitySectionProps) {
  return <ChainOfCommand nodeId={node.id} />;
}

function OverTime({ index, node }: EntitySectionProps) {
  return <EntityTimeline key={node.id} index={index} nodeId={node.id} />;
}

export const ENTITY_SECTIONS: readonly EntitySection[] = [
  {
    id: 'relations',
    title: 'Relations',
    count: ({ index, node }) => index.edgesByNode.get(node.id)?.length ?? 0,
    defaultOpen: true,
    Content: Relations,
  },
  {
    id: 'timeline',
    title: 'Over time',
    count: ({ index, node }) => timelineYears(index, node.id) ?? undefined,
    applies: ({ index, node }) => hasTimeline(index, node.id),
    defaultOpen: true,
    Content: OverTime,
  },
  { id: 'chain', title: 'Chain of command', defaultOpen: true, Content: Chain },
  {
    id: 'evidence',
    title: 'Evidence',
    count: ({ node }) => node.evidence.length,
    defaultOpen: true,
    Content: Evidence,
  },
  {
    id: 'events',
    title: 'Events',
    count: ({ index, node }) => eventsOfEntity(index, node.id).length,
    applies: ({ index, node }) => eventsOfEntity(index, node.id).length > 0,
    defaultOpen: true,
    Content: Events,
  },
];

import { formatInterval } from '../../domain/dates';
import type { GraphIndex } from '../../domain/graphIndex';
import { RELATION_FAMILY_LABELS } from '../../domain/relations';
import type { DatasetEdge } from '../../domain/schema';
import type { GraphView } from '../../domain/view';
import { colourOfFamily } from '../../graph/palette';
import { LineSwatch } from '../legend/ShapeSwatch';
import { AttributesTable } from './AttributesTable';
import { EvidenceList } from './EvidenceList';
import { ConfidenceBadge, EntityLink, Facts, HiddenNote } from './parts';

/** A relation: its two ends (each a way there), when it held, how sure, and the quotes behind it. */
export function RelationDetails({
  index,
  edge,
  graphView,
}: {
  index: GraphIndex;
  edge: DatasetEdge;
  graphView: GraphView;
}) {
  const type = index.relationOf(edge);
  return (
    <div className="details-body">
      <p className="details-kind">
        <LineSwatch colour={colourOfFamily(type.family)} />
        {`${RELATION_FAMILY_LABELS[type.family]} relation`}
      </p>
      <h3 className="details-title details-relation-title">
        <EntityLink id={edge.source} /> <span className="details-verb">{type.label}</span>{' '}
        <EntityLink id={edge.target} />
      </h3>
      <HiddenNote hidden={!graphView.edgeIds.has(edge.id)} what="relation" />
      <Facts
        facts={[
          ['Role', edge.label && edge.label !== type.label ? edge.label : ''],
          ['Dates', formatInterval(edge.since, edge.until) || 'not dated in the sources'],
          ['Confidence', <ConfidenceBadge key="c" confidence={edge.confidence} />],
          ['Link', edge.formal ? 'formal (nominal) only' : ''],
          ['Meaning', type.description],
        ]}
      />
      <h4>
        Evidence <ConfidenceBadge confidence={edge.confidence} />
      </h4>
      <EvidenceList evidence={edge.evidence} sources={index.dataset.sources} />
      <AttributesTable attributes={edge.attributes} />
    </div>
  );
}

import { formatInterval } from '../../domain/dates';
import type { GraphIndex } from '../../domain/graphIndex';
import { holdsIn, rankTier, type RankTier } from '../../domain/hierarchy';
import { RELATION_FAMILY_LABELS, type ChainHolding } from '../../domain/relations';
import { relationSentence } from '../../domain/relationSentences';
import type { DatasetEdge } from '../../domain/schema';
import type { GraphView } from '../../domain/view';
import { colourOfFamily } from '../../graph/palette';
import { LineSwatch } from '../legend/ShapeSwatch';
import { AttributesTable } from './AttributesTable';
import { EditSlot } from './EditSlot';
import { EvidenceList } from './EvidenceList';
import { ConfidenceBadge, Facts, HiddenNote, SentenceWords } from './parts';

const HOLDING_LABELS: Record<ChainHolding, string> = {
  'on-paper': 'formal only: holds on paper, not in fact',
  'in-fact': 'de facto only: held in fact, not on paper',
  both: 'formal and de facto',
};

/**
 * Which chain of command a link belongs to (the chain rule in domain/hierarchy.ts); said of a
 * link that does not rank only when it is marked as holding one way.
 */
function chainOfLink(tier: RankTier | null, holds: ChainHolding): string {
  return tier === null && holds === 'both' ? '' : HOLDING_LABELS[holds];
}

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
        <SentenceWords
          sentence={{ ...relationSentence(index, edge), note: '' }}
          renderVerb={(verb) => <span className="details-verb">{verb}</span>}
        />
      </h3>
      <HiddenNote hidden={!graphView.edgeIds.has(edge.id)} what="relation" />
      <Facts
        facts={[
          ['Role', edge.label && edge.label !== type.label ? edge.label : ''],
          ['Dates', formatInterval(edge.since, edge.until) || 'not dated in the sources'],
          ['Confidence', <ConfidenceBadge key="c" confidence={edge.confidence} />],
          ['Chain of command', chainOfLink(rankTier(type), holdsIn(index, edge))],
          ['Meaning', type.description],
        ]}
      />
      <EditSlot target={{ kind: 'relation', id: edge.id }} />
      <h4>
        Evidence <ConfidenceBadge confidence={edge.confidence} />
      </h4>
      <EvidenceList
        evidence={edge.evidence}
        sources={index.dataset.sources}
        target={{ kind: 'relation', id: edge.id }}
      />
      <AttributesTable attributes={edge.attributes} />
    </div>
  );
}

/** Small pieces shared by the entity, relation and event views of the details panel. */
import type { ReactNode } from 'react';
import type { RelationSentence } from '../../domain/relationSentences';
import type { Confidence } from '../../domain/schema';
import { selectIndex } from '../../store/selectors';
import { useLinkboard } from '../../store/store';
import { useReveal } from '../common/useReveal';

/** A button naming an entity; choosing it selects the entity and centres it on the canvas. */
export function EntityLink({ id }: { id: string }) {
  const label = useLinkboard((s) => selectIndex(s)?.nodesById.get(id)?.label ?? id);
  const reveal = useReveal();
  return (
    <button type="button" className="details-link" onClick={() => reveal({ kind: 'node', id })}>
      {label}
    </button>
  );
}

export function ConfidenceBadge({ confidence }: { confidence: Confidence }) {
  return <span className={`confidence-badge confidence-${confidence}`}>{confidence}</span>;
}

/** Label and value pairs; pairs with an empty value are left out. */
export function Facts({ facts }: { facts: [string, ReactNode][] }) {
  const shown = facts.filter(([, value]) => value !== '' && value !== null && value !== undefined);
  if (shown.length === 0) return null;
  return (
    <dl className="details-facts">
      {shown.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function HiddenNote({ hidden, what }: { hidden: boolean; what: string }) {
  if (!hidden) return null;
  return <p className="details-note">This {what} is hidden on the canvas by the current view.</p>;
}

/**
 * A relation as a sentence, names as links: "Abu Fadak is appointed by Kata'ib Hizballah (imposed
 * as acting PMF chief of staff)". `renderVerb` lets a caller make the verb a control of its own;
 * `withSubject` false leaves the subject out where the list already names it.
 */
export function SentenceWords({
  sentence,
  withSubject = true,
  renderVerb = (verb) => <span className="sentence-verb">{verb}</span>,
}: {
  sentence: RelationSentence;
  withSubject?: boolean;
  renderVerb?: (verb: string) => ReactNode;
}) {
  return (
    <>
      {withSubject && (
        <>
          <EntityLink id={sentence.subjectId} />{' '}
        </>
      )}
      {renderVerb(sentence.verb)} <EntityLink id={sentence.objectId} />
      {sentence.tail && ` ${sentence.tail}`}
      {sentence.note && <span className="sentence-note"> ({sentence.note})</span>}
    </>
  );
}

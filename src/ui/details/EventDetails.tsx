import { formatPartialDate } from '../../domain/dates';
import type { GraphIndex } from '../../domain/graphIndex';
import type { DatasetEvent } from '../../domain/schema';
import { EditSlot } from './EditSlot';
import { EvidenceList } from './EvidenceList';
import { EntityLink, Facts } from './parts';

/** An event: when and where, who took part (each a way there), and the quotes behind it. */
export function EventDetails({ index, event }: { index: GraphIndex; event: DatasetEvent }) {
  return (
    <div className="details-body">
      <p className="details-kind">event</p>
      <h3 className="details-title">{event.title}</h3>
      <Facts
        facts={[
          ['Date', event.date ? formatPartialDate(event.date) : 'undated'],
          ['Place', event.place ? <EntityLink key="p" id={event.place} /> : ''],
        ]}
      />
      {event.summary && <p className="details-summary">{event.summary}</p>}
      <EditSlot target={{ kind: 'event', id: event.id }} />
      <h4>
        Participants <span className="details-count">{event.participants.length}</span>
      </h4>
      {event.participants.length === 0 ? (
        <p className="details-muted">None named.</p>
      ) : (
        <ul className="details-participants">
          {event.participants.map((id) => (
            <li key={id}>
              <EntityLink id={id} />
            </li>
          ))}
        </ul>
      )}
      <h4>Evidence</h4>
      <EvidenceList
        evidence={event.evidence}
        sources={index.dataset.sources}
        target={{ kind: 'event', id: event.id }}
      />
    </div>
  );
}

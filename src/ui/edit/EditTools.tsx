/**
 * Editing in Details (issue 15, point 4): under the selected entity, relation or event, "Edit"
 * (its fields and its quotes), "Delete…" (what it takes with it shown first) and, for an entity,
 * "Merge into…" (another entity chosen by search). Every change is one store edit, so Undo takes
 * it back. Loaded on demand (see Details.tsx).
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import type { Confidence } from '../../domain/confidence';
import { dependantsOf, type EditTarget } from '../../domain/edits';
import { entityTypeLabel } from '../../domain/filterCounts';
import type { GraphIndex } from '../../domain/graphIndex';
import { BUILT_IN_RELATIONS } from '../../domain/relations';
import { relationSentence, sentenceText } from '../../domain/relationSentences';
import {
  BUILT_IN_ENTITY_TYPES,
  type DatasetEdge,
  type DatasetEvent,
  type DatasetNode,
  type Evidence,
} from '../../domain/schema';
import { selectIndex } from '../../store/selectors';
import { useLinkboard } from '../../store/store';
import './edit.css';
import {
  ConfidenceField,
  DateField,
  dateProblem,
  ErrorLine,
  Field,
  optional,
  useEdit,
} from './formParts';

type Mode = 'edit' | 'delete' | 'merge' | null;

/** The fields that differ from the item's, as a patch (undefined clears one). */
function changes<T extends object>(item: T, wanted: Partial<T>): Partial<T> {
  const patch: Partial<T> = {};
  for (const key of Object.keys(wanted) as (keyof T)[]) {
    const before = item[key];
    const after = wanted[key];
    if (JSON.stringify(before) !== JSON.stringify(after)) patch[key] = after;
  }
  return patch;
}

function FormButtons({ onCancel, save = 'Save' }: { onCancel: () => void; save?: string }) {
  return (
    <div className="edit-buttons">
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className="button button-primary">
        {save}
      </button>
    </div>
  );
}

// ----------------------------------------------------------------------------- the forms

function EntityForm({
  node,
  index,
  onDone,
}: {
  node: DatasetNode;
  index: GraphIndex;
  onDone: () => void;
}) {
  const edit = useEdit();
  const [label, setLabel] = useState(node.label);
  const [aliases, setAliases] = useState(node.aliases.join('\n'));
  const [type, setType] = useState(node.type);
  const [summary, setSummary] = useState(node.summary ?? '');
  const [since, setSince] = useState(node.since ?? '');
  const [until, setUntil] = useState(node.until ?? '');
  const [tags, setTags] = useState(node.tags.join(', '));
  const [error, setError] = useState<string | null>(null);
  const types = [...BUILT_IN_ENTITY_TYPES, ...index.dataset.entityTypes.map((t) => t.id)];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = dateProblem({ 'Active from': since, Until: until });
    if (problem) return setError(problem);
    const patch = changes(node, {
      label: label.trim(),
      aliases: aliases
        .split('\n')
        .map((a) => a.trim())
        .filter(Boolean),
      type,
      summary: optional(summary),
      since: optional(since),
      until: optional(until),
      tags: tags
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    });
    if (Object.keys(patch).length === 0) return onDone();
    const refused = edit({ kind: 'updateEntity', id: node.id, patch });
    if (refused) setError(refused);
    else onDone();
  };
  return (
    <form className="edit-form" onSubmit={submit} aria-label="Edit entity">
      <Field label="Name">
        <input value={label} onChange={(e) => setLabel(e.target.value)} required maxLength={500} />
      </Field>
      <Field label="Also known as (one per line)">
        <textarea rows={3} value={aliases} onChange={(e) => setAliases(e.target.value)} />
      </Field>
      <Field label="Type">
        <select value={type} onChange={(e) => setType(e.target.value)}>
          {types.map((t) => (
            <option key={t} value={t}>
              {entityTypeLabel(index.dataset, t)}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Summary">
        <textarea rows={3} value={summary} onChange={(e) => setSummary(e.target.value)} />
      </Field>
      <div className="edit-row">
        <DateField label="Active from" value={since} onChange={setSince} />
        <DateField label="Until" value={until} onChange={setUntil} />
      </div>
      <Field label="Tags (comma-separated)">
        <input value={tags} onChange={(e) => setTags(e.target.value)} />
      </Field>
      <ErrorLine message={error} />
      <FormButtons onCancel={onDone} />
    </form>
  );
}

const FORMAL_CHOICES: { value: string; label: string; formal: boolean | undefined }[] = [
  { value: 'both', label: 'Formal and de facto', formal: undefined },
  { value: 'paper', label: 'On paper only (formal)', formal: true },
  { value: 'fact', label: 'In fact only (de facto)', formal: false },
];

function RelationForm({
  edge,
  index,
  onDone,
}: {
  edge: DatasetEdge;
  index: GraphIndex;
  onDone: () => void;
}) {
  const edit = useEdit();
  const [relation, setRelation] = useState(edge.relation);
  const [label, setLabel] = useState(edge.label ?? '');
  const [confidence, setConfidence] = useState<Confidence>(edge.confidence);
  const [since, setSince] = useState(edge.since ?? '');
  const [until, setUntil] = useState(edge.until ?? '');
  const [formal, setFormal] = useState(
    edge.formal === undefined ? 'both' : edge.formal ? 'paper' : 'fact',
  );
  const [error, setError] = useState<string | null>(null);
  const kinds = useMemo(() => {
    const all = [...BUILT_IN_RELATIONS, ...index.dataset.relationTypes];
    const list = all.map((t) => ({ key: t.key, label: t.label }));
    if (!list.some((k) => k.key === edge.relation))
      list.push({ key: edge.relation, label: edge.relation });
    return list;
  }, [index, edge.relation]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = dateProblem({ Since: since, Until: until });
    if (problem) return setError(problem);
    const patch = changes(edge, {
      relation,
      label: optional(label),
      confidence,
      since: optional(since),
      until: optional(until),
      formal: FORMAL_CHOICES.find((c) => c.value === formal)!.formal,
    });
    if (Object.keys(patch).length === 0) return onDone();
    const refused = edit({ kind: 'updateRelation', id: edge.id, patch });
    if (refused) setError(refused);
    else onDone();
  };
  return (
    <form className="edit-form" onSubmit={submit} aria-label="Edit relation">
      <Field label="Relation">
        <select value={relation} onChange={(e) => setRelation(e.target.value)}>
          {kinds.map((k) => (
            <option key={k.key} value={k.key}>
              {k.label}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Role or detail (label)">
        <input value={label} onChange={(e) => setLabel(e.target.value)} maxLength={500} />
      </Field>
      <div className="edit-row">
        <ConfidenceField value={confidence} onChange={setConfidence} />
        <Field label="Holds">
          <select value={formal} onChange={(e) => setFormal(e.target.value)}>
            {FORMAL_CHOICES.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="edit-row">
        <DateField label="Since" value={since} onChange={setSince} />
        <DateField label="Until" value={until} onChange={setUntil} />
      </div>
      <ErrorLine message={error} />
      <FormButtons onCancel={onDone} />
    </form>
  );
}

function EventForm({ event: item, onDone }: { event: DatasetEvent; onDone: () => void }) {
  const edit = useEdit();
  const [title, setTitle] = useState(item.title);
  const [date, setDate] = useState(item.date ?? '');
  const [summary, setSummary] = useState(item.summary);
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = dateProblem({ Date: date });
    if (problem) return setError(problem);
    const patch = changes(item, { title: title.trim(), date: optional(date), summary });
    if (Object.keys(patch).length === 0) return onDone();
    const refused = edit({ kind: 'updateEvent', id: item.id, patch });
    if (refused) setError(refused);
    else onDone();
  };
  return (
    <form className="edit-form" onSubmit={submit} aria-label="Edit event">
      <Field label="Title">
        <input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={500} />
      </Field>
      <DateField label="Date" value={date} onChange={setDate} />
      <Field label="Summary">
        <textarea rows={3} value={summary} onChange={(e) => setSummary(e.target.value)} />
      </Field>
      <ErrorLine message={error} />
      <FormButtons onCancel={onDone} />
    </form>
  );
}

/** An item's quotes, each editable (quote, note) or removable; the last one stays. */
function EvidenceEditor({
  target,
  evidence,
}: {
  target: EditTarget;
  evidence: readonly Evidence[];
}) {
  const edit = useEdit();
  const [editing, setEditing] = useState<number | null>(null);
  const [quote, setQuote] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (evidence.length === 0) return null;
  return (
    <div>
      <h4>Quotes</h4>
      <ul className="evidence-edit-list">
        {evidence.map((item, i) =>
          editing === i ? (
            <li key={i}>
              <form
                className="edit-form"
                aria-label={`Edit quote ${i + 1}`}
                onSubmit={(e) => {
                  e.preventDefault();
                  const refused = edit({
                    kind: 'updateEvidence',
                    target,
                    index: i,
                    evidence: {
                      source: item.source,
                      quote: quote.trim(),
                      ...(note.trim() ? { note: note.trim() } : {}),
                    },
                  });
                  setError(refused);
                  if (!refused) setEditing(null);
                }}
              >
                <Field label="Quote (verbatim from the source)">
                  <textarea
                    rows={4}
                    value={quote}
                    onChange={(e) => setQuote(e.target.value)}
                    required
                  />
                </Field>
                <Field label="Note">
                  <input value={note} onChange={(e) => setNote(e.target.value)} />
                </Field>
                <ErrorLine message={error} />
                <FormButtons onCancel={() => setEditing(null)} save="Save quote" />
              </form>
            </li>
          ) : (
            <li key={i}>
              <q>{item.quote}</q>
              <div className="edit-buttons">
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Edit quote ${i + 1}`}
                  onClick={() => {
                    setEditing(i);
                    setQuote(item.quote);
                    setNote(item.note ?? '');
                    setError(null);
                  }}
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Remove quote ${i + 1}`}
                  disabled={evidence.length === 1}
                  title={
                    evidence.length === 1
                      ? 'The last quote stays: delete the item instead'
                      : undefined
                  }
                  onClick={() => setError(edit({ kind: 'removeEvidence', target, index: i }))}
                >
                  Remove
                </button>
              </div>
            </li>
          ),
        )}
      </ul>
      {editing === null && <ErrorLine message={error} />}
    </div>
  );
}

// ------------------------------------------------------------------------- delete and merge

function relationText(index: GraphIndex, edge: DatasetEdge): string {
  return sentenceText(index, relationSentence(index, edge));
}

function DeletePanel({
  target,
  name,
  index,
  onDone,
}: {
  target: EditTarget;
  name: string;
  index: GraphIndex;
  onDone: () => void;
}) {
  const edit = useEdit();
  const select = useLinkboard((s) => s.select);
  const [error, setError] = useState<string | null>(null);
  const deps = dependantsOf(index.dataset, target);
  const noun = target.kind;
  const shown = deps.relations.slice(0, 12);
  return (
    <div className="edit-panel" role="group" aria-label={`Delete ${noun}`}>
      <h4>Delete {name}?</h4>
      {deps.relations.length > 0 && (
        <>
          <p className="details-muted">
            It takes {deps.relations.length}{' '}
            {deps.relations.length === 1 ? 'relation' : 'relations'} with it:
          </p>
          <ul className="edit-dependants" aria-label="Relations deleted with it">
            {shown.map((e) => (
              <li key={e.id}>{relationText(index, e)}</li>
            ))}
            {deps.relations.length > shown.length && (
              <li>and {deps.relations.length - shown.length} more</li>
            )}
          </ul>
        </>
      )}
      {deps.events.length > 0 && (
        <>
          <p className="details-muted">
            {deps.events.length === 1
              ? 'One event loses it'
              : `${deps.events.length} events lose it`}{' '}
            (the events stay):
          </p>
          <ul className="edit-dependants" aria-label="Events that lose it">
            {deps.events.map(({ event, role }) => (
              <li key={event.id}>
                {event.title} ({role === 'place' ? 'its place' : 'a participant'})
              </li>
            ))}
          </ul>
        </>
      )}
      {deps.views.length > 0 && (
        <p className="details-muted">
          Curated views that name it stop doing so: {deps.views.map((v) => v.title).join(', ')}.
        </p>
      )}
      {deps.relations.length + deps.events.length + deps.views.length === 0 && (
        <p className="details-muted">Nothing else depends on it.</p>
      )}
      <ErrorLine message={error} />
      <div className="edit-buttons">
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
        <button
          type="button"
          className="button button-danger"
          onClick={() => {
            const kind =
              noun === 'entity'
                ? 'deleteEntity'
                : noun === 'relation'
                  ? 'deleteRelation'
                  : 'deleteEvent';
            const refused = edit({ kind, id: target.id });
            if (refused) return setError(refused);
            select(null);
            onDone();
          }}
        >
          Delete {noun}
        </button>
      </div>
    </div>
  );
}

function matches(node: DatasetNode, query: string): boolean {
  const q = query.trim().toLocaleLowerCase();
  if (q === '') return true;
  return [node.label, ...node.aliases].some((name) => name.toLocaleLowerCase().includes(q));
}

function MergePanel({
  node,
  index,
  onDone,
}: {
  node: DatasetNode;
  index: GraphIndex;
  onDone: () => void;
}) {
  const edit = useEdit();
  const select = useLinkboard((s) => s.select);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const searchId = useId();
  const results = index.dataset.nodes
    .filter((n) => n.id !== node.id && matches(n, query))
    .slice(0, 8);
  const kept = chosen ? index.nodesById.get(chosen) : undefined;
  const moving = dependantsOf(index.dataset, { kind: 'entity', id: node.id }).relations.length;
  return (
    <div className="edit-panel" role="group" aria-label="Merge entity">
      <h4>Merge {node.label} into…</h4>
      <div className="edit-form">
        <label className="edit-field" htmlFor={searchId}>
          The entity to keep
        </label>
        <input
          id={searchId}
          type="search"
          className="edit-field-input"
          placeholder="Search entities"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setChosen(null);
          }}
        />
        <ul className="merge-results" aria-label="Entities to merge into">
          {results.map((n) => (
            <li key={n.id}>
              <button type="button" aria-pressed={chosen === n.id} onClick={() => setChosen(n.id)}>
                {n.label}
                <span className="merge-type">{entityTypeLabel(index.dataset, n.type)}</span>
              </button>
            </li>
          ))}
          {results.length === 0 && <li className="details-muted">No entity matches.</li>}
        </ul>
        {kept && (
          <p className="details-muted">
            {node.label} disappears into {kept.label}: its name and aliases become {kept.label}’s
            aliases, its quotes and tags join {kept.label}’s, and its {moving}{' '}
            {moving === 1 ? 'relation moves' : 'relations move'} to {kept.label}.
          </p>
        )}
        <ErrorLine message={error} />
        <div className="edit-buttons">
          <button type="button" className="button" onClick={onDone}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={!kept}
            onClick={() => {
              if (!kept) return;
              const refused = edit({ kind: 'mergeEntities', keptId: kept.id, mergedId: node.id });
              if (refused) return setError(refused);
              select({ kind: 'node', id: kept.id });
              onDone();
            }}
          >
            Merge
          </button>
        </div>
      </div>
    </div>
  );
}

// ------------------------------------------------------------------------------------ tools

/** The edit actions for the selected item, and the form or panel one of them opened. */
export function EditTools({ target }: { target: EditTarget }) {
  const index = useLinkboard(selectIndex);
  const [mode, setMode] = useState<{ mode: Mode; for: string }>({ mode: null, for: '' });
  // Another item selected closes what was open for the last one.
  const key = `${target.kind}:${target.id}`;
  const open = mode.for === key ? mode.mode : null;
  const setOpen = (m: Mode) => setMode({ mode: m, for: key });
  if (!index) return null;
  const item =
    target.kind === 'entity'
      ? index.nodesById.get(target.id)
      : target.kind === 'relation'
        ? index.edgesById.get(target.id)
        : index.eventsById.get(target.id);
  if (!item) return null;
  const name =
    target.kind === 'entity'
      ? (item as DatasetNode).label
      : target.kind === 'event'
        ? (item as DatasetEvent).title
        : 'this relation';
  const close = () => setOpen(null);
  return (
    <>
      <div className="edit-actions" role="group" aria-label={`Edit this ${target.kind}`}>
        <button
          type="button"
          className="button"
          aria-pressed={open === 'edit'}
          onClick={() => setOpen(open === 'edit' ? null : 'edit')}
        >
          Edit
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={open === 'delete'}
          onClick={() => setOpen(open === 'delete' ? null : 'delete')}
        >
          Delete…
        </button>
        {target.kind === 'entity' && (
          <button
            type="button"
            className="button"
            aria-pressed={open === 'merge'}
            onClick={() => setOpen(open === 'merge' ? null : 'merge')}
          >
            Merge into…
          </button>
        )}
      </div>
      {open === 'edit' && (
        <div className="edit-panel" role="group" aria-label={`Edit ${target.kind}`}>
          {target.kind === 'entity' && (
            <EntityForm node={item as DatasetNode} index={index} onDone={close} />
          )}
          {target.kind === 'relation' && (
            <RelationForm edge={item as DatasetEdge} index={index} onDone={close} />
          )}
          {target.kind === 'event' && <EventForm event={item as DatasetEvent} onDone={close} />}
          <EvidenceEditor target={target} evidence={item.evidence} />
        </div>
      )}
      {open === 'delete' && (
        <DeletePanel target={target} name={name} index={index} onDone={close} />
      )}
      {open === 'merge' && target.kind === 'entity' && (
        <MergePanel node={item as DatasetNode} index={index} onDone={close} />
      )}
    </>
  );
}

export default EditTools;

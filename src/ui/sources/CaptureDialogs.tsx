/**
 * The capture dialogs (issue 15, point 3): "New relation" and "New entity" from a quote selected
 * in a source. The quote is shown verbatim with its source id and saved as it is; a relation's
 * confidence starts from the quote's own hedges (suggestConfidence). Saving is one store edit,
 * so Undo takes it back and the edit log keeps it. Loaded on demand (CaptureBar).
 */
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { suggestConfidence, type Confidence } from '../../domain/confidence';
import { newId } from '../../domain/edits';
import { entityTypeLabel } from '../../domain/filterCounts';
import {
  BUILT_IN_RELATIONS,
  RELATION_FAMILIES,
  RELATION_FAMILY_LABELS,
} from '../../domain/relations';
import { BUILT_IN_ENTITY_TYPES, type Dataset } from '../../domain/schema';
import { search } from '../../domain/search';
import { selectSearchIndex } from '../../store/selectors';
import { useLinkboard } from '../../store/store';
import '../edit/edit.css';
import {
  ConfidenceField,
  DateField,
  dateProblem,
  ErrorLine,
  Field,
  optional,
  useEdit,
} from '../edit/formParts';

export interface CaptureDialogProps {
  sourceId: string;
  /** The quote, verbatim from the source (fragments joined by " … "). */
  quote: string;
  /** Called after the edit is made, with a line saying what was added. */
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** A modal dialog: the browser keeps the focus inside and Escape cancels. */
function CaptureDialog({
  title,
  onCancel,
  onSubmit,
  children,
}: {
  title: string;
  onCancel: () => void;
  onSubmit: (event: FormEvent) => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (typeof dialog.showModal === 'function' && !dialog.open) dialog.showModal();
    else dialog.open = true;
    return () => {
      if (typeof dialog.close === 'function') dialog.close();
    };
  }, []);
  // In the page's body, so that it takes no style from the column it was opened from.
  return createPortal(
    <dialog
      ref={ref}
      className="capture-dialog"
      aria-labelledby={headingId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <form className="edit-form" onSubmit={onSubmit}>
        <h2 id={headingId} className="capture-dialog-title">
          {title}
        </h2>
        {children}
        <div className="edit-buttons">
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button button-primary">
            Save
          </button>
        </div>
      </form>
    </dialog>,
    document.body,
  );
}

function QuoteShown({ quote, sourceId }: { quote: string; sourceId: string }) {
  const source = useLinkboard((s) => s.dataset?.sources.find((x) => x.id === sourceId));
  return (
    <figure className="capture-dialog-quote">
      <blockquote aria-label="Quote">{quote}</blockquote>
      <figcaption>
        {source?.title ?? sourceId} <span className="capture-source-id">(source {sourceId})</span>
      </figcaption>
    </figure>
  );
}

function isTaken(dataset: Dataset, id: string): boolean {
  return dataset.nodes.some((n) => n.id === id) || dataset.edges.some((e) => e.id === id);
}

/** Selects what was just made and shows it in Details. */
function useShowMade(): (selection: { kind: 'node' | 'edge'; id: string }) => void {
  const select = useLinkboard((s) => s.select);
  const setSideTab = useLinkboard((s) => s.setSideTab);
  return (selection) => {
    select(selection);
    setSideTab('details');
  };
}

// ------------------------------------------------------------------------ entity combobox

/** A text field that searches the entities (forgiving of transliteration) and picks one. */
export function EntityCombobox({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const index = useLinkboard(selectSearchIndex);
  const labelOf = useLinkboard(
    (s) => (value ? s.dataset?.nodes.find((n) => n.id === value)?.label : undefined) ?? '',
  );
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const ids = useId();
  const shown = query ?? labelOf;
  const results = useMemo(
    () =>
      index && query
        ? search(index, query, 30)
            .filter((r) => r.kind === 'node')
            .slice(0, 8)
        : [],
    [index, query],
  );
  const expanded = open && results.length > 0;
  const choose = (id: string) => {
    onChange(id);
    setQuery(null);
    setOpen(false);
  };
  return (
    <div className="edit-field capture-combobox">
      <label htmlFor={`${ids}-input`}>{label}</label>
      <input
        id={`${ids}-input`}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${ids}-list`}
        aria-activedescendant={expanded ? `${ids}-option-${active}` : undefined}
        autoComplete="off"
        placeholder="Search entities"
        value={shown}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
          if (value) onChange(null);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setOpen(true);
            const step = e.key === 'ArrowDown' ? 1 : -1;
            setActive((a) => (results.length ? (a + step + results.length) % results.length : 0));
          } else if (e.key === 'Enter' && expanded) {
            e.preventDefault();
            choose(results[active]!.id);
          } else if (e.key === 'Escape' && expanded) {
            // Closes the list, not the dialog.
            e.preventDefault();
            e.stopPropagation();
            setOpen(false);
          }
        }}
      />
      <ul
        id={`${ids}-list`}
        role="listbox"
        aria-label={label}
        className="capture-options"
        hidden={!expanded}
      >
        {results.map((r, i) => (
          <li
            key={r.id}
            id={`${ids}-option-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'is-active' : undefined}
            // Chosen on mouse down, before the field's blur closes the list.
            onMouseDown={(e) => {
              e.preventDefault();
              choose(r.id);
            }}
          >
            {r.label}
            {r.matchedAlias && <span className="capture-option-detail"> ({r.matchedAlias})</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

// --------------------------------------------------------------------------- new relation

export function NewRelationDialog({ sourceId, quote, onSaved, onCancel }: CaptureDialogProps) {
  const dataset = useLinkboard((s) => s.dataset);
  const edit = useEdit();
  const showMade = useShowMade();
  const suggestion = useMemo(() => suggestConfidence(quote), [quote]);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [relation, setRelation] = useState('');
  const [confidence, setConfidence] = useState<Confidence>(suggestion.confidence);
  const [since, setSince] = useState('');
  const [until, setUntil] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const families = useMemo(() => {
    const all = [...BUILT_IN_RELATIONS, ...(dataset?.relationTypes ?? [])];
    return RELATION_FAMILIES.map((family) => ({
      family,
      types: all.filter((t) => t.family === family),
    })).filter((f) => f.types.length > 0);
  }, [dataset]);
  if (!dataset) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!from) return setError('Choose the entity the relation is from.');
    if (!to) return setError('Choose the entity the relation is to.');
    if (!relation) return setError('Choose the relation.');
    const problem = dateProblem({ Since: since, Until: until });
    if (problem) return setError(problem);
    const id = newId(`${from}-${relation}-${to}`, (x) => isTaken(dataset, x));
    const refused = edit({
      kind: 'addRelation',
      relation: {
        id,
        source: from,
        target: to,
        relation,
        confidence,
        ...(optional(since) ? { since: optional(since) } : {}),
        ...(optional(until) ? { until: optional(until) } : {}),
        evidence: [
          { source: sourceId, quote, ...(optional(note) ? { note: optional(note) } : {}) },
        ],
      },
    });
    if (refused) return setError(refused);
    showMade({ kind: 'edge', id });
    onSaved('Relation added: it is selected in Details.');
  };

  return (
    <CaptureDialog title="New relation" onCancel={onCancel} onSubmit={submit}>
      <QuoteShown quote={quote} sourceId={sourceId} />
      <EntityCombobox label="From" value={from} onChange={setFrom} />
      <Field label="Relation">
        <select value={relation} onChange={(e) => setRelation(e.target.value)}>
          <option value="" disabled>
            Choose…
          </option>
          {families.map(({ family, types }) => (
            <optgroup key={family} label={RELATION_FAMILY_LABELS[family]}>
              {types.map((t) => (
                <option key={t.key} value={t.key}>
                  {t.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </Field>
      <EntityCombobox label="To" value={to} onChange={setTo} />
      <div className="edit-row">
        <ConfidenceField value={confidence} onChange={setConfidence} />
        <p className="capture-suggestion">
          {suggestion.hedge
            ? `Suggested by “${suggestion.hedge}” in the quote.`
            : 'The quote does not hedge: confirmed suggested.'}
        </p>
      </div>
      <div className="edit-row">
        <DateField label="Since" value={since} onChange={setSince} />
        <DateField label="Until" value={until} onChange={setUntil} />
      </div>
      <Field label="Note (optional)">
        <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />
      </Field>
      <ErrorLine message={error} />
    </CaptureDialog>
  );
}

// ----------------------------------------------------------------------------- new entity

/** A short quote is likely the name itself ("Kata'ib Hizballah"); a long one is not. */
const NAME_FROM_QUOTE_MAX = 60;

export function NewEntityDialog({ sourceId, quote, onSaved, onCancel }: CaptureDialogProps) {
  const dataset = useLinkboard((s) => s.dataset);
  const edit = useEdit();
  const showMade = useShowMade();
  const [label, setLabel] = useState(
    quote.length <= NAME_FROM_QUOTE_MAX && !quote.includes('…') ? quote : '',
  );
  const [type, setType] = useState<string>('organization');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!dataset) return null;
  const types = [...BUILT_IN_ENTITY_TYPES, ...dataset.entityTypes.map((t) => t.id)];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = label.trim();
    if (!name) return setError('Give the entity a name.');
    const id = newId(name, (x) => isTaken(dataset, x));
    const refused = edit({
      kind: 'addEntity',
      entity: {
        id,
        type,
        label: name,
        aliases: [],
        tags: [],
        evidence: [
          { source: sourceId, quote, ...(optional(note) ? { note: optional(note) } : {}) },
        ],
      },
    });
    if (refused) return setError(refused);
    showMade({ kind: 'node', id });
    onSaved(`Entity “${name}” added: it is selected in Details.`);
  };

  return (
    <CaptureDialog title="New entity" onCancel={onCancel} onSubmit={submit}>
      <QuoteShown quote={quote} sourceId={sourceId} />
      <Field label="Name">
        <input value={label} onChange={(e) => setLabel(e.target.value)} required maxLength={500} />
      </Field>
      <Field label="Type">
        <select value={type} onChange={(e) => setType(e.target.value)}>
          {types.map((t) => (
            <option key={t} value={t}>
              {entityTypeLabel(dataset, t)}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Note (optional)">
        <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />
      </Field>
      <ErrorLine message={error} />
    </CaptureDialog>
  );
}

export default NewRelationDialog;

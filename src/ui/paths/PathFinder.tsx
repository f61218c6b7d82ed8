/**
 * The path finder: two entities in, every shortest path between them out, through the relations
 * the canvas shows. Each step reads as a sentence ("X founded Y", "Y was founded by X") with the first
 * quote behind it. The two ends live in the view state, so the address carries them.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import { findEntity } from '../../domain/entityLookup';
import type { GraphIndex } from '../../domain/graphIndex';
import { formatInterval, formatPartialDate } from '../../domain/dates';
import type { PathStep, PathsResult } from '../../domain/paths';
import { relationSentence } from '../../domain/relationSentences';
import type { ActiveSpan, TimeBound } from '../../domain/timeline';
import type { TimedPath, TimedPathsResult } from '../../domain/timePaths';
import {
  selectIndex,
  selectPaths,
  selectSearchIndex,
  selectTimedPaths,
} from '../../store/selectors';
import { useLinkboard } from '../../store/store';
import { useReveal } from '../common/useReveal';
import { EvidenceList } from '../details/EvidenceList';
import { SentenceWords } from '../details/parts';
import './paths.css';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function EndField({
  label,
  value,
  error,
  listId,
  onChange,
  onFocus,
  onUseSelection,
  canUseSelection,
}: {
  label: string;
  value: string;
  error: string;
  listId: string;
  onChange: (value: string) => void;
  onFocus: () => void;
  onUseSelection: () => void;
  canUseSelection: boolean;
}) {
  const inputId = useId();
  const errorId = useId();
  return (
    <div className="path-end" role="group" aria-label={label}>
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type="text"
        list={listId}
        value={value}
        autoComplete="off"
        aria-invalid={error !== ''}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => onChange(e.target.value)}
        onFocus={onFocus}
      />
      <button
        type="button"
        className="link-button"
        disabled={!canUseSelection}
        onClick={onUseSelection}
      >
        Use selection
      </button>
      {error && (
        <p id={errorId} className="path-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** The form; remounted (by key) when the ends change elsewhere, such as from the address. */
function PathForm({ initialFrom, initialTo }: { initialFrom: string; initialTo: string }) {
  const index = useLinkboard(selectIndex);
  const searchIndex = useLinkboard(selectSearchIndex);
  const selection = useLinkboard((s) => s.view.selection);
  const hasPath = useLinkboard((s) => s.view.path !== null);
  const setView = useLinkboard((s) => s.setView);
  const [from, setFrom] = useState(initialFrom);
  const [to, setTo] = useState(initialTo);
  const [errors, setErrors] = useState({ from: '', to: '' });
  const listId = useId();
  // The names to suggest are listed once a field is first used: at 20,000 entities sorting and
  // drawing them took about 300 ms of the load, for a tab that may never be opened.
  const [suggesting, setSuggesting] = useState(false);
  const suggest = () => setSuggesting(true);
  const entities = useMemo(
    () =>
      suggesting && index
        ? [...index.dataset.nodes].sort((a, b) => a.label.localeCompare(b.label))
        : [],
    [index, suggesting],
  );
  if (!index || !searchIndex) return null;

  const selectedLabel =
    selection?.kind === 'node' ? index.nodesById.get(selection.id)?.label : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fromId = findEntity(index, searchIndex, from);
    const toId = findEntity(index, searchIndex, to);
    const problem = (text: string, id: string | null) =>
      !text.trim() ? 'Name an entity.' : id ? '' : `No entity matches "${text.trim()}".`;
    const next = { from: problem(from, fromId), to: problem(to, toId) };
    if (!next.from && !next.to && fromId === toId) next.to = 'Choose a different entity.';
    setErrors(next);
    if (fromId && toId && !next.from && !next.to) setView({ path: { from: fromId, to: toId } });
  };

  return (
    <form className="path-form" onSubmit={submit}>
      <datalist id={listId}>
        {entities.map((node) => (
          <option key={node.id} value={node.label} />
        ))}
      </datalist>
      <EndField
        label="From"
        value={from}
        error={errors.from}
        listId={listId}
        onChange={setFrom}
        onFocus={suggest}
        canUseSelection={selectedLabel !== undefined}
        onUseSelection={() => setFrom(selectedLabel ?? '')}
      />
      <EndField
        label="To"
        value={to}
        error={errors.to}
        listId={listId}
        onChange={setTo}
        onFocus={suggest}
        canUseSelection={selectedLabel !== undefined}
        onUseSelection={() => setTo(selectedLabel ?? '')}
      />
      <TimeOrderChoice />
      <div className="path-actions">
        <button type="submit" className="button button-primary">
          Find paths
        </button>
        <button
          type="button"
          className="button"
          disabled={!hasPath && !from && !to}
          onClick={() => {
            setFrom('');
            setTo('');
            setErrors({ from: '', to: '' });
            setView({ path: null });
          }}
        >
          Clear
        </button>
      </div>
    </form>
  );
}

/** "In time order" and whether undated relations may be steps; applies at once. */
function TimeOrderChoice() {
  const order = useLinkboard((s) => s.view.pathTimeOrder);
  const setView = useLinkboard((s) => s.setView);
  const hintId = useId();
  return (
    <div className="path-time" role="group" aria-label="Time">
      <label>
        <input
          type="checkbox"
          checked={order !== 'off'}
          aria-describedby={hintId}
          onChange={(e) => setView({ pathTimeOrder: e.target.checked ? 'allow-undated' : 'off' })}
        />
        In time order
      </label>
      <label className={order === 'off' ? 'path-time-sub path-time-disabled' : 'path-time-sub'}>
        <input
          type="checkbox"
          disabled={order === 'off'}
          checked={order !== 'dated-only'}
          onChange={(e) =>
            setView({ pathTimeOrder: e.target.checked ? 'allow-undated' : 'dated-only' })
          }
        />
        Allow undated relations
      </label>
      <p id={hintId} className="path-time-hint">
        Only chains whose steps could follow each other: each relation still active on or after the
        day the one before it could have been used. A partial date counts as its whole month or
        year.
      </p>
    </div>
  );
}

/** "since 2007", "2016 – January 2020", "undated": when a step's relation could be used. */
function spanText(span: ActiveSpan): string {
  return formatInterval(span.first?.date, span.last?.date) || 'undated';
}

function PathStepItem({
  index,
  step,
}: {
  index: GraphIndex;
  step: PathStep & { span?: ActiveSpan };
}) {
  const reveal = useReveal();
  const edge = index.edgesById.get(step.edgeId);
  if (!edge) return null;
  return (
    <li className="path-step">
      <p className="path-sentence">
        <SentenceWords
          sentence={relationSentence(index, edge, step.from)}
          renderVerb={(verb) => (
            <button
              type="button"
              className="link-button path-reading"
              title="Open this relation"
              onClick={() => reveal({ kind: 'edge', id: edge.id })}
            >
              {verb}
            </button>
          )}
        />
        {step.span && <span className="path-step-when"> ({spanText(step.span)})</span>}
      </p>
      <EvidenceList evidence={edge.evidence.slice(0, 1)} sources={index.dataset.sources} />
    </li>
  );
}

function PathResults({ index, result }: { index: GraphIndex; result: PathsResult }) {
  const labelOf = (id: string) => index.nodesById.get(id)?.label ?? id;
  if (result.paths.length === 0) {
    return (
      <p className="path-summary" role="status">
        No path between {labelOf(result.from)} and {labelOf(result.to)} through the relations shown.
      </p>
    );
  }
  return (
    <>
      <p className="path-summary" role="status">
        {plural(result.paths.length, 'shortest path', 'shortest paths')} from {labelOf(result.from)}{' '}
        to {labelOf(result.to)}, {plural(result.length, 'step', 'steps')}
        {result.paths.length > 1 ? ' each' : ''}
        {result.truncated ? ` (the first ${result.paths.length} shown)` : ''}.
      </p>
      <ol className="path-list">
        {result.paths.map((path, i) => (
          <li key={path.map((s) => s.edgeId).join('>')} className="path">
            <h3 className="path-title">Path {i + 1}</h3>
            <ol className="path-steps">
              {path.map((step) => (
                <PathStepItem key={step.edgeId} index={index} step={step} />
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </>
  );
}

/** The date a bound names, in words, and which relation (or end's life) set it. */
function boundText(bound: TimeBound | null, fallback: string): string {
  return bound ? formatPartialDate(bound.date) : fallback;
}

/** "in full from 2011, begun by January 2020", leaving out an open side. */
function pathWhen(path: TimedPath): string {
  return [
    path.earliestEnd && `in full from ${formatPartialDate(path.earliestEnd.date)}`,
    path.latestStart && `begun by ${formatPartialDate(path.latestStart.date)}`,
  ]
    .filter(Boolean)
    .join(', ');
}

function TimedPathResults({
  index,
  result,
  untimed,
}: {
  index: GraphIndex;
  result: TimedPathsResult;
  untimed: PathsResult | null;
}) {
  const labelOf = (id: string) => index.nodesById.get(id)?.label ?? id;
  if (result.paths.length === 0) {
    const ignoringTime =
      untimed && untimed.length > 0
        ? ` Ignoring time, the shortest takes ${plural(untimed.length, 'step', 'steps')}.`
        : '';
    return (
      <p className="path-summary" role="status">
        No path in time order between {labelOf(result.from)} and {labelOf(result.to)} through the
        relations shown.{ignoringTime}
      </p>
    );
  }
  return (
    <>
      <p className="path-summary" role="status">
        {plural(result.paths.length, 'path', 'paths')} in time order from {labelOf(result.from)} to{' '}
        {labelOf(result.to)}, {plural(result.length, 'step', 'steps')}
        {result.paths.length > 1 ? ' each' : ''}
        {result.truncated ? ` (the first ${result.paths.length} shown)` : ''}.
      </p>
      <dl className="path-window">
        <div>
          <dt>Could have run in full from</dt>
          <dd>{boundText(result.earliestEnd, 'any date (no start given)')}</dd>
        </div>
        <div>
          <dt>Must have begun by</dt>
          <dd>{boundText(result.latestStart, 'no end given: could still run')}</dd>
        </div>
      </dl>
      <ol className="path-list">
        {result.paths.map((path, i) => (
          <li key={path.steps.map((s) => s.edgeId).join('>')} className="path">
            <h3 className="path-title">
              Path {i + 1}
              {pathWhen(path) && <span className="path-title-when"> · {pathWhen(path)}</span>}
            </h3>
            <ol className="path-steps">
              {path.steps.map((step) => (
                <PathStepItem key={step.edgeId} index={index} step={step} />
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </>
  );
}

export function PathFinder() {
  const index = useLinkboard(selectIndex);
  const ends = useLinkboard((s) => s.view.path);
  const result = useLinkboard(selectPaths);
  const timed = useLinkboard(selectTimedPaths);
  const headingId = useId();
  if (!index) return null;
  const labelOf = (id: string) => index.nodesById.get(id)?.label ?? id;
  return (
    <section className="panel path-finder" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        Path finder
      </h2>
      <PathForm
        key={ends ? `${ends.from}>${ends.to}` : ''}
        initialFrom={ends ? labelOf(ends.from) : ''}
        initialTo={ends ? labelOf(ends.to) : ''}
      />
      {timed ? (
        <TimedPathResults index={index} result={timed} untimed={result} />
      ) : result ? (
        <PathResults index={index} result={result} />
      ) : (
        <p className="details-muted">
          Name two entities to see every shortest chain of relations between them, through the
          relations the canvas shows.
        </p>
      )}
    </section>
  );
}

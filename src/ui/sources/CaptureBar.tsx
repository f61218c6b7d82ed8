/**
 * Capture (issue 15, point 3): text selected in a source becomes a quote, verbatim with its
 * source id, for a new relation, a new entity, or more evidence for what is selected. Fragments
 * of one paragraph can be gathered into one quote, joined by " … " (in the order the source
 * has them). A quote the validator would not find (fragments from two paragraphs, or of fewer
 * than four words) is refused here rather than saved. The dialogs load on demand.
 */
import { lazy, Suspense, useMemo, useState, type RefObject } from 'react';
import { isQuoteInSource, prepareSource } from '../../domain/quotes';
import type { DatasetSource } from '../../domain/schema';
import { joinFragments, trimSelection, type SourceParagraph } from '../../domain/sourceText';
import { selectIndex } from '../../store/selectors';
import { useLinkboard } from '../../store/store';
import { targetName, targetOf } from './evidenceTargets';
import { useTextSelection } from './useTextSelection';

const NewRelationDialog = lazy(() => import('./CaptureDialogs'));
const NewEntityDialog = lazy(() =>
  import('./CaptureDialogs').then((m) => ({ default: m.NewEntityDialog })),
);

/** A stretch of one paragraph the reader picked. */
interface Fragment {
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

function samePlace(a: Fragment, b: Fragment): boolean {
  return a.paragraph === b.paragraph && a.start === b.start && a.end === b.end;
}

/** Fragments in the source's order, each once. */
function inSourceOrder(fragments: readonly Fragment[]): Fragment[] {
  const unique: Fragment[] = [];
  for (const f of fragments) if (!unique.some((u) => samePlace(u, f))) unique.push(f);
  return unique.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}

/** The dialog open, with the quote as it was when it opened. */
type Dialog = { kind: 'relation' | 'entity'; quote: string } | null;

export function CaptureBar({
  source,
  text,
  paragraphs,
  textRef,
}: {
  source: DatasetSource;
  text: string;
  paragraphs: readonly SourceParagraph[];
  textRef: RefObject<HTMLDivElement | null>;
}) {
  const [selection, clearSelection] = useTextSelection(textRef);
  const [kept, setKept] = useState<{ source: string; fragments: Fragment[] }>({
    source: source.id,
    fragments: [],
  });
  const [dialog, setDialog] = useState<Dialog>(null);
  const [message, setMessage] = useState<string | null>(null);
  const index = useLinkboard(selectIndex);
  const selected = useLinkboard((s) => s.view.selection);
  const applyEdit = useLinkboard((s) => s.applyEdit);
  const prepared = useMemo(() => prepareSource(text), [text]);

  // Fragments kept from another source are not this one's.
  const pending = kept.source === source.id ? kept.fragments : [];
  const selected_ =
    selection?.kind === 'range' && paragraphs[selection.paragraph]
      ? trimSelection(paragraphs[selection.paragraph]!.text, selection)
      : null;
  const current: Fragment | null =
    selection?.kind === 'range' && selected_
      ? {
          paragraph: selection.paragraph,
          ...selected_,
          text: paragraphs[selection.paragraph]!.text.slice(selected_.start, selected_.end),
        }
      : null;
  const fragments = inSourceOrder(current ? [...pending, current] : pending);
  const quote = joinFragments(fragments.map((f) => f.text));
  const problem =
    selection?.kind === 'spanning' && pending.length === 0
      ? 'Select within one paragraph: a quote lies within one.'
      : fragments.length > 1 && new Set(fragments.map((f) => f.paragraph)).size > 1
        ? 'The fragments come from different paragraphs: a quote lies within one.'
        : quote !== '' && !isQuoteInSource(quote, prepared)
          ? 'Each fragment joined by “…” must run at least four words.'
          : null;
  const ready = quote !== '' && problem === null;
  const target = selected ? targetOf(selected) : null;
  const targetLabel = target && index ? targetName(index, target) : null;

  const reset = () => {
    setKept({ source: source.id, fragments: [] });
    clearSelection();
  };
  const keepFragment = () => {
    if (!current) return;
    setKept({ source: source.id, fragments: inSourceOrder([...pending, current]) });
    clearSelection();
    setMessage(null);
  };
  const addAsEvidence = () => {
    if (!target || !ready) return;
    const result = applyEdit({
      kind: 'addEvidence',
      target,
      evidence: { source: source.id, quote },
    });
    if (!result.ok) return setMessage(result.message);
    setMessage(`Quote added to ${targetLabel ?? target.id}.`);
    reset();
  };
  const onSaved = (what: string) => {
    setDialog(null);
    setMessage(what);
    reset();
  };

  return (
    <div className="capture-bar" role="group" aria-label="Capture">
      {quote === '' ? (
        <p className="capture-hint">
          {problem ?? 'Select text in the source to quote it in a new relation or entity.'}
        </p>
      ) : (
        <figure className="capture-quote">
          <blockquote aria-label="Quote to capture">{quote}</blockquote>
          <figcaption>
            <span className="capture-quote-source" title={source.title}>
              {source.title}
            </span>
            <span className="capture-source-id">({source.id})</span>
            {pending.length > 0 && (
              <button type="button" className="link-button" onClick={reset}>
                Clear quote
              </button>
            )}
          </figcaption>
        </figure>
      )}
      {problem && quote !== '' && (
        <p className="capture-problem" role="alert">
          {problem}
        </p>
      )}
      {message && quote === '' && (
        <p className="capture-message" role="status">
          {message}
        </p>
      )}
      <div className="capture-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={!ready}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => setDialog({ kind: 'relation', quote })}
          aria-label="New relation from selection"
        >
          New relation…
        </button>
        <button
          type="button"
          className="button"
          disabled={!ready}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => setDialog({ kind: 'entity', quote })}
          aria-label="New entity from selection"
        >
          New entity…
        </button>
        <button
          type="button"
          className="button"
          disabled={!ready || !target}
          title={
            target
              ? `Add the quote to ${targetLabel ?? target.id}`
              : 'Select an entity, relation or event first'
          }
          onMouseDown={(e) => e.preventDefault()}
          onClick={addAsEvidence}
        >
          Add as evidence
        </button>
        <button
          type="button"
          className="button"
          disabled={!current}
          title="Keep this fragment and select another of the same paragraph: they are joined with “…”"
          onMouseDown={(e) => e.preventDefault()}
          onClick={keepFragment}
        >
          Add to quote
        </button>
      </div>
      {dialog && (
        <Suspense fallback={null}>
          {dialog.kind === 'relation' ? (
            <NewRelationDialog
              sourceId={source.id}
              quote={dialog.quote}
              onSaved={onSaved}
              onCancel={() => setDialog(null)}
            />
          ) : (
            <NewEntityDialog
              sourceId={source.id}
              quote={dialog.quote}
              onSaved={onSaved}
              onCancel={() => setDialog(null)}
            />
          )}
        </Suspense>
      )}
    </div>
  );
}

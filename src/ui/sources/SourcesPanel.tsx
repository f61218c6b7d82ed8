/**
 * The Sources panel (issue 15, points 1 to 3): a source's full text in paragraphs, every quoted
 * passage highlighted (a click selects what it backs), each paragraph marked charted or not with
 * "Next uncharted" to move on, "Show in source" from Details scrolling to a quote and marking it,
 * and capture from a selection (CaptureBar). Text is drawn as React text nodes only. Loaded on
 * demand (LeftPanel).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { EditTarget } from '../../domain/edits';
import type { Selection } from '../../domain/viewState';
import {
  locateQuote,
  nextUncharted,
  paragraphSegments,
  prepareParagraphs,
  readSource,
  type EvidenceRef,
  type PassageMark,
  type QuoteLocation,
  type SourceParagraph,
} from '../../domain/sourceText';
import { selectIndex } from '../../store/selectors';
import { selectSourceText } from '../../store/sourceTextsSlice';
import { useLinkboard } from '../../store/store';
import { AddSourceButton } from './AddSourceButton';
import { CaptureBar } from './CaptureBar';
import { sameTarget, selectionOf, targetName, targetOf } from './evidenceTargets';
import './sources.css';

/** A highlight the reader chose: its paragraph and stretch, and the quotes it holds. */
interface ChosenMark {
  paragraph: number;
  start: number;
  refs: readonly EvidenceRef[];
}

function Paragraph({
  paragraph,
  marks,
  charted,
  passage,
  current,
  chosenStart,
  onChoose,
}: {
  paragraph: SourceParagraph;
  marks: readonly PassageMark[];
  charted: boolean;
  passage: QuoteLocation | null;
  current: boolean;
  chosenStart: number | null;
  onChoose: (start: number, refs: readonly EvidenceRef[]) => void;
}) {
  const segments = paragraphSegments(paragraph.text.length, marks, passage?.ranges ?? []);
  const status = charted ? 'Charted' : 'Not charted';
  return (
    <div
      className={`source-paragraph${charted ? ' is-charted' : ''}${current ? ' is-current' : ''}`}
      data-paragraph-index={paragraph.index}
      tabIndex={-1}
    >
      <span className="source-paragraph-status" role="img" aria-label={status} title={status} />
      <p className="source-paragraph-text" data-paragraph={paragraph.index}>
        {segments.map((s) => {
          const text = paragraph.text.slice(s.start, s.end);
          if (s.refs.length === 0)
            return s.emphasised ? (
              <mark key={s.start} className="source-passage">
                {text}
              </mark>
            ) : (
              text
            );
          const choose = () => {
            // A drag that selects text inside a highlight is a capture, not a choice.
            if (!document.getSelection()?.isCollapsed) return;
            onChoose(s.start, s.refs);
          };
          return (
            <mark
              key={s.start}
              role="button"
              tabIndex={0}
              className={[
                'source-quote',
                s.refs.length > 1 ? 'is-shared' : '',
                s.emphasised ? 'source-passage' : '',
                chosenStart === s.start ? 'is-chosen' : '',
              ]
                .filter(Boolean)
                .join(' ')}
              title={
                s.refs.length === 1
                  ? 'Quoted: select what it backs'
                  : `Quoted ${s.refs.length} times`
              }
              onClick={choose}
              onKeyDown={(e) => {
                if (e.key !== 'Enter' && e.key !== ' ') return;
                e.preventDefault();
                onChoose(s.start, s.refs);
              }}
            >
              {text}
            </mark>
          );
        })}
      </p>
    </div>
  );
}

/** What a chosen highlight backs, each a way to it; the one shown in Details pressed. */
function Backs({
  refs,
  reveal,
  onClose,
}: {
  refs: readonly EvidenceRef[];
  reveal: Reveal;
  onClose: () => void;
}) {
  const index = useLinkboard(selectIndex);
  const selection = useLinkboard((s) => s.view.selection);
  const setSideTab = useLinkboard((s) => s.setSideTab);
  if (!index) return null;
  const current = selection ? targetOf(selection) : null;
  const targets: EditTarget[] = [];
  for (const r of refs) if (!targets.some((t) => sameTarget(t, r.target))) targets.push(r.target);
  return (
    <div className="source-backs" role="group" aria-label="What this passage backs">
      <div className="source-backs-head">
        <span>
          {targets.length === 1
            ? 'This passage backs'
            : `This passage backs ${targets.length} items`}
        </span>
        <button type="button" className="link-button" onClick={onClose}>
          Close
        </button>
      </div>
      <ul>
        {targets.map((t) => (
          <li key={`${t.kind}:${t.id}`}>
            <button
              type="button"
              className="source-backs-item"
              aria-pressed={sameTarget(t, current)}
              onClick={() => {
                reveal(selectionOf(t));
                setSideTab('details');
              }}
            >
              <span className="source-backs-kind">{t.kind}</span>
              {targetName(index, t) ?? t.id}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Selects an item and brings it into view (useReveal, handed down by the column). */
export type Reveal = (selection: Selection) => void;

/**
 * `reveal` comes from the column that holds the panel, so that this chunk does not import the
 * canvas (which would split the first page's code into more chunks).
 */
export function SourcesPanel({ reveal }: { reveal: Reveal }) {
  const dataset = useLinkboard((s) => s.dataset);
  const request = useLinkboard((s) => s.passageRequest);
  const setSideTab = useLinkboard((s) => s.setSideTab);
  const sources = useMemo(() => dataset?.sources ?? [], [dataset]);
  const [chosenSource, setChosenSource] = useState<string | null>(null);
  const sourceId =
    chosenSource && sources.some((s) => s.id === chosenSource)
      ? chosenSource
      : (sources[0]?.id ?? null);
  const source = sources.find((s) => s.id === sourceId);
  const text = useLinkboard((s) => (sourceId ? selectSourceText(s, sourceId) : undefined));
  const textsPending = useLinkboard(
    (s) => source?.textFile !== undefined && s.sourceTextsFor !== s.originalDataset,
  );
  const prepared = useMemo(() => (text === undefined ? null : prepareParagraphs(text)), [text]);
  const reading = useMemo(
    () => (prepared && dataset && sourceId ? readSource(dataset, sourceId, prepared) : null),
    [prepared, dataset, sourceId],
  );

  const textRef = useRef<HTMLDivElement>(null);
  const [current, setCurrent] = useState(-1);
  const [chosenMark, setChosen] = useState<(ChosenMark & { dataset: unknown }) | null>(null);
  // A highlight chosen before an edit may back something else now: it is dropped.
  const chosen = chosenMark?.dataset === dataset ? chosenMark : null;

  // A passage asked for from Details: first its source is shown, then, once its text is at
  // hand, it is found, made the current paragraph, scrolled to and marked.
  const [switchedFor, setSwitchedFor] = useState(0);
  if (request && request.serial !== switchedFor) {
    setSwitchedFor(request.serial);
    if (request.sourceId !== sourceId) setChosenSource(request.sourceId);
  }
  const requestHere = request !== null && request.sourceId === sourceId && prepared !== null;
  const passage = useMemo(
    () => (requestHere ? locateQuote(prepared!, request!.quote) : null),
    [requestHere, prepared, request],
  );
  const [placedFor, setPlacedFor] = useState(0);
  if (requestHere && request!.serial !== placedFor) {
    setPlacedFor(request!.serial);
    if (passage) setCurrent(passage.paragraph);
  }
  useEffect(() => {
    if (placedFor > 0 && passage) scrollToParagraph(textRef.current, passage.paragraph);
  }, [placedFor, passage]);

  if (!dataset) return null;
  if (sources.length === 0)
    return (
      <section className="sources-panel" aria-label="Sources">
        <p className="sources-empty">This dataset names no sources.</p>
        <div className="sources-empty">
          <AddSourceButton onAdded={setChosenSource} />
        </div>
      </section>
    );

  const goToNextUncharted = () => {
    if (!reading) return;
    const next = nextUncharted(reading.charted, current);
    if (next === null) return;
    setCurrent(next);
    scrollToParagraph(textRef.current, next);
  };
  const total = reading?.paragraphs.length ?? 0;
  const done = reading?.chartedCount ?? 0;

  return (
    <section className="sources-panel" aria-label="Sources">
      <header className="sources-head">
        <AddSourceButton
          onAdded={(id) => {
            setChosenSource(id);
            setCurrent(-1);
            setChosen(null);
          }}
        />
        {sources.length > 1 ? (
          <label className="sources-picker">
            <span className="visually-hidden">Source</span>
            <select
              value={sourceId ?? ''}
              onChange={(e) => {
                setChosenSource(e.target.value);
                setCurrent(-1);
                setChosen(null);
              }}
            >
              {sources.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <h2 className="sources-title">{source?.title}</h2>
        )}
        {source && (
          <p className="sources-byline">
            {[source.publisher, source.author, source.published].filter(Boolean).join(' · ')}
            <span className="sources-id"> · id {source.id}</span>
          </p>
        )}
        {reading && (
          <div className="sources-coverage">
            <div>
              <p className="sources-coverage-text" aria-live="polite">
                <strong>
                  {done} of {total}
                </strong>{' '}
                paragraphs charted
              </p>
              <div
                className="sources-coverage-bar"
                role="progressbar"
                aria-label="Paragraphs charted"
                aria-valuemin={0}
                aria-valuemax={total}
                aria-valuenow={done}
              >
                <span style={{ width: `${total ? (100 * done) / total : 0}%` }} />
              </div>
            </div>
            <button
              type="button"
              className="button"
              disabled={done === total}
              title={
                done === total
                  ? 'Every paragraph is charted'
                  : 'Move to the next paragraph nothing quotes'
              }
              onClick={goToNextUncharted}
            >
              Next uncharted
            </button>
          </div>
        )}
        {requestHere && !passage && (
          <p className="sources-notice" role="alert">
            That quote is not found in this source’s text.
          </p>
        )}
      </header>
      <div className="sources-text" ref={textRef}>
        {!reading &&
          (textsPending ? (
            <p className="sources-empty">Loading the source’s text…</p>
          ) : (
            <p className="sources-empty">
              No text of this source is at hand: quotes citing it cannot be shown or checked.
            </p>
          ))}
        {reading?.paragraphs.map((p) => (
          <div key={p.index}>
            <Paragraph
              paragraph={p}
              marks={reading.marks[p.index]!}
              charted={reading.charted[p.index]!}
              passage={passage?.paragraph === p.index ? passage : null}
              current={current === p.index}
              chosenStart={chosen?.paragraph === p.index ? chosen.start : null}
              onChoose={(start, refs) => {
                setChosen({ paragraph: p.index, start, refs, dataset });
                setCurrent(p.index);
                reveal(selectionOf(refs[0]!.target));
                setSideTab('details');
              }}
            />
            {chosen?.paragraph === p.index && (
              <Backs refs={chosen.refs} reveal={reveal} onClose={() => setChosen(null)} />
            )}
          </div>
        ))}
      </div>
      {reading && source && prepared && text !== undefined && (
        <CaptureBar
          source={source}
          text={text}
          paragraphs={prepared.paragraphs}
          textRef={textRef}
        />
      )}
    </section>
  );
}

/**
 * Gives a paragraph the focus (for screen readers) and scrolls the text, and only the text, so
 * that it (or the passage marked in it) is in the middle; scrollIntoView would move the page too.
 */
function scrollToParagraph(container: HTMLElement | null, paragraph: number): void {
  const element = container?.querySelector<HTMLElement>(`[data-paragraph-index="${paragraph}"]`);
  if (!container || !element) return;
  element.focus({ preventScroll: true });
  const target = element.querySelector<HTMLElement>('.source-passage') ?? element;
  const box = container.getBoundingClientRect();
  const at = target.getBoundingClientRect();
  const margin = Math.max(16, (box.height - at.height) / 2);
  container.scrollTop += at.top - box.top - margin;
}

export default SourcesPanel;

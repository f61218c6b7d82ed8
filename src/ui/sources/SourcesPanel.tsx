/**
 * The Sources panel (issue 15, points 1 to 3): a source's full text in paragraphs, every quoted
 * passage highlighted (a click selects what it backs), each paragraph marked charted or not, the
 * sentences no quote touches counted, "Next uncharted" moving to the next of them, "Show in
 * source" from Details scrolling to a quote and marking it, and capture from a selection
 * (CaptureBar). The highlights are one tab stop (a roving tabindex: the arrow keys, Home and End
 * move between them). Text is drawn as React text nodes only. Loaded on demand (LeftPanel).
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { EditTarget } from '../../domain/edits';
import type { Selection } from '../../domain/viewState';
import {
  locateQuote,
  HEADING_MAX_WORDS,
  nextUncharted,
  paragraphSegments,
  prepareParagraphs,
  readSource,
  type EvidenceRef,
  type PassageMark,
  type QuoteLocation,
  type SourceParagraph,
  type TextPlace,
  type TextRange,
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

/** Where the highlights' one tab stop is: a paragraph and the start of a highlight in it. */
type Stop = TextPlace;

const HINT_ID = 'sources-quote-keys';

function Paragraph({
  paragraph,
  marks,
  charted,
  heading,
  passage,
  sentence,
  current,
  chosenStart,
  stopAt,
  onChoose,
  onStop,
}: {
  paragraph: SourceParagraph;
  marks: readonly PassageMark[];
  charted: boolean;
  heading: boolean;
  passage: QuoteLocation | null;
  /** The uncharted sentence "Next uncharted" moved to, when it is in this paragraph. */
  sentence: TextRange | null;
  current: boolean;
  chosenStart: number | null;
  /** Where in this paragraph the highlight holding the tab stop is, if it is in this one. */
  stopAt: number | null;
  onChoose: (start: number, refs: readonly EvidenceRef[]) => void;
  onStop: (start: number) => void;
}) {
  const segments = paragraphSegments(paragraph.text.length, marks, passage?.ranges ?? [], sentence);
  const status = heading
    ? charted
      ? 'Heading, charted, not counted'
      : 'Heading, not counted'
    : charted
      ? 'Charted'
      : 'Not charted';
  const drawn = segments.map((s) => {
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
        tabIndex={stopAt !== null && s.start <= stopAt && stopAt < s.end ? 0 : -1}
        data-quote-start={s.start}
        aria-describedby={HINT_ID}
        className={[
          'source-quote',
          s.refs.length > 1 ? 'is-shared' : '',
          s.emphasised ? 'source-passage' : '',
          chosenStart === s.start ? 'is-chosen' : '',
        ]
          .filter(Boolean)
          .join(' ')}
        title={
          s.refs.length === 1 ? 'Quoted: select what it backs' : `Quoted ${s.refs.length} times`
        }
        onClick={choose}
        onFocus={() => onStop(s.start)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter' && e.key !== ' ') return;
          e.preventDefault();
          onChoose(s.start, s.refs);
        }}
      >
        {text}
      </mark>
    );
  });
  // The sentence moved to is one element, so that it can be marked and given the focus.
  const children: ReactNode[] = [];
  let inSentence: ReactNode[] | null = null;
  for (const [i, s] of segments.entries()) {
    if (!s.inSentence) {
      inSentence = null;
      children.push(drawn[i]);
    } else if (inSentence) inSentence.push(drawn[i]);
    else {
      inSentence = [drawn[i]];
      children.push(
        <mark key={`sentence-${s.start}`} className="source-uncharted" tabIndex={-1}>
          {inSentence}
        </mark>,
      );
    }
  }
  return (
    <div
      className={[
        'source-paragraph',
        charted ? 'is-charted' : '',
        heading ? 'is-heading' : '',
        current ? 'is-current' : '',
      ]
        .filter(Boolean)
        .join(' ')}
      data-paragraph-index={paragraph.index}
      tabIndex={-1}
    >
      <span className="source-paragraph-status" role="img" aria-label={status} title={status} />
      <p className="source-paragraph-text" data-paragraph={paragraph.index}>
        {children}
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
  // Where "Next uncharted" last moved to (or the reader last chose a highlight): the walk goes
  // on from there. The sentence is marked while it stays uncharted.
  const [walkedTo, setWalkedTo] = useState<TextPlace | null>(null);
  const [sentenceFocus, setSentenceFocus] = useState(0);
  const sentence =
    walkedTo && reading
      ? (reading.unchartedSentences.find(
          (u) => u.paragraph === walkedTo.paragraph && u.start === walkedTo.start,
        ) ?? null)
      : null;
  // The highlights' one tab stop: the last one focused while it is still a highlight, else the
  // first of the text.
  const [stopWanted, setStop] = useState<Stop | null>(null);
  const stop = useMemo(() => {
    if (!reading) return null;
    const at = stopWanted && reading.marks[stopWanted.paragraph];
    if (at?.some((m) => m.start <= stopWanted!.start && stopWanted!.start < m.end))
      return stopWanted;
    const paragraph = reading.marks.findIndex((m) => m.length > 0);
    return paragraph < 0 ? null : { paragraph, start: reading.marks[paragraph]![0]!.start };
  }, [reading, stopWanted]);

  // A passage asked for from Details: first its source is shown, then, once its text is at
  // hand, it is found, made the current paragraph, scrolled to and marked.
  const [switchedFor, setSwitchedFor] = useState(0);
  if (request && request.serial !== switchedFor) {
    setSwitchedFor(request.serial);
    if (request.sourceId !== sourceId) {
      setChosenSource(request.sourceId);
      setWalkedTo(null);
      setStop(null);
    }
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
  useEffect(() => {
    const container = textRef.current;
    const marked = container?.querySelector<HTMLElement>('.source-uncharted');
    if (sentenceFocus > 0 && container && marked) scrollToElement(container, marked);
  }, [sentenceFocus]);

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
    const from = walkedTo ?? (current >= 0 ? { paragraph: current, start: -1 } : null);
    const next = nextUncharted(reading.unchartedSentences, from);
    if (next === null) return;
    setWalkedTo(next);
    setCurrent(next.paragraph);
    setSentenceFocus((n) => n + 1);
  };
  const total = reading?.countedCount ?? 0;
  const done = reading?.chartedCount ?? 0;
  const headingCount = reading ? reading.paragraphs.length - reading.countedCount : 0;
  const uncharted = reading?.unchartedSentences.length ?? 0;
  const sentences = reading?.sentenceCount ?? 0;
  const resetPlace = () => {
    setCurrent(-1);
    setChosen(null);
    setWalkedTo(null);
    setStop(null);
  };

  return (
    <section className="sources-panel" aria-label="Sources">
      <header className="sources-head">
        <AddSourceButton
          onAdded={(id) => {
            setChosenSource(id);
            resetPlace();
          }}
        />
        {sources.length > 1 ? (
          <label className="sources-picker">
            <span className="visually-hidden">Source</span>
            <select
              value={sourceId ?? ''}
              onChange={(e) => {
                setChosenSource(e.target.value);
                resetPlace();
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
                paragraphs charted ·{' '}
                <strong>
                  {uncharted} of {reading.sentenceCount}
                </strong>{' '}
                sentences uncharted
              </p>
              {headingCount > 0 && (
                <p
                  className="sources-coverage-note"
                  title={`A paragraph under ${HEADING_MAX_WORDS} words that ends no sentence`}
                >
                  {headingCount} {headingCount === 1 ? 'heading or byline' : 'headings and bylines'}{' '}
                  not counted
                </p>
              )}
              {/* The finer measure: a paragraph with one quote in it counts as charted. */}
              <div
                className="sources-coverage-bar"
                role="progressbar"
                aria-label="Sentences charted"
                aria-valuemin={0}
                aria-valuemax={sentences}
                aria-valuenow={sentences - uncharted}
              >
                <span
                  style={{
                    width: `${sentences ? (100 * (sentences - uncharted)) / sentences : 0}%`,
                  }}
                />
              </div>
            </div>
            <button
              type="button"
              className="button"
              disabled={uncharted === 0}
              title={
                uncharted === 0
                  ? 'Every sentence is charted'
                  : 'Move to the next sentence of four words or more that no quote touches'
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
      <p id={HINT_ID} hidden>
        Arrow keys move between the quoted passages, Home and End to the first and last; Enter
        selects what one backs.
      </p>
      <div className="sources-text" ref={textRef} onKeyDown={(e) => moveBetweenQuotes(e)}>
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
              heading={reading.headings[p.index]!}
              passage={passage?.paragraph === p.index ? passage : null}
              sentence={sentence?.paragraph === p.index ? sentence : null}
              current={current === p.index}
              chosenStart={chosen?.paragraph === p.index ? chosen.start : null}
              stopAt={stop?.paragraph === p.index ? stop.start : null}
              onChoose={(start, refs) => {
                setChosen({ paragraph: p.index, start, refs, dataset });
                setCurrent(p.index);
                setWalkedTo({ paragraph: p.index, start });
                reveal(selectionOf(refs[0]!.target));
                setSideTab('details');
              }}
              onStop={(start) => setStop({ paragraph: p.index, start })}
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
 * The arrow keys, Home and End on a highlight give the focus to the next, previous, first or last
 * highlight of the text (its onFocus makes it the tab stop); other keys are left alone.
 */
function moveBetweenQuotes(event: KeyboardEvent<HTMLElement>): void {
  const from = event.target as HTMLElement;
  if (!from.matches('mark.source-quote')) return;
  const quotes = [...event.currentTarget.querySelectorAll<HTMLElement>('mark.source-quote')];
  const at = quotes.indexOf(from);
  const to = {
    ArrowDown: at + 1,
    ArrowRight: at + 1,
    ArrowUp: at - 1,
    ArrowLeft: at - 1,
    Home: 0,
    End: quotes.length - 1,
  }[event.key];
  if (to === undefined) return;
  event.preventDefault();
  quotes[Math.max(0, Math.min(quotes.length - 1, to))]?.focus();
}

/**
 * Gives a paragraph the focus (for screen readers) and scrolls the text, and only the text, so
 * that it (or the passage marked in it) is in the middle; scrollIntoView would move the page too.
 */
function scrollToParagraph(container: HTMLElement | null, paragraph: number): void {
  const element = container?.querySelector<HTMLElement>(`[data-paragraph-index="${paragraph}"]`);
  if (!container || !element) return;
  element.focus({ preventScroll: true });
  scrollToElement(
    container,
    element.querySelector<HTMLElement>('.source-passage') ?? element,
    false,
  );
}

/** Scrolls the text so that `element` is in its middle, giving it the focus first if asked. */
function scrollToElement(container: HTMLElement, element: HTMLElement, focus = true): void {
  if (focus) element.focus({ preventScroll: true });
  const box = container.getBoundingClientRect();
  const at = element.getBoundingClientRect();
  const margin = Math.max(16, (box.height - at.height) / 2);
  container.scrollTop += at.top - box.top - margin;
}

export default SourcesPanel;

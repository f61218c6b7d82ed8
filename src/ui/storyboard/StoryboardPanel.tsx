/**
 * The storyboard (loaded on first use): the slides of the loaded dataset, each a view with a
 * title and speaker notes. Views are added from the current one, the curated ones or the saved
 * ones; slides are reordered by dragging their grip or with the arrow keys on it; "Present"
 * shows them full screen, and the slides go out as PPTX or PDF (slidesOut.ts).
 */
import { useContext, useEffect, useId, useRef, useState, type DragEvent } from 'react';
import type { StorySlide } from '../../domain/storyboard';
import { curatedViews, suggestSlideTitle } from '../../domain/storyboardViews';
import { GraphHandleContext } from '../../graph/GraphCanvas';
import { useLinkboard, useLinkboardStore } from '../../store/store';
import type { SlidesFormat } from './slidesOut';
import './storyboard.css';

const CURRENT = 'current';

export default function StoryboardPanel() {
  const store = useLinkboardStore();
  const graph = useContext(GraphHandleContext);
  const slides = useLinkboard((s) => s.storyboard);
  const savedViews = useLinkboard((s) => s.savedViews);
  const setOpen = useLinkboard((s) => s.setStoryboardOpen);
  const presentSlide = useLinkboard((s) => s.presentSlide);
  const [choice, setChoice] = useState(CURRENT);
  const [announcement, setAnnouncement] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const ids = useId();
  const curated = curatedViews();

  const addChosen = () => {
    const { dataset, view, addSlide } = store.getState();
    if (!dataset) return;
    if (choice === CURRENT) addSlide(suggestSlideTitle(dataset, view), view, 'Current view');
    else if (choice.startsWith('curated:')) {
      const found = curated[Number(choice.slice('curated:'.length))];
      if (found) addSlide(found.name, found.view, 'Curated view');
    } else if (choice.startsWith('saved:')) {
      const found = savedViews.find((v) => v.name === choice.slice('saved:'.length));
      if (found) addSlide(found.name, found.view, 'Saved view');
    }
    setAnnouncement(`Slide added; ${store.getState().storyboard.length} slides.`);
  };

  const download = async (format: SlidesFormat) => {
    if (busy) return;
    setBusy(true);
    try {
      // The writers and their libraries load with the first download.
      const { downloadSlides } = await import('./slidesOut');
      setStatus(
        await downloadSlides(store, graph.current, format, (done, total) =>
          setStatus(`Drawing slide ${done + 1} of ${total}…`),
        ),
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setStatus(`The ${format.toUpperCase()} failed: ${message}`);
      store.getState().pushNotice({
        level: 'error',
        title: `Could not make the ${format.toUpperCase()}`,
        details: [message],
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="storyboard" aria-labelledby={`${ids}-heading`}>
      <header className="storyboard-header">
        <h2 id={`${ids}-heading`}>Storyboard</h2>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          Close
        </button>
      </header>

      <div className="storyboard-add">
        <label htmlFor={`${ids}-choice`}>Add a slide of</label>
        <div className="storyboard-add-row">
          <select id={`${ids}-choice`} value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value={CURRENT}>The current view</option>
            <optgroup label="Curated views">
              {curated.map((c, i) => (
                <option key={c.name} value={`curated:${i}`}>
                  {c.name}
                </option>
              ))}
            </optgroup>
            {savedViews.length > 0 && (
              <optgroup label="Saved views">
                {savedViews.map((v) => (
                  <option key={v.name} value={`saved:${v.name}`}>
                    {v.name}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
          <button type="button" className="button button-primary" onClick={addChosen}>
            Add slide
          </button>
        </div>
      </div>

      {slides.length === 0 ? (
        <p className="storyboard-empty">
          A briefing in slides: add views in the order you will tell them, give each a title and
          notes, then present them full screen or download them as PPTX or PDF. Kept in this
          browser, per dataset.
        </p>
      ) : (
        <SlideList slides={slides} onAnnounce={setAnnouncement} />
      )}

      <div className="storyboard-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={slides.length === 0}
          onClick={() => presentSlide(0)}
        >
          Present
        </button>
        <button
          type="button"
          className="button"
          disabled={slides.length === 0}
          aria-disabled={busy || undefined}
          onClick={() => void download('pptx')}
        >
          Download PPTX
        </button>
        <button
          type="button"
          className="button"
          disabled={slides.length === 0}
          aria-disabled={busy || undefined}
          onClick={() => void download('pdf')}
        >
          Download PDF
        </button>
      </div>
      <p className="storyboard-status" role="status" aria-live="polite">
        {status}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}

/** Where a slide dragged over `target` would land: before it or after it, by the pointer. */
function dropIndex(event: DragEvent<HTMLElement>, index: number): number {
  const box = event.currentTarget.getBoundingClientRect();
  return event.clientY < box.top + box.height / 2 ? index : index + 1;
}

function SlideList({
  slides,
  onAnnounce,
}: {
  slides: StorySlide[];
  onAnnounce: (text: string) => void;
}) {
  const store = useLinkboardStore();
  const moveSlide = useLinkboard((s) => s.moveSlide);
  const editSlide = useLinkboard((s) => s.editSlide);
  const removeSlide = useLinkboard((s) => s.removeSlide);
  const setView = useLinkboard((s) => s.setView);
  const [dragged, setDragged] = useState<string | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  /** The slide whose grip keeps the focus after a keyboard move (the list re-renders). */
  const refocus = useRef<string | null>(null);
  const hintId = useId();

  useEffect(() => {
    if (!refocus.current) return;
    listRef.current
      ?.querySelector<HTMLButtonElement>(`[data-grip="${CSS.escape(refocus.current)}"]`)
      ?.focus();
    refocus.current = null;
  }, [slides]);

  const move = (slide: StorySlide, to: number) => {
    const from = slides.indexOf(slide);
    // Dropping after itself or just below: the slide's own gap does not count.
    const target = to > from ? to - 1 : to;
    if (target === from || target < 0 || target >= slides.length) return;
    moveSlide(slide.id, target);
    onAnnounce(
      `${slide.title || 'Untitled slide'} is now slide ${target + 1} of ${slides.length}.`,
    );
  };

  return (
    <>
      <p id={hintId} className="visually-hidden">
        Drag the grip, or press the up and down arrow keys on it, to move the slide.
      </p>
      <ol className="storyboard-slides" ref={listRef} aria-label="Slides">
        {slides.map((slide, index) => (
          <li
            key={slide.id}
            className={[
              'storyboard-slide',
              dragged === slide.id ? 'is-dragged' : '',
              dropAt === index ? 'drop-before' : '',
              dropAt === index + 1 && index === slides.length - 1 ? 'drop-after' : '',
            ].join(' ')}
            onDragOver={(event) => {
              if (!dragged) return;
              event.preventDefault();
              event.dataTransfer.dropEffect = 'move';
              setDropAt(dropIndex(event, index));
            }}
            onDrop={(event) => {
              event.preventDefault();
              const moving = slides.find((s) => s.id === dragged);
              if (moving) move(moving, dropIndex(event, index));
              setDragged(null);
              setDropAt(null);
            }}
          >
            <div className="storyboard-slide-head">
              <button
                type="button"
                className="storyboard-grip"
                data-grip={slide.id}
                draggable
                aria-label={`Move slide ${index + 1}`}
                aria-describedby={hintId}
                title="Drag, or press ↑ ↓, to move this slide"
                onDragStart={(event) => {
                  setDragged(slide.id);
                  event.dataTransfer.effectAllowed = 'move';
                  event.dataTransfer.setData('text/plain', slide.title);
                  const item = event.currentTarget.closest('li');
                  if (item) event.dataTransfer.setDragImage(item, 16, 16);
                }}
                onDragEnd={() => {
                  setDragged(null);
                  setDropAt(null);
                }}
                onKeyDown={(event) => {
                  const step = event.key === 'ArrowUp' ? -1 : event.key === 'ArrowDown' ? 1 : 0;
                  if (!step) return;
                  event.preventDefault();
                  refocus.current = slide.id;
                  move(slide, step < 0 ? index - 1 : index + 2);
                }}
              >
                <span aria-hidden="true">⠿</span>
                <span className="storyboard-number">{index + 1}</span>
              </button>
              <input
                className="storyboard-title"
                aria-label={`Title of slide ${index + 1}`}
                value={slide.title}
                maxLength={120}
                placeholder="Slide title"
                onChange={(event) => editSlide(slide.id, { title: event.target.value })}
              />
            </div>
            <textarea
              className="storyboard-notes"
              aria-label={`Speaker notes for slide ${index + 1}`}
              placeholder="Speaker notes"
              rows={2}
              value={slide.notes}
              maxLength={4000}
              onChange={(event) => editSlide(slide.id, { notes: event.target.value })}
            />
            <div className="storyboard-slide-foot">
              <span className="storyboard-origin">{slide.origin}</span>
              <button
                type="button"
                className="link-button"
                aria-label={`Show slide ${index + 1} on the canvas`}
                onClick={() => setView(slide.view)}
              >
                Show
              </button>
              <button
                type="button"
                className="link-button"
                aria-label={`Update slide ${index + 1} to the current view`}
                title="Replace this slide's view with what the canvas shows now"
                onClick={() => {
                  editSlide(slide.id, { view: store.getState().view });
                  onAnnounce(`Slide ${index + 1} now shows the current view.`);
                }}
              >
                Update
              </button>
              <button
                type="button"
                className="link-button storyboard-remove"
                aria-label={`Remove slide ${index + 1}`}
                onClick={() => {
                  removeSlide(slide.id);
                  onAnnounce(`Slide ${index + 1} removed.`);
                }}
              >
                Remove
              </button>
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}

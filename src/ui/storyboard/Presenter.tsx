/**
 * The presentation (loaded on first use): the canvas full screen, one slide at a time. The arrow
 * keys, Page Up/Down and Space step through the slides, Home and End jump, Escape ends; each slide
 * restores its view and the camera glides to it (jumps under reduced motion). Speaker notes show
 * on demand ("N"), for a presenter with one screen.
 */
import { useContext, useEffect, useId, useRef, useState } from 'react';
import { GraphHandleContext } from '../../graph/GraphCanvas';
import { slideForKey } from '../../domain/storyboardViews';
import { useLinkboard, useLinkboardStore } from '../../store/store';
import './storyboard.css';

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

export default function Presenter() {
  const store = useLinkboardStore();
  const graph = useContext(GraphHandleContext);
  const at = useLinkboard((s) => s.presenting);
  const slides = useLinkboard((s) => s.storyboard);
  const presentSlide = useLinkboard((s) => s.presentSlide);
  const [notesShown, setNotesShown] = useState(false);
  const enteredFullscreen = useRef(false);
  const ids = useId();
  const slide = at === null ? undefined : slides[at];

  // Full screen where the browser allows it; the layout alone hides the rest where it does not.
  useEffect(() => {
    const root = document.documentElement;
    if (!document.fullscreenElement && root.requestFullscreen)
      root.requestFullscreen().then(
        () => (enteredFullscreen.current = true),
        () => {},
      );
    // Leaving full screen (Escape, the browser's own controls) ends the presentation.
    const onChange = () => {
      if (!document.fullscreenElement && enteredFullscreen.current)
        store.getState().presentSlide(null);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    };
  }, [store]);

  // Each slide: once its view is drawn (and laid out, if it had to be), the camera frames it,
  // unless the slide keeps where it was framed (its view's camera, shown by the canvas itself).
  useEffect(() => {
    if (at === null) return;
    let current = true;
    void graph.current?.settled().then(() => {
      if (current && store.getState().view.camera === null)
        graph.current?.fit({ animate: !prefersReducedMotion() });
    });
    return () => {
      current = false;
    };
  }, [at, graph, store]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey) return;
      const { presenting, storyboard } = store.getState();
      if (presenting === null) return;
      if (event.key === 'n' || event.key === 'N') {
        event.preventDefault();
        setNotesShown((shown) => !shown);
        return;
      }
      const next = slideForKey(event.key, presenting, storyboard.length);
      if (next === undefined) return;
      // Taken before the shortcuts and the focused control see it.
      event.preventDefault();
      event.stopPropagation();
      store.getState().presentSlide(next);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [store]);

  if (at === null || !slide) return null;
  const last = slides.length - 1;
  return (
    <div
      className="presenter"
      role="region"
      aria-label="Presentation"
      aria-roledescription="slide show"
    >
      <header className="presenter-title">
        <h2 id={`${ids}-title`} aria-live="polite">
          {slide.title || 'Untitled slide'}
        </h2>
      </header>
      {notesShown && (
        <aside className="presenter-notes" aria-label="Speaker notes">
          {slide.notes.trim() ? slide.notes : 'No notes for this slide.'}
        </aside>
      )}
      <nav className="presenter-controls" aria-label="Slides">
        <button type="button" disabled={at === 0} onClick={() => presentSlide(at - 1)}>
          Previous
        </button>
        <span className="presenter-count" aria-label={`Slide ${at + 1} of ${slides.length}`}>
          {at + 1} / {slides.length}
        </span>
        <button type="button" disabled={at === last} onClick={() => presentSlide(at + 1)}>
          Next
        </button>
        <button type="button" aria-pressed={notesShown} onClick={() => setNotesShown((s) => !s)}>
          Notes
        </button>
        <button type="button" onClick={() => presentSlide(null)}>
          End
        </button>
      </nav>
    </div>
  );
}

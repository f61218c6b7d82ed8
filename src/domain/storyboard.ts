/**
 * The storyboard: an ordered list of slides, each a view state with a title and speaker notes,
 * for presenting and for slides out (PPTX, PDF). A slide keeps its own copy of the view, so it
 * stays what it was when the saved or curated view it came from changes. Stored per dataset like
 * saved views (src/app/persistence/records.ts); this file edits the list and reads it back, telling
 * what it had to ignore instead of failing.
 */
import type { ViewState } from './viewState';

export interface StorySlide {
  /** Stable within a storyboard, for keys and for moving slides. */
  id: string;
  title: string;
  notes: string;
  view: ViewState;
  /** Where the view came from, for the list ("Saved view", "Curated view", "Current view"). */
  origin: string;
}

/** Bump when the stored document changes shape; older documents are then ignored with a notice. */
export const STORYBOARD_FORMAT = 1;
export const MAX_SLIDES = 60;
export const MAX_SLIDE_TITLE = 120;
export const MAX_SLIDE_NOTES = 4000;
const MAX_ORIGIN = 80;

export function cleanTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim().slice(0, MAX_SLIDE_TITLE);
}

function cleanNotes(notes: string): string {
  return notes.replace(/\r\n?/g, '\n').slice(0, MAX_SLIDE_NOTES);
}

/** An id no slide of the list has yet. */
function freshId(slides: readonly StorySlide[]): string {
  const taken = new Set(slides.map((s) => s.id));
  for (let n = slides.length + 1; ; n++) if (!taken.has(`slide-${n}`)) return `slide-${n}`;
}

/** Adds a slide at the end (the list keeps at most MAX_SLIDES: a full list is left as it is). */
export function withSlide(
  slides: readonly StorySlide[],
  slide: Omit<StorySlide, 'id'>,
): StorySlide[] {
  if (slides.length >= MAX_SLIDES) return [...slides];
  return [
    ...slides,
    {
      id: freshId(slides),
      title: cleanTitle(slide.title),
      notes: cleanNotes(slide.notes),
      view: slide.view,
      origin: slide.origin.slice(0, MAX_ORIGIN),
    },
  ];
}

export function withoutSlide(slides: readonly StorySlide[], id: string): StorySlide[] {
  return slides.filter((s) => s.id !== id);
}

/** Moves a slide to position `to` (clamped to the list); the others keep their order. */
export function withSlideMoved(
  slides: readonly StorySlide[],
  id: string,
  to: number,
): StorySlide[] {
  const from = slides.findIndex((s) => s.id === id);
  if (from < 0) return [...slides];
  const rest = slides.filter((s) => s.id !== id);
  const at = Math.max(0, Math.min(rest.length, Math.round(to)));
  return [...rest.slice(0, at), slides[from]!, ...rest.slice(at)];
}

export function withSlideEdited(
  slides: readonly StorySlide[],
  id: string,
  patch: Partial<Pick<StorySlide, 'title' | 'notes' | 'view'>>,
): StorySlide[] {
  return slides.map((s) =>
    s.id !== id
      ? s
      : {
          ...s,
          ...(patch.title !== undefined ? { title: cleanTitle(patch.title) } : {}),
          ...(patch.notes !== undefined ? { notes: cleanNotes(patch.notes) } : {}),
          ...(patch.view !== undefined ? { view: patch.view } : {}),
        },
  );
}

export function writeStoryboard(slides: readonly StorySlide[]): string {
  return JSON.stringify({ format: STORYBOARD_FORMAT, slides });
}

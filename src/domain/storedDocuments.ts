/**
 * Reading what the app keeps per dataset in this browser back (saved views, the storyboard, the
 * arrangement made by hand): each document is checked (the view states with their zod checks)
 * and what cannot be read is left out with a reason, never thrown. Apart from the modules that
 * write them so that zod is not on the first page: only src/app/persistence reads them.
 */
import { z } from 'zod';
import { ARRANGEMENT_FORMAT, type Arrangement } from './arrangement';
import {
  MAX_SAVED_VIEWS,
  normaliseViewName,
  SAVED_VIEWS_FORMAT,
  type SavedView,
} from './savedViews';
import { MAX_SLIDES, STORYBOARD_FORMAT, withSlide, type StorySlide } from './storyboard';
import { parseViewState } from './viewStateSchema';

export interface ReadSavedViews {
  views: SavedView[];
  /** Why some or all of what was stored was ignored, in words; absent when all was read. */
  problem?: string;
}

/** Reads what writeSavedViews wrote; a corrupted or old document gives no views and a reason. */
export function readSavedViews(text: string | null): ReadSavedViews {
  if (text === null) return { views: [] };
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return { views: [], problem: 'the stored data is not readable' };
  }
  const { format, views } = (document ?? {}) as { format?: unknown; views?: unknown };
  if (format !== SAVED_VIEWS_FORMAT || !Array.isArray(views))
    return {
      views: [],
      problem:
        typeof format === 'number' && format < SAVED_VIEWS_FORMAT
          ? 'they were saved by an older Linkboard'
          : 'the stored data is not in a format this Linkboard knows',
    };
  const read: SavedView[] = [];
  let dropped = 0;
  for (const item of views.slice(0, MAX_SAVED_VIEWS)) {
    const { name, view, savedAt } = (item ?? {}) as Record<string, unknown>;
    const parsed = parseViewState(view);
    const clean = typeof name === 'string' ? normaliseViewName(name) : '';
    if (!parsed || !clean || read.some((v) => v.name === clean)) {
      dropped++;
      continue;
    }
    read.push({
      name: clean,
      view: parsed.view,
      savedAt: typeof savedAt === 'string' ? savedAt : '',
    });
  }
  return dropped > 0
    ? {
        views: read,
        problem: `${dropped} saved view${dropped === 1 ? ' was' : 's were'} unreadable`,
      }
    : { views: read };
}

export interface ReadStoryboard {
  slides: StorySlide[];
  /** Why some or all of what was stored was ignored, in words; absent when all was read. */
  problem?: string;
}

/** Reads what writeStoryboard wrote; a corrupted or old document gives no slides and a reason. */
export function readStoryboard(text: string | null): ReadStoryboard {
  if (text === null) return { slides: [] };
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return { slides: [], problem: 'the stored storyboard is not readable' };
  }
  const { format, slides } = (document ?? {}) as { format?: unknown; slides?: unknown };
  if (format !== STORYBOARD_FORMAT || !Array.isArray(slides))
    return {
      slides: [],
      problem: 'the stored storyboard is not in a format this Linkboard knows',
    };
  let read: StorySlide[] = [];
  let dropped = 0;
  for (const item of slides.slice(0, MAX_SLIDES)) {
    const { title, notes, view, origin } = (item ?? {}) as Record<string, unknown>;
    const parsed = parseViewState(view);
    if (!parsed || typeof title !== 'string') {
      dropped++;
      continue;
    }
    read = withSlide(read, {
      title,
      notes: typeof notes === 'string' ? notes : '',
      view: parsed.view,
      origin: typeof origin === 'string' ? origin : '',
    });
  }
  return dropped > 0
    ? {
        slides: read,
        problem: `${dropped} slide${dropped === 1 ? ' was' : 's were'} unreadable`,
      }
    : { slides: read };
}

const arrangementDocument = z.object({
  version: z.literal(ARRANGEMENT_FORMAT),
  layout: z.string(),
  positions: z.record(z.string(), z.tuple([z.number(), z.number()])),
  pinned: z.array(z.string()),
});

export type ReadArrangement =
  { arrangement: Arrangement; problem?: undefined } | { arrangement: null; problem: string };

/** Reads what writeArrangement wrote; a damaged or foreign document gives a reason instead. */
export function readArrangement(text: string): ReadArrangement {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { arrangement: null, problem: 'it is not valid JSON' };
  }
  const parsed = arrangementDocument.safeParse(value);
  if (parsed.success) {
    const { layout, positions, pinned } = parsed.data;
    return { arrangement: { layout, positions, pinned } };
  }
  const version = (value as { version?: unknown } | null)?.version;
  return {
    arrangement: null,
    problem:
      version !== ARRANGEMENT_FORMAT
        ? `it was saved in another format (version ${String(version)})`
        : 'it is damaged',
  };
}

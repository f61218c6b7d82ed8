/**
 * Saved views: named view states the user keeps per dataset. Stored as one small JSON document
 * per dataset (see src/app/persistence/records.ts); this file writes it and reads it back, telling
 * what it had to ignore instead of failing.
 */
import { parseViewState, type ViewState } from './viewState';

export interface SavedView {
  name: string;
  view: ViewState;
  /** ISO timestamp, for the list's tooltip. */
  savedAt: string;
}

/** Bump when the stored document changes shape; older documents are then ignored with a notice. */
export const SAVED_VIEWS_FORMAT = 1;
export const MAX_SAVED_VIEWS = 100;
export const MAX_VIEW_NAME_LENGTH = 80;

export function normaliseViewName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').slice(0, MAX_VIEW_NAME_LENGTH);
}

/** Saves under a name; a view of the same name is replaced in place. */
export function withSavedView(
  views: readonly SavedView[],
  name: string,
  view: ViewState,
  savedAt: string,
): SavedView[] {
  const clean = normaliseViewName(name);
  if (!clean) return [...views];
  const saved = { name: clean, view, savedAt };
  const at = views.findIndex((v) => v.name === clean);
  if (at >= 0) return views.map((v, i) => (i === at ? saved : v));
  return [...views, saved].slice(-MAX_SAVED_VIEWS);
}

export function withoutSavedView(views: readonly SavedView[], name: string): SavedView[] {
  return views.filter((v) => v.name !== name);
}

export function writeSavedViews(views: readonly SavedView[]): string {
  return JSON.stringify({ format: SAVED_VIEWS_FORMAT, views });
}

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

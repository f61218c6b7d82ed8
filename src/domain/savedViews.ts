/**
 * Saved views: named view states the user keeps per dataset. Stored as one small JSON document
 * per dataset (see src/app/persistence/records.ts); this file writes it and reads it back, telling
 * what it had to ignore instead of failing.
 */
import type { ViewState } from './viewState';

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

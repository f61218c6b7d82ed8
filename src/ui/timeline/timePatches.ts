/** The view-state changes the timeline's controls make, shared by the strip, slider and panels. */
import type { DateRange, ViewState } from '../../domain/viewState';

/**
 * An as-of date (or none): one moment replaces a range and a comparison of two dates, which
 * would otherwise take precedence over it.
 */
export function asOfPatch(asOf: string | null): Pick<ViewState, 'asOf' | 'range' | 'compare'> {
  return { asOf, range: null, compare: null };
}

/**
 * A range replaces a selected event (the event pins one moment, the range a period) and a
 * comparison of two dates.
 */
export function rangePatch(view: ViewState, range: DateRange | null): Partial<ViewState> {
  const [from, to] = range ? [range.from, range.to].sort() : [];
  return {
    range: range ? { from: from!, to: to! } : null,
    compare: null,
    selection: range && view.selection?.kind === 'event' ? null : view.selection,
  };
}

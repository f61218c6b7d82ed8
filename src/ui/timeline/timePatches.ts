/** The view-state changes the timeline's controls make, shared by the strip, slider and panels. */
import type { DateRange, ViewState } from '../../domain/viewState';

/** A range replaces a selected event: the event pins one moment, the range a period. */
export function rangePatch(view: ViewState, range: DateRange | null): Partial<ViewState> {
  const [from, to] = range ? [range.from, range.to].sort() : [];
  return {
    range: range ? { from: from!, to: to! } : null,
    selection: range && view.selection?.kind === 'event' ? null : view.selection,
  };
}

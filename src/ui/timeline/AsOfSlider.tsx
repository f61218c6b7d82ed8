import type { CSSProperties, KeyboardEvent } from 'react';
import { dayToIso, formatPartialDate, isoToDay, type DayInterval } from '../../domain/dates';
import { addMonths, addYears, clampDay } from '../../domain/timeline';
import { useLinkboard } from '../../store/store';
import { dayAtX, xOfDay, type TimeAxis } from './timeAxis';
import { asOfPatch } from './timePatches';

export interface AsOfSliderProps {
  /** The strip's axis: the slider's positions are its pixels, so the thumb sits on the date. */
  axis: TimeAxis;
  /** Where Home and End go: the first and last day the data covers. */
  extent: DayInterval;
  /** Told first whenever the user takes hold of the slider (playback stops). */
  onInteract: () => void;
  id: string;
  style?: CSSProperties;
}

/**
 * The as-of date as a slider. Arrow keys move by a month, Page Up and Page Down by a year, Home
 * and End to the first and last dated day; dragging moves along the strip's axis, breaks included.
 * With no date set it rests at the end and reads "All dates".
 */
export function AsOfSlider({ axis, extent, onInteract, id, style }: AsOfSliderProps) {
  const asOf = useLinkboard((s) => s.view.asOf);
  const rangeSet = useLinkboard((s) => s.view.range !== null);
  const setView = useLinkboard((s) => s.setView);
  const asOfDay = asOf === null ? null : isoToDay(asOf);
  const { domain } = axis;
  const day = asOfDay ?? domain.lastDay;

  // The keys reach the whole data period, beyond a zoomed strip (which then follows the date).
  const reach = {
    firstDay: Math.min(domain.firstDay, extent.firstDay),
    lastDay: Math.max(domain.lastDay, extent.lastDay),
  };
  const moveTo = (target: number) => {
    onInteract();
    setView(asOfPatch(dayToIso(clampDay(target, reach))));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const steps: Record<string, () => number> = {
      ArrowRight: () => addMonths(day, 1),
      ArrowUp: () => addMonths(day, 1),
      ArrowLeft: () => addMonths(day, -1),
      ArrowDown: () => addMonths(day, -1),
      PageUp: () => addYears(day, 1),
      PageDown: () => addYears(day, -1),
      Home: () => extent.firstDay,
      End: () => extent.lastDay,
    };
    const step = steps[event.key];
    if (!step) return;
    event.preventDefault();
    moveTo(step());
  };

  return (
    <input
      id={id}
      type="range"
      className={rangeSet ? 'as-of-slider as-of-slider-overridden' : 'as-of-slider'}
      title={
        rangeSet ? 'A range is set: the as-of date applies again once it is cleared' : undefined
      }
      style={style}
      min={0}
      max={Math.round(axis.x1 - axis.x0)}
      step={1}
      value={Math.round(xOfDay(axis, day) - axis.x0)}
      aria-valuetext={asOf === null ? 'All dates' : formatPartialDate(asOf)}
      onKeyDown={onKeyDown}
      onPointerDown={onInteract}
      onChange={(e) => moveTo(dayAtX(axis, axis.x0 + Number(e.target.value)))}
    />
  );
}

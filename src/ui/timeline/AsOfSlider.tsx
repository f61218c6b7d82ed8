import type { CSSProperties, KeyboardEvent } from 'react';
import { dayToIso, formatPartialDate, isoToDay, type DayInterval } from '../../domain/dates';
import { addMonths, addYears, clampDay } from '../../domain/timeline';
import { useLinkboard } from '../../store/store';

export interface AsOfSliderProps {
  /** What the slider spans. */
  domain: DayInterval;
  /** Where Home and End go: the first and last day the data covers. */
  extent: DayInterval;
  /** Told first whenever the user takes hold of the slider (playback stops). */
  onInteract: () => void;
  id: string;
  style?: CSSProperties;
}

/**
 * The as-of date as a slider. Arrow keys move by a month, Page Up and Page Down by a year, Home
 * and End to the first and last dated day; dragging moves by days. With no date set it rests at
 * the end and reads "All dates".
 */
export function AsOfSlider({ domain, extent, onInteract, id, style }: AsOfSliderProps) {
  const asOf = useLinkboard((s) => s.view.asOf);
  const rangeSet = useLinkboard((s) => s.view.range !== null);
  const setView = useLinkboard((s) => s.setView);
  const asOfDay = asOf === null ? null : isoToDay(asOf);
  const value = asOfDay ?? domain.lastDay;

  const moveTo = (day: number) => {
    onInteract();
    setView({ asOf: dayToIso(clampDay(day, domain)), range: null });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const steps: Record<string, () => number> = {
      ArrowRight: () => addMonths(value, 1),
      ArrowUp: () => addMonths(value, 1),
      ArrowLeft: () => addMonths(value, -1),
      ArrowDown: () => addMonths(value, -1),
      PageUp: () => addYears(value, 1),
      PageDown: () => addYears(value, -1),
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
      min={domain.firstDay}
      max={domain.lastDay}
      step={1}
      value={value}
      aria-valuetext={asOf === null ? 'All dates' : formatPartialDate(asOf)}
      onKeyDown={onKeyDown}
      onPointerDown={onInteract}
      onChange={(e) => moveTo(Number(e.target.value))}
    />
  );
}

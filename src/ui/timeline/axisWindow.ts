/**
 * The part of the time axis the strip shows (its zoom), moved by the wheel, the overview and the
 * keyboard. Windows are whole days; zooming and panning are measured in the time the stretches
 * cover (see timeSegments), with the empty gaps between them counting for nothing, so that a pan
 * moves through years that hold dates instead of crawling across an empty century.
 */
import type { DayInterval } from '../../domain/dates';

/** The narrowest window the strip zooms to. */
export const MIN_WINDOW_DAYS = 62;

/** Days of the stretches up to (not including) a day: the day's place with the gaps left out. */
export function compressedDay(segments: readonly DayInterval[], day: number): number {
  let before = 0;
  for (const s of segments) {
    if (day <= s.firstDay) return before;
    if (day <= s.lastDay + 1) return before + (day - s.firstDay);
    before += s.lastDay + 1 - s.firstDay;
  }
  return before;
}

/** The total length of the stretches, in days. */
export function compressedLength(segments: readonly DayInterval[]): number {
  return segments.reduce((sum, s) => sum + s.lastDay + 1 - s.firstDay, 0);
}

/** The day at a place along the stretches: the inverse of compressedDay, gaps skipped. */
export function dayAtCompressed(segments: readonly DayInterval[], place: number): number {
  let before = 0;
  for (const s of segments) {
    const length = s.lastDay + 1 - s.firstDay;
    if (place < before + length) return s.firstDay + Math.max(0, Math.floor(place - before));
    before += length;
  }
  const last = segments[segments.length - 1];
  return last ? last.lastDay + 1 : 0;
}

function toWindow(segments: readonly DayInterval[], start: number, end: number): DayInterval {
  return {
    firstDay: dayAtCompressed(segments, start),
    lastDay: dayAtCompressed(segments, end) - 1,
  };
}

/** A window as [start, end) along the stretches. */
function placeOf(segments: readonly DayInterval[], window: DayInterval): [number, number] {
  return [compressedDay(segments, window.firstDay), compressedDay(segments, window.lastDay + 1)];
}

/**
 * Zooms by a factor (below 1 zooms in) about a day, which stays where it was on screen. Null when
 * the window would cover everything (no zoom); never narrower than MIN_WINDOW_DAYS.
 */
export function zoomWindow(
  segments: readonly DayInterval[],
  window: DayInterval | null,
  factor: number,
  anchorDay: number,
): DayInterval | null {
  const total = compressedLength(segments);
  if (total === 0) return null;
  const [start, end] = window ? placeOf(segments, window) : [0, total];
  const width = end - start;
  const newWidth = Math.max(Math.min(MIN_WINDOW_DAYS, total), Math.round(width * factor));
  if (newWidth >= total) return null;
  const anchor = Math.min(end, Math.max(start, compressedDay(segments, anchorDay)));
  const share = width > 0 ? (anchor - start) / width : 0.5;
  const newStart = Math.min(total - newWidth, Math.max(0, Math.round(anchor - share * newWidth)));
  return toWindow(segments, newStart, newStart + newWidth);
}

/** Moves a window by a number of days along the stretches (gaps skipped), stopping at the ends. */
export function shiftWindow(
  segments: readonly DayInterval[],
  window: DayInterval | null,
  days: number,
): DayInterval | null {
  if (!window) return null;
  const total = compressedLength(segments);
  const [start, end] = placeOf(segments, window);
  const width = end - start;
  const newStart = Math.min(total - width, Math.max(0, Math.round(start + days)));
  return toWindow(segments, newStart, newStart + width);
}

/** Moves a window by a share of its own width (negative: back in time), stopping at the ends. */
export function panWindow(
  segments: readonly DayInterval[],
  window: DayInterval | null,
  share: number,
): DayInterval | null {
  if (!window) return null;
  const [start, end] = placeOf(segments, window);
  return shiftWindow(segments, window, share * (end - start));
}

/** The window moved (not resized) just enough to show a day; the same window if it does. */
export function windowShowing(
  segments: readonly DayInterval[],
  window: DayInterval | null,
  day: number,
): DayInterval | null {
  if (!window || (day >= window.firstDay && day <= window.lastDay)) return window;
  const total = compressedLength(segments);
  const [start, end] = placeOf(segments, window);
  const width = end - start;
  const place = compressedDay(segments, day);
  // Put the day a tenth of the width inside the edge it came in by.
  const newStart =
    place < start ? place - Math.round(width / 10) : place - width + Math.round(width / 10);
  const clamped = Math.min(total - width, Math.max(0, newStart));
  return toWindow(segments, clamped, clamped + width);
}

/** A window from two places along the stretches as fractions of their length (the overview). */
export function windowBetween(
  segments: readonly DayInterval[],
  fromShare: number,
  toShare: number,
): DayInterval | null {
  const total = compressedLength(segments);
  const [a, b] = [fromShare, toShare]
    .map((f) => Math.min(1, Math.max(0, f)) * total)
    .sort((x, y) => x! - y!) as [number, number];
  const width = Math.max(Math.min(MIN_WINDOW_DAYS, total), Math.round(b - a));
  if (width >= total) return null;
  const start = Math.min(total - width, Math.max(0, Math.round((a + b) / 2 - width / 2)));
  return toWindow(segments, start, start + width);
}

/** Where a window lies along the stretches, as fractions of their length: [0, 1] unzoomed. */
export function windowShares(
  segments: readonly DayInterval[],
  window: DayInterval | null,
): [number, number] {
  const total = compressedLength(segments);
  if (!window || total === 0) return [0, 1];
  const [start, end] = placeOf(segments, window);
  return [start / total, end / total];
}

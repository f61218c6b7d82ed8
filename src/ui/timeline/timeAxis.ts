/**
 * A time axis over stretches of time with gaps between them (see timeSegments): each stretch is
 * drawn at its own linear scale, each gap as a narrow break, through one piecewise-linear d3
 * `scaleUtc`. Positions are pixels; days are whole UTC days as in domain/dates.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { DayInterval } from '../../domain/dates';

const MS_PER_DAY = 86_400_000;
/** How wide a gap between two stretches is drawn, whatever its length in years. */
export const BREAK_WIDTH = 20;
/** The narrowest a stretch is drawn, so that a lone year still shows its label and marks. */
export const MIN_SEGMENT_WIDTH = 34;
/** Below this width a stretch gets one centred label instead of ticks. */
const MIN_TICKED_WIDTH = 60;

export interface AxisSegment extends DayInterval {
  x0: number;
  x1: number;
}

export interface TimeAxis {
  scale: ScaleTime<number, number>;
  segments: AxisSegment[];
  breaks: { x0: number; x1: number }[];
  /** The first day of the first stretch to the last day of the last. */
  domain: DayInterval;
  x0: number;
  x1: number;
}

export const dateOfDay = (day: number) => new Date(day * MS_PER_DAY);

/** The parts of the stretches inside a window (a zoom); the window itself if none is. */
export function clipSegments(segments: readonly DayInterval[], window: DayInterval): DayInterval[] {
  const clipped = segments.flatMap((s) => {
    const firstDay = Math.max(s.firstDay, window.firstDay);
    const lastDay = Math.min(s.lastDay, window.lastDay);
    return firstDay <= lastDay ? [{ firstDay, lastDay }] : [];
  });
  return clipped.length > 0 ? clipped : [window];
}

/** Widths in proportion to duration, except that no stretch is narrower than MIN_SEGMENT_WIDTH. */
function segmentWidths(segments: readonly DayInterval[], available: number): number[] {
  const durations = segments.map((s) => s.lastDay + 1 - s.firstDay);
  if (available <= MIN_SEGMENT_WIDTH * segments.length)
    return segments.map(() => available / segments.length);
  const total = durations.reduce((a, b) => a + b, 0);
  const narrow = durations.map((d) => (available * d) / total < MIN_SEGMENT_WIDTH);
  const rest = available - MIN_SEGMENT_WIDTH * narrow.filter(Boolean).length;
  const wideTotal = durations.reduce((sum, d, i) => (narrow[i] ? sum : sum + d), 0);
  return durations.map((d, i) => (narrow[i] ? MIN_SEGMENT_WIDTH : (rest * d) / wideTotal));
}

/** Lays the stretches out between x0 and x1, in order, with a break between each two. */
export function buildTimeAxis(segments: readonly DayInterval[], x0: number, x1: number): TimeAxis {
  const available = Math.max(1, x1 - x0 - BREAK_WIDTH * (segments.length - 1));
  const widths = segmentWidths(segments, available);
  const laidOut: AxisSegment[] = [];
  let x = x0;
  segments.forEach((segment, i) => {
    laidOut.push({ ...segment, x0: x, x1: x + widths[i]! });
    x += widths[i]! + BREAK_WIDTH;
  });
  const scale = scaleUtc()
    .domain(laidOut.flatMap((s) => [dateOfDay(s.firstDay), dateOfDay(s.lastDay + 1)]))
    .range(laidOut.flatMap((s) => [s.x0, s.x1]));
  return {
    scale,
    segments: laidOut,
    breaks: laidOut.slice(1).map((s, i) => ({ x0: laidOut[i]!.x1, x1: s.x0 })),
    domain: { firstDay: segments[0]!.firstDay, lastDay: segments[segments.length - 1]!.lastDay },
    x0,
    x1,
  };
}

/** The x where a day begins. */
export function xOfDay(axis: TimeAxis, day: number): number {
  return axis.scale(dateOfDay(day));
}

/** The day at an x, within the axis's domain. */
export function dayAtX(axis: TimeAxis, x: number): number {
  const day = Math.floor(axis.scale.invert(x).getTime() / MS_PER_DAY);
  return Math.min(axis.domain.lastDay, Math.max(axis.domain.firstDay, day));
}

const SHORT_MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** A year on 1 January, a short month on the 1st, else a day: "2020", "Feb", "14 May". */
export function tickLabel(date: Date): string {
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  if (day !== 1) return `${day} ${SHORT_MONTHS[month]}`;
  return month === 0 ? String(date.getUTCFullYear()) : SHORT_MONTHS[month]!;
}

export interface AxisTick {
  x: number;
  label: string;
  /** Draw a grid line here (a centred label of a narrow stretch has none). */
  line: boolean;
}

/** Ticks per stretch, about `spacing` pixels apart; a narrow stretch gets its year range, centred. */
export function axisTicks(axis: TimeAxis, spacing = 60): AxisTick[] {
  return axis.segments.flatMap((segment): AxisTick[] => {
    const width = segment.x1 - segment.x0;
    const end = dateOfDay(segment.lastDay + 1);
    if (width < MIN_TICKED_WIDTH) {
      const first = dateOfDay(segment.firstDay).getUTCFullYear();
      const last = dateOfDay(segment.lastDay).getUTCFullYear();
      const label = first === last || width < 50 ? String(first) : `${first}–${last}`;
      return [{ x: (segment.x0 + segment.x1) / 2, label, line: false }];
    }
    const scale = scaleUtc()
      .domain([dateOfDay(segment.firstDay), end])
      .range([segment.x0, segment.x1]);
    // A tick at the very end (1 January after the last year) would name a year with no data.
    return scale
      .ticks(Math.max(1, Math.floor(width / spacing)))
      .filter((t) => t < end)
      .map((t) => ({ x: scale(t), label: tickLabel(t), line: true }));
  });
}

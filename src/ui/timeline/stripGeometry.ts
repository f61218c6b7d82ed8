/** Measures shared by the strip and its overview, and the density band both draw. */
import { scaleLinear } from 'd3-scale';
import type { DayInterval } from '../../domain/dates';
import { buildTimeAxis, xOfDay, type TimeAxis } from './timeAxis';
import type { TimelineData } from './useTimelineData';

/** Room on the left for row labels, on the right for the last label. */
export const GUTTER = 92;
export const PAD_RIGHT = 16;
/** The slider thumb's width (timeline.css): the axis spans the thumb centre's travel. */
export const THUMB = 14;
export const OVERVIEW_HEIGHT = 16;

/** The axis over stretches of time as the strip lays it out at a width: after the row labels. */
export function stripAxis(segments: readonly DayInterval[], width: number): TimeAxis {
  return buildTimeAxis(
    segments,
    GUTTER + THUMB / 2,
    Math.max(GUTTER + THUMB, width - PAD_RIGHT - THUMB / 2),
  );
}

/** The band of active relations, one closed step path per stretch of the axis. */
export function densityPath(
  axis: TimeAxis,
  density: TimelineData['density'],
  maxCount: number,
  top: number,
  bottom: number,
): string {
  const y = scaleLinear()
    .domain([0, maxCount])
    .range([bottom, top + 2]);
  return axis.segments
    .map((segment) => {
      const inside = density.filter(
        (b) => b.lastDay >= segment.firstDay && b.firstDay <= segment.lastDay,
      );
      if (inside.length === 0) return '';
      const points = inside.flatMap((b) => {
        const from = xOfDay(axis, Math.max(b.firstDay, segment.firstDay)).toFixed(1);
        const to = xOfDay(axis, Math.min(b.lastDay, segment.lastDay) + 1).toFixed(1);
        const height = y(b.count).toFixed(1);
        return [`${from},${height}`, `${to},${height}`];
      });
      return `M${segment.x0.toFixed(1)},${bottom}L${points.join('L')}L${segment.x1.toFixed(1)},${bottom}Z`;
    })
    .join('');
}

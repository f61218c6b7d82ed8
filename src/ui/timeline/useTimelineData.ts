import { useMemo } from 'react';
import { isActiveOn, type DayInterval } from '../../domain/dates';
import type { GraphIndex } from '../../domain/graphIndex';
import { runSteps, type Steps } from '../../domain/steps';
import {
  asOfDayOf,
  changeDays,
  chronologicalEvents,
  densestPeriod,
  relationDensity,
  timeExtent,
  timeSegments,
  type DensityBucket,
  type DensityBucketSize,
  type TimelineEvent,
} from '../../domain/timeline';

/** Beyond this many years on the axis the density band counts by year instead of by month. */
const MAX_YEARS_BY_MONTH = 60;

export interface PlaybackStop {
  /** The as-of day of an event (the last day its date covers), or a day the relations change. */
  day: number;
  /** The event playback pauses on and selects; absent where only relations change. */
  eventId?: string;
}

export interface TimelineData {
  events: TimelineEvent[];
  /** From the first to the last day any date of the dataset covers; null without dates. */
  extent: DayInterval | null;
  /** The whole years that hold dates, split at long empty gaps: what the axis draws. */
  segments: DayInterval[];
  density: DensityBucket[];
  bucketSize: DensityBucketSize;
  /**
   * Where playback goes, in order: dated events at their as-of day, and the days the relations
   * active as of a date change (one stop per day; an event's stop stands for its day).
   */
  stops: PlaybackStop[];
  /** Where the events are densest, which the strip opens on; null to open on everything. */
  densest: DayInterval | null;
}

const derived = new WeakMap<GraphIndex, TimelineData>();

/**
 * What the timeline draws for a dataset, derived once per graph index: the loader derives it in a
 * task of its own before the dataset is stored (src/app/prepareDataset.ts), so the first render
 * of the timeline only reads it.
 */
export function timelineDataOf(index: GraphIndex): TimelineData {
  return derived.get(index) ?? runSteps(timelineDataSteps(index));
}

/** timelineDataOf in steps, a few tens of milliseconds each at 20,000 entities (domain/steps.ts). */
export function* timelineDataSteps(index: GraphIndex): Steps<TimelineData> {
  const known = derived.get(index);
  if (known) return known;
  const data = yield* deriveTimelineData(index);
  derived.set(index, data);
  return data;
}

export function useTimelineData(index: GraphIndex | null): TimelineData | null {
  return useMemo(() => (index ? timelineDataOf(index) : null), [index]);
}

function* deriveTimelineData(index: GraphIndex): Steps<TimelineData> {
  const events = chronologicalEvents(index);
  yield;
  const extent = timeExtent(index.dataset);
  yield;
  const segments = timeSegments(index.dataset);
  yield;
  const years = segments.reduce((sum, s) => sum + (s.lastDay + 1 - s.firstDay) / 365.25, 0);
  const bucketSize: DensityBucketSize = years > MAX_YEARS_BY_MONTH ? 'year' : 'month';
  const whole = segments.length
    ? { firstDay: segments[0]!.firstDay, lastDay: segments[segments.length - 1]!.lastDay }
    : null;
  const density = whole ? relationDensity(index.dataset.edges, whole, bucketSize) : [];
  yield;
  // In the order of the days playback pauses on: `2020` pauses at the end of 2020, after
  // the events of the months of 2020, although the list shows it first.
  const eventStops = events
    .flatMap((item) => (item.date ? [{ eventId: item.event.id, day: asOfDayOf(item.date) }] : []))
    .sort((a, b) => a.day - b.day);
  const eventDays = new Set(eventStops.map((s) => s.day));
  const days = changeDays(index);
  yield;
  const stops: PlaybackStop[] = [
    ...eventStops,
    ...days.flatMap((day) =>
      eventDays.has(day) || !whole || !isActiveOn(whole, day) ? [] : [{ day }],
    ),
  ].sort((a, b) => a.day - b.day);
  const totalDays = segments.reduce((sum, s) => sum + s.lastDay + 1 - s.firstDay, 0);
  const eventDates = events.flatMap((item) => (item.date ? [item.date] : []));
  const densest = whole ? densestPeriod(eventDates, whole, totalDays) : null;
  return { events, extent, segments, density, bucketSize, stops, densest };
}

import { useMemo } from 'react';
import { dayToIso, parsePartialDate, type DayInterval } from '../../domain/dates';
import type { GraphIndex } from '../../domain/graphIndex';
import {
  asOfDayOf,
  chronologicalEvents,
  relationDensity,
  timeExtent,
  type DensityBucket,
  type DensityBucketSize,
  type TimelineEvent,
} from '../../domain/timeline';

/** Beyond this many years the density band counts by year instead of by month. */
const MAX_YEARS_BY_MONTH = 40;

export interface PlaybackStop {
  eventId: string;
  /** The as-of day of the event: the last day its date covers. */
  day: number;
}

export interface TimelineData {
  events: TimelineEvent[];
  /** From the first to the last day any date of the dataset covers; null without dates. */
  extent: DayInterval | null;
  /** The extent widened to whole years: what the strip's axis and the slider span. */
  domain: DayInterval | null;
  density: DensityBucket[];
  bucketSize: DensityBucketSize;
  /** Dated events in order, where playback pauses. */
  stops: PlaybackStop[];
}

function wholeYears(extent: DayInterval): DayInterval {
  return {
    firstDay: parsePartialDate(dayToIso(extent.firstDay).slice(0, 4))!.firstDay,
    lastDay: parsePartialDate(dayToIso(extent.lastDay).slice(0, 4))!.lastDay,
  };
}

export function useTimelineData(index: GraphIndex | null): TimelineData | null {
  return useMemo(() => {
    if (!index) return null;
    const events = chronologicalEvents(index);
    const extent = timeExtent(index.dataset);
    const domain = extent ? wholeYears(extent) : null;
    const years = domain ? (domain.lastDay - domain.firstDay) / 365.25 : 0;
    const bucketSize: DensityBucketSize = years > MAX_YEARS_BY_MONTH ? 'year' : 'month';
    const density = domain ? relationDensity(index.dataset.edges, domain, bucketSize) : [];
    const stops = events.flatMap((item) =>
      item.date ? [{ eventId: item.event.id, day: asOfDayOf(item.date) }] : [],
    );
    return { events, extent, domain, density, bucketSize, stops };
  }, [index]);
}

import { useCallback, useEffect, useState } from 'react';
import { dayToIso, isoToDay } from '../../domain/dates';
import { addMonths } from '../../domain/timeline';
import type { LinkboardStore } from '../../store/store';
import type { PlaybackStop } from './useTimelineData';

export const PLAYBACK_SPEEDS = [0.5, 1, 2, 4] as const;
export type PlaybackSpeed = (typeof PLAYBACK_SPEEDS)[number];

/** At 1×: one month of time per step, twelve steps a second, and a pause on each event. */
const MS_PER_MONTH = 1000 / 12;
const MS_PAUSE_ON_EVENT = 1600;
/** With reduced motion there are no steps in between: event to event, with a longer pause. */
const MS_PAUSE_REDUCED = 2600;

function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-reduced-motion: reduce)').matches
    : false;
}

export interface Playback {
  playing: boolean;
  speed: PlaybackSpeed;
  setSpeed: (speed: PlaybackSpeed) => void;
  play: () => void;
  pause: () => void;
}

/**
 * Moves the as-of date from the first event to the last, a month at a time, pausing on each event
 * and selecting it. Starts from the current as-of date when it lies between two events. Under
 * `prefers-reduced-motion` it jumps from event to event instead.
 */
export function usePlayback(store: LinkboardStore, stops: readonly PlaybackStop[]): Playback {
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<PlaybackSpeed>(1);

  useEffect(() => {
    if (!playing || stops.length === 0) return;
    const reduced = prefersReducedMotion();
    const asOf = store.getState().view.asOf;
    const asOfDay = asOf === null ? null : isoToDay(asOf);
    const lastStop = stops[stops.length - 1]!;
    const resume = asOfDay !== null && asOfDay >= stops[0]!.day && asOfDay < lastStop.day;
    let current = resume ? asOfDay : stops[0]!.day;
    let next = resume ? stops.findIndex((s) => s.day > current) : 0;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const moveTo = (day: number, eventId?: string) => {
      current = day;
      const { setView, view } = store.getState();
      setView({
        asOf: dayToIso(day),
        range: null,
        selection: eventId ? { kind: 'event', id: eventId } : view.selection,
      });
    };
    const tick = () => {
      const stop = stops[next];
      if (!stop) {
        setPlaying(false);
        return;
      }
      if (reduced || current >= stop.day) {
        moveTo(stop.day, stop.eventId);
        next += 1;
        timer = setTimeout(tick, (reduced ? MS_PAUSE_REDUCED : MS_PAUSE_ON_EVENT) / speed);
      } else {
        moveTo(Math.min(addMonths(current, 1), stop.day));
        timer = setTimeout(tick, MS_PER_MONTH / speed);
      }
    };
    tick();
    return () => clearTimeout(timer);
  }, [playing, speed, stops, store]);

  const play = useCallback(() => setPlaying(stops.length > 0), [stops]);
  const pause = useCallback(() => setPlaying(false), []);
  return { playing, speed, setSpeed, play, pause };
}

import { useCallback, useEffect, useState } from 'react';
import { dayToIso, isoToDay } from '../../domain/dates';
import { addMonths } from '../../domain/timeline';
import type { ViewState } from '../../domain/viewState';
import type { LinkboardStore } from '../../store/store';
import { asOfPatch } from './timePatches';
import type { PlaybackStop } from './useTimelineData';

export const PLAYBACK_SPEEDS = [0.5, 1, 2, 4] as const;
export type PlaybackSpeed = (typeof PLAYBACK_SPEEDS)[number];

/** At 1×: one month of time per step, twelve steps a second, and a pause on each event. */
const MS_PER_MONTH = 1000 / 12;
const MS_PAUSE_ON_EVENT = 1600;
/** With reduced motion there are no steps in between: event to event, with a longer pause. */
const MS_PAUSE_REDUCED = 2600;
/**
 * Between two stops further apart than this, nothing changes on the canvas: playback jumps
 * instead of stepping through empty months (1920 to 1979 is one step, not 700).
 */
export const MAX_STEPPED_MONTHS = 12;

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
 * Where playback starts: at the selected event, else on from the as-of date when it lies before
 * the last stop, else at the first stop. The index of the first stop still to visit, and the day
 * to start from (null: go straight to that stop).
 */
export function playbackStart(
  stops: readonly PlaybackStop[],
  view: Pick<ViewState, 'asOf' | 'selection'>,
): { next: number; from: number | null } {
  const selected = view.selection?.kind === 'event' ? view.selection.id : null;
  const atEvent = selected === null ? -1 : stops.findIndex((s) => s.eventId === selected);
  if (atEvent >= 0) return { next: atEvent, from: null };
  const asOfDay = view.asOf === null ? null : isoToDay(view.asOf);
  const last = stops[stops.length - 1];
  if (asOfDay !== null && last && asOfDay < last.day) {
    const next = stops.findIndex((s) => s.day > asOfDay);
    return { next, from: asOfDay };
  }
  return { next: 0, from: null };
}

/**
 * Moves the as-of date along the stops (see useTimelineData): a month at a time where stops are
 * near, in one jump across longer empty stretches, pausing on each event and selecting it. Under
 * `prefers-reduced-motion` it jumps from event to event instead.
 */
export function usePlayback(store: LinkboardStore, stops: readonly PlaybackStop[]): Playback {
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<PlaybackSpeed>(1);

  useEffect(() => {
    if (!playing || stops.length === 0) return;
    const reduced = prefersReducedMotion();
    const route = reduced ? stops.filter((s) => s.eventId !== undefined) : stops;
    const start = playbackStart(route, store.getState().view);
    let next = start.next;
    let current = start.from ?? Number.NEGATIVE_INFINITY;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const moveTo = (day: number, eventId?: string) => {
      current = day;
      const { setView, view } = store.getState();
      setView({
        ...asOfPatch(dayToIso(day)),
        selection: eventId ? { kind: 'event', id: eventId } : view.selection,
      });
    };
    const tick = () => {
      const stop = route[next];
      if (!stop) {
        setPlaying(false);
        return;
      }
      const arrive =
        reduced ||
        !Number.isFinite(current) ||
        current >= stop.day ||
        addMonths(current, MAX_STEPPED_MONTHS) < stop.day;
      if (arrive) {
        moveTo(stop.day, stop.eventId);
        next += 1;
        const pause = stop.eventId ? MS_PAUSE_ON_EVENT : MS_PER_MONTH;
        timer = setTimeout(tick, (reduced ? MS_PAUSE_REDUCED : pause) / speed);
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

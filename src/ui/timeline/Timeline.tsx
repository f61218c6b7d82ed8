import { useCallback, useState } from 'react';
import { dayToIso, formatPartialDate, isoToDay, type DayInterval } from '../../domain/dates';
import type { DateRange, ViewState } from '../../domain/viewState';
import { asOfDayOf, type TimelineEvent } from '../../domain/timeline';
import { timeWindow } from '../../domain/view';
import { selectIndex } from '../../store/selectors';
import { useLinkboard, useLinkboardStore } from '../../store/store';
import { EventList } from './EventList';
import { PopoverButton } from './Popover';
import { DateField } from './DateField';
import { RangePanel } from './RangePanel';
import { TimelineStrip } from './TimelineStrip';
import { eventName } from './eventLabels';
import { PLAYBACK_SPEEDS, playbackStart, usePlayback, type PlaybackSpeed } from './usePlayback';
import { windowShowing } from './axisWindow';
import { useTimelineData, type TimelineData } from './useTimelineData';
import { asOfPatch } from './timePatches';
import { WhatChangedPanel } from './WhatChangedPanel';
import './timeline.css';

/** Where the reader's choice to fold or open the timeline is remembered, for every dataset. */
const FOLDED_KEY = 'linkboard.timeline';
/**
 * Below this window height the timeline starts folded into one line, unless the reader opened it
 * before: at 1024×700 it took 280 px, leaving the canvas too little height to fit the graph at a
 * zoom where names can be drawn.
 */
const FOLD_BELOW_HEIGHT = 760;

function startsFolded(): boolean {
  try {
    const saved = localStorage.getItem(FOLDED_KEY);
    if (saved === 'open' || saved === 'folded') return saved === 'folded';
  } catch {
    // Storage refused (private modes, sandboxed frames): decide by the window alone.
  }
  return typeof window !== 'undefined' && window.innerHeight < FOLD_BELOW_HEIGHT;
}

function rememberFolded(folded: boolean): void {
  try {
    localStorage.setItem(FOLDED_KEY, folded ? 'folded' : 'open');
  } catch {
    // Not remembered: the choice still holds for this page.
  }
}

/**
 * The timeline under the canvas: playback and date controls, the strip (events, density of active
 * relations, axis, as-of slider), and the event list beside it. Everything it sets is view state
 * (asOf, range, includeUndated, selection), so the canvas, the status line and the URL follow.
 */
export function Timeline() {
  const store = useLinkboardStore();
  const index = useLinkboard(selectIndex);
  const data = useTimelineData(index);
  const asOf = useLinkboard((s) => s.view.asOf);
  const range = useLinkboard((s) => s.view.range);
  const compare = useLinkboard((s) => s.view.compare);
  const includeUndated = useLinkboard((s) => s.view.includeUndated);
  const selection = useLinkboard((s) => s.view.selection);
  const setView = useLinkboard((s) => s.setView);
  const playback = usePlayback(store, data?.stops ?? NO_STOPS);
  const { pause } = playback;
  const [folded, setFolded] = useState(startsFolded);
  const fold = (next: boolean) => {
    setFolded(next);
    rememberFolded(next);
  };
  // The strip's zoom belongs to the dataset it was made on; another dataset opens on its densest
  // period. It follows the as-of date when that moves out of sight (playback, keys, events).
  const [zoomed, setZoomed] = useState<{
    data: TimelineData;
    window: DayInterval | null;
    asOf: string | null;
  } | null>(null);
  const ownZoom = zoomed && zoomed.data === data ? zoomed : null;
  const baseZoom = ownZoom ? ownZoom.window : (data?.densest ?? null);
  const asOfDay = asOf === null ? null : isoToDay(asOf);
  const zoom =
    data && asOfDay !== null && (!ownZoom || ownZoom.asOf !== asOf)
      ? windowShowing(data.segments, baseZoom, asOfDay)
      : baseZoom;
  const setZoom = useCallback(
    (window: DayInterval | null) => data && setZoomed({ data, window, asOf }),
    [data, asOf],
  );

  /** An event moves the as-of date to the last day its date covers (see asOfDayOf), and is selected. */
  const chooseEvent = useCallback(
    (item: TimelineEvent) => {
      pause();
      const selection = { kind: 'event', id: item.event.id } as const;
      setView(
        item.date ? { ...asOfPatch(dayToIso(asOfDayOf(item.date))), selection } : { selection },
      );
    },
    [pause, setView],
  );

  if (!data) return <section className="bottom-area timeline" aria-label="Timeline" />;
  const playFrom = playStartLabel(data, { asOf, selection });
  const { extent } = data;
  const rangeWindow = range && timeWindow({ range, asOf: null });

  if (folded)
    return (
      <section className="bottom-area timeline is-folded" aria-label="Timeline">
        <div className="timeline-folded">
          <button
            type="button"
            className="button"
            aria-expanded={false}
            onClick={() => fold(false)}
          >
            <span aria-hidden="true">▴ </span>Show timeline
          </button>
          <span className="timeline-folded-summary">
            {foldedSummary(asOf, range, playback.playing)} · {data.events.length} events
          </span>
        </div>
      </section>
    );

  return (
    <section className="bottom-area timeline" aria-label="Timeline">
      <div className="timeline-main">
        <div className="timeline-controls">
          <button
            type="button"
            className="button button-play"
            disabled={data.stops.length === 0}
            title={playback.playing ? undefined : playFrom}
            onClick={playback.playing ? playback.pause : playback.play}
          >
            <span aria-hidden="true">{playback.playing ? '❚❚' : '▶'}</span>
            {playback.playing ? 'Pause' : 'Play'}
          </button>
          <label className="timeline-field">
            <span>Speed</span>
            <select
              value={playback.speed}
              onChange={(e) => playback.setSpeed(Number(e.target.value) as PlaybackSpeed)}
            >
              {PLAYBACK_SPEEDS.map((speed) => (
                <option key={speed} value={speed}>
                  {speed}×
                </option>
              ))}
            </select>
          </label>
          <DateField
            label="Go to date"
            value={asOf}
            onCommit={(day) => {
              pause();
              setView(asOfPatch(day));
            }}
          />
          <button
            type="button"
            className="button"
            disabled={asOf === null && range === null && compare === null}
            onClick={() => {
              pause();
              setView(asOfPatch(null));
            }}
          >
            All dates
          </button>
          <label className="timeline-check">
            <input
              type="checkbox"
              checked={includeUndated}
              onChange={(e) => setView({ includeUndated: e.target.checked })}
            />
            Show undated relations
          </label>
          <PopoverButton label="Range…" title="Range" active={range !== null}>
            <RangePanel onInteract={pause} onZoom={() => rangeWindow && setZoom(rangeWindow)} />
          </PopoverButton>
          <PopoverButton label="What changed…" title="What changed" active={compare !== null}>
            <WhatChangedPanel events={data.events} />
          </PopoverButton>
          <button
            type="button"
            className="button timeline-fold"
            aria-label="Hide timeline"
            aria-expanded={true}
            onClick={() => fold(true)}
          >
            <span aria-hidden="true">▾ </span>Hide
          </button>
        </div>
        {extent ? (
          <TimelineStrip
            data={{ ...data, extent }}
            window={zoom}
            onWindowChange={setZoom}
            onInteract={pause}
            onChooseEvent={chooseEvent}
          />
        ) : (
          <p className="timeline-hint timeline-empty">
            Nothing in this dataset carries a date, so there is no time to show.
          </p>
        )}
      </div>
      <EventList events={data.events} onChoose={chooseEvent} />
    </section>
  );
}

const NO_STOPS: never[] = [];

/** What the folded timeline still tells: which time the canvas shows. */
function foldedSummary(asOf: string | null, range: DateRange | null, playing: boolean): string {
  const at = asOf === null ? '' : formatPartialDate(asOf);
  if (playing) return `Playing, at ${at}`;
  if (asOf !== null) return `As of ${at}`;
  if (range) return `From ${formatPartialDate(range.from)} to ${formatPartialDate(range.to)}`;
  return 'All dates';
}

/** "Play from …": the selected event, the as-of date, or the first stop (see playbackStart). */
function playStartLabel(data: TimelineData, view: Pick<ViewState, 'asOf' | 'selection'>): string {
  const { next, from } = playbackStart(data.stops, view);
  if (from !== null) return `Play on from ${formatPartialDate(dayToIso(from))}`;
  const stop = data.stops[next];
  if (!stop) return 'Play';
  const event = stop.eventId ? data.events.find((e) => e.event.id === stop.eventId) : undefined;
  return event
    ? `Play from ${eventName(event)}`
    : `Play from ${formatPartialDate(dayToIso(stop.day))}`;
}

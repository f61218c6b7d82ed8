import { useCallback, useState } from 'react';
import { dayToIso, type DayInterval } from '../../domain/dates';
import { asOfDayOf, type TimelineEvent } from '../../domain/timeline';
import { timeWindow } from '../../domain/view';
import { selectIndex } from '../../store/selectors';
import { useLinkboard, useLinkboardStore } from '../../store/store';
import { EventList } from './EventList';
import { PopoverButton } from './Popover';
import { DateField } from './DateField';
import { RangePanel } from './RangePanel';
import { TimelineStrip } from './TimelineStrip';
import { PLAYBACK_SPEEDS, usePlayback, type PlaybackSpeed } from './usePlayback';
import { clipSegments } from './timeAxis';
import { useTimelineData, type TimelineData } from './useTimelineData';
import { WhatChangedPanel } from './WhatChangedPanel';
import './timeline.css';

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
  const includeUndated = useLinkboard((s) => s.view.includeUndated);
  const setView = useLinkboard((s) => s.setView);
  const playback = usePlayback(store, data?.stops ?? NO_STOPS);
  const { pause } = playback;
  // The strip's zoom belongs to the dataset it was made on; another dataset starts unzoomed.
  const [zoomed, setZoomed] = useState<{ data: TimelineData; window: DayInterval } | null>(null);
  const zoom = zoomed && zoomed.data === data ? zoomed.window : null;

  /** An event moves the as-of date to the last day its date covers (see asOfDayOf), and is selected. */
  const chooseEvent = useCallback(
    (item: TimelineEvent) => {
      pause();
      const selection = { kind: 'event', id: item.event.id } as const;
      setView(
        item.date
          ? { asOf: dayToIso(asOfDayOf(item.date)), range: null, selection }
          : { selection },
      );
    },
    [pause, setView],
  );

  if (!data) return <section className="bottom-area timeline" aria-label="Timeline" />;
  const { extent } = data;
  const rangeWindow = range && timeWindow({ range, asOf: null });

  return (
    <section className="bottom-area timeline" aria-label="Timeline">
      <div className="timeline-main">
        <div className="timeline-controls">
          <button
            type="button"
            className="button button-play"
            disabled={data.stops.length === 0}
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
              setView({ asOf: day, range: null });
            }}
          />
          <button
            type="button"
            className="button"
            disabled={asOf === null && range === null}
            onClick={() => {
              pause();
              setView({ asOf: null, range: null });
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
            <RangePanel
              onInteract={pause}
              onZoom={() => rangeWindow && setZoomed({ data, window: rangeWindow })}
            />
          </PopoverButton>
          <PopoverButton label="What changed…" title="What changed">
            <WhatChangedPanel events={data.events} />
          </PopoverButton>
        </div>
        {extent ? (
          <TimelineStrip
            data={{
              ...data,
              extent,
              segments: zoom ? clipSegments(data.segments, zoom) : data.segments,
            }}
            onInteract={pause}
            onChooseEvent={chooseEvent}
            onShowAllYears={zoom ? () => setZoomed(null) : undefined}
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

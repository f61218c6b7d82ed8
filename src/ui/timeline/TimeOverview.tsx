import { useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { dayToIso, formatPartialDate, type DayInterval } from '../../domain/dates';
import { colourOfEventKind } from '../../graph/palette';
import {
  compressedDay,
  compressedLength,
  panWindow,
  shiftWindow,
  windowBetween,
  windowShares,
  zoomWindow,
} from './axisWindow';
import { dayAtX, xOfDay } from './timeAxis';
import { densityPath, OVERVIEW_HEIGHT, stripAxis } from './stripGeometry';
import type { TimelineData } from './useTimelineData';

/** A drag shorter than this is a click. */
const MIN_DRAG_PX = 4;

interface OverviewProps {
  data: Pick<TimelineData, 'segments' | 'density' | 'events'>;
  window: DayInterval | null;
  onWindowChange: (window: DayInterval | null) => void;
  width: number;
  top: number;
}

function describeWindow(window: DayInterval | null): string {
  if (!window) return 'All years';
  return `${formatPartialDate(dayToIso(window.firstDay))} – ${formatPartialDate(dayToIso(window.lastDay))}`;
}

/**
 * All years in small, with the part the strip shows framed: drag the frame to pan, drag across
 * the rest to frame another period, click to centre the frame there. The frame is a slider for
 * the keyboard: arrows pan, + and − zoom, Home and End go to the ends.
 */
export function TimeOverview({ data, window, onWindowChange, width, top }: OverviewProps) {
  const { segments } = data;
  const axis = useMemo(() => stripAxis(segments, width), [segments, width]);
  const maxCount = Math.max(1, ...data.density.map((b) => b.count));
  const band = useMemo(
    () => densityPath(axis, data.density, maxCount, 1, OVERVIEW_HEIGHT - 1),
    [axis, data.density, maxCount],
  );
  const drag = useRef<{ x: number; mode: 'pan' | 'frame'; window: DayInterval | null } | null>(
    null,
  );
  const total = compressedLength(segments);
  const shareAt = (x: number) => compressedDay(segments, dayAtX(axis, x)) / total;
  const frame = window
    ? { x0: xOfDay(axis, window.firstDay), x1: xOfDay(axis, window.lastDay + 1) }
    : null;

  const pointerX = (event: PointerEvent<SVGSVGElement>) =>
    event.clientX - event.currentTarget.getBoundingClientRect().left;
  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return;
    const x = pointerX(event);
    event.currentTarget.setPointerCapture(event.pointerId);
    const inFrame = frame !== null && x >= frame.x0 && x <= frame.x1;
    drag.current = { x, mode: inFrame ? 'pan' : 'frame', window };
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const start = drag.current;
    if (!start) return;
    const x = pointerX(event);
    if (Math.abs(x - start.x) < MIN_DRAG_PX) return;
    if (start.mode === 'pan')
      onWindowChange(shiftWindow(segments, start.window, (shareAt(x) - shareAt(start.x)) * total));
    else onWindowChange(windowBetween(segments, shareAt(start.x), shareAt(x)));
  };
  const onPointerUp = (event: PointerEvent<SVGSVGElement>) => {
    const start = drag.current;
    drag.current = null;
    if (!start || !window || Math.abs(pointerX(event) - start.x) >= MIN_DRAG_PX) return;
    // A click centres the frame on the day clicked.
    const [a, b] = windowShares(segments, window);
    onWindowChange(shiftWindow(segments, window, (shareAt(start.x) - (a + b) / 2) * total));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const centre = window
      ? Math.round((window.firstDay + window.lastDay) / 2)
      : axis.domain.lastDay;
    const moves: Record<string, () => DayInterval | null> = {
      ArrowLeft: () => panWindow(segments, window, -0.1),
      ArrowRight: () => panWindow(segments, window, 0.1),
      PageUp: () => panWindow(segments, window, -1),
      PageDown: () => panWindow(segments, window, 1),
      Home: () => panWindow(segments, window, -Infinity),
      End: () => panWindow(segments, window, Infinity),
      '+': () => zoomWindow(segments, window, 1 / 1.5, centre),
      '=': () => zoomWindow(segments, window, 1 / 1.5, centre),
      '-': () => zoomWindow(segments, window, 1.5, centre),
      '0': () => null,
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    onWindowChange(move());
  };

  const [shareStart] = windowShares(segments, window);
  return (
    <>
      <svg
        className="timeline-overview"
        width={width}
        height={OVERVIEW_HEIGHT}
        style={{ top }}
        aria-hidden="true"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => (drag.current = null)}
      >
        <rect
          className="timeline-overview-track"
          x={axis.x0}
          width={axis.x1 - axis.x0}
          y={0}
          height={OVERVIEW_HEIGHT}
        />
        {axis.breaks.map((gap) => (
          <rect
            key={gap.x0}
            className="timeline-overview-break"
            x={gap.x0}
            width={gap.x1 - gap.x0}
            y={0}
            height={OVERVIEW_HEIGHT}
          />
        ))}
        <path className="timeline-overview-density" d={band} />
        {data.events.map((item) =>
          item.date ? (
            <line
              key={item.event.id}
              className="timeline-overview-event"
              stroke={colourOfEventKind(item.kind)}
              x1={xOfDay(axis, item.date.firstDay)}
              x2={xOfDay(axis, item.date.firstDay)}
              y1={1}
              y2={6}
            />
          ) : null,
        )}
        {frame && (
          <>
            <rect
              className="timeline-overview-outside"
              x={axis.x0}
              width={Math.max(0, frame.x0 - axis.x0)}
              y={0}
              height={OVERVIEW_HEIGHT}
            />
            <rect
              className="timeline-overview-outside"
              x={frame.x1}
              width={Math.max(0, axis.x1 - frame.x1)}
              y={0}
              height={OVERVIEW_HEIGHT}
            />
          </>
        )}
      </svg>
      {/* After the overview, which spans the strip's width, so that it stays clickable. */}
      {window ? (
        <button
          type="button"
          className="timeline-row-label timeline-unzoom"
          style={{ top: top, height: OVERVIEW_HEIGHT }}
          onClick={() => onWindowChange(null)}
        >
          Show all years
        </button>
      ) : (
        <span className="timeline-row-label" style={{ top, height: OVERVIEW_HEIGHT }}>
          All years
        </span>
      )}
      <div
        role="slider"
        tabIndex={0}
        className="timeline-overview-frame"
        aria-label="Period shown on the strip"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(shareStart * 100)}
        aria-valuetext={describeWindow(window)}
        title="Drag to move the period shown; + and − zoom"
        style={{
          top,
          height: OVERVIEW_HEIGHT,
          left: frame ? frame.x0 : axis.x0,
          width: Math.max(4, frame ? frame.x1 - frame.x0 : axis.x1 - axis.x0),
        }}
        onKeyDown={onKeyDown}
      />
    </>
  );
}

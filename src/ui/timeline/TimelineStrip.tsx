import { scaleLinear } from 'd3-scale';
import { useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { dayToIso, formatPartialDate, isoToDay, type DayInterval } from '../../domain/dates';
import { EVENT_KIND_LABELS, type TimelineEvent } from '../../domain/timeline';
import { timeWindow } from '../../domain/view';
import { colourOfEventKind } from '../../graph/palette';
import { useLinkboard } from '../../store/store';
import { AsOfSlider } from './AsOfSlider';
import { describePrecision, eventName } from './eventLabels';
import { assignLanes, markSpan } from './markLayout';
import { axisTicks, buildTimeAxis, dayAtX, xOfDay, type TimeAxis } from './timeAxis';
import { rangePatch } from './timePatches';
import type { TimelineData } from './useTimelineData';
import { useElementWidth } from './useElementWidth';

/** Room on the left for row labels, on the right for the last label. */
const GUTTER = 92;
const PAD_RIGHT = 16;
/** The slider thumb's width (timeline.css): the axis spans the thumb centre's travel. */
const THUMB = 14;
const LANES = 4;
const LANE_HEIGHT = 7;
const LANE_GAP = 2;
const EVENTS_TOP = 5;
const EVENTS_HEIGHT = LANES * LANE_HEIGHT + (LANES - 1) * LANE_GAP;
const DENSITY_TOP = EVENTS_TOP + EVENTS_HEIGHT + 6;
const DENSITY_HEIGHT = 26;
const AXIS_Y = DENSITY_TOP + DENSITY_HEIGHT;
const SVG_HEIGHT = AXIS_Y + 17;
/** A drag shorter than this is a click, which sets the as-of date instead of a range. */
const MIN_BRUSH_PX = 5;

/** The band of active relations, one closed step path per stretch of the axis. */
function densityPath(axis: TimeAxis, density: TimelineData['density'], maxCount: number): string {
  const y = scaleLinear()
    .domain([0, maxCount])
    .range([AXIS_Y, DENSITY_TOP + 2]);
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
      return `M${segment.x0.toFixed(1)},${AXIS_Y}L${points.join('L')}L${segment.x1.toFixed(1)},${AXIS_Y}Z`;
    })
    .join('');
}

interface StripProps {
  data: TimelineData & { extent: DayInterval };
  onInteract: () => void;
  onChooseEvent: (item: TimelineEvent) => void;
  /** Given while the strip is zoomed to a range: undoes the zoom. */
  onShowAllYears?: () => void;
}

/**
 * The strip: events as marks over a density band of active relations, a time axis with breaks
 * over long empty gaps, and the as-of slider under it. Dragging across the band picks a range; a
 * click there sets the as-of date.
 */
export function TimelineStrip({ data, onInteract, onChooseEvent, onShowAllYears }: StripProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(containerRef, 640);
  const view = useLinkboard((s) => s.view);
  const setView = useLinkboard((s) => s.setView);
  const sliderId = useId();
  const tooltipId = useId();
  const [brush, setBrush] = useState<DayInterval | null>(null);
  const brushStartPx = useRef(0);
  const [shownEvent, setShownEvent] = useState<string | null>(null);
  const [focusedMark, setFocusedMark] = useState(0);

  const axis = useMemo(
    () =>
      buildTimeAxis(
        data.segments,
        GUTTER + THUMB / 2,
        Math.max(GUTTER + THUMB, width - PAD_RIGHT - THUMB / 2),
      ),
    [data.segments, width],
  );
  const maxCount = Math.max(1, ...data.density.map((b) => b.count));
  const band = useMemo(() => densityPath(axis, data.density, maxCount), [axis, data, maxCount]);
  const ticks = axisTicks(axis);

  const marks = useMemo(() => {
    // Only what falls on the axis (all of it unless the strip is zoomed), cut to the axis.
    const { firstDay, lastDay } = axis.domain;
    const dated = data.events.filter(
      (item) => item.date && item.date.lastDay >= firstDay && item.date.firstDay <= lastDay,
    );
    const spans = dated.map((item) =>
      markSpan(
        xOfDay(axis, Math.max(firstDay, item.date!.firstDay)),
        xOfDay(axis, Math.min(lastDay, item.date!.lastDay) + 1),
      ),
    );
    const lanes = assignLanes(spans, LANES);
    return dated.map((item, i) => ({ item, span: spans[i]!, lane: lanes[i]! }));
  }, [data.events, axis]);

  const selectedEventId = view.selection?.kind === 'event' ? view.selection.id : null;
  const selectedMark = marks.findIndex((m) => m.item.event.id === selectedEventId);
  const tabbableMark = selectedMark >= 0 ? selectedMark : Math.min(focusedMark, marks.length - 1);

  // What lies off a zoomed axis is not drawn; a range half on it is cut to it.
  const { firstDay, lastDay } = axis.domain;
  const asOf = view.asOf === null ? null : isoToDay(view.asOf);
  const asOfDay = asOf !== null && asOf >= firstDay && asOf <= lastDay ? asOf : null;
  const window = brush ?? (view.range ? timeWindow({ range: view.range, asOf: null }) : null);
  const shownRange =
    window && window.lastDay >= firstDay && window.firstDay <= lastDay
      ? { from: Math.max(firstDay, window.firstDay), to: Math.min(lastDay, window.lastDay) }
      : null;

  const pointerX = (event: PointerEvent<SVGSVGElement>) =>
    event.clientX - event.currentTarget.getBoundingClientRect().left;
  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return;
    onInteract();
    event.currentTarget.setPointerCapture(event.pointerId);
    brushStartPx.current = pointerX(event);
    const day = dayAtX(axis, brushStartPx.current);
    setBrush({ firstDay: day, lastDay: day });
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (!brush) return;
    const start = dayAtX(axis, brushStartPx.current);
    const here = dayAtX(axis, pointerX(event));
    setBrush({ firstDay: Math.min(start, here), lastDay: Math.max(start, here) });
  };
  const onPointerUp = (event: PointerEvent<SVGSVGElement>) => {
    if (!brush) return;
    const px = pointerX(event);
    setBrush(null);
    if (Math.abs(px - brushStartPx.current) < MIN_BRUSH_PX) {
      setView({ asOf: dayToIso(dayAtX(axis, px)), range: null });
    } else {
      const from = dayToIso(dayAtX(axis, brushStartPx.current));
      setView(rangePatch(view, { from, to: dayToIso(dayAtX(axis, px)) }));
    }
  };

  const onMarkKeyDown = (event: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const target = {
      ArrowRight: i + 1,
      ArrowDown: i + 1,
      ArrowLeft: i - 1,
      ArrowUp: i - 1,
      Home: 0,
      End: marks.length - 1,
    }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = Math.max(0, Math.min(marks.length - 1, target));
    setFocusedMark(next);
    event.currentTarget.parentElement?.querySelectorAll('button')[next]?.focus();
  };

  const shown = marks.find((m) => m.item.event.id === shownEvent);
  const { extent } = data;
  const densityLabel = `Dated relations active per ${data.bucketSize}, from ${formatPartialDate(dayToIso(extent.firstDay))} to ${formatPartialDate(dayToIso(extent.lastDay))}: at most ${maxCount} at once`;

  return (
    <div className="timeline-strip" ref={containerRef}>
      <span className="timeline-row-label" style={{ top: EVENTS_TOP, height: EVENTS_HEIGHT }}>
        Events
      </span>
      <span
        className="timeline-row-label"
        style={{ top: DENSITY_TOP, height: DENSITY_HEIGHT }}
        title={densityLabel}
      >
        Relations
        <small>max {maxCount}</small>
      </span>
      <svg
        className="timeline-svg"
        width={width}
        height={SVG_HEIGHT}
        role="img"
        aria-label={densityLabel}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => setBrush(null)}
      >
        {ticks
          .filter((tick) => tick.line)
          .map((tick) => (
            <line
              key={tick.x}
              className="timeline-grid"
              x1={tick.x}
              x2={tick.x}
              y1={EVENTS_TOP}
              y2={AXIS_Y + 4}
            />
          ))}
        {axis.breaks.map((gap) => (
          <g key={gap.x0} className="timeline-break">
            <rect x={gap.x0} width={gap.x1 - gap.x0} y={EVENTS_TOP} height={AXIS_Y - EVENTS_TOP} />
            <path d={`M${gap.x0 + 5},${AXIS_Y + 5}l4,-10M${gap.x1 - 9},${AXIS_Y + 5}l4,-10`} />
          </g>
        ))}
        <path className="timeline-density" d={band} />
        <path
          className="timeline-axis"
          d={axis.segments.map((s) => `M${s.x0},${AXIS_Y}H${s.x1}`).join('')}
        />
        {ticks.map((tick) => (
          <text key={tick.x} className="timeline-tick" x={tick.x} y={AXIS_Y + 14}>
            {tick.label}
          </text>
        ))}
        {shownRange && (
          <rect
            className="timeline-range"
            x={xOfDay(axis, shownRange.from)}
            width={Math.max(1, xOfDay(axis, shownRange.to + 1) - xOfDay(axis, shownRange.from))}
            y={EVENTS_TOP - 3}
            height={AXIS_Y - EVENTS_TOP + 3}
          />
        )}
        {asOfDay !== null && !shownRange && (
          <line
            className="timeline-as-of"
            x1={xOfDay(axis, asOfDay + 0.5)}
            x2={xOfDay(axis, asOfDay + 0.5)}
            y1={EVENTS_TOP - 4}
            y2={AXIS_Y + 4}
          />
        )}
      </svg>
      <div className="timeline-marks" role="group" aria-label="Events on the timeline">
        {marks.map(({ item, span, lane }, i) => (
          <button
            key={item.event.id}
            type="button"
            className={`timeline-mark timeline-mark-${item.date!.precision}`}
            style={{
              left: span.left,
              width: span.width,
              top: EVENTS_TOP + lane * (LANE_HEIGHT + LANE_GAP),
              height: LANE_HEIGHT,
              background: colourOfEventKind(item.kind),
            }}
            aria-label={eventName(item)}
            aria-current={item.event.id === selectedEventId || undefined}
            aria-describedby={shownEvent === item.event.id ? tooltipId : undefined}
            tabIndex={i === tabbableMark ? 0 : -1}
            onClick={() => onChooseEvent(item)}
            onKeyDown={(e) => onMarkKeyDown(e, i)}
            onFocus={() => {
              setFocusedMark(i);
              setShownEvent(item.event.id);
            }}
            onBlur={() => setShownEvent(null)}
            onMouseEnter={() => setShownEvent(item.event.id)}
            onMouseLeave={() => setShownEvent(null)}
          />
        ))}
      </div>
      {shown && (
        <div
          id={tooltipId}
          role="tooltip"
          className="timeline-tooltip"
          style={{
            left: Math.max(0, Math.min(width - 260, shown.span.left + shown.span.width / 2 - 130)),
          }}
        >
          <span className="timeline-tooltip-date">
            {describePrecision(shown.item)} · {EVENT_KIND_LABELS[shown.item.kind]}
          </span>
          <span>{shown.item.event.title}</span>
        </div>
      )}
      {onShowAllYears && (
        <button
          type="button"
          className="timeline-unzoom"
          style={{ top: AXIS_Y + 2 }}
          onClick={onShowAllYears}
        >
          Show all years
        </button>
      )}
      <label className="timeline-row-label timeline-slider-label" htmlFor={sliderId}>
        As of date
      </label>
      <AsOfSlider
        id={sliderId}
        axis={axis}
        extent={extent}
        onInteract={onInteract}
        style={{ left: GUTTER, width: Math.max(THUMB, width - GUTTER - PAD_RIGHT) }}
      />
    </div>
  );
}

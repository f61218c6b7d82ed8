import { scaleLinear, scaleUtc } from 'd3-scale';
import { useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { dayToIso, formatPartialDate, isoToDay, type DayInterval } from '../../domain/dates';
import { EVENT_KIND_LABELS, clampDay, type TimelineEvent } from '../../domain/timeline';
import { colourOfEventKind } from '../../graph/palette';
import { useLinkboard } from '../../store/store';
import { AsOfSlider } from './AsOfSlider';
import { rangePatch } from './timePatches';
import { describePrecision, eventName } from './eventLabels';
import { assignLanes, markSpan } from './markLayout';
import type { TimelineData } from './useTimelineData';
import { useElementWidth } from './useElementWidth';

const MS_PER_DAY = 86_400_000;
/** Room on the left for row labels, on the right for the last year label. */
const GUTTER = 88;
const PAD_RIGHT = 16;
/** The slider thumb's width (timeline.css): the axis spans the thumb centre's travel. */
const THUMB = 14;
const LANES = 3;
const LANE_HEIGHT = 9;
const LANE_GAP = 2;
const EVENTS_TOP = 5;
const EVENTS_HEIGHT = LANES * LANE_HEIGHT + (LANES - 1) * LANE_GAP;
const DENSITY_TOP = EVENTS_TOP + EVENTS_HEIGHT + 7;
const DENSITY_HEIGHT = 28;
const AXIS_Y = DENSITY_TOP + DENSITY_HEIGHT;
const SVG_HEIGHT = AXIS_Y + 17;
/** A drag shorter than this is a click, which sets the as-of date instead of a range. */
const MIN_BRUSH_PX = 5;

const dateOfDay = (day: number) => new Date(day * MS_PER_DAY);

interface StripProps {
  data: TimelineData & { domain: DayInterval; extent: DayInterval };
  onInteract: () => void;
  onChooseEvent: (item: TimelineEvent) => void;
}

/**
 * The strip: events as marks over a density band of active relations, a time axis, and the as-of
 * slider under it. Dragging across the band picks a range; a click there sets the as-of date.
 */
export function TimelineStrip({ data, onInteract, onChooseEvent }: StripProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(containerRef, 640);
  const view = useLinkboard((s) => s.view);
  const setView = useLinkboard((s) => s.setView);
  const sliderId = useId();
  const tooltipId = useId();
  const [brush, setBrush] = useState<{ from: number; to: number } | null>(null);
  const [shownEvent, setShownEvent] = useState<string | null>(null);
  const [focusedMark, setFocusedMark] = useState(0);
  const brushStartPx = useRef(0);
  const { domain, extent } = data;

  const x = useMemo(
    () =>
      scaleUtc()
        .domain([dateOfDay(domain.firstDay), dateOfDay(domain.lastDay + 1)])
        .range([GUTTER + THUMB / 2, Math.max(GUTTER + THUMB, width - PAD_RIGHT - THUMB / 2)]),
    [domain, width],
  );
  const xOfDay = (day: number) => x(dateOfDay(day));
  const dayAt = (px: number) => clampDay(Math.floor(x.invert(px).getTime() / MS_PER_DAY), domain);

  const maxCount = Math.max(1, ...data.density.map((b) => b.count));
  const densityPath = useMemo(() => {
    const y = scaleLinear()
      .domain([0, maxCount])
      .range([AXIS_Y, DENSITY_TOP + 2]);
    const points = data.density.flatMap((b) => [
      `${x(dateOfDay(b.firstDay)).toFixed(1)},${y(b.count).toFixed(1)}`,
      `${x(dateOfDay(b.lastDay + 1)).toFixed(1)},${y(b.count).toFixed(1)}`,
    ]);
    if (points.length === 0) return '';
    const start = x(dateOfDay(data.density[0]!.firstDay)).toFixed(1);
    const end = x(dateOfDay(data.density[data.density.length - 1]!.lastDay + 1)).toFixed(1);
    return `M${start},${AXIS_Y}L${points.join('L')}L${end},${AXIS_Y}Z`;
  }, [data.density, maxCount, x]);

  const tickCount = Math.max(2, Math.floor((width - GUTTER) / 64));
  // A tick at the very end (1 January after the last year) would name a year with no data.
  const ticks = x.ticks(tickCount).filter((t) => t.getTime() < (domain.lastDay + 1) * MS_PER_DAY);
  const tickLabel = x.tickFormat(tickCount);

  const marks = useMemo(() => {
    const dated = data.events.filter((item) => item.date !== null);
    const spans = dated.map((item) =>
      markSpan(x(dateOfDay(item.date!.firstDay)), x(dateOfDay(item.date!.lastDay + 1))),
    );
    const lanes = assignLanes(spans, LANES);
    return dated.map((item, i) => ({ item, span: spans[i]!, lane: lanes[i]! }));
  }, [data.events, x]);

  const selectedEventId = view.selection?.kind === 'event' ? view.selection.id : null;
  const selectedMark = marks.findIndex((m) => m.item.event.id === selectedEventId);
  const tabbableMark = selectedMark >= 0 ? selectedMark : Math.min(focusedMark, marks.length - 1);

  const asOfDay = view.asOf === null ? null : isoToDay(view.asOf);
  const rangeDays = view.range
    ? [isoToDay(view.range.from), isoToDay(view.range.to)].filter((d): d is number => d !== null)
    : [];
  const shownRange =
    brush ??
    (rangeDays.length === 2 ? { from: Math.min(...rangeDays), to: Math.max(...rangeDays) } : null);

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return;
    onInteract();
    event.currentTarget.setPointerCapture(event.pointerId);
    const px = event.clientX - event.currentTarget.getBoundingClientRect().left;
    setBrush({ from: dayAt(px), to: dayAt(px) });
    brushStartPx.current = px;
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (!brush) return;
    const px = event.clientX - event.currentTarget.getBoundingClientRect().left;
    const start = dayAt(brushStartPx.current);
    const here = dayAt(px);
    setBrush({ from: Math.min(start, here), to: Math.max(start, here) });
  };
  const onPointerUp = (event: PointerEvent<SVGSVGElement>) => {
    if (!brush) return;
    const px = event.clientX - event.currentTarget.getBoundingClientRect().left;
    setBrush(null);
    if (Math.abs(px - brushStartPx.current) < MIN_BRUSH_PX) {
      setView({ asOf: dayToIso(dayAt(px)), range: null });
    } else {
      const range = { from: dayToIso(dayAt(brushStartPx.current)), to: dayToIso(dayAt(px)) };
      setView(rangePatch(view, range));
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
    const buttons = event.currentTarget.parentElement?.querySelectorAll('button');
    buttons?.[next]?.focus();
  };

  const shown = marks.find((m) => m.item.event.id === shownEvent);
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
        {ticks.map((tick) => (
          <line
            key={tick.getTime()}
            className="timeline-grid"
            x1={x(tick)}
            x2={x(tick)}
            y1={EVENTS_TOP}
            y2={AXIS_Y + 4}
          />
        ))}
        <path className="timeline-density" d={densityPath} />
        <line
          className="timeline-axis"
          x1={GUTTER + THUMB / 2}
          x2={width - PAD_RIGHT - THUMB / 2}
          y1={AXIS_Y}
          y2={AXIS_Y}
        />
        {ticks.map((tick) => (
          <text key={tick.getTime()} className="timeline-tick" x={x(tick)} y={AXIS_Y + 14}>
            {tickLabel(tick)}
          </text>
        ))}
        {shownRange && (
          <rect
            className="timeline-range"
            x={xOfDay(shownRange.from)}
            width={Math.max(1, xOfDay(shownRange.to + 1) - xOfDay(shownRange.from))}
            y={EVENTS_TOP - 3}
            height={AXIS_Y - EVENTS_TOP + 3}
          />
        )}
        {asOfDay !== null && !shownRange && (
          <line
            className="timeline-as-of"
            x1={xOfDay(asOfDay + 0.5)}
            x2={xOfDay(asOfDay + 0.5)}
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
      <label className="timeline-row-label timeline-slider-label" htmlFor={sliderId}>
        As of date
      </label>
      <AsOfSlider
        id={sliderId}
        domain={domain}
        extent={extent}
        onInteract={onInteract}
        style={{ left: GUTTER, width: Math.max(THUMB, width - GUTTER - PAD_RIGHT) }}
      />
    </div>
  );
}

import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import {
  dayToIso,
  formatInterval,
  formatPartialDate,
  isoToDay,
  overlaps,
  type DayInterval,
} from '../../domain/dates';
import { barInterval, selectionActivity, type TimeBar } from '../../domain/entityTimeline';
import { EVENT_KIND_LABELS, type TimelineEvent } from '../../domain/timeline';
import { timeWindow } from '../../domain/view';
import type { Selection } from '../../domain/viewState';
import { colourOfEventKind, SELECTION_COLOUR } from '../../graph/palette';
import { selectIndex } from '../../store/selectors';
import { useLinkboard } from '../../store/store';
import { AsOfSlider } from './AsOfSlider';
import { panWindow, zoomWindow } from './axisWindow';
import { describePrecision, eventName } from './eventLabels';
import { assignLanes, markSpan } from './markLayout';
import { densityPath, GUTTER, OVERVIEW_HEIGHT, PAD_RIGHT, stripAxis, THUMB } from './stripGeometry';
import { TimeOverview } from './TimeOverview';
import { axisTicks, clipSegments, dayAtX, xOfDay, type TimeAxis } from './timeAxis';
import { asOfPatch, rangePatch } from './timePatches';
import type { TimelineData } from './useTimelineData';
import { useElementWidth } from './useElementWidth';

const LANES = 4;
const LANE_HEIGHT = 7;
const LANE_GAP = 2;
const EVENTS_TOP = 5;
const EVENTS_HEIGHT = LANES * LANE_HEIGHT + (LANES - 1) * LANE_GAP;
const SELECTION_TOP = EVENTS_TOP + EVENTS_HEIGHT + 4;
const SELECTION_LANES = 3;
const SELECTION_LANE_HEIGHT = 4;
const SELECTION_LANE_GAP = 1.5;
const SELECTION_HEIGHT =
  SELECTION_LANES * SELECTION_LANE_HEIGHT + (SELECTION_LANES - 1) * SELECTION_LANE_GAP;
const DENSITY_TOP = SELECTION_TOP + SELECTION_HEIGHT + 4;
const DENSITY_HEIGHT = 24;
const AXIS_Y = DENSITY_TOP + DENSITY_HEIGHT;
const SVG_HEIGHT = AXIS_Y + 17;
const SLIDER_HEIGHT = 18;
const OVERVIEW_TOP = SVG_HEIGHT + SLIDER_HEIGHT + 2;
/** The strip's whole height: SVG, slider, overview. */
export const STRIP_HEIGHT = OVERVIEW_TOP + OVERVIEW_HEIGHT + 4;
/** A drag shorter than this is a click, which sets the as-of date instead of a range. */
const MIN_BRUSH_PX = 5;
/** How far one notch of the wheel (100 px of delta) zooms. */
const ZOOM_PER_100PX = 1.35;
/** The width of the faded tail that says a bar's end is open. */
const OPEN_TAIL = 10;

/** What the strip draws for the selection: selected entities and relations. */
function selectedIds(selection: Selection | null): {
  nodeIds: ReadonlySet<string>;
  edgeIds: ReadonlySet<string>;
} {
  return {
    nodeIds: new Set(selection?.kind === 'node' ? [selection.id] : []),
    edgeIds: new Set(selection?.kind === 'edge' ? [selection.id] : []),
  };
}

interface DrawnBar {
  key: string;
  title: string;
  x0: number;
  x1: number;
  lane: number;
  openStart: boolean;
  openEnd: boolean;
}

/** The selection's relations as bars on the axis, cut to it, in lanes so that few overlap. */
function selectionBars(
  axis: TimeAxis,
  bars: readonly TimeBar[],
  describe: (bar: TimeBar) => string,
): DrawnBar[] {
  const { firstDay, lastDay } = axis.domain;
  const shown = bars.filter((bar) => overlaps(barInterval(bar), axis.domain));
  const spans = shown.map((bar) => {
    const interval = barInterval(bar);
    return markSpan(
      xOfDay(axis, Math.max(firstDay, interval.firstDay)),
      xOfDay(axis, Math.min(lastDay, interval.lastDay) + 1),
    );
  });
  const lanes = assignLanes(spans, SELECTION_LANES);
  return shown.map((bar, i) => ({
    key: bar.edge.id,
    title: describe(bar),
    x0: spans[i]!.left,
    x1: spans[i]!.left + spans[i]!.width,
    lane: lanes[i]!,
    openStart: bar.since === null,
    openEnd: bar.until === null,
  }));
}

function SelectionBar({ bar }: { bar: DrawnBar }) {
  const y = SELECTION_TOP + bar.lane * (SELECTION_LANE_HEIGHT + SELECTION_LANE_GAP);
  const tail = Math.min(OPEN_TAIL, (bar.x1 - bar.x0) / 3);
  const x0 = bar.openStart ? bar.x0 + tail : bar.x0;
  const x1 = bar.openEnd ? bar.x1 - tail : bar.x1;
  return (
    <g className="timeline-selection-bar" fill={SELECTION_COLOUR}>
      <title>{bar.title}</title>
      <rect x={x0} width={Math.max(1, x1 - x0)} y={y} height={SELECTION_LANE_HEIGHT} rx={1} />
      {bar.openStart && (
        <rect
          className="timeline-selection-open"
          x={bar.x0}
          width={tail}
          y={y}
          height={SELECTION_LANE_HEIGHT}
        />
      )}
      {bar.openEnd && (
        <rect
          className="timeline-selection-open"
          x={x1}
          width={tail}
          y={y}
          height={SELECTION_LANE_HEIGHT}
        />
      )}
    </g>
  );
}

interface StripProps {
  data: TimelineData & { extent: DayInterval };
  /** The part of the axis shown (the zoom), or null for all of it. */
  window: DayInterval | null;
  onWindowChange: (window: DayInterval | null) => void;
  onInteract: () => void;
  onChooseEvent: (item: TimelineEvent) => void;
}

/**
 * The strip: events as marks, the selection's relations as bars in the selection colour, a
 * density band of active relations, a time axis with breaks over long empty gaps, the as-of
 * slider, and an overview of all years with the part shown. Dragging across the strip picks a
 * range; a click there sets the as-of date; the wheel zooms about the pointer (with Shift, or
 * sideways, it pans).
 */
export function TimelineStrip({
  data,
  window: shownWindow,
  onWindowChange,
  onInteract,
  onChooseEvent,
}: StripProps) {
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

  const index = useLinkboard(selectIndex);
  const segments = useMemo(
    () => (shownWindow ? clipSegments(data.segments, shownWindow) : data.segments),
    [data.segments, shownWindow],
  );
  const axis = useMemo(() => stripAxis(segments, width), [segments, width]);
  const maxCount = Math.max(1, ...data.density.map((b) => b.count));
  const band = useMemo(
    () => densityPath(axis, data.density, maxCount, DENSITY_TOP, AXIS_Y),
    [axis, data, maxCount],
  );
  const ticks = axisTicks(axis);

  const selection = view.selection;
  const activity = useMemo(() => {
    const { nodeIds, edgeIds } = selectedIds(selection);
    if (!index || (nodeIds.size === 0 && edgeIds.size === 0)) return null;
    return selectionActivity(index, nodeIds, edgeIds);
  }, [index, selection]);
  const bars = useMemo(() => {
    if (!activity || !index) return [];
    const label = (id: string) => index.nodesById.get(id)?.label ?? id;
    return selectionBars(
      axis,
      activity.bars,
      ({ edge }) =>
        `${label(edge.source)} ${edge.label ?? index.relationOf(edge).label} ${label(edge.target)}, ${formatInterval(edge.since, edge.until)}`,
    );
  }, [activity, axis, index]);

  // The wheel zooms about the pointer, or pans with Shift or a sideways scroll. A native
  // listener, since React's wheel listeners are passive and could not keep the page still.
  const wheelState = useRef({ axis, segments: data.segments, window: shownWindow, onWindowChange });
  useEffect(() => {
    wheelState.current = { axis, segments: data.segments, window: shownWindow, onWindowChange };
  });
  useEffect(() => {
    const element = containerRef.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      const { axis, segments, window, onWindowChange } = wheelState.current;
      const x = event.clientX - element.getBoundingClientRect().left;
      if (x < axis.x0 || x > axis.x1) return;
      event.preventDefault();
      const sideways = Math.abs(event.deltaX) > Math.abs(event.deltaY);
      const delta =
        event.deltaMode === 1
          ? (sideways ? event.deltaX : event.deltaY) * 33
          : sideways
            ? event.deltaX
            : event.deltaY;
      if (sideways || event.shiftKey) {
        onWindowChange(panWindow(segments, window, delta / 500));
      } else {
        const factor = ZOOM_PER_100PX ** (delta / 100);
        onWindowChange(zoomWindow(segments, window, factor, dayAtX(axis, x)));
      }
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, []);

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
  // A range or a comparison is drawn as a period over the strip.
  const window = brush ?? timeWindow({ range: view.range, asOf: null, compare: view.compare });
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
      setView(asOfPatch(dayToIso(dayAtX(axis, px))));
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
    <div className="timeline-strip" ref={containerRef} style={{ height: STRIP_HEIGHT }}>
      <span className="timeline-row-label" style={{ top: EVENTS_TOP, height: EVENTS_HEIGHT }}>
        Events
      </span>
      <span
        className="timeline-row-label timeline-selection-label"
        style={{ top: SELECTION_TOP - 2, height: SELECTION_HEIGHT + 4 }}
      >
        Selected
        {activity && (
          <small
            title={`${activity.bars.length} of its ${activity.bars.length + activity.undatedCount} relations carry a date`}
          >
            {activity.bars.length}/{activity.bars.length + activity.undatedCount} dated
          </small>
        )}
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
        aria-label={
          activity
            ? `${densityLabel}. The selection: ${activity.bars.length} dated relations, ${activity.undatedCount} undated, ${activity.eventIds.size} events`
            : densityLabel
        }
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
        {bars.map((bar) => (
          <SelectionBar key={bar.key} bar={bar} />
        ))}
        {!activity && (
          <text
            className="timeline-selection-hint"
            x={axis.x0}
            y={SELECTION_TOP + SELECTION_HEIGHT - 3}
          >
            Select an entity to see when it was active
          </text>
        )}
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
            className={`timeline-mark timeline-mark-${item.date!.precision}${
              activity
                ? activity.eventIds.has(item.event.id)
                  ? ' timeline-mark-of-selection'
                  : ' timeline-mark-other'
                : ''
            }`}
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
      <label
        className="timeline-row-label timeline-slider-label"
        htmlFor={sliderId}
        style={{ top: SVG_HEIGHT, height: SLIDER_HEIGHT }}
      >
        As of date
      </label>
      <AsOfSlider
        id={sliderId}
        axis={axis}
        extent={extent}
        onInteract={onInteract}
        style={{
          left: GUTTER,
          width: Math.max(THUMB, width - GUTTER - PAD_RIGHT),
          top: SVG_HEIGHT,
          height: SLIDER_HEIGHT,
        }}
      />
      <TimeOverview
        data={data}
        window={shownWindow}
        onWindowChange={onWindowChange}
        width={width}
        top={OVERVIEW_TOP}
      />
    </div>
  );
}

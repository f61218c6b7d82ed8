import { describe, expect, it } from 'vitest';
import { isoToDay } from '../../../src/domain/dates';
import { assignLanes, markSpan, MIN_MARK_WIDTH } from '../../../src/ui/timeline/markLayout';
import {
  axisTicks,
  BREAK_WIDTH,
  buildTimeAxis,
  clipSegments,
  dayAtX,
  MIN_SEGMENT_WIDTH,
  tickLabel,
  xOfDay,
} from '../../../src/ui/timeline/timeAxis';

const day = (iso: string) => isoToDay(iso) as number;
const years = (first: string, last: string) => ({
  firstDay: day(`${first}-01-01`),
  lastDay: day(`${last}-12-31`),
});

describe('the time axis', () => {
  const axis = buildTimeAxis([years('1920', '1920'), years('2007', '2020')], 100, 600);

  it('draws each stretch at its own scale with a break between them', () => {
    const [old, recent] = axis.segments;
    expect(old!.x1 - old!.x0).toBe(MIN_SEGMENT_WIDTH);
    expect(recent!.x0 - old!.x1).toBe(BREAK_WIDTH);
    expect(recent!.x1).toBe(600);
    expect(axis.breaks).toEqual([{ x0: old!.x1, x1: recent!.x0 }]);
    // Linear inside a stretch: 2014 starts half-way through 2007–2020.
    expect(xOfDay(axis, day('2014-01-01'))).toBeCloseTo((recent!.x0 + recent!.x1) / 2, 0);
  });

  it('finds the day at a position, within the axis', () => {
    expect(dayAtX(axis, xOfDay(axis, day('2016-03-01')))).toBe(day('2016-03-01'));
    expect(dayAtX(axis, 0)).toBe(day('1920-01-01'));
    expect(dayAtX(axis, 10_000)).toBe(day('2020-12-31'));
  });

  it('labels a narrow stretch once in its middle and ticks the others', () => {
    const ticks = axisTicks(axis);
    expect(ticks[0]).toMatchObject({ label: '1920', line: false });
    expect(ticks.slice(1).every((t) => t.line && /^\d{4}$/.test(t.label))).toBe(true);
    expect(ticks.map((t) => t.label)).not.toContain('2021');
  });

  it('names ticks by year, month or day as they fall', () => {
    expect(tickLabel(new Date(Date.UTC(2020, 0, 1)))).toBe('2020');
    expect(tickLabel(new Date(Date.UTC(2020, 1, 1)))).toBe('Feb');
    expect(tickLabel(new Date(Date.UTC(2020, 4, 14)))).toBe('14 May');
  });

  it('zooms to the parts of the stretches inside a window', () => {
    const segments = [years('1920', '1920'), years('2007', '2020')];
    expect(clipSegments(segments, years('2019', '2025'))).toEqual([years('2019', '2020')]);
    expect(clipSegments(segments, years('1990', '1995'))).toEqual([years('1990', '1995')]);
  });
});

describe('event marks', () => {
  it('span the period of a date, widened about its middle when too narrow', () => {
    expect(markSpan(10, 40)).toEqual({ left: 10, width: 30 });
    expect(markSpan(10, 12)).toEqual({ left: 11 - MIN_MARK_WIDTH / 2, width: MIN_MARK_WIDTH });
  });

  it('go in lanes, the narrow ones first so a wide bar does not take their lane', () => {
    const year = { left: 0, width: 100 };
    const month1 = { left: 10, width: 7 };
    const month2 = { left: 12, width: 7 };
    const later = { left: 50, width: 7 };
    expect(assignLanes([year, month1, month2, later], 3)).toEqual([2, 0, 1, 0]);
    // With too few lanes, the least crowded one.
    expect(assignLanes([month1, month2, { left: 14, width: 7 }], 2)).toEqual([0, 1, 0]);
  });
});

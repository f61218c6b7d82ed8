import { describe, expect, it } from 'vitest';
import { dayToIso, isoToDay, type DayInterval } from '../../../src/domain/dates';
import {
  compressedDay,
  compressedLength,
  dayAtCompressed,
  MIN_WINDOW_DAYS,
  panWindow,
  windowBetween,
  windowShares,
  windowShowing,
  zoomWindow,
} from '../../../src/ui/timeline/axisWindow';

const day = (iso: string) => isoToDay(iso)!;
const iso = (w: DayInterval | null) => w && [dayToIso(w.firstDay), dayToIso(w.lastDay)];
// 1920 alone, then 2007–2020: the shape of the default dataset's axis.
const segments = [
  { firstDay: day('1920-01-01'), lastDay: day('1920-12-31') },
  { firstDay: day('2007-01-01'), lastDay: day('2020-12-31') },
];
const length1920 = 366;

describe('places along the stretches', () => {
  it('leave the gaps out', () => {
    expect(compressedDay(segments, day('1920-01-01'))).toBe(0);
    expect(compressedDay(segments, day('1950-06-01'))).toBe(length1920);
    expect(compressedDay(segments, day('2007-01-01'))).toBe(length1920);
    expect(compressedDay(segments, day('2007-01-11'))).toBe(length1920 + 10);
    expect(compressedLength(segments)).toBe(length1920 + day('2021-01-01') - day('2007-01-01'));
  });

  it('turn back into days, skipping the gaps', () => {
    for (const d of ['1920-03-04', '2007-01-01', '2019-05-14', '2020-12-31'])
      expect(dayToIso(dayAtCompressed(segments, compressedDay(segments, day(d))))).toBe(d);
    expect(dayToIso(dayAtCompressed(segments, length1920))).toBe('2007-01-01');
  });
});

describe('zoomWindow', () => {
  it('zooms in about a day that stays in place', () => {
    const zoomed = zoomWindow(segments, null, 0.5, day('2020-12-31'));
    expect(iso(zoomed)?.[1]).toBe('2020-12-31');
    const [start, end] = windowShares(segments, zoomed);
    expect(end - start).toBeCloseTo(0.5, 2);
  });

  it('never goes below the narrowest window, and back to everything when zoomed out far', () => {
    let window: DayInterval | null = null;
    for (let i = 0; i < 40; i++) window = zoomWindow(segments, window, 0.5, day('2019-06-15'));
    expect(window!.lastDay - window!.firstDay + 1).toBe(MIN_WINDOW_DAYS);
    expect(window!.firstDay <= day('2019-06-15') && day('2019-06-15') <= window!.lastDay).toBe(
      true,
    );
    for (let i = 0; i < 40; i++) window = zoomWindow(segments, window, 2, day('2019-06-15'));
    expect(window).toBeNull();
  });
});

describe('panWindow', () => {
  const twoYears = { firstDay: day('2019-01-01'), lastDay: day('2020-12-31') };

  it('moves by a share of the width and stops at the ends', () => {
    const back = panWindow(segments, twoYears, -0.5)!;
    expect(twoYears.firstDay - back.firstDay).toBe(365); // half of 731 days, rounded
    expect(back.lastDay - back.firstDay).toBe(twoYears.lastDay - twoYears.firstDay);
    expect(iso(panWindow(segments, twoYears, 1))).toEqual(['2019-01-01', '2020-12-31']);
  });

  it('crosses an empty gap as if it were not there', () => {
    const early = { firstDay: day('2007-01-01'), lastDay: day('2008-12-31') };
    const moved = panWindow(segments, early, -0.1)!;
    expect(dayToIso(moved.firstDay).startsWith('1920-')).toBe(true);
    expect(
      compressedDay(segments, moved.lastDay + 1) - compressedDay(segments, moved.firstDay),
    ).toBe(compressedDay(segments, early.lastDay + 1) - compressedDay(segments, early.firstDay));
  });

  it('does nothing unzoomed', () => {
    expect(panWindow(segments, null, 0.5)).toBeNull();
  });
});

describe('windowShowing', () => {
  const twoYears = { firstDay: day('2019-01-01'), lastDay: day('2020-12-31') };

  it('keeps a window that shows the day', () => {
    expect(windowShowing(segments, twoYears, day('2020-01-31'))).toBe(twoYears);
  });

  it('moves the window to a day outside it, keeping its width', () => {
    const moved = windowShowing(segments, twoYears, day('2008-06-30'))!;
    expect(moved.firstDay <= day('2008-06-30') && day('2008-06-30') <= moved.lastDay).toBe(true);
    const [a, b] = windowShares(segments, moved);
    const [c, d] = windowShares(segments, twoYears);
    expect(b - a).toBeCloseTo(d - c, 5);
  });
});

describe('windowBetween', () => {
  it('makes a window from two shares of the overview, in either order', () => {
    expect(windowBetween(segments, 0.9, 0.6)).toEqual(windowBetween(segments, 0.6, 0.9));
    const [a, b] = windowShares(segments, windowBetween(segments, 0.6, 0.9));
    expect(a).toBeCloseTo(0.6, 2);
    expect(b).toBeCloseTo(0.9, 2);
  });

  it('is everything when it covers everything', () => {
    expect(windowBetween(segments, 0, 1)).toBeNull();
  });
});

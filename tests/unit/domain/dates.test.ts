import { describe, expect, it } from 'vitest';
import {
  formatInterval,
  formatPartialDate,
  intervalOf,
  isActiveOn,
  isOrdered,
  isoToDay,
  parsePartialDate,
  dayToIso,
} from '../../../src/domain/dates';

const day = (iso: string) => isoToDay(iso) as number;

describe('partial dates', () => {
  it('a year covers 1 January to 31 December', () => {
    const d = parsePartialDate('2007');
    expect(d && [dayToIso(d.firstDay), dayToIso(d.lastDay), d.precision]).toEqual([
      '2007-01-01',
      '2007-12-31',
      'year',
    ]);
  });

  it('a month covers its first to its last day, leap years included', () => {
    const d = parsePartialDate('2008-02');
    expect(d && [dayToIso(d.firstDay), dayToIso(d.lastDay)]).toEqual(['2008-02-01', '2008-02-29']);
    const e = parsePartialDate('2019-02');
    expect(e && dayToIso(e.lastDay)).toBe('2019-02-28');
  });

  it('a day covers itself', () => {
    const d = parsePartialDate('2019-05-14');
    expect(d && d.firstDay === d.lastDay && dayToIso(d.firstDay)).toBe('2019-05-14');
  });

  it.each(['2019-00', '2019-13', '2019-04-31', '2019-02-29', '20', '2019-5', 'x2019'])(
    'rejects %s',
    (text) => expect(parsePartialDate(text)).toBeNull(),
  );

  it('orders since and until by the periods they name', () => {
    expect(isOrdered('2020-01', '2020')).toBe(true);
    expect(isOrdered('2020-01-31', '2020-01')).toBe(true);
    expect(isOrdered('2020-02', '2020-01')).toBe(false);
  });

  it('treats open ends as unbounded', () => {
    const interval = intervalOf(undefined, '2020-01');
    expect(isActiveOn(interval, day('1900-01-01'))).toBe(true);
    expect(isActiveOn(interval, day('2020-01-31'))).toBe(true);
    expect(isActiveOn(interval, day('2020-02-01'))).toBe(false);
  });

  it('includes both edges of a partial interval', () => {
    const interval = intervalOf('2008-02', '2008-02');
    expect(isActiveOn(interval, day('2008-01-31'))).toBe(false);
    expect(isActiveOn(interval, day('2008-02-01'))).toBe(true);
    expect(isActiveOn(interval, day('2008-02-29'))).toBe(true);
    expect(isActiveOn(interval, day('2008-03-01'))).toBe(false);
  });

  it('formats dates at their own precision, never inventing a day', () => {
    expect(formatPartialDate('2007')).toBe('2007');
    expect(formatPartialDate('2008-02')).toBe('February 2008');
    expect(formatPartialDate('2019-05-14')).toBe('14 May 2019');
    expect(formatInterval('2007', '2020-01')).toBe('2007 – January 2020');
    expect(formatInterval(undefined, '2020-01')).toBe('until January 2020');
    expect(formatInterval()).toBe('');
  });
});

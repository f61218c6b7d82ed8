/**
 * Partial ISO 8601 dates (`2007`, `2008-02`, `2019-05-14`) and the intervals they cover.
 * A partial date is never rounded to an invented day: `2008-02` covers the whole month,
 * from its first to its last day. Days are counted as whole UTC days since 1970-01-01.
 */

export type DatePrecision = 'year' | 'month' | 'day';

export interface PartialDate {
  /** The text as written in the dataset. */
  text: string;
  precision: DatePrecision;
  year: number;
  month?: number;
  day?: number;
  /** First day covered, inclusive. */
  firstDay: number;
  /** Last day covered, inclusive. */
  lastDay: number;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MS_PER_DAY = 86_400_000;

export const PARTIAL_DATE_PATTERN = '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$';

function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns null for anything else, including 2019-02-30. */
export function parsePartialDate(text: string): PartialDate | null {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) {
    return {
      text,
      precision: 'year',
      year,
      firstDay: dayNumber(year, 1, 1),
      lastDay: dayNumber(year, 12, 31),
    };
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) {
    return {
      text,
      precision: 'month',
      year,
      month,
      firstDay: dayNumber(year, month, 1),
      lastDay: dayNumber(year, month, daysInMonth(year, month)),
    };
  }
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  const n = dayNumber(year, month, day);
  return { text, precision: 'day', year, month, day, firstDay: n, lastDay: n };
}

export function isPartialDate(text: string): boolean {
  return parsePartialDate(text) !== null;
}

/** `since` ≤ `until` when the period `since` names can begin before `until` ends. */
export function isOrdered(since: string, until: string): boolean {
  const a = parsePartialDate(since);
  const b = parsePartialDate(until);
  if (!a || !b) return true; // malformed dates are reported on their own
  return a.firstDay <= b.lastDay;
}

/** The span of days a `since`/`until` pair covers; open ends are infinite. */
export interface DayInterval {
  firstDay: number;
  lastDay: number;
}

export function intervalOf(since?: string, until?: string): DayInterval {
  const a = since === undefined ? null : parsePartialDate(since);
  const b = until === undefined ? null : parsePartialDate(until);
  return {
    firstDay: a ? a.firstDay : Number.NEGATIVE_INFINITY,
    lastDay: b ? b.lastDay : Number.POSITIVE_INFINITY,
  };
}

export function isDated(item: { since?: string; until?: string }): boolean {
  return item.since !== undefined || item.until !== undefined;
}

/** True when the interval includes the given day. */
export function isActiveOn(interval: DayInterval, day: number): boolean {
  return interval.firstDay <= day && day <= interval.lastDay;
}

/** True when the interval overlaps the inclusive range of days. */
export function overlaps(interval: DayInterval, range: DayInterval): boolean {
  return interval.firstDay <= range.lastDay && range.firstDay <= interval.lastDay;
}

export function dayToIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function isoToDay(iso: string): number | null {
  const date = parsePartialDate(iso);
  return date ? date.firstDay : null;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2008-02` → `February 2008`; `2019-05-14` → `14 May 2019`; `2007` → `2007`. */
export function formatPartialDate(text: string): string {
  const date = parsePartialDate(text);
  if (!date) return text;
  if (date.precision === 'year') return String(date.year);
  const month = MONTHS[(date.month ?? 1) - 1];
  if (date.precision === 'month') return `${month} ${date.year}`;
  return `${date.day} ${month} ${date.year}`;
}

/** `since 2007`, `until January 2020`, `2007 – January 2020`, or '' when undated. */
export function formatInterval(since?: string, until?: string): string {
  if (since && until) return `${formatPartialDate(since)} – ${formatPartialDate(until)}`;
  if (since) return `since ${formatPartialDate(since)}`;
  if (until) return `until ${formatPartialDate(until)}`;
  return '';
}

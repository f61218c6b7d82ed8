/**
 * Time over a dataset: events in order, the span of time a dataset covers, how many relations
 * were active month by month, what changed between two dates, and date stepping for the as-of
 * control. Partial dates keep their whole period: `2008-02` is February 2008, never a made-up day.
 */
import {
  dayToIso,
  intervalOf,
  isActiveOn,
  isDated,
  isoToDay,
  overlaps,
  parsePartialDate,
  type DayInterval,
  type PartialDate,
} from './dates';
import type { GraphIndex } from './graphIndex';
import type { Dataset, DatasetEdge, DatasetEvent } from './schema';

// ——— Events in time ———

export const EVENT_KINDS = [
  'attack',
  'threat',
  'founding',
  'leadership',
  'statement',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  attack: 'Violence',
  threat: 'Threat',
  founding: 'Founding',
  leadership: 'Leadership change',
  statement: 'Statement',
  other: 'Other',
};

export interface TimelineEvent {
  event: DatasetEvent;
  /** The parsed date, or null when the event has none (or an unreadable one). */
  date: PartialDate | null;
  kind: EventKind;
}

/**
 * Word stems that name a kind, checked against the title and then the summary; the first kind
 * (in this order) with a match wins, so "strike kills leader" is an attack, not a leadership change.
 */
const KIND_KEYWORDS: readonly [EventKind, RegExp][] = [
  [
    'attack',
    /\b(attack|strike|struck|kill|assassinat|bomb|rocket|raid|explosi|blast|ambush|drone|murder|revolt|uprising|war\b|battle|fight|clash|invasion)/i,
  ],
  ['threat', /\b(threat|warn|intimidat|ultimatum)/i],
  ['founding', /\b(founded|founding|founder|formed|formation|establish|creat|launch|set up)/i],
  [
    'leadership',
    /\b(appoint|impos|named|succeed|elect|chief|head of|leader|commander|resign|dismiss|replac)/i,
  ],
  ['statement', /\b(interview|statement|speech|said|says|announc|declar|claim|tweet|told)/i],
];

/** Relation keys among an event's participants that say what kind of event it likely was. */
const KIND_OF_RELATION: Readonly<Record<string, EventKind>> = {
  attacks: 'attack',
  threatens: 'threat',
  founded: 'founding',
  merged_into: 'founding',
  leads: 'leadership',
  commands: 'leadership',
};

/**
 * A kind for colouring an event: from keywords in its title, then its summary, then the relations
 * among its participants (an event whose participants are linked by `attacks` is an attack).
 * Deliberately simple; "other" when nothing says more.
 */
export function eventKind(index: GraphIndex, event: DatasetEvent): EventKind {
  for (const text of [event.title, event.summary]) {
    for (const [kind, pattern] of KIND_KEYWORDS) if (pattern.test(text)) return kind;
  }
  const participants = new Set(event.participants);
  const found = new Set<EventKind>();
  for (const id of event.participants) {
    for (const edgeId of index.edgesByNode.get(id) ?? []) {
      const edge = index.edgesById.get(edgeId);
      if (!edge || !participants.has(edge.source) || !participants.has(edge.target)) continue;
      const kind = KIND_OF_RELATION[edge.relation];
      if (kind) found.add(kind);
    }
  }
  return EVENT_KINDS.find((kind) => found.has(kind)) ?? 'other';
}

/**
 * Events sorted by the first day their date covers (so `2008` comes before `2008-02`), then by
 * the last day, then by title; undated events follow in dataset order, never placed in time.
 */
export function chronologicalEvents(index: GraphIndex): TimelineEvent[] {
  const items = index.dataset.events.map((event) => ({
    event,
    date: event.date === undefined ? null : parsePartialDate(event.date),
    kind: eventKind(index, event),
  }));
  const dated = items.filter((item) => item.date !== null);
  const undated = items.filter((item) => item.date === null);
  dated.sort(
    (a, b) =>
      a.date!.firstDay - b.date!.firstDay ||
      a.date!.lastDay - b.date!.lastDay ||
      a.event.title.localeCompare(b.event.title),
  );
  return [...dated, ...undated];
}

/**
 * The day an as-of control moves to for a date: the LAST day it covers. `2020-01` becomes
 * 2020-01-31, so that everything of that month — a relation that began in January 2020, the
 * event itself — is active on it; a full date is itself.
 */
export function asOfDayOf(date: PartialDate): number {
  return date.lastDay;
}

/**
 * Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` typed by a user as a day (YYYY-MM-DD): the last day the
 * date covers for an as-of date or the end of a range (see asOfDayOf), the first for a range start.
 */
export function parseDateInput(text: string, edge: 'first' | 'last' = 'last'): string | null {
  const date = parsePartialDate(text.trim());
  if (!date) return null;
  return dayToIso(edge === 'first' ? date.firstDay : asOfDayOf(date));
}

// ——— The span of time a dataset covers ———

/** Every date the dataset holds: events and the since/until of relations and entities. */
function allDates(dataset: Dataset): PartialDate[] {
  const dates: PartialDate[] = [];
  const add = (text: string | undefined) => {
    const date = text === undefined ? null : parsePartialDate(text);
    if (date) dates.push(date);
  };
  for (const event of dataset.events) add(event.date);
  for (const list of [dataset.edges, dataset.nodes])
    for (const item of list) {
      add(item.since);
      add(item.until);
    }
  return dates;
}

/**
 * From the first day of the earliest date to the last day of the latest one, over events and the
 * since/until of relations and entities; null when the dataset has no date at all.
 */
export function timeExtent(dataset: Dataset): DayInterval | null {
  const dates = allDates(dataset);
  if (dates.length === 0) return null;
  let firstDay = Number.POSITIVE_INFINITY;
  let lastDay = Number.NEGATIVE_INFINITY;
  for (const d of dates) {
    firstDay = Math.min(firstDay, d.firstDay);
    lastDay = Math.max(lastDay, d.lastDay);
  }
  return { firstDay, lastDay };
}

/**
 * The stretches of whole years that hold dates, split wherever more than `maxGapYears` years in a
 * row hold none: for a dataset with an event in 1920 and the rest from 2007 to 2020, the stretches
 * are 1920 and 2007–2020. A timeline draws each at its own scale and the gaps as breaks, so the
 * years with the story are not squeezed into a corner. Empty for a dataset without dates.
 */
export function timeSegments(dataset: Dataset, maxGapYears = 5): DayInterval[] {
  const years = [...new Set(allDates(dataset).map((d) => d.year))].sort((a, b) => a - b);
  const segments: { first: number; last: number }[] = [];
  for (const year of years) {
    const current = segments[segments.length - 1];
    if (current && year - current.last <= maxGapYears) current.last = year;
    else segments.push({ first: year, last: year });
  }
  return segments.map(({ first, last }) => ({
    firstDay: parsePartialDate(String(first).padStart(4, '0'))!.firstDay,
    lastDay: parsePartialDate(String(last).padStart(4, '0'))!.lastDay,
  }));
}

// ——— Stepping dates ———

function ymd(day: number): { year: number; month: number; date: number } {
  const d = new Date(day * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}

function lastDateOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Moves a day by whole months. A day past the end of the target month becomes its last day
 * (31 January + 1 month = 29 February 2008), and the last day of a month stays the last day, so
 * stepping from the end of a month (where events put the as-of date) stays at month ends.
 */
export function addMonths(day: number, months: number): number {
  const { year, month, date } = ymd(day);
  const wasLastDay = date === lastDateOfMonth(year, month);
  const total = year * 12 + (month - 1) + months;
  const newYear = Math.floor(total / 12);
  const newMonth = (total % 12) + 1;
  const last = lastDateOfMonth(newYear, newMonth);
  const newDate = wasLastDay ? last : Math.min(date, last);
  return isoToDay(
    `${String(newYear).padStart(4, '0')}-${String(newMonth).padStart(2, '0')}-${String(newDate).padStart(2, '0')}`,
  )!;
}

export function addYears(day: number, years: number): number {
  return addMonths(day, years * 12);
}

export function clampDay(day: number, extent: DayInterval): number {
  return Math.min(extent.lastDay, Math.max(extent.firstDay, day));
}

// ——— Relations over time ———

/**
 * Whether a relation is on the canvas on a day, time-wise: its own interval covers the day and
 * both its ends exist then (as computeView decides). Undated relations are always active.
 */
export function isRelationActiveOn(index: GraphIndex, edge: DatasetEdge, day: number): boolean {
  for (const item of [edge, index.nodesById.get(edge.source), index.nodesById.get(edge.target)]) {
    if (item && isDated(item) && !isActiveOn(intervalOf(item.since, item.until), day)) return false;
  }
  return true;
}

/** One end of the time a relation can be on the canvas: the day, and the date as written that sets it. */
export interface TimeBound {
  day: number;
  /** The `since` or `until` as written in the dataset (of the relation or of one of its ends). */
  date: string;
}

/**
 * When a relation can be on the canvas, by the same rule as isRelationActiveOn: from the latest
 * `since` to the earliest `until` among the relation and its two ends, each partial date read as
 * its whole period (`since 2007` from 1 January 2007, `until 2020-01` to 31 January 2020). A null
 * bound is open: no date limits it on that side.
 */
export interface ActiveSpan {
  first: TimeBound | null;
  last: TimeBound | null;
}

export function activeSpan(index: GraphIndex, edge: DatasetEdge): ActiveSpan {
  let first: TimeBound | null = null;
  let last: TimeBound | null = null;
  for (const item of [edge, index.nodesById.get(edge.source), index.nodesById.get(edge.target)]) {
    const since = item?.since === undefined ? null : parsePartialDate(item.since);
    const until = item?.until === undefined ? null : parsePartialDate(item.until);
    if (since && (!first || since.firstDay > first.day))
      first = { day: since.firstDay, date: since.text };
    if (until && (!last || until.lastDay < last.day))
      last = { day: until.lastDay, date: until.text };
  }
  return { first, last };
}

/** The days of a span, open bounds infinite. */
export function spanInterval(span: ActiveSpan): DayInterval {
  return {
    firstDay: span.first?.day ?? Number.NEGATIVE_INFINITY,
    lastDay: span.last?.day ?? Number.POSITIVE_INFINITY,
  };
}

/**
 * The days on which what the canvas shows as of a date changes: the first day each dated relation
 * is active and the day after its last. Sorted, each once.
 */
export function changeDays(index: GraphIndex): number[] {
  const days = new Set<number>();
  for (const edge of index.dataset.edges) {
    const span = activeSpan(index, edge);
    if (span.first) days.add(span.first.day);
    if (span.last) days.add(span.last.day + 1);
  }
  return [...days].sort((a, b) => a - b);
}

export type DensityBucketSize = 'month' | 'year';

export interface DensityBucket extends DayInterval {
  /** Dated relations whose interval overlaps the bucket (the same rule as the as-of filter). */
  count: number;
}

/** Splits an extent into whole calendar months or years. */
export function buckets(extent: DayInterval, size: DensityBucketSize): DayInterval[] {
  const step = size === 'month' ? 1 : 12;
  const { year, month } = ymd(extent.firstDay);
  let start = isoToDay(
    size === 'month' ? `${year}-${String(month).padStart(2, '0')}` : String(year),
  )!;
  const result: DayInterval[] = [];
  while (start <= extent.lastDay) {
    const next = addMonths(start, step);
    result.push({ firstDay: start, lastDay: next - 1 });
    start = next;
  }
  return result;
}

/**
 * How many dated relations were active in each month (or year) of the extent. A relation counts
 * in every bucket its interval overlaps: `since 2007` covers all of 2007, because the source says
 * only that it began some time that year. Open ends run to the edge of the extent. Undated
 * relations are left out: they carry no information about time.
 */
export function relationDensity(
  edges: readonly DatasetEdge[],
  extent: DayInterval,
  size: DensityBucketSize,
): DensityBucket[] {
  const spans = buckets(extent, size);
  // A difference array: +1 where a relation's first bucket is, -1 after its last.
  const delta = new Array<number>(spans.length + 1).fill(0);
  const bucketOf = (day: number) => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (spans[mid]!.firstDay <= day) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const edge of edges) {
    if (!isDated(edge)) continue;
    const interval = intervalOf(edge.since, edge.until);
    if (!overlaps(interval, extent)) continue;
    delta[bucketOf(Math.max(interval.firstDay, extent.firstDay))]! += 1;
    delta[bucketOf(Math.min(interval.lastDay, extent.lastDay)) + 1]! -= 1;
  }
  let running = 0;
  return spans.map((span, i) => {
    running += delta[i]!;
    return { ...span, count: running };
  });
}

export interface RelationChange {
  edge: DatasetEdge;
  /**
   * The date (as written) that explains the change: the since of the relation or of the entity
   * that appeared, or the until of the relation or of the entity that ended; undefined if none
   * lies between the two days.
   */
  date: string | undefined;
}

export interface WhatChanged {
  /** Active on the later day but not on the earlier one. */
  appeared: RelationChange[];
  /** Active on the earlier day but not on the later one. */
  ended: RelationChange[];
}

function explainingDate(
  index: GraphIndex,
  edge: DatasetEdge,
  bound: 'since' | 'until',
  between: DayInterval,
): string | undefined {
  const candidates = [edge, index.nodesById.get(edge.source), index.nodesById.get(edge.target)];
  for (const item of candidates) {
    const text = item?.[bound];
    const date = text === undefined ? null : parsePartialDate(text);
    if (date && overlaps(date, between)) return text;
  }
  return undefined;
}

/**
 * Relations that appeared and ended between two days (in either order), each with the date that
 * explains it, sorted by that date. Undated relations never change.
 */
export function whatChanged(index: GraphIndex, dayA: number, dayB: number): WhatChanged {
  const before = Math.min(dayA, dayB);
  const after = Math.max(dayA, dayB);
  const between = { firstDay: before + 1, lastDay: after };
  const appeared: RelationChange[] = [];
  const ended: RelationChange[] = [];
  for (const edge of index.dataset.edges) {
    const wasActive = isRelationActiveOn(index, edge, before);
    const isActive = isRelationActiveOn(index, edge, after);
    if (!wasActive && isActive)
      appeared.push({ edge, date: explainingDate(index, edge, 'since', between) });
    else if (wasActive && !isActive)
      ended.push({
        edge,
        date: explainingDate(index, edge, 'until', { firstDay: before, lastDay: after - 1 }),
      });
  }
  const byDate = (a: RelationChange, b: RelationChange) =>
    (a.date === undefined ? Infinity : parsePartialDate(a.date)!.firstDay) -
    (b.date === undefined ? Infinity : parsePartialDate(b.date)!.firstDay);
  return { appeared: appeared.sort(byDate), ended: ended.sort(byDate) };
}

export interface PeriodChanges extends WhatChanged {
  /** Neither active before the period nor at its end, but active at some time inside it. */
  cameAndWent: RelationChange[];
  /** Active before the period and still at its end. */
  unchanged: DatasetEdge[];
  /** The day before the period begins and its last day: the two moments compared. */
  before: number;
  after: number;
}

/**
 * What changed over a period from one date to another, each partial date read as its whole
 * period: from `2019-01` to `2020-02` looks from 31 December 2018 to the end of February 2020, so
 * a relation that began in January 2019 counts as having appeared, and one that ended in
 * February 2020 (active, read generously, to its last day) as having ended. So: appeared when
 * inactive the day before the period and active at its end and beyond it; ended when active the
 * day before and no longer the day after; began and ended (listed apart) when active only
 * inside it. The two dates may come in either order; undated relations never change.
 */
export function changesBetween(
  index: GraphIndex,
  from: PartialDate,
  to: PartialDate,
): PeriodChanges {
  const before = Math.min(from.firstDay, to.firstDay) - 1;
  const after = Math.max(from.lastDay, to.lastDay);
  const period = { firstDay: before + 1, lastDay: after };
  const appeared: RelationChange[] = [];
  const ended: RelationChange[] = [];
  const cameAndWent: RelationChange[] = [];
  const unchanged: DatasetEdge[] = [];
  for (const edge of index.dataset.edges) {
    const wasActive = isRelationActiveOn(index, edge, before);
    const activeBeyond = isRelationActiveOn(index, edge, after + 1);
    if (wasActive) {
      if (activeBeyond) unchanged.push(edge);
      else ended.push({ edge, date: explainingDate(index, edge, 'until', period) });
    } else if (activeBeyond) {
      if (isRelationActiveOn(index, edge, after))
        appeared.push({ edge, date: explainingDate(index, edge, 'since', period) });
    } else {
      const span = activeSpan(index, edge);
      if (overlaps(spanInterval(span), period)) cameAndWent.push({ edge, date: span.first?.date });
    }
  }
  const byDate = (a: RelationChange, b: RelationChange) =>
    (a.date === undefined ? Infinity : parsePartialDate(a.date)!.firstDay) -
    (b.date === undefined ? Infinity : parsePartialDate(b.date)!.firstDay);
  return {
    appeared: appeared.sort(byDate),
    ended: ended.sort(byDate),
    cameAndWent: cameAndWent.sort(byDate),
    unchanged,
    before,
    after,
  };
}

/**
 * The stretch of time where the events are densest: the shortest one holding at least `share`
 * of the dated events (each event's whole period), widened by a tenth on each side to whole
 * months and kept inside the extent. Null when there are fewer than `minEvents` dated events, or
 * when the stretch would cover more than half of `totalDays` anyway (zooming would not help).
 */
export function densestPeriod(
  dates: readonly PartialDate[],
  extent: DayInterval,
  totalDays: number,
  { share = 0.6, minEvents = 5 }: { share?: number; minEvents?: number } = {},
): DayInterval | null {
  if (dates.length < minEvents) return null;
  const sorted = [...dates].sort((a, b) => a.firstDay - b.firstDay);
  const count = Math.max(1, Math.ceil(sorted.length * share));
  let best: DayInterval | null = null;
  // Each run of `count` events in order of start; the latest end in the run by a sliding maximum.
  const latest: number[] = []; // indexes of the run, their ends decreasing
  for (let j = 0; j < sorted.length; j++) {
    while (latest.length > 0 && sorted[latest[latest.length - 1]!]!.lastDay <= sorted[j]!.lastDay)
      latest.pop();
    latest.push(j);
    const i = j - count + 1;
    if (i < 0) continue;
    while (latest[0]! < i) latest.shift();
    const window = { firstDay: sorted[i]!.firstDay, lastDay: sorted[latest[0]!]!.lastDay };
    if (!best || window.lastDay - window.firstDay < best.lastDay - best.firstDay) best = window;
  }
  if (!best) return null;
  const pad = Math.round((best.lastDay - best.firstDay + 1) / 10);
  const first = ymd(Math.max(extent.firstDay, best.firstDay - pad));
  const monthStart = isoToDay(`${first.year}-${String(first.month).padStart(2, '0')}`)!;
  const last = ymd(Math.min(extent.lastDay, best.lastDay + pad));
  const monthEnd =
    addMonths(isoToDay(`${last.year}-${String(last.month).padStart(2, '0')}`)!, 1) - 1;
  const window = {
    firstDay: Math.max(extent.firstDay, monthStart),
    lastDay: Math.min(extent.lastDay, monthEnd),
  };
  return window.lastDay - window.firstDay + 1 > totalDays / 2 ? null : window;
}

/**
 * Two days around an event, for "what changed": the day before its period begins and the day
 * after it ends (December 2019 against February 2020 for a January 2020 event).
 */
export function daysAround(date: PartialDate): { before: number; after: number } {
  return { before: date.firstDay - 1, after: date.lastDay + 1 };
}

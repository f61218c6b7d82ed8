import { describe, expect, it } from 'vitest';
import { dayToIso, isoToDay, parsePartialDate } from '../../../src/domain/dates';
import { buildGraphIndex } from '../../../src/domain/graphIndex';
import { parseDataset, type Dataset, type DatasetEvent } from '../../../src/domain/schema';
import {
  activeSpan,
  addMonths,
  addYears,
  asOfDayOf,
  buckets,
  changeDays,
  changesBetween,
  densestPeriod,
  chronologicalEvents,
  daysAround,
  eventKind,
  parseDateInput,
  relationDensity,
  timeExtent,
  timeSegments,
  whatChanged,
} from '../../../src/domain/timeline';
import { buildDataset, edge, event, node } from '../../helpers/datasetBuilder';

const day = (iso: string) => isoToDay(iso) as number;

function indexOf(input: ReturnType<typeof buildDataset>) {
  const result = parseDataset(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return buildGraphIndex(result.dataset as Dataset);
}

describe('chronologicalEvents', () => {
  const index = indexOf(
    buildDataset({
      nodes: [node('a'), node('b')],
      events: [
        event('undated-1', { date: undefined, title: 'Undated one' }),
        event('day', { date: '2008-02-10', title: 'A day in February' }),
        event('month', { date: '2008-02', title: 'February as a whole' }),
        event('year', { date: '2008', title: 'The year' }),
        event('january', { date: '2008-01', title: 'January' }),
        event('earlier', { date: '2007-12-31', title: 'New year’s eve' }),
        event('undated-2', { date: undefined, title: 'Undated two' }),
      ],
    }),
  );

  it('sorts by the first day a date covers, then the last, undated events last in dataset order', () => {
    expect(chronologicalEvents(index).map((e) => e.event.id)).toEqual([
      'earlier',
      'january',
      'year',
      'month',
      'day',
      'undated-1',
      'undated-2',
    ]);
  });

  it('keeps the parsed date of each event and none for undated ones', () => {
    const [first, , , , , undated] = chronologicalEvents(index);
    expect(first?.date?.precision).toBe('day');
    expect(undated?.date).toBeNull();
  });
});

describe('eventKind', () => {
  const index = indexOf(
    buildDataset({
      nodes: [node('a'), node('b'), node('c')],
      edges: [edge('a', 'threatens', 'b'), edge('b', 'leads', 'c')],
    }),
  );
  const kindOf = (overrides: Parameters<typeof event>[1]) =>
    eventKind(index, event('e', overrides) as DatasetEvent);

  it.each([
    ['U.S. strike kills two commanders', 'attack'],
    ['Imad Mughniyeh assassinated in Damascus', 'attack'],
    ['Iraqi revolt against the British Empire', 'attack'],
    ['Syrian civil war: the group defends the regime', 'attack'],
    ['A warning to the prime minister', 'threat'],
    ['Kata’ib Hizballah formed', 'founding'],
    ['Abu Fadak imposed as acting chief of staff', 'leadership'],
    ['A spokesman’s TV interview', 'statement'],
    ['Group warns the prime minister', 'threat'],
    ['A meeting', 'other'],
  ])('reads “%s” as %s', (title, kind) => {
    expect(kindOf({ title, participants: [] })).toBe(kind);
  });

  it('falls back on the relations among the participants', () => {
    expect(kindOf({ title: 'A meeting', participants: ['a', 'b'] })).toBe('threat');
    expect(kindOf({ title: 'A meeting', participants: ['b', 'c'] })).toBe('leadership');
    expect(kindOf({ title: 'A meeting', participants: ['a', 'c'] })).toBe('other');
  });
});

describe('as-of days for partial dates', () => {
  it('moves to the last day a date covers, so that its whole period is active', () => {
    expect(dayToIso(asOfDayOf(parsePartialDate('2020-01')!))).toBe('2020-01-31');
    expect(dayToIso(asOfDayOf(parsePartialDate('2007')!))).toBe('2007-12-31');
    expect(dayToIso(asOfDayOf(parsePartialDate('2019-05-14')!))).toBe('2019-05-14');
  });

  it('reads typed dates at any precision and rejects the rest', () => {
    expect(parseDateInput(' 2008-02 ')).toBe('2008-02-29');
    expect(parseDateInput('2008-02', 'first')).toBe('2008-02-01');
    expect(parseDateInput('2019-05-14')).toBe('2019-05-14');
    expect(parseDateInput('14/05/2019')).toBeNull();
  });
});

describe('stepping dates', () => {
  const step = (iso: string, months: number) => dayToIso(addMonths(day(iso), months));

  it('moves by months, keeping the day of the month where it exists', () => {
    expect(step('2019-05-14', 1)).toBe('2019-06-14');
    expect(step('2019-05-14', -5)).toBe('2018-12-14');
    expect(step('2019-12-15', 1)).toBe('2020-01-15');
  });

  it('clamps to the end of a shorter month and keeps month ends at month ends', () => {
    expect(step('2008-01-30', 1)).toBe('2008-02-29');
    expect(step('2008-01-31', 1)).toBe('2008-02-29');
    expect(step('2008-02-29', 1)).toBe('2008-03-31');
    expect(step('2008-03-31', -1)).toBe('2008-02-29');
  });

  it('moves by years', () => {
    expect(dayToIso(addYears(day('2008-02-29'), 1))).toBe('2009-02-28');
    expect(dayToIso(addYears(day('2019-05-14'), -12))).toBe('2007-05-14');
  });
});

describe('timeExtent', () => {
  it('spans events and the since/until of relations and entities, partial dates in full', () => {
    const dataset = parseDataset(
      buildDataset({
        nodes: [node('a', { until: '2021-03' }), node('b')],
        edges: [edge('a', 'leads', 'b', { since: '2007' }), edge('b', 'leads', 'a')],
        events: [event('e', { date: '2015-06-01' })],
      }),
    );
    if (!dataset.ok) throw new Error('invalid');
    const extent = timeExtent(dataset.dataset);
    expect(extent && [dayToIso(extent.firstDay), dayToIso(extent.lastDay)]).toEqual([
      '2007-01-01',
      '2021-03-31',
    ]);
  });

  it('is null for a dataset without dates', () => {
    const dataset = parseDataset(buildDataset({ nodes: [node('a')] }));
    expect(dataset.ok && timeExtent(dataset.dataset)).toBeNull();
  });
});

describe('timeSegments', () => {
  const segmentsOf = (parts: Parameters<typeof buildDataset>[0], maxGap?: number) => {
    const result = parseDataset(buildDataset(parts));
    if (!result.ok) throw new Error('invalid');
    return timeSegments(result.dataset, maxGap).map((s) => [
      dayToIso(s.firstDay),
      dayToIso(s.lastDay),
    ]);
  };

  it('splits the years with dates where more than five years in a row have none', () => {
    expect(
      segmentsOf({
        nodes: [node('a', { since: '1979-02' }), node('b')],
        edges: [edge('a', 'leads', 'b', { since: '2007', until: '2011-06' })],
        events: [event('old', { date: '1920' }), event('new', { date: '2020-01-03' })],
      }),
    ).toEqual([
      ['1920-01-01', '1920-12-31'],
      ['1979-01-01', '1979-12-31'],
      ['2007-01-01', '2011-12-31'],
      ['2020-01-01', '2020-12-31'],
    ]);
  });

  it('keeps gaps up to the limit inside one stretch', () => {
    const events = [event('a', { date: '2001' }), event('b', { date: '2006-05' })];
    expect(segmentsOf({ nodes: [], events })).toEqual([['2001-01-01', '2006-12-31']]);
    expect(segmentsOf({ nodes: [], events }, 4)).toHaveLength(2);
    expect(segmentsOf({ nodes: [] })).toEqual([]);
  });
});

describe('relationDensity', () => {
  const extent = { firstDay: day('2019-11-01'), lastDay: day('2020-03-31') };
  const counts = (edges: ReturnType<typeof edge>[], size: 'month' | 'year' = 'month') => {
    const index = indexOf(buildDataset({ nodes: [node('a'), node('b')], edges }));
    return relationDensity(index.dataset.edges, extent, size).map((b) => [
      dayToIso(b.firstDay).slice(0, 7),
      b.count,
    ]);
  };

  it('splits the extent into calendar months and years', () => {
    expect(buckets(extent, 'month').map((b) => dayToIso(b.lastDay))).toEqual([
      '2019-11-30',
      '2019-12-31',
      '2020-01-31',
      '2020-02-29',
      '2020-03-31',
    ]);
    expect(buckets(extent, 'year').map((b) => dayToIso(b.firstDay))).toEqual([
      '2019-01-01',
      '2020-01-01',
    ]);
  });

  it('counts a relation in every month its interval overlaps, partial dates in full', () => {
    expect(
      counts([
        edge('a', 'leads', 'b', { since: '2019', until: '2020-01' }),
        edge('a', 'arms', 'b', { since: '2020-01-31' }),
        edge('b', 'leads', 'a', { until: '2019-11-01' }),
        edge('b', 'arms', 'a'),
      ]),
    ).toEqual([
      ['2019-11', 2],
      ['2019-12', 1],
      ['2020-01', 2],
      ['2020-02', 1],
      ['2020-03', 1],
    ]);
  });

  it('counts by year when asked', () => {
    expect(counts([edge('a', 'leads', 'b', { since: '2020-03' })], 'year')).toEqual([
      ['2019-01', 0],
      ['2020-01', 1],
    ]);
  });
});

describe('whatChanged', () => {
  const index = indexOf(
    buildDataset({
      nodes: [
        node('chief', { until: '2020-01' }),
        node('army'),
        node('deputy', { since: '2020-02-10' }),
      ],
      edges: [
        edge('chief', 'leads', 'army', { id: 'chief-leads', since: '2007' }),
        edge('deputy', 'leads', 'army', { id: 'deputy-leads' }),
        edge('army', 'arms', 'deputy', { id: 'arms-later', since: '2020-03' }),
        edge('chief', 'arms', 'army', { id: 'ended-early', until: '2019-06' }),
        edge('army', 'attacks', 'army', { id: 'undated' }),
        edge('army', 'operates_in', 'army', { id: 'since-2020-02', since: '2020-02' }),
      ],
    }),
  );
  const ids = (changes: { edge: { id: string }; date: string | undefined }[]) =>
    changes.map((c) => [c.edge.id, c.date]);

  it('lists what appeared and what ended between two dates, with the dates that explain it', () => {
    const { before, after } = daysAround(parsePartialDate('2020-01')!);
    expect([dayToIso(before), dayToIso(after)]).toEqual(['2019-12-31', '2020-02-01']);
    const changes = whatChanged(index, before, day('2020-02-29'));
    expect(ids(changes.appeared)).toEqual([
      ['since-2020-02', '2020-02'],
      ['deputy-leads', '2020-02-10'],
    ]);
    expect(ids(changes.ended)).toEqual([['chief-leads', '2020-01']]);
  });

  it('is the same whichever date comes first, and empty for the same day', () => {
    expect(whatChanged(index, day('2020-02-29'), day('2019-12-31'))).toEqual(
      whatChanged(index, day('2019-12-31'), day('2020-02-29')),
    );
    expect(whatChanged(index, day('2020-01-15'), day('2020-01-15'))).toEqual({
      appeared: [],
      ended: [],
    });
  });

  it('leaves out relations active at both dates or at neither', () => {
    const changes = whatChanged(index, day('2010-01-01'), day('2019-06-30'));
    expect(ids(changes.ended)).toEqual([]);
    expect(ids(changes.appeared)).toEqual([]);
  });
});

describe('activeSpan', () => {
  const index = indexOf(
    buildDataset({
      nodes: [node('chief', { until: '2020-01' }), node('army', { since: '2005' }), node('b')],
      edges: [
        edge('chief', 'leads', 'army', { id: 'leads', since: '2007-03' }),
        edge('b', 'supports', 'b', { id: 'undated' }),
        edge('b', 'arms', 'army', { id: 'older', since: '1990', until: '2010' }),
      ],
    }),
  );
  const spanOf = (id: string) => activeSpan(index, index.edgesById.get(id)!);

  it('runs from the latest since to the earliest until of the relation and its ends', () => {
    expect(spanOf('leads')).toEqual({
      first: { day: day('2007-03-01'), date: '2007-03' },
      last: { day: day('2020-01-31'), date: '2020-01' },
    });
    expect(spanOf('older')).toEqual({
      first: { day: day('2005-01-01'), date: '2005' },
      last: { day: day('2010-12-31'), date: '2010' },
    });
  });

  it('is open on both sides when nothing is dated', () => {
    expect(spanOf('undated')).toEqual({ first: null, last: null });
  });

  it('gives the days on which what is active changes', () => {
    expect(changeDays(index).map(dayToIso)).toEqual([
      '2005-01-01',
      '2007-03-01',
      '2011-01-01',
      '2020-02-01',
    ]);
  });
});

describe('changesBetween', () => {
  const index = indexOf(
    buildDataset({
      nodes: [node('a'), node('b')],
      edges: [
        edge('a', 'supports', 'b', { id: 'from-new-year', since: '2019-01-01' }),
        edge('a', 'arms', 'b', { id: 'in-january', since: '2019-01' }),
        edge('a', 'trains', 'b', { id: 'ended-february', since: '2010', until: '2020-02' }),
        edge('a', 'advises', 'b', { id: 'came-and-went', since: '2019-05', until: '2019-06' }),
        edge('a', 'leads', 'b', { id: 'throughout', since: '2010' }),
        edge('a', 'funds', 'b', { id: 'undated' }),
        edge('a', 'opposes', 'b', { id: 'after', since: '2021' }),
      ],
    }),
  );
  const ids = (list: { edge: { id: string } }[]) => list.map((c) => c.edge.id).sort();

  it('reads a partial start as its whole period: from 2019-01 includes all of January', () => {
    const changes = changesBetween(
      index,
      parsePartialDate('2019-01')!,
      parsePartialDate('2020-02')!,
    );
    expect(dayToIso(changes.before)).toBe('2018-12-31');
    expect(dayToIso(changes.after)).toBe('2020-02-29');
    expect(ids(changes.appeared)).toEqual(['from-new-year', 'in-january']);
    // Ended in February 2020, the period's last month: active to its last day, gone after it.
    expect(ids(changes.ended)).toEqual(['ended-february']);
    expect(ids(changes.cameAndWent)).toEqual(['came-and-went']);
    expect(changes.unchanged.map((e) => e.id).sort()).toEqual(['throughout', 'undated']);
  });

  it('reads a partial end as its whole period, and takes the dates in either order', () => {
    const ended = changesBetween(index, parsePartialDate('2020-03')!, parsePartialDate('2019')!);
    expect(ids(ended.ended)).toEqual(['ended-february']);
    expect(ids(ended.appeared)).toEqual(['from-new-year', 'in-january']);
    expect(dayToIso(ended.before)).toBe('2018-12-31');
    expect(dayToIso(ended.after)).toBe('2020-03-31');
  });

  it('compares a single date with itself as its own period', () => {
    const may = changesBetween(index, parsePartialDate('2019-05')!, parsePartialDate('2019-05')!);
    expect(ids(may.appeared)).toEqual(['came-and-went']);
    expect(may.cameAndWent).toEqual([]);
    // June is its last month: it began before June and ended in it.
    const june = changesBetween(index, parsePartialDate('2019-06')!, parsePartialDate('2019-06')!);
    expect(ids(june.ended)).toEqual(['came-and-went']);
    // Both inside one year: it began and ended in it.
    const year = changesBetween(index, parsePartialDate('2019')!, parsePartialDate('2019')!);
    expect(ids(year.cameAndWent)).toEqual(['came-and-went']);
    expect(ids(year.ended)).toEqual([]);
  });
});

describe('densestPeriod', () => {
  const dates = (...texts: string[]) => texts.map((t) => parsePartialDate(t)!);
  const extent = { firstDay: day('1920-01-01'), lastDay: day('2020-12-31') };
  const total = 30 * 365;

  it('finds the short stretch where most events fall, widened to whole months', () => {
    const period = densestPeriod(
      dates(
        '1920',
        '1979',
        '2007',
        '2019-05-14',
        '2019-12',
        '2020-01',
        '2020-02',
        '2020-06',
        '2020-09',
      ),
      extent,
      total,
    );
    expect(period && [dayToIso(period.firstDay), dayToIso(period.lastDay)]).toEqual([
      '2019-03-01',
      '2020-11-30',
    ]);
  });

  it('keeps within the extent', () => {
    const period = densestPeriod(
      dates('1920', '2020-06', '2020-07', '2020-08', '2020-12', '2020-11'),
      extent,
      total,
    );
    expect(period!.lastDay).toBe(extent.lastDay);
  });

  it('does not zoom on too few events, or when the stretch is most of the axis', () => {
    expect(densestPeriod(dates('2019', '2020'), extent, total)).toBeNull();
    expect(
      densestPeriod(dates('1995', '2000', '2005', '2010', '2015', '2020'), extent, total),
    ).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { isoToDay } from '../../../src/domain/dates';
import { barInterval, entityTimeline, selectionActivity } from '../../../src/domain/entityTimeline';
import { buildIndex, edge, event, node } from '../../helpers/datasetBuilder';

const day = (iso: string) => isoToDay(iso)!;

const index = buildIndex({
  nodes: [
    node('chief', { type: 'person', label: 'Chief', since: '1970', until: '2020-01' }),
    node('army', { label: 'Army' }),
    node('party', { label: 'Party' }),
    node('city', { type: 'place', label: 'City' }),
  ],
  edges: [
    edge('chief', 'leads', 'army', { id: 'leads-army', since: '2007', until: '2020-01' }),
    edge('chief', 'member_of', 'party', { id: 'member-open-start', until: '2015-06' }),
    edge('party', 'supports', 'chief', { id: 'supported-open-end', since: '2019-05-14' }),
    edge('chief', 'operates_in', 'city', { id: 'undated' }),
    edge('army', 'operates_in', 'city', { id: 'not-his', since: '2001' }),
  ],
  events: [
    event('strike', { date: '2020-01', participants: ['chief'] }),
    event('speech', { date: '2019', participants: [], place: 'city' }),
    event('rumour', { date: undefined, participants: ['chief'] }),
    event('founding', { date: '2007-03-01', participants: ['army'] }),
  ],
});

describe('entityTimeline', () => {
  const timeline = entityTimeline(index, 'chief');

  it('makes a bar of each dated relation, open ends left open, ordered by start', () => {
    expect(
      timeline.rows.map((r) => [r.edge.id, r.since?.text ?? null, r.until?.text ?? null]),
    ).toEqual([
      ['member-open-start', null, '2015-06'],
      ['leads-army', '2007', '2020-01'],
      ['supported-open-end', '2019-05-14', null],
    ]);
  });

  it('reads each relation from the entity’s side, with the entity at the other end', () => {
    const byId = new Map(timeline.rows.map((r) => [r.edge.id, r]));
    expect(byId.get('leads-army')).toMatchObject({ reading: 'leads', otherId: 'army' });
    expect(byId.get('supported-open-end')).toMatchObject({
      reading: 'supported by',
      otherId: 'party',
    });
  });

  it('covers partial dates as their whole period', () => {
    const leads = timeline.rows.find((r) => r.edge.id === 'leads-army')!;
    expect(barInterval(leads)).toEqual({ firstDay: day('2007-01-01'), lastDay: day('2020-01-31') });
    const open = timeline.rows.find((r) => r.edge.id === 'member-open-start')!;
    expect(barInterval(open)).toEqual({
      firstDay: Number.NEGATIVE_INFINITY,
      lastDay: day('2015-06-30'),
    });
  });

  it('keeps undated relations apart', () => {
    expect(timeline.undated.map((r) => r.edge.id)).toEqual(['undated']);
  });

  it('marks its dated events in order and lists the undated ones apart', () => {
    expect(timeline.events.map((e) => [e.event.id, e.date.text])).toEqual([['strike', '2020-01']]);
    expect(timeline.undatedEvents.map((e) => e.id)).toEqual(['rumour']);
    expect(entityTimeline(index, 'city').events.map((e) => e.event.id)).toEqual(['speech']);
  });

  it('spans every date it draws, its own life included', () => {
    expect(timeline.life?.since?.text).toBe('1970');
    expect(timeline.extent).toEqual({ firstDay: day('1970-01-01'), lastDay: day('2020-01-31') });
  });

  it('has no extent for an entity with nothing dated', () => {
    const bare = buildIndex({
      nodes: [node('a'), node('b')],
      edges: [edge('a', 'supports', 'b')],
    });
    const timeline = entityTimeline(bare, 'a');
    expect(timeline.extent).toBeNull();
    expect(timeline.rows).toEqual([]);
    expect(timeline.undated.length).toBe(1);
  });
});

describe('selectionActivity', () => {
  it('gathers the bars of the selected entities’ relations and their events', () => {
    const activity = selectionActivity(index, new Set(['chief']));
    expect(activity.bars.map((b) => b.edge.id)).toEqual([
      'member-open-start',
      'leads-army',
      'supported-open-end',
    ]);
    expect(activity.undatedCount).toBe(1);
    expect([...activity.eventIds].sort()).toEqual(['rumour', 'strike']);
  });

  it('takes selected relations too, and counts a relation shared by two entities once', () => {
    const activity = selectionActivity(index, new Set(['chief', 'army']), new Set(['not-his']));
    expect(activity.bars.map((b) => b.edge.id).sort()).toEqual(
      ['leads-army', 'member-open-start', 'not-his', 'supported-open-end'].sort(),
    );
    expect([...activity.eventIds].sort()).toEqual(['founding', 'rumour', 'strike']);
  });

  it('is empty for an empty selection', () => {
    const activity = selectionActivity(index, new Set());
    expect(activity).toEqual({ bars: [], undatedCount: 0, eventIds: new Set() });
  });
});

import { describe, expect, it } from 'vitest';
import { eventsOfEntity, groupRelationsOfEntity } from '../../../src/domain/entityRelations';
import { buildIndex, edge, event, node } from '../../helpers/datasetBuilder';

const index = buildIndex({
  nodes: [
    node('chief', { label: 'Chief', type: 'person' }),
    node('deputy', { label: 'Deputy', type: 'person' }),
    node('army', { label: 'Army' }),
    node('ally', { label: 'Ally' }),
    node('city', { label: 'City', type: 'place' }),
  ],
  edges: [
    edge('chief', 'commands', 'army', { id: 'chief-army' }),
    edge('deputy', 'commands', 'army', { id: 'deputy-army' }),
    edge('army', 'commands', 'deputy', { id: 'army-deputy' }),
    edge('army', 'allied_with', 'ally', { id: 'army-ally' }),
    edge('ally', 'allied_with', 'army', { id: 'ally-army' }),
    edge('army', 'operates_in', 'city', { id: 'army-city' }),
  ],
  events: [
    event('late', { date: '2020', participants: ['army'] }),
    event('early', { date: '2001-05', participants: ['chief'], place: 'army' }),
    event('undated', { date: undefined, participants: ['army'] }),
    event('elsewhere', { participants: ['chief'] }),
  ],
});

describe('groupRelationsOfEntity', () => {
  it('reads incoming links with the inverse label and outgoing ones with the label', () => {
    const groups = groupRelationsOfEntity(index, 'army');
    const byReading = Object.fromEntries(
      groups.map((g) => [g.reading, g.items.map((i) => i.otherId)]),
    );
    expect(byReading).toEqual({
      'commanded by': ['chief', 'deputy'],
      commands: ['deputy'],
      'allied with': ['ally', 'ally'],
      'operates in': ['city'],
    });
  });

  it('orders groups by family, command first', () => {
    const families = groupRelationsOfEntity(index, 'army').map((g) => g.family);
    expect(families).toEqual(['command', 'command', 'affiliation', 'location']);
  });

  it('gives an entity without relations no groups', () => {
    expect(groupRelationsOfEntity(index, 'nobody')).toEqual([]);
  });
});

describe('eventsOfEntity', () => {
  it('lists events it took part in or that happened there, oldest first, undated last', () => {
    expect(eventsOfEntity(index, 'army').map((e) => e.id)).toEqual(['early', 'late', 'undated']);
  });
});

import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Details } from '../../src/ui/details/Details';
import { buildDataset, edge, event, node } from '../helpers/datasetBuilder';
import { renderPanel } from './renderWithStore';

const dataset = buildDataset({
  nodes: [
    node('chief', { type: 'person', label: 'Chief', until: '2020-01' }),
    node('army', { label: 'Army' }),
    node('party', { label: 'Party' }),
    node('city', { type: 'place', label: 'City' }),
  ],
  edges: [
    edge('chief', 'leads', 'army', { id: 'leads', since: '2007', until: '2020-01' }),
    edge('party', 'supports', 'chief', { id: 'supported', since: '2019-05-14' }),
    edge('chief', 'member_of', 'party', { id: 'member', until: '2015-06' }),
    edge('chief', 'operates_in', 'city', { id: 'undated' }),
  ],
  events: [event('strike', { date: '2020-01', title: 'Strike', participants: ['chief'] })],
});

function openChief() {
  const rendered = renderPanel(<Details />, { dataset });
  act(() => rendered.store.getState().select({ kind: 'node', id: 'chief' }));
  const region = screen.getByRole('region', { name: /Over time/ });
  return { ...rendered, region };
}

describe('an entity’s timeline in Details', () => {
  it('draws a bar per dated relation, each a link to it, and says which ends are open', async () => {
    const { region, store, user } = openChief();
    const bars = within(region).getAllByRole('button', { name: /, / });
    expect(bars.map((b) => b.getAttribute('aria-label'))).toEqual([
      'member of Party, until June 2015 (start not given)',
      'leads Army, 2007 – January 2020',
      'supported by Party, since 14 May 2019 (end not given)',
    ]);
    await user.click(within(region).getByRole('button', { name: /^leads Army/ }));
    expect(store.getState().view.selection).toEqual({ kind: 'edge', id: 'leads' });
  });

  it('draws open ends as open and partial dates over their whole period', () => {
    const { region } = openChief();
    const tracks = [...region.querySelectorAll('.entity-timeline-row')];
    const leads = tracks.find((t) => t.textContent?.includes('leads'))!;
    // 2007 is a year: the bar starts with the year drawn as uncertain; 2020-01 likewise.
    expect(leads.querySelectorAll('.entity-timeline-uncertain')).toHaveLength(2);
    const member = tracks.find((t) => t.textContent?.includes('member of'))!;
    expect(member.querySelector('.entity-timeline-open-start')).not.toBeNull();
    const supported = tracks.find((t) => t.textContent?.includes('supported by'))!;
    expect(supported.querySelector('.entity-timeline-open-end')).not.toBeNull();
    expect(supported.querySelectorAll('.entity-timeline-uncertain')).toHaveLength(0);
  });

  it('marks its events, each opening the event, and counts what carries no date', async () => {
    const { region, store, user } = openChief();
    await user.click(within(region).getByRole('button', { name: 'January 2020: Strike' }));
    expect(store.getState().view.selection).toEqual({ kind: 'event', id: 'strike' });
    act(() => store.getState().select({ kind: 'node', id: 'chief' }));
    expect(screen.getByRole('region', { name: /Over time/ })).toHaveTextContent(
      '1 more relation carries no date and is not drawn.',
    );
  });

  it('says so when nothing about the entity is dated', () => {
    const { store } = renderPanel(<Details />, { dataset });
    act(() => store.getState().select({ kind: 'node', id: 'city' }));
    expect(screen.getByRole('region', { name: /Over time/ })).toHaveTextContent(
      'None of its relations or events carries a date.',
    );
  });
});

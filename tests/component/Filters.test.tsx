import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { exploreDataset, renderApp, statusText } from './renderWithStore';

const nodes = exploreDataset.nodes;
const edges = exploreDataset.edges;
const filters = () => screen.getByRole('region', { name: 'Filters' });

describe('<Filters>', () => {
  it('names each checkbox by its label alone and describes it with its count', () => {
    renderApp();
    const commands = within(filters()).getByRole('checkbox', { name: 'commands' });
    const total = edges.filter((e) => e.relation === 'commands').length;
    expect(commands).toBeChecked();
    expect(commands).toHaveAccessibleDescription(`${total} of ${total} shown`);
    const family = within(filters()).getByRole('group', { name: 'Command' });
    expect(within(family).getAllByRole('checkbox')).toEqual([
      within(family).getByRole('checkbox', { name: 'commands' }),
      within(family).getByRole('checkbox', { name: 'leads' }),
    ]);
  });

  it('hides a relation type when its box is unchecked, and the status line follows', async () => {
    const { user } = renderApp();
    const hidden = edges.filter((e) => e.relation === 'commands').length;
    expect(screen.getByRole('status')).toHaveTextContent(
      statusText(nodes.length, nodes.length, edges.length, edges.length),
    );
    const commands = within(filters()).getByRole('checkbox', { name: 'commands' });
    await user.click(commands);
    expect(commands).not.toBeChecked();
    expect(commands).toHaveAccessibleDescription(`0 of ${hidden} shown`);
    expect(screen.getByRole('status')).toHaveTextContent(
      statusText(nodes.length, nodes.length, edges.length - hidden, edges.length),
    );
  });

  it('hides entity types and confidence levels', async () => {
    const { user } = renderApp();
    const people = nodes.filter((n) => n.type === 'person').map((n) => n.id);
    const touchingPeople = edges.filter(
      (e) => people.includes(e.source) || people.includes(e.target),
    ).length;
    await user.click(within(filters()).getByRole('checkbox', { name: 'person' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      statusText(
        nodes.length - people.length,
        nodes.length,
        edges.length - touchingPeople,
        edges.length,
      ),
    );
    await user.click(within(filters()).getByRole('checkbox', { name: 'person' }));
    const suspected = edges.filter((e) => e.confidence === 'suspected').length;
    await user.click(within(filters()).getByRole('checkbox', { name: 'suspected' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      statusText(nodes.length, nodes.length, edges.length - suspected, edges.length),
    );
  });

  it('hides entities left without relations', async () => {
    const { user } = renderApp();
    const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
    await user.click(
      within(filters()).getByRole('checkbox', { name: 'Hide entities left without relations' }),
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      statusText(linked.size, nodes.length, edges.length, edges.length),
    );
  });

  it('resets every filter, and is only enabled when there is something to reset', async () => {
    const { user, store } = renderApp();
    const reset = within(filters()).getByRole('button', { name: 'Reset filters' });
    expect(reset).toBeDisabled();
    await user.click(within(filters()).getByRole('checkbox', { name: 'leads' }));
    await user.click(within(filters()).getByRole('checkbox', { name: 'place' }));
    expect(reset).toBeEnabled();
    await user.click(reset);
    expect(store.getState().view.hiddenRelations).toEqual([]);
    expect(store.getState().view.hiddenEntityTypes).toEqual([]);
    expect(within(filters()).getByRole('checkbox', { name: 'leads' })).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent(
      statusText(nodes.length, nodes.length, edges.length, edges.length),
    );
  });
});

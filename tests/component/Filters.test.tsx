import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { act } from '@testing-library/react';
import { exploreDataset, openRelationTypes, renderApp, statusText } from './renderWithStore';

const nodes = exploreDataset.nodes;
const edges = exploreDataset.edges;
const filters = () => screen.getByRole('region', { name: 'Filters' });

describe('<Filters>', () => {
  it('names each checkbox by its label alone and describes it with its count', async () => {
    const { user } = renderApp();
    await openRelationTypes(user);
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
    await openRelationTypes(user);
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
    await openRelationTypes(user);
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

  it('switches a whole family with one switch, half on while some of its types are hidden', async () => {
    const { user, store } = renderApp();
    const command = within(filters()).getByRole('checkbox', { name: 'Command' });
    const commandKeys = ['commands', 'leads'];
    const inFamily = edges.filter((e) => commandKeys.includes(e.relation)).length;
    expect(command).toBeChecked();
    expect(command).toHaveAccessibleDescription(`${inFamily} of ${inFamily} shown`);
    await user.click(command);
    expect([...store.getState().view.hiddenRelations].sort()).toEqual(commandKeys);
    expect(command).not.toBeChecked();
    act(() => store.getState().toggleRelation('leads'));
    expect(command).toBePartiallyChecked();
    await user.click(command);
    expect(store.getState().view.hiddenRelations).toEqual([]);
  });

  it('shows one family alone, then every family again', async () => {
    const { user, store } = renderApp();
    await user.click(
      within(filters()).getByRole('button', { name: 'Show only Membership relations' }),
    );
    const membership = ['member_of', 'part_of'];
    const others = [...new Set(edges.map((e) => e.relation))].filter(
      (k) => !membership.includes(k),
    );
    expect([...store.getState().view.hiddenRelations].sort()).toEqual(others.sort());
    const inFamily = edges.filter((e) => membership.includes(e.relation)).length;
    expect(screen.getByRole('status')).toHaveTextContent(
      statusText(nodes.length, nodes.length, inFamily, edges.length),
    );
    await user.click(within(filters()).getByRole('button', { name: 'Show every relation family' }));
    expect(store.getState().view.hiddenRelations).toEqual([]);
  });

  it('shows one entity type alone', async () => {
    const { user, store } = renderApp();
    await user.click(within(filters()).getByRole('button', { name: 'Show only the person type' }));
    const types = [...new Set(nodes.map((n) => n.type ?? 'organization'))];
    expect([...store.getState().view.hiddenEntityTypes].sort()).toEqual(
      types.filter((t) => t !== 'person').sort(),
    );
  });

  it('says which ticked filters the command view overrides', async () => {
    const { user, store } = renderApp();
    act(() => store.getState().setCommandView(true));
    const note = within(filters()).getByRole('note');
    const located = edges.filter((e) => e.relation === 'operates_in').length;
    expect(note).toHaveTextContent(`Hidden whatever is ticked: Location (${located}).`);
    expect(within(filters()).getByRole('checkbox', { name: 'Location' })).toBeChecked();
    expect(
      within(filters()).getByRole('checkbox', { name: 'Location' }),
    ).toHaveAccessibleDescription(`0 of ${located} shown off in the command view`);
    await user.click(within(note).getByRole('button', { name: 'Leave the command view' }));
    expect(store.getState().view.mode).toBe('network');
    expect(within(filters()).queryByRole('note')).toBeNull();
  });
});

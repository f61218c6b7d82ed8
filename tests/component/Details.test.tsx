import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Details } from '../../src/ui/details/Details';
import { exploreDataset, renderPanel } from './renderWithStore';

const details = () => screen.getByRole('region', { name: 'Details' });

function edgeOf(id: string) {
  const found = exploreDataset.edges.find((e) => e.id === id);
  if (!found) throw new Error(`no edge ${id}`);
  return found;
}

describe('<Details>', () => {
  it('gives a hint while nothing is selected', () => {
    renderPanel(<Details />);
    expect(details()).toHaveTextContent('Nothing selected');
    expect(within(details()).queryByRole('button', { name: 'Clear selection' })).toBeNull();
  });

  it('shows a relation’s quotes as blockquotes with their source and confidence', () => {
    const { store } = renderPanel(<Details />);
    const relation = edgeOf('soleimani-commands-kh');
    act(() => store.getState().select({ kind: 'edge', id: relation.id }));
    const quote = details().querySelector('blockquote');
    expect(quote).toHaveTextContent(relation.evidence?.[0]?.quote ?? 'missing');
    const figure = quote?.closest('figure');
    expect(figure).toHaveTextContent('The militia and its patrons, Test Review');
    expect(figure).toHaveTextContent('Note: Paraphrase-free.');
    expect(details()).toHaveTextContent('Confidence' + relation.confidence);
    expect(details()).toHaveTextContent('2007 – January 2020');
  });

  it('moves to either end of a relation', async () => {
    const { store, user } = renderPanel(<Details />);
    act(() => store.getState().select({ kind: 'edge', id: 'abu-fadak-leads-pmf' }));
    const title = within(details()).getByRole('heading', { level: 3 });
    expect(title).toHaveTextContent('Abu Fadak al-Mohammadawi leads Popular Mobilization Forces');
    await user.click(within(title).getByRole('button', { name: 'Popular Mobilization Forces' }));
    expect(store.getState().view.selection).toEqual({ kind: 'node', id: 'pmf' });
  });

  it('groups an entity’s relations by how they read from its side', () => {
    const { store } = renderPanel(<Details />);
    act(() => store.getState().select({ kind: 'node', id: 'kh' }));
    expect(within(details()).getByRole('heading', { name: "Kata'ib Hizballah" })).toBeVisible();
    const groups = within(details())
      .getAllByRole('heading', { level: 5 })
      .map((h) => h.textContent);
    expect(groups).toEqual(['is commanded by', 'has … as a member', 'is part of', 'operates in']);
    const commandedBy = within(details()).getByRole('heading', { name: 'is commanded by' });
    const list = commandedBy.nextElementSibling as HTMLElement;
    expect(within(list).getByRole('button', { name: 'Qassem Soleimani' })).toBeInTheDocument();
  });

  it('moves the selection to a related entity, or to the relation for its evidence', async () => {
    const { store, user } = renderPanel(<Details />);
    act(() => store.getState().select({ kind: 'node', id: 'kh' }));
    const commandedBy = within(details()).getByRole('heading', { name: 'is commanded by' });
    const list = commandedBy.nextElementSibling as HTMLElement;
    await user.click(within(list).getByRole('button', { name: 'Qassem Soleimani' }));
    expect(store.getState().view.selection).toEqual({ kind: 'node', id: 'soleimani' });
    const evidence = within(details()).getByRole('button', { name: 'Evidence' });
    expect(evidence).toHaveAccessibleDescription("Qassem Soleimani commands Kata'ib Hizballah");
    await user.click(evidence);
    expect(store.getState().view.selection).toEqual({ kind: 'edge', id: 'soleimani-commands-kh' });
  });

  it('lists an entity’s own relations first, in sections that close and stay closed', async () => {
    const { store, user } = renderPanel(<Details />);
    act(() => store.getState().select({ kind: 'node', id: 'kh' }));
    const toggles = within(details())
      .getAllByRole('heading', { level: 4 })
      .map((heading) => within(heading).getByRole('button'));
    expect(toggles.map((t) => t.textContent)).toEqual([
      'Relations4',
      'Over time2007–2020',
      'Chain of command',
      'Evidence1',
      'Your groups',
    ]);
    // All open but the hand-made groups, which few analyses need.
    expect(toggles.map((t) => t.getAttribute('aria-expanded'))).toEqual([
      'true',
      'true',
      'true',
      'true',
      'false',
    ]);
    // Focus sits under the name, before the sections.
    const focus = within(details()).getByRole('group', { name: 'Focus' });
    expect(focus.compareDocumentPosition(toggles[0]!)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);

    await user.click(toggles[0]!);
    expect(toggles[0]).toHaveAttribute('aria-expanded', 'false');
    expect(within(details()).queryByRole('heading', { level: 5 })).toBeNull();
    // Another entity opens with the same section closed.
    act(() => store.getState().select({ kind: 'node', id: 'pmf' }));
    expect(within(details()).getByRole('button', { name: /^Relations/ })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    expect(within(details()).getByRole('region', { name: /^Evidence/ })).toBeInTheDocument();
  });

  it('shows an entity’s aliases, summary and its events', () => {
    const { store } = renderPanel(<Details />);
    act(() => store.getState().select({ kind: 'node', id: 'abu-fadak' }));
    expect(details()).toHaveTextContent('Also known asal-Khaal');
    expect(details()).toHaveTextContent('Commander imposed as acting chief of staff.');
    expect(
      within(details()).getByRole('button', { name: 'Abu Fadak imposed as acting chief of staff' }),
    ).toBeInTheDocument();
  });

  it('shows an event’s date, place and participants, each a way there', async () => {
    const { store, user } = renderPanel(<Details />);
    act(() => store.getState().select({ kind: 'event', id: 'imposed' }));
    expect(details()).toHaveTextContent('DateFebruary 2020');
    const participants = within(details()).getByRole('heading', { name: /Participants/ })
      .nextElementSibling as HTMLElement;
    expect(
      within(participants)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Abu Fadak al-Mohammadawi', 'Popular Mobilization Forces']);
    await user.click(within(details()).getByRole('button', { name: 'Baghdad' }));
    expect(store.getState().view.selection).toEqual({ kind: 'node', id: 'baghdad' });
  });

  it('says when the selected item is hidden by the current filters', () => {
    const { store } = renderPanel(<Details />);
    act(() => {
      store.getState().toggleRelation('leads');
      store.getState().select({ kind: 'edge', id: 'abu-fadak-leads-pmf' });
    });
    expect(details()).toHaveTextContent('hidden on the canvas');
  });

  it('clears the selection', async () => {
    const { store, user } = renderPanel(<Details />);
    act(() => store.getState().select({ kind: 'node', id: 'kh' }));
    await user.click(within(details()).getByRole('button', { name: 'Clear selection' }));
    expect(store.getState().view.selection).toBeNull();
    expect(details()).toHaveTextContent('Nothing selected');
  });

  it('lists entities picked together, finds paths between two, and makes a named group of them', async () => {
    const { store, user } = renderPanel(<Details />);
    act(() => store.getState().select({ kind: 'node', id: 'abu-fadak' }));
    act(() => store.getState().togglePicked('pmf'));
    act(() => store.getState().togglePicked('soleimani'));
    await screen.findByRole('heading', { name: '3 entities picked' });
    const list = within(details()).getByRole('list', { name: 'Picked entities' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    // Abu Fadak leads the PMF: one relation among them.
    expect(details()).toHaveTextContent('1 relation shown links them directly.');
    expect(within(details()).queryByRole('button', { name: 'Find paths between them' })).toBeNull();
    await user.click(
      within(list).getByRole('button', { name: /Remove Qassem Soleimani from the picked/ }),
    );
    expect(store.getState().view.picked).toEqual(['abu-fadak', 'pmf']);
    await user.click(within(details()).getByRole('button', { name: 'Find paths between them' }));
    expect(store.getState().view.path).toEqual({ from: 'abu-fadak', to: 'pmf' });
    expect(store.getState().sideTab).toBe('paths');
    await user.type(
      within(details()).getByRole('textbox', { name: 'New group with these entities' }),
      'Leadership',
    );
    await user.click(within(details()).getByRole('button', { name: 'Make group' }));
    expect(store.getState().view.customGroups).toEqual([
      expect.objectContaining({ name: 'Leadership', members: ['abu-fadak', 'pmf'] }),
    ]);
    await user.click(within(details()).getByRole('button', { name: 'Clear selection' }));
    expect(store.getState().view.picked).toEqual([]);
  });

  it('makes a named group of the selected entity, and adds another entity to it', async () => {
    const { store, user } = renderPanel(<Details />);
    act(() => store.getState().select({ kind: 'node', id: 'abu-fadak' }));
    await user.click(await screen.findByRole('button', { name: /Your groups/ }));
    const form = within(details()).getByRole('form', { name: 'Make a group' });
    const make = within(form).getByRole('button', { name: 'Make group' });
    expect(make).toBeDisabled();
    await user.type(
      within(form).getByRole('textbox', { name: 'New group with this entity' }),
      'Chiefs',
    );
    await user.click(make);
    expect(store.getState().view.customGroups).toEqual([
      expect.objectContaining({ name: 'Chiefs', members: ['abu-fadak'] }),
    ]);
    act(() => store.getState().select({ kind: 'node', id: 'pmf' }));
    await user.click(await screen.findByRole('button', { name: 'Add to “Chiefs”' }));
    expect(store.getState().view.customGroups[0]!.members).toEqual(['abu-fadak', 'pmf']);
  });
});

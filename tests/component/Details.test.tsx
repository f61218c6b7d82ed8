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
    expect(groups).toEqual(['commanded by', 'has member', 'part of', 'operates in']);
    const commandedBy = within(details()).getByRole('heading', { name: 'commanded by' });
    const list = commandedBy.nextElementSibling as HTMLElement;
    expect(within(list).getByRole('button', { name: 'Qassem Soleimani' })).toBeInTheDocument();
  });

  it('moves the selection to a related entity, or to the relation for its evidence', async () => {
    const { store, user } = renderPanel(<Details />);
    act(() => store.getState().select({ kind: 'node', id: 'kh' }));
    const commandedBy = within(details()).getByRole('heading', { name: 'commanded by' });
    const list = commandedBy.nextElementSibling as HTMLElement;
    await user.click(within(list).getByRole('button', { name: 'Qassem Soleimani' }));
    expect(store.getState().view.selection).toEqual({ kind: 'node', id: 'soleimani' });
    const evidence = within(details()).getByRole('button', { name: 'Evidence' });
    expect(evidence).toHaveAccessibleDescription("commands Kata'ib Hizballah");
    await user.click(evidence);
    expect(store.getState().view.selection).toEqual({ kind: 'edge', id: 'soleimani-commands-kh' });
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
});

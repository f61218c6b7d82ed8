import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { GraphHandle } from '../../src/graph/adapter';
import { Search } from '../../src/ui/search/Search';
import { renderApp, renderPanel } from './renderWithStore';

function fakeGraph() {
  const centerOn = vi.fn<(nodeId: string) => void>();
  const graph: GraphHandle = {
    fit: () => {},
    zoomIn: () => {},
    zoomOut: () => {},
    stepSelection: () => {},
    settled: () => Promise.resolve(),
    relayout: () => {},
    centerOn,
    renderedCounts: () => ({ nodes: 0, edges: 0 }),
    exportImage: () => Promise.reject(new Error('no canvas in this test')),
    newNotePosition: () => null,
  };
  return { graph, centerOn };
}

describe('<Search>', () => {
  it('selects and centres the first result when Enter is pressed', async () => {
    const { graph, centerOn } = fakeGraph();
    const { user, store } = renderPanel(<Search />, { graph });
    const box = screen.getByRole('combobox', { name: 'Search' });
    await user.type(box, 'Khaal');
    const listbox = screen.getByRole('listbox', { name: 'Search results' });
    expect(within(listbox).getAllByRole('option')[0]).toHaveTextContent('Abu Fadak al-Mohammadawi');
    expect(within(listbox).getAllByRole('option')[0]).toHaveTextContent('al-Khaal');
    await user.keyboard('{Enter}');
    expect(store.getState().view.selection).toEqual({ kind: 'node', id: 'abu-fadak' });
    expect(centerOn).toHaveBeenCalledWith('abu-fadak');
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });

  it('moves through results with the arrow keys and chooses the active one', async () => {
    const { user, store } = renderPanel(<Search />);
    const box = screen.getByRole('combobox', { name: 'Search' });
    await user.type(box, 'abu fadak');
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.length).toBeGreaterThan(1);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', options[1]?.id);
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowUp}');
    expect(box).toHaveAttribute('aria-activedescendant', options[0]?.id);
    await user.keyboard('{ArrowDown}{Enter}');
    const event = store.getState().view.selection;
    expect(event).toEqual({ kind: 'event', id: 'imposed' });
  });

  it('finds names written without their apostrophe or with a curly one', async () => {
    const { user } = renderPanel(<Search />);
    const box = screen.getByRole('combobox', { name: 'Search' });
    for (const query of ['kataib', 'Kata’ib']) {
      await user.clear(box);
      await user.type(box, query);
      expect(within(screen.getByRole('listbox')).getAllByRole('option')[0]).toHaveTextContent(
        "Kata'ib Hizballah",
      );
    }
  });

  it('chooses a result with the mouse', async () => {
    const { user, store } = renderPanel(<Search />);
    await user.type(screen.getByRole('combobox', { name: 'Search' }), 'Baghdad');
    await user.click(screen.getByRole('option', { name: /Baghdad/ }));
    expect(store.getState().view.selection).toEqual({ kind: 'node', id: 'baghdad' });
  });

  it('says when nothing matches, and closes on Escape', async () => {
    const { user } = renderPanel(<Search />);
    const box = screen.getByRole('combobox', { name: 'Search' });
    await user.type(box, 'zzzz');
    expect(screen.getByText('No matches')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).toHaveValue('zzzz');
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
    expect(box).not.toHaveFocus();
  });

  it('leaves the box on Escape after a search, so that shortcuts work again', async () => {
    const { user, store } = renderApp();
    const box = screen.getByRole('combobox', { name: 'Search' });
    await user.type(box, 'Abu Fadak{Enter}');
    expect(box).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(box).not.toHaveFocus();
    await user.keyboard('t');
    expect(box).toHaveValue('');
    expect(store.getState().tableOpen).toBe(true);
  });

  it('is focused by the / key, but / typed into another field stays there', async () => {
    const { user } = renderApp();
    const box = screen.getByRole('combobox', { name: 'Search' });
    await user.keyboard('/');
    expect(box).toHaveFocus();
    expect(box).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Table' }));
    const filter = screen.getByRole('searchbox', { name: 'Filter relations' });
    await user.type(filter, 'a/b');
    expect(filter).toHaveFocus();
    expect(filter).toHaveValue('a/b');
  });

  it('opens the chosen entity in Details', async () => {
    const { user } = renderApp();
    await user.type(screen.getByRole('combobox', { name: 'Search' }), 'Abu Fadak{Enter}');
    const details = screen.getByRole('region', { name: 'Details' });
    expect(
      within(details).getByRole('heading', { name: 'Abu Fadak al-Mohammadawi' }),
    ).toBeInTheDocument();
  });
});

import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseDataset, type Dataset } from '../../src/domain/schema';
import { datasetKey } from '../../src/app/persistence/keys';
import { exploreDataset, renderApp } from './renderWithStore';

describe('the view state in the address', () => {
  it('applies the address once the dataset is loaded and reports what it ignored', async () => {
    window.history.replaceState(
      null,
      '',
      '/?data=x.json&mode=command&select=kh&layout=sideways&path=kh,ghost',
    );
    const { store } = renderApp();
    await waitFor(() => expect(store.getState().view.mode).toBe('command'));
    expect(store.getState().view.selection).toEqual({ kind: 'node', id: 'kh' });
    expect(store.getState().view.layout).toBe('force');
    const notice = await screen.findByText('Ignored the address parameters "layout", "path"');
    expect(notice.closest('.notice')).toHaveTextContent('path: no entity "ghost" in this dataset');
    // The address is rewritten without what was ignored, keeping the dataset's.
    await waitFor(() => expect(window.location.search).toBe('?data=x.json&mode=command&select=kh'));
  });

  it('adds a history entry for each move, and only replaces it for a filter', async () => {
    const { store } = renderApp();
    await waitFor(() => expect(store.getState().dataset).not.toBeNull());
    const before = window.history.length;
    act(() => store.getState().setCommandView(true));
    await waitFor(() => expect(window.location.search).toBe('?mode=command&layout=hierarchical'));
    expect(window.history.length).toBe(before + 1);
    act(() => store.getState().select({ kind: 'node', id: 'kh' }));
    await waitFor(() => expect(window.location.search).toContain('select=kh'));
    expect(window.history.length).toBe(before + 2);
    act(() => store.getState().toggleRelation('part_of'));
    await waitFor(() => expect(window.location.search).toContain('hideRel=part_of'));
    expect(window.history.length).toBe(before + 2);
  });

  it('brings each entry’s view back with Back and Forward', async () => {
    window.history.replaceState(null, '', '/');
    const { store } = renderApp();
    await waitFor(() => expect(store.getState().dataset).not.toBeNull());
    act(() => store.getState().select({ kind: 'node', id: 'kh' }));
    await waitFor(() => expect(window.location.search).toBe('?select=kh'));
    act(() => store.getState().setView({ focus: { id: 'kh', hops: 2 } }));
    act(() => store.getState().select({ kind: 'node', id: 'pmf' }));
    await waitFor(() => expect(window.location.search).toBe('?focus=kh&select=pmf&hops=2'));

    act(() => window.history.back());
    await waitFor(() =>
      expect(store.getState().view.selection).toEqual({ kind: 'node', id: 'kh' }),
    );
    // Fields the entry's address leaves out come back at their default.
    expect(store.getState().view.focus).toBeNull();
    act(() => window.history.back());
    await waitFor(() => expect(store.getState().view.selection).toBeNull());
    act(() => window.history.forward());
    await waitFor(() =>
      expect(store.getState().view.selection).toEqual({ kind: 'node', id: 'kh' }),
    );
    // Going back and forth writes no new entries of its own.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(window.location.search).toBe('?select=kh');
    act(() => window.history.forward());
    await waitFor(() => expect(store.getState().view.focus).toEqual({ id: 'kh', hops: 2 }));
  });
});

describe('saved arrangements', () => {
  it('ignores an unreadable saved arrangement with a notice', async () => {
    const dataset = (parseDataset(exploreDataset) as { dataset: Dataset }).dataset;
    window.localStorage.setItem(datasetKey('arrangement', dataset), '{"version":0,"positions":[]}');
    renderApp();
    expect(
      await screen.findByText('Ignored the saved arrangement of this dataset'),
    ).toBeInTheDocument();
    expect(window.localStorage.getItem(datasetKey('arrangement', dataset))).toBeNull();
  });
});

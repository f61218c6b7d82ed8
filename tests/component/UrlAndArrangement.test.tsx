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

  it('follows the view as it changes, without adding history entries', async () => {
    const { store } = renderApp();
    const before = window.history.length;
    act(() => store.getState().setCommandView(true));
    await waitFor(() => expect(window.location.search).toBe('?mode=command&layout=hierarchical'));
    expect(window.history.length).toBe(before);
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

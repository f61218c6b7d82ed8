import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { DEFAULT_DATASET_ORIGIN } from '../../src/app/loadDataset';
import { loadDatasetValue } from '../../src/app/loadDatasetValue';
import { createLinkboardStore } from '../../src/store/store';
import { buildDataset, edge, node, quote } from '../helpers/datasetBuilder';

const small = buildDataset({
  title: 'Small board',
  nodes: [node('a'), node('b'), node('c')],
  edges: [edge('a', 'commands', 'b'), edge('b', 'trains', 'c')],
});

function jsonFile(name: string, value: unknown): File {
  return new File([JSON.stringify(value)], name, { type: 'application/json' });
}

function renderApp(origin = 'small.json') {
  const store = createLinkboardStore();
  loadDatasetValue(store, small, origin);
  render(<App store={store} headlessGraph skipDefaultDataset />);
  return { store, user: userEvent.setup() };
}

beforeEach(() => localStorage.clear());

describe('opening a dataset', () => {
  it('offers a file input named "Open dataset" in the toolbar group "Dataset"', () => {
    renderApp();
    const group = screen.getByRole('group', { name: 'Dataset' });
    const input = within(group).getByLabelText('Open dataset');
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAttribute('accept', expect.stringContaining('.csv'));
    expect(input).toHaveAttribute('multiple');
  });

  it('loads a picked JSON file and shows where it came from', async () => {
    const { user } = renderApp();
    const bigger = buildDataset({
      title: 'Bigger',
      nodes: [node('x'), node('y'), node('z'), node('w')],
    });
    await user.upload(screen.getByLabelText('Open dataset'), jsonFile('bigger.json', bigger));
    await waitFor(() => expect(screen.getByText(/^Showing 4 of 4 entities/)).toBeInTheDocument());
    expect(within(screen.getByRole('banner')).getByText('Bigger')).toHaveTextContent(
      'Bigger · from bigger.json',
    );
  });

  it('loads an edge list and node list picked together', async () => {
    const { user } = renderApp();
    const edges = new File(
      [
        'source,relation,target,since,until,confidence,quote,source_id\nkh,member_of,pmf,,,confirmed,q,wotr\n',
      ],
      'edges.csv',
      { type: 'text/csv' },
    );
    const nodes = new File(
      ['id,type,label\nkh,organization,KH\npmf,organization,PMF\n'],
      'nodes.csv',
      {
        type: 'text/csv',
      },
    );
    await user.upload(screen.getByLabelText('Open dataset'), [edges, nodes]);
    await waitFor(() =>
      expect(screen.getByText(/^Showing 2 of 2 entities and 1 of 1 relation$/)).toBeInTheDocument(),
    );
  });

  it('alerts with the file name and the problem, and keeps the graph', async () => {
    const { store, user } = renderApp();
    const before = store.getState().dataset;
    const broken = buildDataset({ nodes: [node('a')], edges: [edge('a', 'commands', 'ghost')] });
    await user.upload(screen.getByLabelText('Open dataset'), jsonFile('broken.json', broken));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load broken.json as Linkboard JSON: 1 problem');
    expect(alert).toHaveTextContent('$.edges[0].target: unknown entity "ghost"');
    expect(store.getState().dataset).toBe(before);
    expect(screen.getByText(/^Showing/)).toHaveTextContent(
      'Showing 3 of 3 entities and 2 of 2 relations',
    );
  });

  it('shows markup in labels and quotes as text, never as elements', async () => {
    const { user } = renderApp();
    const hostile = buildDataset({
      title: '<img src=x onerror=alert(1)>',
      description: '<script>alert(2)</script>',
      nodes: [node('a', { label: '<b>bold</b>', evidence: [quote('<script>alert(3)</script>')] })],
    });
    await user.upload(screen.getByLabelText('Open dataset'), jsonFile('hostile.json', hostile));
    const header = screen.getByRole('banner');
    expect(await within(header).findByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(document.querySelector('img, script, b')).toBeNull();
    expect(document.body.innerHTML).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('shows a drop overlay while files are dragged over the canvas and opens what is dropped', async () => {
    const { store } = renderApp();
    const canvasArea = screen.getByTestId('graph-canvas').parentElement!;
    const file = jsonFile('dropped.json', buildDataset({ title: 'Dropped', nodes: [node('d')] }));
    const dataTransfer = { types: ['Files'], files: [file], dropEffect: 'none' };
    fireEvent.dragEnter(canvasArea, { dataTransfer });
    expect(screen.getByTestId('drop-overlay')).toHaveTextContent('Drop to open this dataset');
    fireEvent.dragLeave(canvasArea, { dataTransfer });
    expect(screen.queryByTestId('drop-overlay')).toBeNull();
    fireEvent.dragEnter(canvasArea, { dataTransfer });
    fireEvent.drop(canvasArea, { dataTransfer });
    expect(screen.queryByTestId('drop-overlay')).toBeNull();
    await waitFor(() => expect(store.getState().datasetOrigin).toBe('dropped.json'));
  });

  it('ignores a drag that carries no files', () => {
    renderApp();
    const canvasArea = screen.getByTestId('graph-canvas').parentElement!;
    fireEvent.dragEnter(canvasArea, { dataTransfer: { types: ['text/plain'], files: [] } });
    expect(screen.queryByTestId('drop-overlay')).toBeNull();
  });
});

describe('the dataset menu', () => {
  it('opens and closes from its button, with Escape returning focus', async () => {
    const { user } = renderApp();
    const toggle = screen.getByRole('button', { name: 'Dataset' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    const menu = screen.getByRole('dialog', { name: 'Dataset' });
    expect(menu).toBeVisible();
    expect(
      within(menu).getByText(/3 entities · 2 relations · from small\.json/),
    ).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  it('goes back to the default dataset, and offers it only when another is loaded', async () => {
    const { store, user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Dataset' }));
    await user.click(screen.getByRole('button', { name: 'Default dataset' }));
    await waitFor(() => expect(store.getState().datasetOrigin).toBe(DEFAULT_DATASET_ORIGIN));
    await user.click(screen.getByRole('button', { name: 'Dataset' }));
    expect(screen.getByRole('button', { name: 'Default dataset' })).toBeDisabled();
  });

  it('offers the whole dataset as JSON, GraphML and GEXF', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Dataset' }));
    for (const label of ['Download JSON', 'Download GraphML', 'Download GEXF'])
      expect(screen.getByRole('button', { name: label })).toBeEnabled();
  });

  it('saves, applies and deletes named views', async () => {
    const { store, user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Dataset' }));
    act(() => store.getState().toggleRelation('trains'));
    await user.type(screen.getByRole('textbox', { name: 'View name' }), 'No training');
    await user.click(screen.getByRole('button', { name: 'Save view' }));
    expect(screen.getByRole('button', { name: 'No training' })).toBeInTheDocument();

    act(() => store.getState().resetFilters());
    expect(store.getState().view.hiddenRelations).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'No training' }));
    expect(store.getState().view.hiddenRelations).toEqual(['trains']);

    await user.click(screen.getByRole('button', { name: 'Delete No training' }));
    expect(screen.queryByRole('button', { name: 'No training' })).toBeNull();
  });

  it('keeps saved views in localStorage for the next visit', async () => {
    const first = renderApp();
    await first.user.click(screen.getByRole('button', { name: 'Dataset' }));
    await first.user.type(screen.getByRole('textbox', { name: 'View name' }), 'Kept{Enter}');
    cleanup();

    const next = renderApp();
    await next.user.click(screen.getByRole('button', { name: 'Dataset' }));
    expect(screen.getByRole('button', { name: 'Kept' })).toBeInTheDocument();
  });
});

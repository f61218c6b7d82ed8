import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { loadDatasetValue } from '../../src/app/loadDatasetValue';
import { createLinkboardStore } from '../../src/store/store';
import { buildDataset, edge, node } from '../helpers/datasetBuilder';
import { loadDefaultDataset } from '../helpers/defaultDataset';

describe('<App>', () => {
  it('loads the default dataset and reports its size in the status line', async () => {
    const dataset = loadDefaultDataset();
    render(<App headlessGraph />);
    // The default dataset is loaded on demand: on a busy machine that takes more than a second.
    const status = await screen.findByText(/^Showing \d+ of \d+ entities/, {}, { timeout: 15_000 });
    expect(status).toHaveAttribute('role', 'status');
    expect(status).toHaveTextContent(
      `Showing ${dataset.nodes.length} of ${dataset.nodes.length} entities and ${dataset.edges.length} of ${dataset.edges.length} relations`,
    );
  });

  it('updates the status line when a relation type is hidden', async () => {
    const store = createLinkboardStore();
    loadDatasetValue(
      store,
      buildDataset({
        nodes: [node('a'), node('b'), node('c')],
        edges: [edge('a', 'commands', 'b'), edge('b', 'trains', 'c')],
      }),
      'test',
    );
    render(<App store={store} headlessGraph skipDefaultDataset />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Showing 3 of 3 entities and 2 of 2 relations',
    );
    store.getState().toggleRelation('trains');
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Showing 3 of 3 entities and 1 of 2 relations',
      ),
    );
  });

  it('shows the dataset title and a legend of the types present', async () => {
    render(<App headlessGraph />);
    await screen.findByText(/^Showing/);
    expect(screen.getByRole('heading', { name: 'Linkboard' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Legend' })).toHaveTextContent('person');
  });
});

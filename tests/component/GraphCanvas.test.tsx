import { render, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import { loadDatasetValue } from '../../src/app/loadDatasetValue';
import type { GraphAdapter } from '../../src/graph/adapter';
import { GraphCanvas, GraphHandleContext } from '../../src/graph/GraphCanvas';
import { createLinkboardStore, LinkboardStoreProvider } from '../../src/store/store';
import { buildDataset, edge, node } from '../helpers/datasetBuilder';

function renderCanvas() {
  const store = createLinkboardStore();
  loadDatasetValue(
    store,
    buildDataset({
      nodes: [node('a'), node('b'), node('c')],
      edges: [edge('a', 'commands', 'b'), edge('b', 'trains', 'c')],
    }),
    'test',
  );
  const handle: { current: GraphAdapter | null } = { current: null };
  const utils = render(
    <StrictMode>
      <LinkboardStoreProvider store={store}>
        <GraphHandleContext.Provider value={handle}>
          <GraphCanvas headless />
        </GraphHandleContext.Provider>
      </LinkboardStoreProvider>
    </StrictMode>,
  );
  return { store, handle, ...utils };
}

describe('<GraphCanvas>', () => {
  it('leaves one live Cytoscape instance under StrictMode, holding the view', async () => {
    const { handle } = renderCanvas();
    await waitFor(() => expect(handle.current?.renderedCounts()).toEqual({ nodes: 3, edges: 2 }));
    expect(handle.current?.liveInstanceCount()).toBe(1);
  });

  it('applies filter changes to the drawn elements', async () => {
    const { handle, store } = renderCanvas();
    await waitFor(() => expect(handle.current?.renderedCounts().edges).toBe(2));
    store.getState().toggleRelation('trains');
    expect(handle.current?.renderedCounts()).toEqual({ nodes: 3, edges: 1 });
    store.getState().setView({ hideIsolated: true });
    expect(handle.current?.renderedCounts()).toEqual({ nodes: 2, edges: 1 });
  });

  it('destroys its Cytoscape instance on unmount', async () => {
    const { handle, unmount } = renderCanvas();
    await waitFor(() => expect(handle.current?.renderedCounts().nodes).toBe(3));
    const adapter = handle.current as GraphAdapter;
    unmount();
    expect(adapter.liveInstanceCount()).toBe(0);
  });
});

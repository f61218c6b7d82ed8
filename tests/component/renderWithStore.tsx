/** Renders panels or the whole app around a fresh store holding a test dataset. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { App } from '../../src/app/App';
import { loadDatasetValue } from '../../src/app/loadDatasetValue';
import type { GraphHandle } from '../../src/graph/adapter';
import { GraphHandleContext } from '../../src/graph/GraphCanvas';
import type { DatasetInput } from '../../src/domain/schema';
import { createLinkboardStore, LinkboardStoreProvider } from '../../src/store/store';
import { buildDataset, edge, event, node, quote } from '../helpers/datasetBuilder';

/** A small network with the names, aliases and quotes the explore panels are tested on. */
export const exploreDataset: DatasetInput = buildDataset({
  sources: [{ id: 'src', title: 'The militia and its patrons', publisher: 'Test Review' }],
  nodes: [
    node('kh', { label: "Kata'ib Hizballah", aliases: ['KH'], summary: 'An Iraqi militia.' }),
    node('pmf', { label: 'Popular Mobilization Forces', aliases: ['PMF', 'Hashd'] }),
    node('abu-fadak', {
      type: 'person',
      label: 'Abu Fadak al-Mohammadawi',
      aliases: ['al-Khaal'],
      summary: 'Commander imposed as acting chief of staff.',
    }),
    node('soleimani', { type: 'person', label: 'Qassem Soleimani' }),
    node('baghdad', { type: 'place', label: 'Baghdad' }),
    node('loner', { label: 'Unlinked Office' }),
  ],
  edges: [
    edge('soleimani', 'commands', 'kh', {
      id: 'soleimani-commands-kh',
      since: '2007',
      until: '2020-01',
      evidence: [
        { ...quote('Soleimani directed the group from its founding'), note: 'Paraphrase-free.' },
      ],
    }),
    edge('abu-fadak', 'leads', 'pmf', {
      id: 'abu-fadak-leads-pmf',
      label: 'acting chief of staff',
      since: '2020-02',
      confidence: 'reported',
      evidence: [quote('imposed one of its top commanders as acting chief of staff')],
    }),
    edge('abu-fadak', 'member_of', 'kh', { id: 'abu-fadak-member-kh' }),
    edge('kh', 'part_of', 'pmf', { id: 'kh-part-of-pmf', confidence: 'suspected' }),
    edge('kh', 'operates_in', 'baghdad', { id: 'kh-operates-in-baghdad' }),
  ],
  events: [
    event('imposed', {
      title: 'Abu Fadak imposed as acting chief of staff',
      date: '2020-02',
      participants: ['abu-fadak', 'pmf'],
      place: 'baghdad',
      evidence: [quote('imposed one of its top commanders')],
    }),
  ],
});

function storeWith(dataset: DatasetInput) {
  const store = createLinkboardStore();
  if (!loadDatasetValue(store, dataset, 'test')) throw new Error('test dataset did not load');
  return store;
}

/** The whole app, headless, on the given dataset. */
export function renderApp(dataset: DatasetInput = exploreDataset) {
  const store = storeWith(dataset);
  const user = userEvent.setup();
  const utils = render(<App store={store} headlessGraph skipDefaultDataset />);
  return { store, user, ...utils };
}

/** One panel inside the store and graph-handle providers; `graph` stands in for the canvas. */
export function renderPanel(
  ui: ReactElement,
  {
    dataset = exploreDataset,
    graph = null,
  }: { dataset?: DatasetInput; graph?: GraphHandle | null } = {},
) {
  const store = storeWith(dataset);
  const user = userEvent.setup();
  const utils = render(
    <LinkboardStoreProvider store={store}>
      <GraphHandleContext.Provider value={{ current: graph }}>{ui}</GraphHandleContext.Provider>
    </LinkboardStoreProvider>,
  );
  return { store, user, ...utils };
}

/** Opens relation families in the Filters panel (all of them by default), showing their types' checkboxes. */
export async function openRelationTypes(
  user: ReturnType<typeof userEvent.setup>,
  families: readonly string[] = [],
): Promise<void> {
  const closed = screen.queryAllByRole('button', { name: / relation types$/, expanded: false });
  for (const button of closed)
    if (
      families.length === 0 ||
      families.some((f) => button.getAttribute('aria-label') === `${f} relation types`)
    )
      await user.click(button);
}

/** Counts of the test dataset as the status line words them. */
export function statusText(
  visibleNodes: number,
  totalNodes: number,
  visibleEdges: number,
  totalEdges: number,
): string {
  return `Showing ${visibleNodes} of ${totalNodes} entities and ${visibleEdges} of ${totalEdges} relations`;
}

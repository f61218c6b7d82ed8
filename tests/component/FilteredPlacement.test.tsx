import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadDatasetValue } from '../../src/app/loadDatasetValue';
import { GraphAdapter } from '../../src/graph/adapter';
import { createLinkboardStore } from '../../src/store/store';
import { buildDataset, edge, node } from '../helpers/datasetBuilder';

/** Organisations in a ring, each with a person attached: the people are what a filter brings back. */
const dataset = buildDataset({
  nodes: [
    ...['a', 'b', 'c', 'd'].map((id) => node(id)),
    ...['a', 'b', 'c', 'd'].map((id) => node(`${id}-chief`, { type: 'person' })),
  ],
  edges: [
    edge('a', 'allied_with', 'b'),
    edge('b', 'allied_with', 'c'),
    edge('c', 'allied_with', 'd'),
    ...['a', 'b', 'c', 'd'].map((id) => edge(`${id}-chief`, 'commands', id)),
  ],
});

const adapters: GraphAdapter[] = [];
afterEach(() => {
  for (const adapter of adapters.splice(0)) adapter.stop();
  vi.restoreAllMocks();
});

/** A page load: the dataset drawn with people hidden (as from a shared link), laid out, then shown. */
async function loadThenShowPeople(): Promise<Core> {
  const store = createLinkboardStore();
  const cy = cytoscape({ headless: true, styleEnabled: true });
  const laidOut = new Promise((resolve) => cy.one('layoutstop', resolve));
  const adapter = new GraphAdapter(store);
  adapters.push(adapter);
  adapter.attach(cy);
  adapter.start();
  loadDatasetValue(store, dataset, 'test');
  store.getState().setView({ hiddenEntityTypes: ['person'], layout: 'concentric' });
  await laidOut;
  expect(cy.nodes().length).toBe(4);
  store.getState().setView({ hiddenEntityTypes: [] });
  expect(cy.nodes().length).toBe(8);
  return cy;
}

const positionsOf = (cy: Core) =>
  Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }]));

describe('entities brought back by a filter', () => {
  it('come in at the same places on every load, next to their neighbours', async () => {
    const random = vi.spyOn(Math, 'random');
    const first = await loadThenShowPeople();
    const second = await loadThenShowPeople();
    expect(random).not.toHaveBeenCalled();
    expect(positionsOf(second)).toEqual(positionsOf(first));
    for (const id of ['a', 'b', 'c', 'd']) {
      const chief = first.getElementById(`${id}-chief`).position();
      const organisation = first.getElementById(id).position();
      expect(Math.hypot(chief.x - organisation.x, chief.y - organisation.y)).toBeCloseTo(40, 5);
    }
  });
});

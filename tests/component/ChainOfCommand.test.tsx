import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { selectHighlight } from '../../src/store/selectors';
import { ChainOfCommand } from '../../src/ui/command/ChainOfCommand';
import { buildDataset, edge, node } from '../helpers/datasetBuilder';
import { renderPanel } from './renderWithStore';

const dataset = buildDataset({
  nodes: [
    node('state', { label: 'The State' }),
    node('force', { label: 'The Force' }),
    node('militia', { label: 'The Militia' }),
    node('cell', { label: 'The Cell' }),
    node('president', { type: 'person', label: 'The President' }),
  ],
  edges: [
    edge('force', 'part_of', 'state', { id: 'force-part-of-state' }),
    edge('force', 'controls', 'militia', { id: 'force-controls-militia' }),
    edge('cell', 'part_of', 'militia', { id: 'cell-part-of-militia' }),
    edge('president', 'commands', 'militia', { id: 'president-commands-militia', formal: true }),
  ],
});

/** The entries of a tree level: each entity's name and how it reads, without what hangs under it. */
function entries(list: HTMLElement): string[] {
  return [...list.children].map((li) => li.querySelector('.chain-entry')!.textContent ?? '');
}

const tree = (name: string) => screen.getByRole('list', { name: new RegExp(`^${name}`) });

describe('<ChainOfCommand>', () => {
  it('shows superiors up to the top and subordinates down as trees, each link read as a sentence', () => {
    renderPanel(<ChainOfCommand nodeId="militia" />, { dataset });
    expect(entries(tree('Superiors'))).toEqual(['The Forcecontrols The Militia']);
    // The State is reached through The Force, so it hangs under it.
    const under = tree('Superiors').querySelector('li ul') as HTMLElement;
    expect(entries(under)).toEqual(['The Stateincludes The Force']);
    expect(entries(tree('Subordinates'))).toEqual(['The Cellis part of The Militia']);
  });

  it('switches to the formal chain', async () => {
    const { user, store } = renderPanel(<ChainOfCommand nodeId="militia" />, { dataset });
    await user.click(screen.getByRole('button', { name: 'Formal' }));
    expect(store.getState().view.commandChain).toBe('formal');
    expect(entries(tree('Superiors'))).toEqual(['The Presidentcommands The Militia']);
    expect(screen.getByRole('button', { name: 'Formal' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('opens a large chain at its first level only, each branch on demand', async () => {
    // A division with twelve units, each with a company: 24 subordinates in all.
    const units = Array.from({ length: 12 }, (_, i) => `unit-${i}`);
    const large = buildDataset({
      nodes: [
        node('division', { label: 'The Division' }),
        ...units.flatMap((u) => [node(u, { label: `Unit ${u}` }), node(`${u}-co`)]),
      ],
      edges: units.flatMap((u) => [edge(u, 'part_of', 'division'), edge(`${u}-co`, 'part_of', u)]),
    });
    const { user } = renderPanel(<ChainOfCommand nodeId="division" />, { dataset: large });
    const subordinates = tree('Subordinates');
    expect(subordinates.children).toHaveLength(units.length);
    expect(subordinates.querySelectorAll('li li')).toHaveLength(0);
    const first = within(subordinates).getAllByRole('button', { name: /^Show the 1 linked/ })[0]!;
    expect(first).toHaveAttribute('aria-expanded', 'false');
    await user.click(first);
    expect(first).toHaveAttribute('aria-expanded', 'true');
    expect(subordinates.querySelectorAll('li li')).toHaveLength(1);
    await user.click(screen.getAllByRole('button', { name: 'Open every level' })[0]!);
    expect(subordinates.querySelectorAll('li li')).toHaveLength(units.length);
  });

  it('moves the selection to an entity of the chain', async () => {
    const { user, store } = renderPanel(<ChainOfCommand nodeId="militia" />, { dataset });
    await user.click(screen.getByRole('button', { name: 'The State' }));
    expect(store.getState().view.selection).toEqual({ kind: 'node', id: 'state' });
  });

  it('highlights the chain on the canvas on request', async () => {
    const { user, store } = renderPanel(<ChainOfCommand nodeId="militia" />, { dataset });
    act(() => store.getState().select({ kind: 'node', id: 'militia' }));
    const toggle = screen.getByRole('button', { name: 'Highlight chain' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect([...(selectHighlight(store.getState())?.nodeIds ?? [])].sort()).toEqual([
      'cell',
      'force',
      'militia',
      'state',
    ]);
  });

  it('names a loop in the chain', () => {
    const loop = buildDataset({
      nodes: [node('a', { label: 'Alpha' }), node('b', { label: 'Bravo' })],
      edges: [edge('a', 'commands', 'b'), edge('b', 'commands', 'a')],
    });
    renderPanel(<ChainOfCommand nodeId="a" />, { dataset: loop });
    expect(screen.getByRole('note')).toHaveTextContent(
      /Loop in the chain: (Alpha → Bravo → Alpha|Bravo → Alpha → Bravo)/,
    );
  });
});

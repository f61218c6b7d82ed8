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

const list = (name: string) =>
  within(screen.getByRole('list', { name: new RegExp(`^${name}`) }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('<ChainOfCommand>', () => {
  it('lists superiors up to the top and subordinates down, with how each link reads', () => {
    renderPanel(<ChainOfCommand nodeId="militia" />, { dataset });
    expect(screen.getByRole('region', { name: 'Chain of command' })).toBeInTheDocument();
    expect(list('Superiors')).toEqual([
      '1 aboveThe Forcecontrols The Militia',
      '2 aboveThe Stateincludes The Force',
    ]);
    expect(list('Subordinates')).toEqual(['1 belowThe Cellpart of The Militia']);
  });

  it('switches to the formal chain', async () => {
    const { user, store } = renderPanel(<ChainOfCommand nodeId="militia" />, { dataset });
    await user.click(screen.getByRole('button', { name: 'Formal' }));
    expect(store.getState().view.commandChain).toBe('formal');
    expect(list('Superiors')).toEqual(['1 aboveThe Presidentcommands The Militia']);
    expect(screen.getByRole('button', { name: 'Formal' })).toHaveAttribute('aria-pressed', 'true');
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

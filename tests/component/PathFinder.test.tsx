import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { selectHighlight } from '../../src/store/selectors';
import { PathFinder } from '../../src/ui/paths/PathFinder';
import { buildDataset, edge, node } from '../helpers/datasetBuilder';
import { exploreDataset, renderPanel } from './renderWithStore';

const edgeOf = (id: string) => exploreDataset.edges.find((e) => e.id === id)!;

function renderFinder() {
  return renderPanel(<PathFinder />);
}

describe('<PathFinder>', () => {
  it('suggests every entity by name, sorted, once a field is used', async () => {
    const { user } = renderFinder();
    const from = screen.getByRole('combobox', { name: 'From' });
    const list = document.getElementById(from.getAttribute('list') ?? '');
    // Not drawn while the finder is unused: a large dataset would pay for it at every load.
    expect(list?.querySelectorAll('option')).toHaveLength(0);
    await user.click(from);
    const names = [...list!.querySelectorAll('option')].map((o) => o.getAttribute('value'));
    expect(names).toEqual(
      exploreDataset.nodes.map((n) => n.label).sort((a, b) => a.localeCompare(b)),
    );
  });

  it('finds the shortest paths, each step as a sentence with its first quote', async () => {
    const { user, store } = renderFinder();
    await user.type(screen.getByRole('combobox', { name: 'From' }), 'al-Khaal');
    await user.type(screen.getByRole('combobox', { name: 'To' }), 'Qassem Soleimani');
    await user.click(screen.getByRole('button', { name: 'Find paths' }));

    expect(store.getState().view.path).toEqual({ from: 'abu-fadak', to: 'soleimani' });
    const region = screen.getByRole('region', { name: 'Path finder' });
    expect(within(region).getByRole('status')).toHaveTextContent(
      '1 shortest path from Abu Fadak al-Mohammadawi to Qassem Soleimani, 2 steps.',
    );
    const sentences = [...region.querySelectorAll('.path-sentence')].map((p) => p.textContent);
    // Each step reads as a sentence from its first entity, in the active or the passive voice.
    expect(sentences).toEqual([
      "Abu Fadak al-Mohammadawi is a member of Kata'ib Hizballah",
      "Kata'ib Hizballah is commanded by Qassem Soleimani",
    ]);
    const quotes = [...region.querySelectorAll('blockquote')].map((q) => q.textContent);
    expect(quotes).toEqual([
      edgeOf('abu-fadak-member-kh').evidence![0]!.quote,
      edgeOf('soleimani-commands-kh').evidence![0]!.quote,
    ]);
    await user.click(within(region).getByRole('button', { name: 'is commanded by' }));
    expect(store.getState().view.selection).toEqual({ kind: 'edge', id: 'soleimani-commands-kh' });
  });

  it('highlights the paths on the canvas', async () => {
    const { user, store } = renderFinder();
    await user.type(screen.getByRole('combobox', { name: 'From' }), 'soleimani');
    await user.type(screen.getByRole('combobox', { name: 'To' }), 'Baghdad');
    await user.click(screen.getByRole('button', { name: 'Find paths' }));
    const highlight = selectHighlight(store.getState());
    expect([...(highlight?.nodeIds ?? [])].sort()).toEqual(['baghdad', 'kh', 'soleimani']);
    expect([...(highlight?.edgeIds ?? [])].sort()).toEqual([
      'kh-operates-in-baghdad',
      'soleimani-commands-kh',
    ]);
  });

  it('says when there is no path through the relations shown', async () => {
    const { user, store } = renderFinder();
    act(() => store.getState().toggleRelation('operates_in'));
    await user.type(screen.getByRole('combobox', { name: 'From' }), 'Baghdad');
    await user.type(screen.getByRole('combobox', { name: 'To' }), 'KH');
    await user.click(screen.getByRole('button', { name: 'Find paths' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      "No path between Baghdad and Kata'ib Hizballah through the relations shown.",
    );
    expect(selectHighlight(store.getState())).toBeNull();
  });

  it('fills an end from the selection and reports names it cannot match', async () => {
    const { user, store } = renderFinder();
    act(() => store.getState().select({ kind: 'node', id: 'abu-fadak' }));
    const from = within(screen.getByRole('group', { name: 'From' }));
    await user.click(from.getByRole('button', { name: 'Use selection' }));
    expect(from.getByRole('combobox')).toHaveValue('Abu Fadak al-Mohammadawi');
    await user.type(screen.getByRole('combobox', { name: 'To' }), 'Nobody at all');
    await user.click(screen.getByRole('button', { name: 'Find paths' }));
    expect(screen.getByRole('combobox', { name: 'To' })).toHaveAccessibleDescription(
      'No entity matches "Nobody at all".',
    );
    expect(store.getState().view.path).toBeNull();
  });

  it('shows the ends kept in the view state, and clears them', async () => {
    const { user, store } = renderFinder();
    act(() => store.getState().setView({ path: { from: 'kh', to: 'baghdad' } }));
    expect(screen.getByRole('combobox', { name: 'From' })).toHaveValue("Kata'ib Hizballah");
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(store.getState().view.path).toBeNull();
    expect(screen.getByRole('combobox', { name: 'To' })).toHaveValue('');
  });

  it('finds paths in time order, says when they could have run, and allows undated steps or not', async () => {
    // a —(until 2005)— b —(since 2010)— c by the short way; a — d — e — c in time by the long one.
    const dataset = buildDataset({
      nodes: ['a', 'b', 'c', 'd', 'e'].map((id) => node(id, { label: `Entity ${id}` })),
      edges: [
        edge('a', 'supports', 'b', { id: 'ab', since: '2010' }),
        edge('b', 'supports', 'c', { id: 'bc', until: '2005' }),
        edge('a', 'supports', 'd', { id: 'ad', since: '2001', until: '2009-06' }),
        edge('d', 'supports', 'e', { id: 'de' }),
        edge('e', 'supports', 'c', { id: 'ec', since: '2003-02' }),
      ],
    });
    const { user, store } = renderPanel(<PathFinder />, { dataset });
    await user.type(screen.getByRole('combobox', { name: 'From' }), 'Entity a');
    await user.type(screen.getByRole('combobox', { name: 'To' }), 'Entity c');
    await user.click(screen.getByRole('button', { name: 'Find paths' }));
    const region = screen.getByRole('region', { name: 'Path finder' });
    expect(within(region).getByRole('status')).toHaveTextContent('1 shortest path');

    await user.click(within(region).getByRole('checkbox', { name: 'In time order' }));
    expect(store.getState().view.pathTimeOrder).toBe('allow-undated');
    expect(within(region).getByRole('status')).toHaveTextContent(
      '1 path in time order from Entity a to Entity c, 3 steps.',
    );
    expect(region).toHaveTextContent('Could have run in full fromFebruary 2003');
    expect(region).toHaveTextContent('Must have begun byJune 2009');
    const sentences = [...region.querySelectorAll('.path-sentence')].map((p) => p.textContent);
    expect(sentences).toEqual([
      'Entity a supports Entity d (2001 – June 2009)',
      'Entity d supports Entity e (undated)',
      'Entity e supports Entity c (since February 2003)',
    ]);
    const highlight = selectHighlight(store.getState());
    expect([...(highlight?.edgeIds ?? [])].sort()).toEqual(['ad', 'de', 'ec']);

    await user.click(within(region).getByRole('checkbox', { name: 'Allow undated relations' }));
    expect(store.getState().view.pathTimeOrder).toBe('dated-only');
    expect(within(region).getByRole('status')).toHaveTextContent(
      'No path in time order between Entity a and Entity c through the relations shown. Ignoring time, the shortest takes 2 steps.',
    );
  });
});

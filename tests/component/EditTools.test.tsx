import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Details } from '../../src/ui/details/Details';
import { renderPanel } from './renderWithStore';

const details = () => screen.getByRole('region', { name: 'Details' });

describe('editing in Details', () => {
  it('edits a relation’s kind, confidence and formality in one undoable edit', async () => {
    const { store, user } = renderPanel(<Details />);
    act(() => store.getState().select({ kind: 'edge', id: 'kh-part-of-pmf' }));
    await user.click(await within(details()).findByRole('button', { name: 'Edit' }));
    const form = within(details()).getByRole('form', { name: 'Edit relation' });
    await user.selectOptions(within(form).getByLabelText('Relation'), 'member_of');
    await user.selectOptions(within(form).getByLabelText('Confidence'), 'reported');
    await user.selectOptions(within(form).getByLabelText('Holds'), 'paper');
    await user.type(within(form).getByLabelText('Since'), '2014');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    const edge = store.getState().dataset!.edges.find((e) => e.id === 'kh-part-of-pmf')!;
    expect(edge).toMatchObject({
      relation: 'member_of',
      confidence: 'reported',
      formal: true,
      since: '2014',
    });
    expect(store.getState().edits).toHaveLength(1);
    act(() => store.temporal.getState().undo());
    expect(store.getState().dataset).toBe(store.getState().originalDataset);
  });

  it('says why a date is refused and changes nothing', async () => {
    const { store, user } = renderPanel(<Details />);
    act(() => store.getState().select({ kind: 'node', id: 'kh' }));
    await user.click(await within(details()).findByRole('button', { name: 'Edit' }));
    const form = within(details()).getByRole('form', { name: 'Edit entity' });
    await user.type(within(form).getByLabelText('Active from'), '2019-02-30');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Active from must be a date');
    expect(store.getState().edits).toEqual([]);
  });

  it('removes a quote but never the last one', async () => {
    const { store, user } = renderPanel(<Details />);
    act(() => store.getState().select({ kind: 'node', id: 'pmf' }));
    await user.click(await within(details()).findByRole('button', { name: 'Edit' }));
    expect(within(details()).getByRole('button', { name: 'Remove quote 1' })).toBeDisabled();
  });

  it('lists the relations and events a delete takes with it, then deletes', async () => {
    const { store, user } = renderPanel(<Details />);
    act(() => store.getState().select({ kind: 'node', id: 'abu-fadak' }));
    await user.click(await within(details()).findByRole('button', { name: 'Delete…' }));
    const panel = within(details()).getByRole('group', { name: 'Delete entity' });
    expect(
      within(panel).getByRole('list', { name: 'Relations deleted with it' }).children,
    ).toHaveLength(2);
    expect(within(panel).getByRole('list', { name: 'Events that lose it' })).toHaveTextContent(
      'Abu Fadak imposed as acting chief of staff (a participant)',
    );
    await user.click(within(panel).getByRole('button', { name: 'Delete entity' }));
    expect(store.getState().dataset!.nodes.some((n) => n.id === 'abu-fadak')).toBe(false);
    expect(store.getState().view.selection).toBeNull();
  });

  it('merges into an entity found by search', async () => {
    const { store, user } = renderPanel(<Details />);
    act(() => store.getState().select({ kind: 'node', id: 'pmf' }));
    await user.click(await within(details()).findByRole('button', { name: 'Merge into…' }));
    const panel = within(details()).getByRole('group', { name: 'Merge entity' });
    await user.type(within(panel).getByPlaceholderText('Search entities'), 'kata');
    await user.click(within(panel).getByRole('button', { name: /^Kata'ib Hizballah/ }));
    await user.click(within(panel).getByRole('button', { name: 'Merge' }));
    const kh = store.getState().dataset!.nodes.find((n) => n.id === 'kh')!;
    expect(kh.aliases).toEqual(['KH', 'Popular Mobilization Forces', 'PMF', 'Hashd']);
    expect(store.getState().view.selection).toEqual({ kind: 'node', id: 'kh' });
  });
});

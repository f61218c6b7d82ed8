import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { exploreDataset, openRelationTypes, renderApp } from './renderWithStore';

const labelOf = (id: string) => exploreDataset.nodes.find((n) => n.id === id)?.label;

async function openTable() {
  const app = renderApp();
  const toggle = screen.getByRole('button', { name: 'Table' });
  expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await app.user.click(toggle);
  expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const table = screen.getByRole('table', { name: /Relations shown on the canvas/ });
  const bodyRows = () => within(table).getAllByRole('row').slice(1);
  const column = (n: number) => bodyRows().map((r) => r.children[n]?.textContent);
  return { ...app, table, bodyRows, column };
}

describe('relations table', () => {
  it('lists every visible relation, and follows the filters', async () => {
    const { bodyRows, user } = await openTable();
    expect(bodyRows()).toHaveLength(exploreDataset.edges.length);
    await openRelationTypes(user, ['Command']);
    await user.click(screen.getByRole('checkbox', { name: 'commands' }));
    const commands = exploreDataset.edges.filter((e) => e.relation === 'commands').length;
    expect(bodyRows()).toHaveLength(exploreDataset.edges.length - commands);
  });

  it('sorts by a column, both ways, saying so with aria-sort', async () => {
    const { user, column } = await openTable();
    const targetHeader = screen.getByRole('columnheader', { name: /Target/ });
    expect(targetHeader).not.toHaveAttribute('aria-sort');
    await user.click(within(targetHeader).getByRole('button', { name: 'Target' }));
    expect(targetHeader).toHaveAttribute('aria-sort', 'ascending');
    const targets = exploreDataset.edges.map((e) => labelOf(e.target) ?? '');
    expect(column(2)).toEqual([...targets].sort((a, b) => a.localeCompare(b)));
    await user.click(within(targetHeader).getByRole('button', { name: 'Target' }));
    expect(targetHeader).toHaveAttribute('aria-sort', 'descending');
    expect(column(2)).toEqual([...targets].sort((a, b) => b.localeCompare(a)));
    expect(screen.getByRole('columnheader', { name: /Source/ })).not.toHaveAttribute('aria-sort');
  });

  it('filters rows by text in any column', async () => {
    const { user, bodyRows, column } = await openTable();
    await user.type(screen.getByRole('searchbox', { name: 'Filter relations' }), 'kataib');
    const expected = exploreDataset.edges.filter(
      (e) => e.source === 'kh' || e.target === 'kh',
    ).length;
    expect(bodyRows()).toHaveLength(expected);
    for (const [source, target] of column(0).map((s, i) => [s, column(2)[i]]))
      expect([source, target]).toContain("Kata'ib Hizballah");
    expect(
      screen.getByText(`${expected} of ${exploreDataset.edges.length} visible relations`),
    ).toBeInTheDocument();
  });

  it('selects a relation by click, or by Enter after moving with the arrow keys', async () => {
    const { user, bodyRows, store } = await openTable();
    await user.click(bodyRows()[0] as HTMLElement);
    const first = store.getState().view.selection;
    expect(first?.kind).toBe('edge');
    expect(bodyRows()[0]).toHaveAttribute('aria-current', 'true');
    await user.keyboard('{ArrowDown}');
    expect(bodyRows()[1]).toHaveFocus();
    await user.keyboard('{Enter}');
    const second = store.getState().view.selection;
    expect(second?.kind).toBe('edge');
    expect(second).not.toEqual(first);
    const details = screen.getByRole('region', { name: 'Details' });
    expect(details.querySelector('blockquote')).toBeInTheDocument();
  });

  it('makes the rows a single tab stop', async () => {
    const { bodyRows } = await openTable();
    const tabbable = bodyRows().filter((r) => r.getAttribute('tabindex') === '0');
    expect(tabbable).toHaveLength(1);
  });
});

describe('the table’s pane', () => {
  it('sits under the canvas, outside it, and resizes from the keyboard', async () => {
    const { user, table } = await openTable();
    const pane = table.closest('section')!;
    expect(pane.closest('main')).toBeNull();
    const splitter = screen.getByRole('separator', { name: 'Resize the relations table' });
    expect(splitter).toHaveAttribute('aria-valuenow', '45');
    splitter.focus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(splitter).toHaveAttribute('aria-valuenow', '55');
    expect(pane.style.height).toBe('55%');
    await user.keyboard('{Home}');
    expect(splitter).toHaveAttribute('aria-valuenow', '85');
    await user.keyboard('{End}{ArrowDown}');
    expect(splitter).toHaveAttribute('aria-valuenow', '15');
  });
});

/** Imported data in the panels: unsourced items marked, counted and filterable; attributes shown. */
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Details } from '../../src/ui/details/Details';
import { Filters } from '../../src/ui/filters/Filters';
import { Legend } from '../../src/ui/legend/Legend';
import { StatusLine } from '../../src/ui/status/StatusLine';
import { buildDataset, edge, node } from '../helpers/datasetBuilder';
import { renderPanel } from './renderWithStore';

const imported = buildDataset({
  nodes: [
    node('a', { evidence: [], attributes: { Country: 'France', Staff: 120, listed: true } }),
    node('b', { evidence: [] }),
    node('c'),
  ],
  edges: [
    edge('a', 'commands', 'b', { id: 'bare', evidence: [], attributes: { weight: 2.5 } }),
    edge('b', 'trains', 'c', { id: 'quoted' }),
  ],
});

describe('imported, unsourced data in the panels', () => {
  it('counts unsourced relations in the status line, and updates the count with the filter', async () => {
    const { store } = renderPanel(<StatusLine />, { dataset: imported });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Showing 3 of 3 entities and 2 of 2 relations, 1 unsourced',
    );
    act(() => store.getState().toggleSourcing('unsourced'));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Showing 3 of 3 entities and 1 of 2 relations, 0 unsourced',
    );
  });

  it('offers an Evidence filter with counts, only when some relation is unsourced', async () => {
    const { user, store } = renderPanel(<Filters />, { dataset: imported });
    const group = screen.getByRole('group', { name: 'Evidence' });
    const noEvidence = within(group).getByRole('checkbox', { name: 'no evidence yet' });
    expect(noEvidence).toHaveAccessibleDescription(expect.stringContaining('1 of 1 shown'));
    await user.click(noEvidence);
    expect(store.getState().view.hiddenSourcing).toEqual(['unsourced']);
  });

  it('has no Evidence filter for a fully quoted dataset', () => {
    renderPanel(<Filters />, {
      dataset: buildDataset({ nodes: [node('x'), node('y')], edges: [edge('x', 'commands', 'y')] }),
    });
    expect(screen.queryByRole('group', { name: 'Evidence' })).toBeNull();
  });

  it('says "No evidence yet" in Details and lists the attributes as a table', () => {
    const { store } = renderPanel(<Details />, { dataset: imported });
    act(() => store.getState().select({ kind: 'node', id: 'a' }));
    const region = screen.getByRole('region', { name: 'Details' });
    expect(region).toHaveTextContent('No evidence yet');
    const table = within(region).getByRole('table');
    expect(
      within(table)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual(['CountryFrance', 'Staff120', 'listedtrue']);
    act(() => store.getState().select({ kind: 'edge', id: 'bare' }));
    expect(within(screen.getByRole('table')).getByRole('rowheader')).toHaveTextContent('weight');
  });

  it('explains the hollow and dotted marks in the legend', () => {
    renderPanel(<Legend />, { dataset: imported });
    const styles = screen.getByRole('list', { name: 'Line styles' });
    expect(styles).toHaveTextContent('no evidence yet (unsourced)');
    expect(styles).toHaveTextContent('entity without evidence');
  });
});

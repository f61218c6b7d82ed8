import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { loadDatasetValue } from '../../src/app/loadDatasetValue';
import { createLinkboardStore } from '../../src/store/store';
import { buildDataset, edge, node } from '../helpers/datasetBuilder';

function renderApp() {
  const store = createLinkboardStore();
  loadDatasetValue(
    store,
    buildDataset({
      title: 'Test network',
      nodes: [node('a'), node('b')],
      edges: [edge('a', 'commands', 'b')],
    }),
    'test',
  );
  render(<App store={store} headlessGraph skipDefaultDataset />);
  return store;
}

async function openDialog() {
  const user = userEvent.setup();
  const toolbar = screen.getByRole('group', { name: 'Export' });
  await user.click(within(toolbar).getByRole('button', { name: 'Export PNG' }));
  // The dialog loads on first use.
  return { user, dialog: await screen.findByRole('dialog', { name: 'Export' }) };
}

describe('<ExportDialog>', () => {
  it('opens from the Export group of the toolbar with named controls and briefing defaults', async () => {
    renderApp();
    const { dialog } = await openDialog();
    const box = within(dialog);

    expect(box.getByRole('textbox', { name: 'Title' })).toHaveValue('Test network');
    const scale = within(box.getByRole('group', { name: 'Scale' }));
    expect(scale.getByRole('radio', { name: '1×' })).not.toBeChecked();
    expect(scale.getByRole('radio', { name: '2×' })).toBeChecked();
    expect(scale.getByRole('radio', { name: '4×' })).not.toBeChecked();
    expect(box.getByRole('radio', { name: 'Current view' })).toBeChecked();
    expect(box.getByRole('radio', { name: 'Whole filtered graph' })).not.toBeChecked();
    expect(box.getByRole('radio', { name: 'White' })).toBeChecked();
    expect(box.getByRole('radio', { name: 'Dark' })).not.toBeChecked();
    expect(box.getByRole('radio', { name: 'Transparent' })).not.toBeChecked();
    for (const part of ['Subtitle (date and filters)', 'Legend', 'Footer (sources)'])
      expect(box.getByRole('checkbox', { name: part })).toBeChecked();
    for (const action of [
      'Download PNG',
      'Download SVG',
      'Download JSON',
      'Download CSV',
      'Copy link to this view',
      'Close',
    ])
      expect(box.getByRole('button', { name: action })).toBeEnabled();
  });

  it('keeps the choices made when opened again', async () => {
    renderApp();
    const { user, dialog } = await openDialog();
    await user.click(within(dialog).getByRole('radio', { name: '4×' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Dark' }));
    await user.clear(within(dialog).getByRole('textbox', { name: 'Title' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'Briefing');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog', { name: 'Export' })).not.toBeInTheDocument();

    const again = (await openDialog()).dialog;
    expect(within(again).getByRole('radio', { name: '4×' })).toBeChecked();
    expect(within(again).getByRole('radio', { name: 'Dark' })).toBeChecked();
    expect(within(again).getByRole('textbox', { name: 'Title' })).toHaveValue('Briefing');
  });

  it('closes on Escape and gives focus back to its button', async () => {
    renderApp();
    const { user } = await openDialog();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Export' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export PNG' })).toHaveFocus();
  });

  it('offers slide sizes, a name size and the selection, which needs something selected', async () => {
    const store = renderApp();
    const { user, dialog } = await openDialog();
    const box = within(dialog);
    const size = within(box.getByRole('group', { name: 'Size' }));
    expect(size.getByRole('radio', { name: 'Slide 16:9' })).toBeChecked();
    for (const other of ['Slide 4:3', 'A4 landscape', 'Custom size', "Graph's own size"])
      expect(size.getByRole('radio', { name: other })).not.toBeChecked();
    expect(box.getByRole('combobox', { name: 'Name size' })).toHaveValue('14');
    expect(box.queryByRole('spinbutton', { name: 'Width (px)' })).not.toBeInTheDocument();
    await user.click(size.getByRole('radio', { name: 'Custom size' }));
    expect(box.getByRole('spinbutton', { name: 'Width (px)' })).toHaveValue(1600);
    expect(box.getByRole('spinbutton', { name: 'Height (px)' })).toHaveValue(900);

    const selection = box.getByRole('radio', { name: 'Selection' });
    expect(selection).toBeDisabled();
    act(() => store.getState().select({ kind: 'node', id: 'a' }));
    expect(selection).toBeEnabled();
    expect(box.getByText('Selection: A and 1 neighbour.')).toBeInTheDocument();
    await user.click(selection);
    expect(selection).toBeChecked();
    expect(box.getByRole('figure')).toBeInTheDocument();
  });

  it('cannot be opened before a dataset is loaded', () => {
    render(<App headlessGraph skipDefaultDataset />);
    expect(screen.getByRole('button', { name: 'Export PNG' })).toBeDisabled();
  });
});

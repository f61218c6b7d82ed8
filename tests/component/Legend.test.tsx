import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LINE_STYLE_MEANINGS, LINE_STYLES } from '../../src/graph/palette';
import { Legend } from '../../src/ui/legend/Legend';
import { renderPanel } from './renderWithStore';

const legend = () => screen.getByRole('region', { name: 'Legend' });

describe('<Legend>', () => {
  it('toggles an entity type, showing the entry as off', async () => {
    const { user, store } = renderPanel(<Legend />);
    const person = within(legend()).getByRole('button', { name: 'person' });
    expect(person).toHaveAttribute('aria-pressed', 'true');
    await user.click(person);
    expect(person).toHaveAttribute('aria-pressed', 'false');
    expect(store.getState().view.hiddenEntityTypes).toEqual(['person']);
    await user.click(person);
    expect(store.getState().view.hiddenEntityTypes).toEqual([]);
  });

  it('toggles every relation type of a family at once', async () => {
    const { user, store } = renderPanel(<Legend />);
    const command = within(legend()).getByRole('button', { name: 'Command' });
    await user.click(command);
    expect(command).toHaveAttribute('aria-pressed', 'false');
    expect([...store.getState().view.hiddenRelations].sort()).toEqual(['commands', 'leads']);
    await user.click(command);
    expect(store.getState().view.hiddenRelations).toEqual([]);
  });

  it('shows a partly hidden family as mixed, and brings it back whole', async () => {
    const { user, store } = renderPanel(<Legend />);
    const command = within(legend()).getByRole('button', { name: 'Command' });
    act(() => store.getState().toggleRelation('leads'));
    expect(command).toHaveAttribute('aria-pressed', 'mixed');
    await user.click(command);
    expect(store.getState().view.hiddenRelations).toEqual([]);
    expect(command).toHaveAttribute('aria-pressed', 'true');
  });

  it('writes the verbs of a family on the arrows, with a switch of its own beside the family', async () => {
    const { user, store } = renderPanel(<Legend />);
    const verbs = within(legend()).getByRole('button', { name: 'Command verbs on arrows' });
    expect(verbs).toHaveAttribute('aria-pressed', 'false');
    await user.click(verbs);
    expect(verbs).toHaveAttribute('aria-pressed', 'true');
    expect(store.getState().view.relationLabels).toEqual(['command']);
    // The family itself stays shown: the two switches are apart.
    expect(within(legend()).getByRole('button', { name: 'Command' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(verbs);
    expect(store.getState().view.relationLabels).toEqual([]);
  });

  it('lists only the families and types the dataset uses', () => {
    renderPanel(<Legend />);
    expect(within(legend()).queryByRole('button', { name: 'Ideology' })).toBeNull();
    expect(within(legend()).queryByRole('button', { name: 'concept' })).toBeNull();
    expect(within(legend()).getByRole('button', { name: 'Location' })).toBeInTheDocument();
  });

  it('explains the line styles in the words and order of the palette', () => {
    renderPanel(<Legend />);
    const styles = within(legend()).getByRole('list', { name: 'Line styles' });
    expect(
      within(styles)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(LINE_STYLES.map((style) => LINE_STYLE_MEANINGS[style]));
  });
});

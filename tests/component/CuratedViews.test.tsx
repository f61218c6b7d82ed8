import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getDefaultViewState } from '../../src/domain/viewState';
import { CuratedViews } from '../../src/ui/views/CuratedViews';
import { exploreDataset, renderApp, renderPanel } from './renderWithStore';

const withViews = {
  ...exploreDataset,
  views: [
    {
      id: 'chain',
      title: 'Formal chain of command',
      description: 'Who commands whom on paper.',
      state: {
        mode: 'command' as const,
        commandChain: 'formal' as const,
        selection: { kind: 'node' as const, id: 'kh' },
      },
    },
    {
      id: 'people',
      title: 'People only',
      description: 'Organizations and places hidden.',
      state: { hiddenEntityTypes: ['organization', 'place'] },
    },
  ],
};

const views = () => screen.getByRole('region', { name: 'Views' });

describe('<CuratedViews>', () => {
  it('lists the dataset’s views under a Views heading, each described in one line', () => {
    renderApp(withViews);
    const buttons = within(views()).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['Formal chain of command', 'People only']);
    expect(buttons[0]).toHaveAccessibleDescription('Who commands whom on paper.');
  });

  it('opens a view with a click, every other field back at its default, and marks it', async () => {
    const { store, user } = renderPanel(<CuratedViews />, { dataset: withViews });
    store.getState().setView({ layout: 'concentric', hiddenRelations: ['leads'] });
    const chain = within(views()).getByRole('button', { name: 'Formal chain of command' });
    expect(chain).toHaveAttribute('aria-pressed', 'false');
    await user.click(chain);
    expect(store.getState().view).toEqual({
      ...getDefaultViewState(),
      mode: 'command',
      commandChain: 'formal',
      selection: { kind: 'node', id: 'kh' },
    });
    expect(chain).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(views()).getByRole('button', { name: 'People only' }));
    expect(store.getState().view.hiddenEntityTypes).toEqual(['organization', 'place']);
    expect(chain).toHaveAttribute('aria-pressed', 'false');
  });

  it('shows nothing for a dataset without views', () => {
    renderApp();
    expect(screen.queryByRole('region', { name: 'Views' })).toBeNull();
  });
});

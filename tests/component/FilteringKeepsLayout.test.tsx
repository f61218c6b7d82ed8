import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LayoutController } from '../../src/graph/controllers/layout';
import { renderApp } from './renderWithStore';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('filtering the canvas', () => {
  it('applies the difference without running the layout again', async () => {
    const layout = vi.spyOn(LayoutController.prototype, 'run');
    const { user, store } = renderApp();
    await waitFor(() => expect(layout).toHaveBeenCalled());
    const initialRuns = layout.mock.calls.length;

    await user.click(screen.getByRole('checkbox', { name: 'commands' }));
    await user.click(screen.getByRole('checkbox', { name: 'person' }));
    await user.click(
      screen.getByRole('checkbox', { name: 'Hide entities left without relations' }),
    );
    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    act(() => store.getState().select({ kind: 'node', id: 'kh' }));

    expect(store.getState().view.hiddenRelations).toEqual([]);
    expect(layout).toHaveBeenCalledTimes(initialRuns);
  });
});

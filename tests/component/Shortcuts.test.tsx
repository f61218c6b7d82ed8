import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SHORTCUTS, shortcutFor } from '../../src/app/shortcuts';
import { renderApp } from './renderWithStore';

describe('keyboard shortcuts', () => {
  it('clears the selection with Escape', async () => {
    const { store, user } = renderApp();
    act(() => store.getState().select({ kind: 'node', id: 'kh' }));
    await user.keyboard('{Escape}');
    expect(store.getState().view.selection).toBeNull();
  });

  it('toggles the relations table with t', async () => {
    const { user } = renderApp();
    await user.keyboard('t');
    expect(screen.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('t');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('opens the help with ?, lists every shortcut, and closes on Escape without clearing the selection', async () => {
    const { store, user } = renderApp();
    act(() => store.getState().select({ kind: 'node', id: 'kh' }));
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const shortcut of SHORTCUTS) expect(dialog).toHaveTextContent(shortcut.name);
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().view.selection).toEqual({ kind: 'node', id: 'kh' });
  });

  it('leaves the page behind an open modal dialog alone, even with the focus outside the dialog', async () => {
    const { store, user } = renderApp();
    act(() => store.getState().select({ kind: 'node', id: 'kh' }));
    await user.keyboard('?');
    act(() => (document.activeElement as HTMLElement).blur());
    await user.keyboard('t');
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'false');
    expect(store.getState().view.selection).toEqual({ kind: 'node', id: 'kh' });
  });

  it('opens the help from its toolbar button and gives the focus back on closing', async () => {
    const { user } = renderApp();
    const button = screen.getByRole('button', { name: 'Shortcuts' });
    await user.click(button);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(button).toHaveFocus();
  });

  it('leaves keys alone while typing in a field or when a modifier is held', () => {
    const input = document.createElement('input');
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    expect(
      shortcutFor({ key: 't', ctrlKey: false, altKey: false, metaKey: false, target: input }),
    ).toBeUndefined();
    expect(
      shortcutFor({ key: 't', ctrlKey: true, altKey: false, metaKey: false, target: null }),
    ).toBeUndefined();
    expect(
      shortcutFor({ key: 't', ctrlKey: false, altKey: false, metaKey: false, target: checkbox })
        ?.key,
    ).toBe('t');
  });
});

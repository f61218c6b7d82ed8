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

  it('zooms with + = and -, fits with f and 0, anywhere but in a field', () => {
    const press = (key: string, target: EventTarget | null = document.body) =>
      shortcutFor({ key, ctrlKey: false, altKey: false, metaKey: false, target })?.name;
    expect(press('+')).toBe('Zoom in');
    expect(press('=')).toBe('Zoom in');
    expect(press('-')).toBe('Zoom out');
    expect(press('f')).toBe('Fit the graph in view');
    expect(press('0')).toBe('Fit the graph in view');
    const button = document.createElement('button');
    expect(press('+', button)).toBe('Zoom in');
    expect(press('+', document.createElement('input'))).toBeUndefined();
  });

  it('moves the selection with the arrow keys only from the page or the canvas, not from a control', () => {
    const press = (key: string, target: EventTarget | null) =>
      shortcutFor({ key, ctrlKey: false, altKey: false, metaKey: false, target })?.name;
    const name = 'Select the neighbour that way on the canvas';
    for (const key of ['ArrowLeft', 'ArrowUp', 'ArrowRight', 'ArrowDown'])
      expect(press(key, document.body)).toBe(name);
    const canvas = document.createElement('div');
    canvas.dataset.testid = 'graph-canvas';
    const inside = canvas.appendChild(document.createElement('div'));
    document.body.appendChild(canvas);
    expect(press('ArrowUp', inside)).toBe(name);
    canvas.remove();
    const tab = document.createElement('button');
    tab.setAttribute('role', 'tab');
    expect(press('ArrowRight', tab)).toBeUndefined();
  });

  it('lists the zoom, fit and arrow keys in the help', async () => {
    const { user } = renderApp();
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveTextContent('Zoom in');
    expect(dialog).toHaveTextContent('Zoom out');
    expect(within(dialog).getByLabelText('Up arrow')).toBeInTheDocument();
  });
});

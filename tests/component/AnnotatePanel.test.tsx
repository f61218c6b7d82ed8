import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { GraphHandle } from '../../src/graph/adapter';
import AnnotatePanel from '../../src/ui/annotations/AnnotatePanel';
import { renderApp, renderPanel } from './renderWithStore';

/** Stands in for the canvas: only where a new note goes matters here. */
const graph = {
  newNotePosition: () => ({ x: 120, y: -40 }),
} as unknown as GraphHandle;

describe('the Annotate panel', () => {
  it('adds a note where the canvas puts it, edits its text, deletes it and undoes the delete', async () => {
    const { store, user } = renderPanel(<AnnotatePanel />, { graph });
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    expect(store.getState().view.annotations).toEqual([
      { kind: 'note', id: 1, x: 120, y: -40, text: 'New note' },
    ]);
    // The editor opens with the placeholder selected: typing replaces it.
    const text = screen.getByRole('textbox', { name: 'Text' });
    expect(text).toHaveFocus();
    await user.keyboard('Brigade HQ moved in 2019');
    expect(store.getState().view.annotations[0]).toMatchObject({
      text: 'Brigade HQ moved in 2019',
    });
    // Emptying the field keeps the last text: removing is its own act.
    await user.clear(text);
    expect(store.getState().view.annotations[0]).toMatchObject({
      text: 'Brigade HQ moved in 2019',
    });

    await user.click(screen.getByRole('button', { name: /^Delete note/ }));
    expect(store.getState().view.annotations).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.getState().view.annotations).toHaveLength(1);
  });

  it('adds a callout on the selected entity or relation, and only then', async () => {
    const { store, user } = renderPanel(<AnnotatePanel />, { graph });
    const callout = screen.getByRole('button', { name: 'Callout on selection' });
    expect(callout).toBeDisabled();
    act(() => store.getState().select({ kind: 'edge', id: 'abu-fadak-leads-pmf' }));
    expect(callout).toBeEnabled();
    await user.click(callout);
    expect(store.getState().view.annotations).toEqual([
      expect.objectContaining({
        kind: 'callout',
        target: { kind: 'edge', id: 'abu-fadak-leads-pmf' },
        text: 'Callout',
      }),
    ]);
    expect(
      screen.getByText(/Points at Abu Fadak al-Mohammadawi → Popular Mobilization Forces/),
    ).toBeInTheDocument();
  });

  it('makes a ring of the entities chosen on the canvas, starting from the selection', async () => {
    const { store, user } = renderPanel(<AnnotatePanel />, { graph });
    act(() => store.getState().select({ kind: 'node', id: 'kh' }));
    await user.click(screen.getByRole('button', { name: 'Ring entities…' }));
    expect(store.getState().ringDraft).toEqual(['kh']);
    const draft = screen.getByRole('group', { name: 'New ring' });
    expect(within(draft).getByText('1 entity chosen')).toBeInTheDocument();
    // The canvas adds what the user clicks there.
    act(() => store.getState().setRingDraft(['kh', 'pmf']));
    expect(within(draft).getByText('2 entities chosen')).toBeInTheDocument();
    await user.type(within(draft).getByRole('textbox', { name: 'Label' }), 'Core');
    await user.click(within(draft).getByRole('radio', { name: 'Purple' }));
    await user.click(within(draft).getByRole('button', { name: 'Draw ring' }));
    expect(store.getState().view.annotations).toEqual([
      { kind: 'ring', id: 1, label: 'Core', colour: 'purple', members: ['kh', 'pmf'] },
    ]);
    expect(store.getState().ringDraft).toBeNull();
    expect(
      screen.getByText(/Around Kata'ib Hizballah, Popular Mobilization Forces/),
    ).toBeInTheDocument();
  });

  it('shows hostile text as text', () => {
    const { store } = renderPanel(<AnnotatePanel />, { graph });
    act(() =>
      store
        .getState()
        .setAnnotations([
          { kind: 'note', id: 1, x: 0, y: 0, text: '<img src=x onerror=alert(1)>' },
        ]),
    );
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });

  it('opens from the canvas controls, loaded on demand, and closes', async () => {
    const { store, user } = renderApp();
    const controls = screen.getByRole('toolbar', { name: 'Canvas' });
    await user.click(within(controls).getByRole('button', { name: 'Annotate' }));
    expect(await screen.findByRole('region', { name: 'Annotations' })).toBeInTheDocument();
    expect(store.getState().annotateOpen).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Close the Annotate panel' }));
    expect(screen.queryByRole('region', { name: 'Annotations' })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { shortcutFor } from '../../src/app/shortcuts';

describe('Ctrl+Z and Ctrl+Shift+Z', () => {
  const press = (key: string, shiftKey: boolean, target: EventTarget | null = null) =>
    shortcutFor({ key, shiftKey, ctrlKey: true, altKey: false, metaKey: false, target });

  it('undo and redo the edits', () => {
    expect(press('z', false)?.name).toBe('Undo the last edit');
    expect(press('Z', true)?.name).toBe('Redo the edit undone');
    expect(
      shortcutFor({ key: 'z', ctrlKey: false, altKey: false, metaKey: false, target: null })?.name,
    ).not.toBe('Undo the last edit');
  });

  it('leave Ctrl+Z to a field being typed in', () => {
    const input = document.createElement('input');
    const textarea = document.createElement('textarea');
    expect(press('z', false, input)).toBeUndefined();
    expect(press('z', true, textarea)).toBeUndefined();
    const button = document.createElement('button');
    expect(press('z', false, button)?.name).toBe('Undo the last edit');
  });
});

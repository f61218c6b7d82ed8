import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useLinkboard } from '../../store/store';
import './help.css';

export interface ShortcutEntry {
  name: string;
  key: string;
  alsoKeys?: readonly string[];
}

const KEY_NAMES: Record<string, string> = {
  Escape: 'Esc',
  ' ': 'Space',
  ArrowLeft: '←',
  ArrowUp: '↑',
  ArrowRight: '→',
  ArrowDown: '↓',
};
const KEY_SPOKEN: Record<string, string> = {
  ArrowLeft: 'Left arrow',
  ArrowUp: 'Up arrow',
  ArrowRight: 'Right arrow',
  ArrowDown: 'Down arrow',
};

/** One key as a keycap, read out by its name where its sign says little (the arrows). */
function Key({ name }: { name: string }) {
  return <kbd aria-label={KEY_SPOKEN[name]}>{KEY_NAMES[name] ?? name}</kbd>;
}

/** The toolbar button that opens the keyboard shortcuts help. */
export function ShortcutsHelpButton() {
  const setOpen = useLinkboard((s) => s.setShortcutsHelpOpen);
  return (
    <button type="button" title="Keyboard shortcuts (?)" onClick={() => setOpen(true)}>
      <span className="toolbar-narrow" aria-hidden="true">
        ?
      </span>
      <span className="toolbar-wide">Shortcuts</span>
    </button>
  );
}

/**
 * A small modal dialog listing the registered shortcuts. Focus moves to its close button and
 * returns where it was when it closes; Escape closes it.
 */
export function ShortcutsHelp({ shortcuts }: { shortcuts: readonly ShortcutEntry[] }) {
  const open = useLinkboard((s) => s.shortcutsHelpOpen);
  const setOpen = useLinkboard((s) => s.setShortcutsHelpOpen);
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const previous = document.activeElement;
    closeRef.current?.focus();
    return () => {
      if (previous instanceof HTMLElement) previous.focus();
    };
  }, [open]);

  if (!open) return null;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    } else if (event.key === 'Tab') {
      // The close button is the only control inside: keep the focus there while open.
      event.preventDefault();
      closeRef.current?.focus();
    }
  };

  return (
    <div className="dialog-backdrop" onClick={() => setOpen(false)}>
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-heading"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={onKeyDown}
      >
        <div className="dialog-header">
          <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
          <button ref={closeRef} type="button" className="button" onClick={() => setOpen(false)}>
            Close
          </button>
        </div>
        <table className="shortcuts-table">
          <tbody>
            {shortcuts.map((s) => (
              <tr key={s.key}>
                <td className="shortcut-keys">
                  {[s.key, ...(s.alsoKeys ?? [])].map((key, i) => (
                    <span key={key}>
                      {i > 0 ? ' ' : null}
                      <Key name={key} />
                    </span>
                  ))}
                </td>
                <td>{s.name}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="dialog-note">
          The arrow keys move the selection while the focus is on the canvas (click it first).
          Everywhere else, <kbd>Tab</kbd> moves between controls. In search results and in the
          relations table, the arrow keys move and <kbd>Enter</kbd> chooses.
        </p>
      </div>
    </div>
  );
}

/**
 * Keyboard shortcuts, each registered once: its name (shown in the help), its key (as
 * KeyboardEvent.key reports it) and what it does. The help dialog lists this registry and one
 * window listener (useShortcuts) dispatches it, so adding an entry here is all a feature needs.
 */
import type { GraphHandle } from '../graph/adapter';
import type { LinkboardStore } from '../store/store';
import { SEARCH_INPUT_ID } from '../ui/search/searchInputId';

export interface ShortcutContext {
  store: LinkboardStore;
  graph: GraphHandle | null;
}

export interface Shortcut {
  /** What it does, in a few words; shown in the "Keyboard shortcuts" help. */
  name: string;
  key: string;
  perform: (context: ShortcutContext) => void;
}

function focusElement(id: string): void {
  const element = document.getElementById(id);
  if (element instanceof HTMLInputElement) element.select();
  element?.focus();
}

export const SHORTCUTS: readonly Shortcut[] = [
  { name: 'Search entities and events', key: '/', perform: () => focusElement(SEARCH_INPUT_ID) },
  {
    name: 'Clear the selection',
    key: 'Escape',
    perform: ({ store }) => store.getState().select(null),
  },
  {
    name: 'Show or hide the relations table',
    key: 't',
    perform: ({ store }) => {
      const { tableOpen, setTableOpen } = store.getState();
      setTableOpen(!tableOpen);
    },
  },
  {
    name: 'Show keyboard shortcuts',
    key: '?',
    perform: ({ store }) => store.getState().setShortcutsHelpOpen(true),
  },
];

/** True while the user types into a field, where keys must reach the field and not the shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(
    target.type,
  );
}

/** The shortcut a key press triggers, or undefined. Modified keys (Ctrl, Alt, Meta) are the browser's. */
export function shortcutFor(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey' | 'target'>,
  shortcuts: readonly Shortcut[] = SHORTCUTS,
): Shortcut | undefined {
  if (event.ctrlKey || event.altKey || event.metaKey) return undefined;
  if (isTypingTarget(event.target)) return undefined;
  return shortcuts.find((s) => s.key === event.key);
}

/**
 * Keyboard shortcuts, each registered once: its name (shown in the help), its key (as
 * KeyboardEvent.key reports it) and what it does. The help dialog lists this registry and one
 * window listener (useShortcuts) dispatches it, so adding an entry here is all a feature needs.
 */
import { flushSync } from 'react-dom';
import { arrowDirection } from '../domain/directionalStep';
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
  /** Other keys that do the same (`=` for `+`, the other arrows). */
  alsoKeys?: readonly string[];
  /**
   * Only with the focus on the page itself or on the canvas, not on a control: the arrow keys
   * belong to tabs, sliders, lists and tables wherever those have the focus.
   */
  onPageOnly?: boolean;
  /**
   * With Ctrl (or ⌘): the letter, and whether Shift is held too. `key` then names the chord as
   * the help shows it ("Ctrl+Z").
   */
  chord?: { key: string; shift: boolean };
  /** `key` is the key pressed (one of `key` and `alsoKeys`). */
  perform: (context: ShortcutContext, key: string) => void;
}

function focusElement(id: string): void {
  const element = document.getElementById(id);
  if (element instanceof HTMLInputElement) element.select();
  element?.focus();
}

export const SHORTCUTS: readonly Shortcut[] = [
  {
    name: 'Search entities and events',
    key: '/',
    perform: ({ store }) => {
      // The search box is on the Explore tab: shown first (drawn at once) if Sources is open.
      if (store.getState().leftTab !== 'explore')
        flushSync(() => store.getState().setLeftTab('explore'));
      focusElement(SEARCH_INPUT_ID);
    },
  },
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
  { name: 'Zoom in', key: '+', alsoKeys: ['='], perform: ({ graph }) => graph?.zoomIn() },
  { name: 'Zoom out', key: '-', perform: ({ graph }) => graph?.zoomOut() },
  {
    name: 'Fit the graph in view',
    key: 'f',
    alsoKeys: ['0'],
    perform: ({ graph }) => graph?.fit(),
  },
  {
    name: 'Select the neighbour that way on the canvas',
    key: 'ArrowLeft',
    alsoKeys: ['ArrowUp', 'ArrowRight', 'ArrowDown'],
    onPageOnly: true,
    perform: ({ graph }, key) => {
      const direction = arrowDirection(key);
      if (direction) graph?.stepSelection(direction);
    },
  },
  {
    name: 'Undo the last edit',
    key: 'Ctrl+Z',
    chord: { key: 'z', shift: false },
    perform: ({ store }) => store.temporal.getState().undo(),
  },
  {
    name: 'Redo the edit undone',
    key: 'Ctrl+Shift+Z',
    chord: { key: 'z', shift: true },
    perform: ({ store }) => store.temporal.getState().redo(),
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

/** The selector of the canvas's own area: keys pressed there are the page's. */
const CANVAS_AREA = '[data-testid="graph-canvas"], .canvas-controls';

/** True with the focus on nothing in particular (the page's body) or on the canvas. */
export function isPageTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return true;
  if (target === document.body || target === document.documentElement) return true;
  return target.closest(CANVAS_AREA) !== null;
}

/**
 * The shortcut a key press triggers, or undefined. Modified keys (Ctrl, Alt, Meta) are the
 * browser's, but for the registered chords (Ctrl+Z); none fires while typing in a field, where
 * Ctrl+Z is the field's own undo.
 */
export function shortcutFor(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey' | 'target'> & {
    shiftKey?: boolean;
  },
  shortcuts: readonly Shortcut[] = SHORTCUTS,
): Shortcut | undefined {
  if ((event.ctrlKey || event.metaKey) && !event.altKey) {
    if (isTypingTarget(event.target)) return undefined;
    const key = event.key.toLowerCase();
    const shift = event.shiftKey === true;
    return shortcuts.find((s) => s.chord?.key === key && s.chord.shift === shift);
  }
  if (event.ctrlKey || event.altKey || event.metaKey) return undefined;
  if (isTypingTarget(event.target)) return undefined;
  const shortcut = shortcuts.find(
    (s) => !s.chord && (s.key === event.key || s.alsoKeys?.includes(event.key)),
  );
  if (shortcut?.onPageOnly && !isPageTarget(event.target)) return undefined;
  return shortcut;
}

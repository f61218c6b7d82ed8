/**
 * Keeps the address bar and the view state in step, with the browser's history. Once the first
 * dataset has loaded, the view the address describes is applied (ids can only be checked against a
 * dataset). From then on every change of the view is written back, a few at a time: a move (another
 * entity, view or mode, see navigationKey) pushes a history entry, so Back and Forward walk the
 * moves; anything else (filters, dates) replaces the current entry, so a dragged slider does not
 * flood the history. Back and Forward bring the whole view state of their entry back.
 */
import { useEffect } from 'react';
import { getDefaultViewState } from '../domain/viewState';
import { selectIndex } from '../store/selectors';
import type { LinkboardState, LinkboardStore } from '../store/store';
import { describeUrlProblems, navigationKey, readViewState, viewStateSearch } from './urlState';

/** Delay before writing the address, so a dragged slider writes once, not at every step. */
export const URL_WRITE_DELAY_MS = 150;

function applyAddress(store: LinkboardStore, replaceAll: boolean): void {
  const state = store.getState();
  const index = selectIndex(state);
  if (!index) return;
  const { patch, problems } = readViewState(window.location.search, index);
  // Going back restores the entry's view whole: what its address leaves out was at its default.
  if (replaceAll) state.setView({ ...getDefaultViewState(), ...patch });
  else if (Object.keys(patch).length > 0) state.setView(patch);
  if (problems.length > 0) state.pushNotice({ level: 'warning', ...describeUrlProblems(problems) });
}

export function useUrlState(store: LinkboardStore): void {
  useEffect(() => {
    let applied = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    /** The navigation key of the view the current history entry holds. */
    let entryKey: string | null = null;

    const writeAddress = (state: LinkboardState) => {
      const key = navigationKey(state.view);
      const search = viewStateSearch(state.view, window.location.search);
      const move = entryKey !== null && key !== entryKey;
      entryKey = key;
      if (search === window.location.search) return;
      const { pathname, hash } = window.location;
      const url = `${pathname}${search}${hash}`;
      if (move) window.history.pushState(null, '', url);
      else window.history.replaceState(window.history.state, '', url);
    };
    const scheduleWrite = () => {
      clearTimeout(timer);
      timer = setTimeout(() => writeAddress(store.getState()), URL_WRITE_DELAY_MS);
    };
    const applyOnce = () => {
      if (applied || !store.getState().dataset) return;
      applied = true;
      applyAddress(store, false);
      // The address as read becomes the first entry, replaced rather than pushed.
      writeAddress(store.getState());
    };
    const onPopState = () => {
      if (!applied) return;
      clearTimeout(timer);
      applyAddress(store, true);
      entryKey = navigationKey(store.getState().view);
    };

    applyOnce();
    const unsubscribe = store.subscribe((state, previous) => {
      if (!applied) applyOnce();
      else if (state.view !== previous.view) scheduleWrite();
    });
    window.addEventListener('popstate', onPopState);
    return () => {
      unsubscribe();
      clearTimeout(timer);
      window.removeEventListener('popstate', onPopState);
    };
  }, [store]);
}

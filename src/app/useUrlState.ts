/**
 * Keeps the address bar and the view state in step, with the browser's history. Once the first
 * dataset has loaded, the view the address describes is applied (ids can only be checked against a
 * dataset). From then on every change of the view is written back, a few at a time: a move (another
 * entity, view or mode, see navigationKey) pushes a history entry, so Back and Forward walk the
 * moves; anything else (filters, dates) replaces the current entry, so a dragged slider does not
 * flood the history. Back and Forward bring the whole view state of their entry back.
 *
 * The address's reading and writing (./urlState, with the view state's zod checks) is fetched
 * after the page, with the first dataset: nothing can be applied before one is loaded.
 */
import { useEffect } from 'react';
import { getDefaultViewState } from '../domain/viewState';
import { selectIndex } from '../store/selectors';
import type { LinkboardState, LinkboardStore } from '../store/store';

type UrlStateModule = typeof import('./urlState');

/** Delay before writing the address, so a dragged slider writes once, not at every step. */
export const URL_WRITE_DELAY_MS = 150;

function applyAddress(url: UrlStateModule, store: LinkboardStore, replaceAll: boolean): void {
  const state = store.getState();
  const index = selectIndex(state);
  if (!index) return;
  const { patch, problems } = url.readViewState(window.location.search, index);
  // Going back restores the entry's view whole: what its address leaves out was at its default.
  if (replaceAll) state.setView({ ...getDefaultViewState(), ...patch });
  else if (Object.keys(patch).length > 0) state.setView(patch);
  if (problems.length > 0)
    state.pushNotice({ level: 'warning', ...url.describeUrlProblems(problems) });
}

export function useUrlState(store: LinkboardStore): void {
  useEffect(() => {
    let url: UrlStateModule | null = null;
    let stopped = false;
    let applied = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    /** The navigation key of the view the current history entry holds. */
    let entryKey: string | null = null;

    const writeAddress = (loaded: UrlStateModule, state: LinkboardState) => {
      const key = loaded.navigationKey(state.view);
      const search = loaded.viewStateSearch(state.view, window.location.search);
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
      timer = setTimeout(() => {
        if (url) writeAddress(url, store.getState());
      }, URL_WRITE_DELAY_MS);
    };
    const applyOnce = () => {
      if (applied || !url || !store.getState().dataset) return;
      applied = true;
      applyAddress(url, store, false);
      // The address as read becomes the first entry, replaced rather than pushed.
      writeAddress(url, store.getState());
    };
    const onPopState = () => {
      if (!applied || !url) return;
      clearTimeout(timer);
      applyAddress(url, store, true);
      entryKey = url.navigationKey(store.getState().view);
    };

    void import('./urlState').then((loaded) => {
      if (stopped) return;
      url = loaded;
      applyOnce();
    });
    const unsubscribe = store.subscribe((state, previous) => {
      if (!applied) applyOnce();
      else if (state.view !== previous.view) scheduleWrite();
    });
    window.addEventListener('popstate', onPopState);
    return () => {
      stopped = true;
      unsubscribe();
      clearTimeout(timer);
      window.removeEventListener('popstate', onPopState);
    };
  }, [store]);
}

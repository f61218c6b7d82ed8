/**
 * Keeps the address bar and the view state in step. Once the first dataset has loaded, the view
 * the address describes is applied (ids can only be checked against a dataset); from then on every
 * change of the view is written back with history.replaceState, a few at a time, so the back
 * button is not flooded and browsers that cap replaceState calls are not hit.
 */
import { useEffect } from 'react';
import { selectIndex } from '../store/selectors';
import type { LinkboardState, LinkboardStore } from '../store/store';
import { describeUrlProblems, readViewState, viewStateSearch } from './urlState';

/** Delay before writing the address, so a dragged slider writes once, not at every step. */
export const URL_WRITE_DELAY_MS = 150;

function writeAddress(state: LinkboardState): void {
  const search = viewStateSearch(state.view, window.location.search);
  if (search === window.location.search) return;
  const { pathname, hash } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
}

function applyAddress(store: LinkboardStore): void {
  const state = store.getState();
  const index = selectIndex(state);
  if (!index) return;
  const { patch, problems } = readViewState(window.location.search, index);
  if (Object.keys(patch).length > 0) state.setView(patch);
  if (problems.length > 0) state.pushNotice({ level: 'warning', ...describeUrlProblems(problems) });
}

export function useUrlState(store: LinkboardStore): void {
  useEffect(() => {
    let applied = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const scheduleWrite = () => {
      clearTimeout(timer);
      timer = setTimeout(() => writeAddress(store.getState()), URL_WRITE_DELAY_MS);
    };
    const applyOnce = () => {
      if (applied || !store.getState().dataset) return;
      applied = true;
      applyAddress(store);
      scheduleWrite();
    };
    applyOnce();
    const unsubscribe = store.subscribe((state, previous) => {
      if (!applied) applyOnce();
      else if (state.view !== previous.view) scheduleWrite();
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [store]);
}

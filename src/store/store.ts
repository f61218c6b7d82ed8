/**
 * One zustand store built from slices, made by a factory so that each app (and each test)
 * gets its own. It holds what the user chose; derived data comes from ./selectors.
 */
import { createContext, createElement, useContext, type ReactNode } from 'react';
import { temporal, type TemporalState } from 'zundo';
import { createStore, useStore, type StoreApi } from 'zustand';
import { createDatasetSlice, type DatasetSlice } from './datasetSlice';
import { createDerivedCache, DERIVED, type DerivedCacheSlice } from './derivedCache';
import {
  createEditsSlice,
  selectEditHistoryState,
  type EditHistoryState,
  type EditsSlice,
} from './editsSlice';
import { createGroupsSlice, type GroupsSlice } from './groupsSlice';
import { createLayoutSlice, type LayoutSlice } from './layoutSlice';
import { createNoticesSlice, type NoticesSlice } from './noticesSlice';
import { createPanelsSlice, type PanelsSlice } from './panelsSlice';
import { createSavedViewsSlice, type SavedViewsSlice } from './savedViewsSlice';
import { createSourceTextsSlice, type SourceTextsSlice } from './sourceTextsSlice';
import { createStoryboardSlice, type StoryboardSlice } from './storyboardSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';

export type LinkboardState = DatasetSlice &
  ViewSlice &
  NoticesSlice &
  PanelsSlice &
  SavedViewsSlice &
  StoryboardSlice &
  LayoutSlice &
  GroupsSlice &
  EditsSlice &
  SourceTextsSlice &
  DerivedCacheSlice;

/** Undo and redo of the edits: zundo's temporal store, beside the main one. */
export type EditHistoryStore = StoreApi<TemporalState<EditHistoryState>>;
export type LinkboardStore = StoreApi<LinkboardState> & { temporal: EditHistoryStore };

/** How many steps Undo can go back (each step keeps its log and dataset in memory). */
export const UNDO_LIMIT = 200;

export function createLinkboardStore(): LinkboardStore {
  // The history is the edit log's alone (with the dataset each log makes); a new dataset starts
  // a new history rather than becoming a step of the last one's.
  let history: EditHistoryStore | null = null;
  const store = createStore<LinkboardState>()(
    temporal(
      (...args) => ({
        ...createDatasetSlice(...args),
        ...createEditsSlice(...args),
        ...createSourceTextsSlice(...args),
        ...createViewSlice(...args),
        ...createNoticesSlice(...args),
        ...createPanelsSlice(...args),
        ...createLayoutSlice(...args),
        ...createSavedViewsSlice(...args),
        ...createStoryboardSlice(...args),
        ...createGroupsSlice(...args),
        [DERIVED]: createDerivedCache(),
      }),
      {
        partialize: selectEditHistoryState,
        equality: (past, current) => past.edits === current.edits,
        limit: UNDO_LIMIT,
        handleSet: (save) => (past, replace, current, delta) => {
          const before = past as unknown as EditHistoryState;
          if (before.originalDataset !== current.originalDataset) history?.getState().clear();
          else (save as unknown as (...args: unknown[]) => void)(past, replace, current, delta);
        },
      },
    ),
  );
  history = store.temporal;
  return store;
}

const StoreContext = createContext<LinkboardStore | null>(null);

export function LinkboardStoreProvider(props: { store: LinkboardStore; children: ReactNode }) {
  return createElement(StoreContext.Provider, { value: props.store }, props.children);
}

export function useLinkboardStore(): LinkboardStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useLinkboard must be used inside <LinkboardStoreProvider>');
  return store;
}

/** Reads a slice of the store; re-renders only when the selected value changes (Object.is). */
export function useLinkboard<T>(selector: (state: LinkboardState) => T): T {
  return useStore(useLinkboardStore(), selector);
}

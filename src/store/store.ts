/**
 * One zustand store built from slices, made by a factory so that each app (and each test)
 * gets its own. It holds what the user chose; derived data comes from ./selectors.
 */
import { createContext, createElement, useContext, type ReactNode } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import { createDatasetSlice, type DatasetSlice } from './datasetSlice';
import { createDerivedCache, DERIVED, type DerivedCacheSlice } from './derivedCache';
import { createGroupsSlice, type GroupsSlice } from './groupsSlice';
import { createLayoutSlice, type LayoutSlice } from './layoutSlice';
import { createNoticesSlice, type NoticesSlice } from './noticesSlice';
import { createPanelsSlice, type PanelsSlice } from './panelsSlice';
import { createSavedViewsSlice, type SavedViewsSlice } from './savedViewsSlice';
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
  DerivedCacheSlice;
export type LinkboardStore = StoreApi<LinkboardState>;

export function createLinkboardStore(): LinkboardStore {
  return createStore<LinkboardState>()((...args) => ({
    ...createDatasetSlice(...args),
    ...createViewSlice(...args),
    ...createNoticesSlice(...args),
    ...createPanelsSlice(...args),
    ...createLayoutSlice(...args),
    ...createSavedViewsSlice(...args),
    ...createStoryboardSlice(...args),
    ...createGroupsSlice(...args),
    [DERIVED]: createDerivedCache(),
  }));
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

import type { StateCreator } from 'zustand';
import type { LinkboardState } from './store';

export type NoticeLevel = 'error' | 'warning' | 'info';

/** A message for the user: a failed load, an ignored URL parameter, a reduced export scale. */
export interface Notice {
  id: number;
  level: NoticeLevel;
  title: string;
  details: string[];
}

export interface NoticesSlice {
  notices: Notice[];
  pushNotice: (notice: Omit<Notice, 'id'>) => void;
  dismissNotice: (id: number) => void;
}

export const createNoticesSlice: StateCreator<LinkboardState, [], [], NoticesSlice> = (set) => {
  // Per store: two stores number their notices apart.
  let nextNoticeId = 1;
  return {
    notices: [],
    pushNotice: (notice) =>
      set((s) => ({ notices: [...s.notices.slice(-9), { ...notice, id: nextNoticeId++ }] })),
    dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  };
};

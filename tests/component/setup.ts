import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { preloadRelationTable } from '../../src/app/App';
import { loadEditRules } from '../../src/store/editEngine';
import { preloadSelectionDetails } from '../../src/ui/details/Details';
import { preloadPathFinder } from '../../src/ui/details/SidePanel';

// findBy and waitFor give up after one second by default, which a busy 2-core machine can exceed.
configure({ asyncUtilTimeout: 5_000 });

// The app fetches the edit rules after the page (src/store/editEngine.ts); tests edit at once.
beforeAll(() => loadEditRules());
// So are the panels that do not show at first: tests read them as soon as they render.
beforeAll(() =>
  Promise.all([preloadSelectionDetails(), preloadPathFinder(), preloadRelationTable()]),
);

afterEach(() => {
  cleanup();
  // The app writes its view state into the address and arrangements into storage: each test starts clean.
  window.history.replaceState(null, '', '/');
  window.localStorage.clear();
});

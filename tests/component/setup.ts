import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { loadEditRules } from '../../src/store/editEngine';
import { preloadPanels } from '../../src/ui/lazyPanels';

// findBy and waitFor give up after one second by default, which a busy 2-core machine can exceed.
configure({ asyncUtilTimeout: 5_000 });

// The app fetches the edit rules after the page (src/store/editEngine.ts); tests edit at once.
beforeAll(() => loadEditRules());
// So are the panels that do not show at first: tests read them as soon as they render.
beforeAll(() => preloadPanels());

afterEach(() => {
  cleanup();
  // The app writes its view state into the address and arrangements into storage: each test starts clean.
  window.history.replaceState(null, '', '/');
  window.localStorage.clear();
});

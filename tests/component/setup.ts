import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  // The app writes its view state into the address and arrangements into storage: each test starts clean.
  window.history.replaceState(null, '', '/');
  window.localStorage.clear();
});

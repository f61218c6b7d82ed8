import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LayoutProgress, LAYOUT_PROGRESS_DELAY_MS } from '../../src/ui/canvas/LayoutProgress';
import { renderPanel } from './renderWithStore';

describe('<LayoutProgress>', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('says "Laying out…" once a layout has run for 300 ms, and goes when it ends', () => {
    const { store } = renderPanel(<LayoutProgress />);
    const progress = () => screen.queryByRole('progressbar', { name: 'Laying out the graph' });
    act(() => store.getState().setLayoutRunning(true));
    act(() => vi.advanceTimersByTime(LAYOUT_PROGRESS_DELAY_MS - 1));
    expect(progress()).toBeNull();
    act(() => vi.advanceTimersByTime(1));
    expect(progress()).toHaveTextContent('Laying out…');
    act(() => store.getState().setLayoutRunning(false));
    expect(progress()).toBeNull();
  });

  it('never shows a layout that ends sooner', () => {
    const { store } = renderPanel(<LayoutProgress />);
    act(() => store.getState().setLayoutRunning(true));
    act(() => vi.advanceTimersByTime(LAYOUT_PROGRESS_DELAY_MS / 2));
    act(() => store.getState().setLayoutRunning(false));
    act(() => vi.advanceTimersByTime(LAYOUT_PROGRESS_DELAY_MS * 2));
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});

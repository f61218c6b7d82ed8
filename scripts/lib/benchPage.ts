/**
 * What the benchmark measures inside one page: probes installed before the app runs (long tasks,
 * animation frames, input times), and the steps it drives (load, filter, date, pan/zoom, export).
 * The app marks its phases with performance.mark/measure (src/graph/perfMarks.ts); the view is
 * changed through the Filters panel when it exists and through the `?bench` hook otherwise.
 */
import type { Page } from 'playwright-core';
import { PERF as MARKS } from '../../src/graph/perfMarks';

interface LongTask {
  start: number;
  duration: number;
}

interface Probes {
  longTasks: LongTask[];
  frames: number[] | null;
  lastInput: number;
}

declare global {
  interface Window {
    __bench?: Probes;
  }
}

/** Runs in the page before any of its scripts (page.addInitScript). */
export function installProbes(): void {
  const probes: Probes = { longTasks: [], frames: null, lastInput: 0 };
  window.__bench = probes;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        probes.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: the longest-task columns stay empty.
  }
  for (const type of ['pointerdown', 'click', 'keydown'])
    window.addEventListener(type, (e) => (probes.lastInput = e.timeStamp), { capture: true });
}

export interface LoadTimes {
  /** Navigation start → laid-out graph on screen. */
  drawn: number;
  /** Navigation start → entities on screen at their first, quick places (worker layouts only). */
  placed: number | null;
  parse: number;
  elements: number;
  layout: number;
  firstRender: number;
  longestTask: number;
}

function longestIn(tasks: LongTask[], from: number, to: number): number {
  return tasks
    .filter((t) => t.start + t.duration >= from && t.start <= to)
    .reduce((max, t) => Math.max(max, t.duration), 0);
}

const settle = (page: Page, ms: number) => page.waitForTimeout(ms);

export async function measureLoad(page: Page, timeoutMs: number): Promise<LoadTimes> {
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, MARKS.drawn, {
    timeout: timeoutMs,
    polling: 100,
  });
  // Long-task entries arrive after the task; give the last ones time to be reported.
  await settle(page, 500);
  return page.evaluate((marks) => {
    // The first of each: later entries belong to later layouts and view changes.
    const total = (name: string) => performance.getEntriesByName(name)[0]?.duration ?? 0;
    const drawn = performance.getEntriesByName(marks.drawn)[0]!.startTime;
    const tasks = window.__bench?.longTasks ?? [];
    return {
      drawn,
      placed: performance.getEntriesByName(marks.placed)[0]?.startTime ?? null,
      parse: total(marks.parse),
      elements: total(marks.elements),
      layout: total(marks.layout),
      firstRender: total(marks.firstRender),
      longestTask: tasks
        .filter((t) => t.start <= drawn)
        .reduce((max, t) => Math.max(max, t.duration), 0),
    };
  }, MARKS);
}

export type ViewChange =
  { kind: 'toggleRelation'; key: string; label: string } | { kind: 'asOf'; date: string | null };

export interface ChangeTimes {
  ms: number;
  longestTask: number;
  /** How the change was made: a click on the app's own control, or the bench hook. */
  via: 'ui' | 'hook';
}

async function waitForRedraw(page: Page, before: number): Promise<number> {
  await page.waitForFunction(
    ({ name, before }) => performance.getEntriesByName(name).length > before,
    { name: MARKS.redrawn, before },
    { timeout: 60_000, polling: 10 },
  );
  return page.evaluate(
    ({ name, before }) => performance.getEntriesByName(name)[before]!.startTime,
    { name: MARKS.redrawn, before },
  );
}

/**
 * The app's own control for a change, as an action that operates it: a relation's checkbox in the
 * Filters panel, the timeline's "Go to date" field or its "All dates" button. Null if this build
 * has no such control.
 */
async function uiControl(page: Page, change: ViewChange): Promise<(() => Promise<void>) | null> {
  if (change.kind === 'toggleRelation') {
    // Relation types sit behind their family's disclosure in the Filters panel: open them first.
    const closed = page.getByRole('button', { name: / relation types$/, expanded: false });
    for (let left = await closed.count(); left > 0; left--) await closed.first().click();
    const checkbox = page.getByRole('checkbox', { name: change.label, exact: true });
    return (await checkbox.count()) === 1 ? () => checkbox.click() : null;
  }
  if (change.date === null) {
    const button = page.getByRole('button', { name: 'All dates', exact: true });
    return (await button.count()) === 1 ? () => button.click() : null;
  }
  const field = page.getByRole('textbox', { name: 'Go to date', exact: true });
  if ((await field.count()) !== 1) return null;
  const date = change.date;
  return async () => {
    await field.fill(date);
    await field.press('Enter');
  };
}

/** Makes one change of view and times it from the input to the frame that shows it. */
export async function measureViewChange(page: Page, change: ViewChange): Promise<ChangeTimes> {
  const before = await page.evaluate(
    (name) => performance.getEntriesByName(name).length,
    MARKS.redrawn,
  );
  let start: number;
  let via: ChangeTimes['via'] = 'ui';
  const control = await uiControl(page, change);
  if (control) {
    await control();
    start = await page.evaluate(() => window.__bench!.lastInput);
  } else {
    via = 'hook';
    start = await page.evaluate((change) => {
      const state = window.__linkboard!.store.getState();
      const t0 = performance.now();
      if (change.kind === 'toggleRelation') state.toggleRelation(change.key);
      else state.setView({ asOf: change.date });
      return t0;
    }, change);
  }
  const end = await waitForRedraw(page, before);
  await settle(page, 150);
  const tasks = await page.evaluate(() => window.__bench?.longTasks ?? []);
  return { ms: end - start, longestTask: longestIn(tasks, start, end), via };
}

export interface FrameTimes {
  p50: number;
  p95: number;
  max: number;
  frames: number;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** A point on the canvas with no entity under it, to start a pan there (not a node drag). */
async function emptyCorner(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.getByTestId('graph-canvas').boundingBox();
  if (!box) throw new Error('no graph canvas');
  return { x: box.x + 12, y: box.y + box.height / 2 };
}

/** Pans by dragging the background, then zooms with the wheel; samples animation-frame gaps. */
export async function measurePanZoom(page: Page, durationMs = 1500): Promise<FrameTimes> {
  const start = await emptyCorner(page);
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.evaluate(() => {
    const probes = window.__bench!;
    const frames: number[] = [];
    probes.frames = frames;
    let last = -1;
    const tick = (time: number) => {
      if (last >= 0) frames.push(time - last);
      last = time;
      if (probes.frames === frames) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 0, until = Date.now() + durationMs; Date.now() < until; i++)
    await page.mouse.move(start.x + 120 + 100 * Math.sin(i / 10), start.y + 80 * Math.cos(i / 10));
  await page.mouse.up();
  await page.mouse.move(centre.x, centre.y);
  for (let i = 0, until = Date.now() + durationMs; Date.now() < until; i++)
    await page.mouse.wheel(0, Math.floor(i / 8) % 2 === 0 ? -40 : 40);
  const frames = await page.evaluate(() => {
    const probes = window.__bench!;
    const frames = probes.frames ?? [];
    probes.frames = null;
    return frames;
  });
  return {
    p50: percentile(frames, 50),
    p95: percentile(frames, 95),
    max: Math.max(0, ...frames),
    frames: frames.length,
  };
}

export async function measurePng(page: Page): Promise<{ ms: number; bytes: number }> {
  return page.evaluate(async () => {
    const t0 = performance.now();
    const bytes = await window.__linkboard!.png(2);
    return { ms: performance.now() - t0, bytes };
  });
}

/** Used JS heap after a garbage collection, in bytes (Chrome DevTools Protocol). */
export async function measureHeap(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  await session.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}

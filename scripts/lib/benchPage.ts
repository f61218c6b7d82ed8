/**
 * What the benchmark measures inside one page: probes installed before the app runs (long tasks,
 * animation frames, input times), and the steps it drives as a user would (load, filter, date,
 * mouse drags from the background and from a relation, wheel zoom, export). The app marks its
 * phases with performance.mark/measure (src/graph/perfMarks.ts); the view is changed through the
 * app's own controls when it has them and through the `?bench` hook otherwise.
 *
 * Long tasks are counted until the page has been quiet (no long task) for a second, so work a
 * step leaves behind (styles, the layer cache, the next layout) is charged to that step.
 */
import type { Page } from 'playwright-core';
import { PERF as MARKS } from '../../src/graph/perfMarks';
import { spread, type Spread } from './stats';

interface LongTask {
  start: number;
  duration: number;
}

/** What Cytoscape reported a press landed on. */
export type PressTarget = 'background' | 'node' | 'edge' | 'none';

interface Probes {
  longTasks: LongTask[];
  frames: number[] | null;
  lastInput: number;
  pressedOn: PressTarget;
}

declare global {
  interface Window {
    __bench?: Probes;
  }
}

/** Runs in the page before any of its scripts (page.addInitScript). */
export function installProbes(): void {
  const probes: Probes = { longTasks: [], frames: null, lastInput: 0, pressedOn: 'none' };
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
  /** The longest task from navigation until the page had been quiet for a second. */
  longestTask: number;
  /** Navigation start → the end of the last long task before the page went quiet. */
  busyUntil: number;
}

/** How long the page must go without a long task to count as quiet. */
const QUIET_MS = 1000;

function longestIn(tasks: readonly LongTask[], from: number, to: number): number {
  return tasks
    .filter((t) => t.start + t.duration >= from && t.start <= to)
    .reduce((max, t) => Math.max(max, t.duration), 0);
}

function lastEndIn(tasks: readonly LongTask[], from: number, to: number): number {
  return tasks
    .filter((t) => t.start + t.duration >= from && t.start <= to)
    .reduce((last, t) => Math.max(last, t.start + t.duration), from);
}

/**
 * Waits until no long task has ended for QUIET_MS since `since` (page time), and returns the
 * page's time then with every long task reported so far.
 */
async function waitForQuiet(
  page: Page,
  since: number,
  timeoutMs = 120_000,
): Promise<{ quietAt: number; tasks: LongTask[] }> {
  await page.waitForFunction(
    ({ since, quiet }) => {
      const tasks = window.__bench?.longTasks ?? [];
      const lastEnd = tasks.reduce((last, t) => Math.max(last, t.start + t.duration), since);
      return performance.now() - Math.max(since, lastEnd) >= quiet;
    },
    { since, quiet: QUIET_MS },
    { timeout: timeoutMs, polling: 100 },
  );
  return page.evaluate(() => ({
    quietAt: performance.now(),
    tasks: [...(window.__bench?.longTasks ?? [])],
  }));
}

export async function measureLoad(page: Page, timeoutMs: number): Promise<LoadTimes> {
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, MARKS.drawn, {
    timeout: timeoutMs,
    polling: 100,
  });
  const times = await page.evaluate((marks) => {
    // The first of each: later entries belong to later layouts and view changes.
    const total = (name: string) => performance.getEntriesByName(name)[0]?.duration ?? 0;
    return {
      drawn: performance.getEntriesByName(marks.drawn)[0]!.startTime,
      placed: performance.getEntriesByName(marks.placed)[0]?.startTime ?? null,
      parse: total(marks.parse),
      elements: total(marks.elements),
      layout: total(marks.layout),
      firstRender: total(marks.firstRender),
    };
  }, MARKS);
  const { quietAt, tasks } = await waitForQuiet(page, times.drawn, timeoutMs);
  return {
    ...times,
    longestTask: longestIn(tasks, 0, quietAt),
    busyUntil: lastEndIn(tasks, times.drawn, quietAt),
  };
}

export type ViewChange =
  | { kind: 'toggleRelation'; key: string; label: string }
  | { kind: 'asOf'; date: string | null }
  /** A collapsed group expanded, or an expanded one collapsed, with its button in Details. */
  | { kind: 'group'; id: string; collapse: boolean };

export interface ChangeTimes {
  /** Input event → the frame that shows the change. */
  ms: number;
  /** The longest task from the input until the page had been quiet for a second. */
  longestTask: number;
  /** Input event → the end of the last long task before the page went quiet. */
  busyUntil: number;
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
  if (change.kind === 'group') {
    // Selected first, as a user taps it (not timed); then its Details button is pressed.
    await page.evaluate((id) => {
      window.__linkboard!.store.getState().select({ kind: 'node', id });
    }, change.id);
    const button = page.getByRole('button', {
      name: change.collapse ? 'Collapse' : 'Expand',
      exact: true,
    });
    await button.waitFor({ timeout: 10_000 }).catch(() => undefined);
    return (await button.count()) === 1 ? () => button.click() : null;
  }
  if (change.kind === 'toggleRelation') {
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

/**
 * Makes one change of view and times it from the input to the frame that shows it; its long tasks
 * are counted until the page has been quiet for a second.
 */
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
      else if (change.kind === 'group') state.collapseGroups([change.id], change.collapse);
      else state.setView({ asOf: change.date });
      return t0;
    }, change);
  }
  const end = await waitForRedraw(page, before);
  const { quietAt, tasks } = await waitForQuiet(page, end);
  return {
    ms: end - start,
    longestTask: longestIn(tasks, start, quietAt),
    busyUntil: Math.max(end, lastEndIn(tasks, start, quietAt)) - start,
    via,
  };
}

/** Where a drag starts: on empty background, or on a relation away from any entity. */
export type DragStart = 'background' | 'relation';

export interface FrameTimes extends Spread {
  /** For drags: what the press landed on (checked, not assumed). */
  pressedOn?: PressTarget;
}

/** How far the drag path reaches from its start: right up to 220 px, up and down 80 px. */
const DRAG_REACH = { left: 0, right: 220, up: 80, down: 80 };

/**
 * A point, in page coordinates, where a user would press to start a drag of the given kind, found
 * from what Cytoscape draws (its public API only): the point of empty background nearest the
 * middle of the canvas (no entity or relation within 12 px), or the middle of the relation
 * nearest the canvas's middle that is at least 10 px from every entity. Both leave room for the
 * drag path inside the canvas. Null when there is none.
 */
async function dragStartPoint(
  page: Page,
  kind: DragStart,
): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ({ kind, reach }) => {
      const cy = window.__linkboard?.cy();
      if (!cy) return null;
      const rect = cy.container()!.getBoundingClientRect();
      const width = cy.width();
      const height = cy.height();
      const area = {
        x1: 12 + reach.left,
        y1: 12 + reach.up,
        x2: width - 12 - reach.right,
        y2: height - 12 - reach.down,
      };
      if (area.x2 <= area.x1 || area.y2 <= area.y1) return null;
      const centre = { x: (area.x1 + area.x2) / 2, y: (area.y1 + area.y2) / 2 };
      const toPage = (p: { x: number; y: number }) => ({ x: rect.left + p.x, y: rect.top + p.y });
      // An occupancy grid of the canvas: cells within `clearance` px of something drawn.
      const cell = 4;
      const cols = Math.ceil(width / cell);
      const rows = Math.ceil(height / cell);
      const taken = new Uint8Array(cols * rows);
      const mark = (x1: number, y1: number, x2: number, y2: number) => {
        const c1 = Math.max(0, Math.floor(x1 / cell));
        const c2 = Math.min(cols - 1, Math.floor(x2 / cell));
        const r1 = Math.max(0, Math.floor(y1 / cell));
        const r2 = Math.min(rows - 1, Math.floor(y2 / cell));
        for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) taken[r * cols + c] = 1;
      };
      const isTaken = (x: number, y: number) => {
        const c = Math.floor(x / cell);
        const r = Math.floor(y / cell);
        return c < 0 || r < 0 || c >= cols || r >= rows || taken[r * cols + c] === 1;
      };
      const nodeClearance = kind === 'relation' ? 10 : 12;
      cy.nodes(':visible').forEach((node) => {
        const box = node.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
        mark(
          box.x1 - nodeClearance,
          box.y1 - nodeClearance,
          box.x2 + nodeClearance,
          box.y2 + nodeClearance,
        );
      });
      if (kind === 'relation') {
        let best: { x: number; y: number } | null = null;
        let bestDistance = Infinity;
        cy.edges(':visible').forEach((edge) => {
          if (edge.source().same(edge.target())) return;
          const p = edge.renderedMidpoint();
          if (p.x < area.x1 || p.x > area.x2 || p.y < area.y1 || p.y > area.y2) return;
          if (isTaken(p.x, p.y)) return;
          const distance = Math.hypot(p.x - centre.x, p.y - centre.y);
          if (distance < bestDistance) {
            bestDistance = distance;
            best = p;
          }
        });
        return best ? toPage(best) : null;
      }
      // Relations, as polylines through their middle (close enough for curved ones).
      const clearance = 12;
      cy.edges(':visible').forEach((edge) => {
        const points = [
          edge.source().renderedPosition(),
          edge.renderedMidpoint(),
          edge.target().renderedPosition(),
        ];
        for (let i = 0; i + 1 < points.length; i++) {
          const a = points[i]!;
          const b = points[i + 1]!;
          const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / cell));
          for (let s = 0; s <= steps; s++) {
            const x = a.x + ((b.x - a.x) * s) / steps;
            const y = a.y + ((b.y - a.y) * s) / steps;
            mark(x - clearance, y - clearance, x + clearance, y + clearance);
          }
        }
      });
      let best: { x: number; y: number } | null = null;
      let bestDistance = Infinity;
      for (let y = area.y1; y <= area.y2; y += cell)
        for (let x = area.x1; x <= area.x2; x += cell) {
          if (isTaken(x, y)) continue;
          const distance = Math.hypot(x - centre.x, y - centre.y);
          if (distance < bestDistance) {
            bestDistance = distance;
            best = { x, y };
          }
        }
      return best ? toPage(best) : null;
    },
    { kind, reach: DRAG_REACH },
  );
}

/** Starts sampling animation-frame gaps in the page. */
async function startFrameSampling(page: Page): Promise<void> {
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
}

async function stopFrameSampling(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const probes = window.__bench!;
    const frames = probes.frames ?? [];
    probes.frames = null;
    return frames;
  });
}

/** Records what the next press on the canvas lands on, as Cytoscape reports it (tapstart). */
async function watchPress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const cy = window.__linkboard?.cy();
    const probes = window.__bench!;
    probes.pressedOn = 'none';
    cy?.one('tapstart', (event) => {
      const target = event.target;
      probes.pressedOn = target === cy ? 'background' : target.isNode() ? 'node' : 'edge';
    });
  });
}

/**
 * Presses the mouse on the canvas where a user would start a drag of this kind and drags for
 * `durationMs`, sampling the gaps between animation frames from the press to the release. Waits
 * for the page to be quiet first, so the drag meets the canvas as a user pausing would. Null when
 * the canvas has no such place.
 */
export async function measureDrag(
  page: Page,
  kind: DragStart,
  durationMs = 1500,
): Promise<FrameTimes | null> {
  await waitForQuiet(page, await page.evaluate(() => performance.now()));
  const start = await dragStartPoint(page, kind);
  if (!start) return null;
  await page.mouse.move(start.x, start.y);
  await watchPress(page);
  await startFrameSampling(page);
  await page.mouse.down();
  for (let i = 0, until = Date.now() + durationMs; Date.now() < until; i++)
    await page.mouse.move(start.x + 120 + 100 * Math.sin(i / 10), start.y + 80 * Math.cos(i / 10));
  await page.mouse.up();
  const frames = await stopFrameSampling(page);
  const pressedOn = await page.evaluate(() => window.__bench!.pressedOn);
  return { ...spread(frames), pressedOn };
}

/** Turns the mouse wheel over the middle of the canvas, in and out; samples frame gaps. */
export async function measureWheelZoom(page: Page, durationMs = 1500): Promise<FrameTimes> {
  await waitForQuiet(page, await page.evaluate(() => performance.now()));
  const box = await page.getByTestId('graph-canvas').boundingBox();
  if (!box) throw new Error('no graph canvas');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await startFrameSampling(page);
  for (let i = 0, until = Date.now() + durationMs; Date.now() < until; i++)
    await page.mouse.wheel(0, Math.floor(i / 8) % 2 === 0 ? -40 : 40);
  return spread(await stopFrameSampling(page));
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

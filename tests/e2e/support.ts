/** Shared setup for end-to-end tests: one Chromium per file, a fresh page per test, console errors collected. */
import { readFile } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser';

export interface PageWithLog {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  /** Console warnings seen so far. */
  warnings: string[];
  /** Every URL the page requested, from the first navigation on. */
  requests: string[];
}

export function useBrowser(): {
  open: (path?: string, size?: { width: number; height: number }) => Promise<PageWithLog>;
} {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    open: async (path = '', size = { width: 1280, height: 800 }) => {
      const context = await browser.newContext({ viewport: size, acceptDownloads: true });
      const page = await context.newPage();
      const errors: string[] = [];
      const warnings: string[] = [];
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
        if (m.type() === 'warning') warnings.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(new URL(path, inject('baseUrl')).toString());
      return { page, errors, warnings, requests };
    },
  };
}

/** Waits until the status line reports a loaded dataset and returns its numbers. */
export async function readCounts(page: Page): Promise<{
  visibleNodes: number;
  totalNodes: number;
  visibleEdges: number;
  totalEdges: number;
}> {
  const status = page.getByRole('status').filter({ hasText: /^Showing/ });
  await status.waitFor({ timeout: 30_000 });
  const text = (await status.textContent()) ?? '';
  const match = /Showing (\d+) of (\d+) entit(?:y|ies) and (\d+) of (\d+) relations?/.exec(text);
  if (!match) throw new Error(`unexpected status line: ${text}`);
  const [, a, b, c, d] = match.map(Number);
  return { visibleNodes: a!, totalNodes: b!, visibleEdges: c!, totalEdges: d! };
}

/** Counts the pixels that are neither transparent nor background across the graph's canvases. */
export async function countDrawnPixels(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvases = [
      ...document.querySelectorAll<HTMLCanvasElement>('[data-testid="graph-canvas"] canvas'),
    ];
    let drawn = 0;
    for (const canvas of canvases) {
      const ctx = canvas.getContext('2d');
      if (!ctx || canvas.width === 0 || canvas.height === 0) continue;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) drawn += 1;
    }
    return drawn;
  });
}

/** The title of what the Details panel shows. */
export function detailsTitle(page: Page): Promise<string | null> {
  return page
    .getByRole('region', { name: 'Details' })
    .getByRole('heading', { level: 3 })
    .textContent();
}

/** Opens the export dialog once the graph is drawn. */
export async function openExportDialog(page: Page): Promise<Locator> {
  await readCounts(page);
  await expect.poll(() => countDrawnPixels(page), { timeout: 10_000 }).toBeGreaterThan(20_000);
  await page.getByRole('button', { name: 'Export PNG' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.waitFor();
  return dialog;
}

/** Presses a button that downloads a file; the file's suggested name and bytes. */
export async function download(page: Page, within: Locator, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    within.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

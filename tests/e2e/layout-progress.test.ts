import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSyntheticDataset } from '../../scripts/lib/synthetic';
import { readCounts, useBrowser } from './support';

// The preview server serves dist/ as it is on disk, so a dataset written there is same-origin.
const DATA_DIR = join('dist', 'layout-progress-test');
const DATA_FILE = 'synthetic-2000.json';

/** Records, in the page, every moment the progress indicator is on screen. */
function watchProgress(page: Page): Promise<void> {
  return page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('[role="progressbar"][aria-label="Laying out the graph"]');
      if (bar) seen.push(bar.textContent ?? '');
    }).observe(document.body, { childList: true, subtree: true });
  });
}

const progressSeen = (page: Page) =>
  page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
const progress = (page: Page) =>
  page.getByRole('progressbar', { name: 'Laying out the graph' }).count();
const running = (page: Page) =>
  page.evaluate(() => window.__linkboard!.store.getState().layoutRunning);

describe('layout progress on the canvas, in Chromium', () => {
  const browser = useBrowser();

  beforeAll(() => {
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(
      join(DATA_DIR, DATA_FILE),
      JSON.stringify(generateSyntheticDataset({ entities: 2_000, seed: 3 })),
    );
  });
  afterAll(() => rmSync(DATA_DIR, { recursive: true, force: true }));

  it(
    'says "Laying out…" during a slow layout and goes once it ends',
    { timeout: 120_000 },
    async () => {
      const { page, errors } = await browser.open(`?bench&data=/layout-progress-test/${DATA_FILE}`);
      await readCounts(page);
      await expect.poll(() => running(page), { timeout: 60_000 }).toBe(false);
      expect(await progress(page)).toBe(0);
      await watchProgress(page);
      // A force layout of 2,000 entities takes seconds: the indicator shows while it runs.
      await page.getByRole('button', { name: 'Re-layout' }).click();
      await expect.poll(() => progressSeen(page), { timeout: 20_000 }).toContain('Laying out…');
      await expect.poll(() => running(page), { timeout: 60_000 }).toBe(false);
      expect(await progress(page)).toBe(0);
      expect(errors).toEqual([]);
    },
  );

  it('is gone once the first command view is laid out, and never stays up', async () => {
    const { page, errors } = await browser.open('?bench');
    await readCounts(page);
    await expect.poll(() => running(page)).toBe(false);
    await page.getByRole('button', { name: 'Command view' }).click();
    await expect.poll(() => page.url()).toContain('mode=command');
    await expect.poll(() => running(page), { timeout: 30_000 }).toBe(false);
    expect(await progress(page)).toBe(0);
    expect(errors).toEqual([]);
  });
});

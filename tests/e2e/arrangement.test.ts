import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PositionReadout } from '../../src/graph/adapter';
import { loadDefaultDataset } from '../helpers/defaultDataset';
import { readCounts, useBrowser } from './support';

const dataset = loadDefaultDataset();
const degree = (id: string) =>
  dataset.edges.filter((e) => e.source === id || e.target === id).length;
const [dragged, other] = [...dataset.nodes].sort((a, b) => degree(b.id) - degree(a.id));
const ids = [dragged!.id, other!.id];

/** Waits until the laid-out graph is on screen (see src/graph/perfMarks.ts). */
async function waitDrawn(page: Page): Promise<void> {
  await readCounts(page);
  await page.waitForFunction(() => performance.getEntriesByName('linkboard:drawn').length > 0, {
    timeout: 30_000,
  });
}

function positions(page: Page): Promise<Record<string, PositionReadout>> {
  return page.evaluate((wanted) => window.__linkboard!.positions(wanted), ids);
}

function pinned(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__linkboard!.store.getState().pinnedNodeIds);
}

/** Drags an entity by `by` screen pixels with the mouse, as a user would. */
async function drag(page: Page, id: string, by: { x: number; y: number }): Promise<void> {
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  const at = (await positions(page))[id]!;
  const start = { x: box.x + at.renderedX, y: box.y + at.renderedY };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + by.x / 2, start.y + by.y / 2, { steps: 5 });
  await page.mouse.move(start.x + by.x, start.y + by.y, { steps: 5 });
  await page.mouse.up();
}

const near = (a: PositionReadout, b: PositionReadout) =>
  Math.abs(a.x - b.x) <= 1 && Math.abs(a.y - b.y) <= 1;

describe('arranging the graph by hand, in Chromium', () => {
  const browser = useBrowser();

  it(
    'pins a dragged entity, keeps it through a re-layout, and shows the same picture after a reload',
    { timeout: 180_000 },
    async () => {
      const { page, errors } = await browser.open('?bench');
      await waitDrawn(page);
      const laidOut = await positions(page);
      expect(await pinned(page)).toEqual([]);

      await drag(page, dragged!.id, { x: 120, y: 80 });
      await expect.poll(() => pinned(page)).toEqual([dragged!.id]);
      const placed = await positions(page);
      expect(placed[dragged!.id]!.renderedX - laidOut[dragged!.id]!.renderedX).toBeCloseTo(120, -1);
      expect(placed[dragged!.id]!.renderedY - laidOut[dragged!.id]!.renderedY).toBeCloseTo(80, -1);
      await page.getByRole('button', { name: 'Unpin all' }).waitFor();

      // Re-layout moves the others around it; the pinned entity stays.
      const layoutsRun = () =>
        page.evaluate(() => performance.getEntriesByName('linkboard:layout').length);
      const runsBefore = await layoutsRun();
      await page.getByRole('button', { name: 'Re-layout' }).click();
      await expect.poll(layoutsRun, { timeout: 30_000 }).toBeGreaterThan(runsBefore);
      const relaidOut = await positions(page);
      expect(near(relaidOut[dragged!.id]!, placed[dragged!.id]!)).toBe(true);

      // A reload shows the same picture, pins included.
      await page.reload();
      await waitDrawn(page);
      await expect.poll(() => pinned(page)).toEqual([dragged!.id]);
      const reloaded = await positions(page);
      for (const id of ids) expect(near(reloaded[id]!, relaidOut[id]!), id).toBe(true);

      // Unpinning forgets the arrangement: the next load is laid out from the seed again.
      await page.getByRole('button', { name: 'Unpin all' }).click();
      await expect.poll(() => pinned(page)).toEqual([]);
      await page.reload();
      await waitDrawn(page);
      const fresh = await positions(page);
      for (const id of ids) expect(near(fresh[id]!, laidOut[id]!), id).toBe(true);
      expect(errors).toEqual([]);
    },
  );
});

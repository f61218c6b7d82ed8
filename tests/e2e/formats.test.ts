/**
 * Opening the data analysts already have, in Chromium against the production build: GraphML and
 * GEXF written by networkx, a spreadsheet through the Import dialog, and an XML bomb that ends in
 * an alert within a second with the graph kept.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadDefaultDataset } from '../helpers/defaultDataset';
import { seriousAxeViolations } from './axe';
import { readCounts, useBrowser } from './support';

const FORMATS = resolve(process.cwd(), 'tests/fixtures/formats');
const HOSTILE = resolve(process.cwd(), 'tests/fixtures/hostile');
const openInput = (page: Page) => page.getByLabel('Open dataset');
const dataset = loadDefaultDataset();

async function countsAfter(page: Page, expectedNodes: number) {
  await expect
    .poll(async () => (await readCounts(page)).totalNodes, { timeout: 30_000 })
    .toBe(expectedNodes);
  return readCounts(page);
}

describe('opening files written by other tools, in Chromium', () => {
  const browser = useBrowser();

  it('opens Les Misérables as GraphML and as GEXF, with every relation counted as unsourced', async () => {
    const { page, errors } = await browser.open();
    await readCounts(page);
    for (const file of ['les-miserables.graphml', 'les-miserables.gexf']) {
      await openInput(page).setInputFiles(resolve(FORMATS, file));
      await expect.poll(() => page.getByRole('banner').textContent()).toContain(`from ${file}`);
      expect(await countsAfter(page, 77)).toEqual({
        visibleNodes: 77,
        totalNodes: 77,
        visibleEdges: 254,
        totalEdges: 254,
      });
      expect(
        await page
          .getByRole('status')
          .filter({ hasText: /^Showing/ })
          .textContent(),
      ).toContain('254 of 254 relations, 254 unsourced');
    }
    expect(errors).toEqual([]);
  });

  it('opens a workbook through the Import dialog, with a sheet picker and guessed roles', async () => {
    const { page, errors } = await browser.open();
    await readCounts(page);
    await openInput(page).setInputFiles(resolve(FORMATS, 'links.xlsx'));
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await dialog.waitFor();
    // The Links sheet is shown first: it is the edge list.
    const sheet = dialog.getByLabel('Sheet', { exact: true });
    expect(await sheet.locator('option').allTextContents()).toEqual([
      'Entities (3 rows) — Node list',
      'Links (3 rows) — Edge list',
    ]);
    expect(await dialog.getByLabel('Role of column From').inputValue()).toBe('source');
    expect(await dialog.getByLabel('Role of column Source URL').inputValue()).toBe('sourceUrl');
    expect(await dialog.getByRole('cell', { name: '2019-05-14' }).count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Import' }).click();
    expect(await countsAfter(page, 4)).toEqual({
      visibleNodes: 4,
      totalNodes: 4,
      visibleEdges: 3,
      totalEdges: 3,
    });
    expect(await dialog.isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });

  it('opens the same spreadsheet in one step the next time', async () => {
    const { page } = await browser.open();
    await readCounts(page);
    await openInput(page).setInputFiles(resolve(FORMATS, 'karate-club.csv'));
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await dialog.getByRole('button', { name: 'Import' }).click();
    expect((await countsAfter(page, 34)).totalEdges).toBe(78);
    await page.getByRole('button', { name: 'Dataset', exact: true }).click();
    await page.getByRole('button', { name: 'Default dataset' }).click();
    await countsAfter(page, dataset.nodes.length);
    await openInput(page).setInputFiles(resolve(FORMATS, 'karate-club.csv'));
    expect((await countsAfter(page, 34)).totalEdges).toBe(78);
    expect(await page.getByRole('dialog', { name: 'Import' }).count()).toBe(0);
  });

  it('ends an XML bomb in an alert within a second, and keeps the graph', async () => {
    const { page } = await browser.open();
    const before = await readCounts(page);
    const started = Date.now();
    await openInput(page).setInputFiles(resolve(HOSTILE, 'billion-laughs.graphml'));
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 5_000 });
    const elapsed = Date.now() - started;
    expect(await alert.textContent()).toContain(
      'Could not load billion-laughs.graphml as GraphML: it is not well-formed XML',
    );
    expect(await alert.textContent()).toContain('line 13');
    expect(elapsed).toBeLessThan(1_000);
    expect(await readCounts(page)).toEqual(before);
  });
});

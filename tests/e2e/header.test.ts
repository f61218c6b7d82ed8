import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readCounts, useBrowser } from './support';

/** How many rows the header's controls take, from where the toolbar's groups sit. */
function headerRows(page: Page): Promise<number> {
  return page.evaluate(() => {
    const tops = [...document.querySelectorAll('.app-header .toolbar-group')].map((group) =>
      Math.round(group.getBoundingClientRect().top),
    );
    return new Set(tops).size;
  });
}

const canvasTop = (page: Page) =>
  page.evaluate(() =>
    Math.round(document.querySelector('[data-testid="graph-canvas"]')!.getBoundingClientRect().top),
  );

describe('the header, in Chromium', () => {
  const browser = useBrowser();

  // A header that grows a row moves the canvas under the user's pointer and changes the layout.
  it('keeps to one row at 1280 px, in the command view and with an entity pinned', async () => {
    const { page, errors } = await browser.open('?bench&select=kataib-hizballah');
    await readCounts(page);
    expect(await headerRows(page)).toBe(1);
    const top = await canvasTop(page);

    await page.evaluate(() => window.__linkboard!.store.getState().setPinnedNodeIds(['pmf']));
    await page.getByRole('button', { name: 'Unpin all' }).waitFor();
    await page.getByRole('button', { name: 'Command view' }).click();
    await page.getByRole('button', { name: 'Formal' }).first().waitFor();
    expect(await headerRows(page)).toBe(1);
    expect(await canvasTop(page)).toBe(top);
    expect(errors).toEqual([]);
  });

  for (const size of [
    { width: 1440, height: 900 },
    { width: 1920, height: 1080 },
  ])
    it(`keeps to one row at ${size.width}×${size.height} in the command view`, async () => {
      const { page, errors } = await browser.open('?bench', size);
      await readCounts(page);
      await page.getByRole('button', { name: 'Command view' }).click();
      await page.getByRole('button', { name: 'Formal' }).first().waitFor();
      expect(await headerRows(page)).toBe(1);
      expect(errors).toEqual([]);
    });

  it('takes no more than two rows at 1024 px, whatever the mode', async () => {
    const { page, errors } = await browser.open('?bench', { width: 1024, height: 700 });
    await readCounts(page);
    expect(await headerRows(page)).toBeLessThanOrEqual(2);
    const top = await canvasTop(page);
    await page.getByRole('button', { name: 'Command view' }).click();
    await page.getByRole('button', { name: 'Formal' }).first().waitFor();
    expect(await headerRows(page)).toBeLessThanOrEqual(2);
    expect(await canvasTop(page)).toBe(top);
    expect(errors).toEqual([]);
  });
});

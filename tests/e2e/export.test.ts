import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../../src/domain/graphIndex';
import { MAX_CANVAS_SIDE } from '../../src/graph/export/limits';
import { RELATION_CSV_COLUMNS } from '../../src/domain/relationsCsv';
import { parseDataset } from '../../src/domain/schema';
import { visibleSubgraph } from '../../src/domain/subgraph';
import { computeView } from '../../src/domain/view';
import { getDefaultViewState } from '../../src/domain/viewState';
import { loadDefaultDataset } from '../helpers/defaultDataset';
import { countDrawnPixels, readCounts, useBrowser } from './support';

const dataset = loadDefaultDataset();
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, which a PNG must start with. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function openExportDialog(page: Page): Promise<Locator> {
  await readCounts(page);
  await expect.poll(() => countDrawnPixels(page), { timeout: 10_000 }).toBeGreaterThan(20_000);
  await page.getByRole('button', { name: 'Export PNG' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.waitFor();
  return dialog;
}

async function download(page: Page, dialog: Locator, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: button }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

/** Decodes a PNG in the page and counts pixels that are neither transparent nor near-white. */
function countInkedPixels(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) return -1;
    ctx.drawImage(image, 0, 0);
    const { data } = ctx.getImageData(0, 0, image.width, image.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4)
      if (data[i + 3]! > 0 && (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235))
        inked += 1;
    return inked;
  }, png.toString('base64'));
}

describe('briefing export, in Chromium', () => {
  const browser = useBrowser();

  it('downloads a 2× PNG with the figure drawn at twice the canvas size', async () => {
    const { page, errors } = await browser.open();
    const dialog = await openExportDialog(page);
    const canvas = await page.getByTestId('graph-canvas').boundingBox();
    if (!canvas) throw new Error('the graph canvas has no size');
    await dialog.getByRole('radio', { name: '4×' }).check();
    await dialog.getByRole('radio', { name: '2×' }).check();

    const png = await download(page, dialog, 'Download PNG');

    expect(png.name).toBe('linkboard-kataib-hizballah-irans-chosen-proxy-in-iraq-all-dates.png');
    const size = pngSize(png.bytes);
    expect(size.width).toBeGreaterThanOrEqual(2 * canvas.width);
    expect(size.height).toBeGreaterThanOrEqual(2 * canvas.height);
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain(png.name);
    const withCaptions = await countInkedPixels(page, png.bytes);

    // The graph alone, without title, subtitle, legend or footer, is far from blank too.
    await dialog.getByRole('textbox', { name: 'Title' }).fill('');
    for (const part of ['Subtitle (date and filters)', 'Legend', 'Footer (sources)'])
      await dialog.getByRole('checkbox', { name: part }).uncheck();
    const graphOnly = await download(page, dialog, 'Download PNG');
    const graphSize = pngSize(graphOnly.bytes);
    expect(graphSize.width).toBeLessThan(size.width);
    const graphInk = await countInkedPixels(page, graphOnly.bytes);
    expect(graphInk).toBeGreaterThan(100_000);
    expect(withCaptions).toBeGreaterThan(graphInk);
    expect(errors).toEqual([]);
  });

  it('downloads a dark PNG of the whole graph at 1×', async () => {
    const { page, errors } = await browser.open();
    const dialog = await openExportDialog(page);
    await dialog.getByRole('radio', { name: '1×' }).check();
    await dialog.getByRole('radio', { name: 'Whole filtered graph' }).check();
    await dialog.getByRole('radio', { name: 'Dark' }).check();

    const png = await download(page, dialog, 'Download PNG');

    const size = pngSize(png.bytes);
    // Dark background: nearly every pixel is inked.
    expect(await countInkedPixels(page, png.bytes)).toBeGreaterThan(0.9 * size.width * size.height);
    expect(errors).toEqual([]);
  });

  it('reduces the scale to stay within the canvas size limit, and says so', async () => {
    const { page, errors } = await browser.open('', { width: 4400, height: 1000 });
    const dialog = await openExportDialog(page);
    await dialog.getByRole('radio', { name: '4×' }).check();

    const png = await download(page, dialog, 'Download PNG');

    const size = pngSize(png.bytes);
    expect(size.width).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    expect(size.width).toBeGreaterThan(3 * 4000);
    await expect
      .poll(() => dialog.getByRole('status').textContent())
      .toMatch(/Exported at 3\.\d+× instead of 4×/);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.getByText('Exported at a smaller scale').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('downloads an SVG that parses and carries the title as text', async () => {
    const { page, errors } = await browser.open();
    const dialog = await openExportDialog(page);
    await dialog.getByRole('textbox', { name: 'Title' }).fill('KH & the <PMF>');

    const svg = await download(page, dialog, 'Download SVG');

    expect(svg.name).toBe('linkboard-kh-the-pmf-all-dates.svg');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.localName,
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      };
    }, svg.bytes.toString('utf8'));
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.texts).toContain('KH & the <PMF>');
    expect(parsed.texts.join(' ')).toContain("Kata'ib Hizballah");
    expect(errors).toEqual([]);
  });

  it('exports the visible subgraph as JSON that loads back unchanged, and its relations as CSV', async () => {
    const { page, errors } = await browser.open();
    const counts = await readCounts(page);
    const dialog = await openExportDialog(page);

    const json = await download(page, dialog, 'Download JSON');
    const csv = await download(page, dialog, 'Download CSV');

    const expected = visibleSubgraph(
      dataset,
      computeView(buildGraphIndex(dataset), getDefaultViewState()),
    );
    const loaded = parseDataset(JSON.parse(json.bytes.toString('utf8')));
    expect(loaded).toEqual({ ok: true, dataset: expected, warnings: [] });
    expect(expected.nodes).toHaveLength(counts.visibleNodes);
    expect(expected.edges).toHaveLength(counts.visibleEdges);

    const rows = csv.bytes.toString('utf8').split('\r\n');
    expect(rows[0]).toBe(RELATION_CSV_COLUMNS.join(','));
    const quotes = expected.edges.reduce((sum, e) => sum + e.evidence.length, 0);
    expect(rows.filter((row) => row !== '')).toHaveLength(1 + quotes);
    expect(errors).toEqual([]);
  });

  it('copies the link to this view and closes on Escape, back on its button', async () => {
    const { page } = await browser.open();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const dialog = await openExportDialog(page);
    await dialog.getByRole('button', { name: 'Copy link to this view' }).click();
    await expect
      .poll(() => dialog.getByRole('status').textContent())
      .toBe('Copied the link to this view.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Export PNG');
  });
});

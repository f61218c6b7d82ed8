import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../../src/domain/graphIndex';
import { MAX_CANVAS_AREA, MAX_CANVAS_SIDE, MIN_SCALE } from '../../src/graph/export/limits';
import { RELATION_CSV_COLUMNS } from '../../src/domain/relationsCsv';
import { parseDataset } from '../../src/domain/schema';
import { visibleSubgraph } from '../../src/domain/subgraph';
import { computeView } from '../../src/domain/view';
import { getDefaultViewState } from '../../src/domain/viewState';
import { loadDefaultDataset } from '../helpers/defaultDataset';
import { download, openExportDialog, readCounts, useBrowser } from './support';

const dataset = loadDefaultDataset();
/** What the default view shows: every entity the figures and files below should carry. */
const visibleByDefault = visibleSubgraph(
  dataset,
  computeView(buildGraphIndex(dataset), getDefaultViewState()),
);
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, which a PNG must start with. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The text of each <text> of an SVG, with the whitespace between wrapped lines left out. */
function svgTexts(page: Page, svg: Buffer) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      texts: [...doc.querySelectorAll('text')].map((t) =>
        (t.textContent ?? '').replace(/\s+/g, ''),
      ),
    };
  }, svg.toString('utf8'));
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

  it('downloads a 2× PNG of a 16:9 slide by default, drawn at twice its size', async () => {
    const { page, errors } = await browser.open();
    const dialog = await openExportDialog(page);
    await dialog.getByRole('radio', { name: '4×' }).check();
    await dialog.getByRole('radio', { name: '2×' }).check();
    expect(await dialog.getByRole('radio', { name: 'Slide 16:9' }).isChecked()).toBe(true);

    const png = await download(page, dialog, 'Download PNG');

    expect(png.name).toBe('linkboard-kataib-hizballah-irans-chosen-proxy-in-iraq-all-dates.png');
    const size = pngSize(png.bytes);
    // A slide of 1280 × 720 at 2×, or larger in proportion when the names needed more room.
    expect(size.width).toBeGreaterThanOrEqual(2 * 1280);
    expect(size.width / size.height).toBeCloseTo(16 / 9, 2);
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain(png.name);

    // The graph alone, without title, subtitle, legend or footer, is far from blank too.
    await dialog.getByRole('textbox', { name: 'Title' }).fill('');
    for (const part of ['Subtitle (date and filters)', 'Legend', 'Footer (sources)'])
      await dialog.getByRole('checkbox', { name: part }).uncheck();
    const graphOnly = await download(page, dialog, 'Download PNG');
    expect(pngSize(graphOnly.bytes).width / pngSize(graphOnly.bytes).height).toBeCloseTo(16 / 9, 2);
    expect(await countInkedPixels(page, graphOnly.bytes)).toBeGreaterThan(100_000);
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
    const { page, errors } = await browser.open();
    const dialog = await openExportDialog(page);
    // A custom page of 6000 × 3400 at 4× would be 24,000 px wide: past the limit.
    await dialog.getByRole('radio', { name: 'Custom size' }).check();
    await dialog.getByRole('spinbutton', { name: 'Width (px)' }).fill('6000');
    await dialog.getByRole('spinbutton', { name: 'Height (px)' }).fill('3400');
    await dialog.getByRole('radio', { name: '4×' }).check();

    const png = await download(page, dialog, 'Download PNG');

    const { width, height } = pngSize(png.bytes);
    const status = dialog.getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(/Exported at [\d.]+× instead of 4×/);
    const scale = Number(/Exported at ([\d.]+)×/.exec((await status.textContent()) ?? '')![1]);
    expect(scale).toBeGreaterThanOrEqual(MIN_SCALE);
    expect(scale).toBeLessThan(4);
    expect(Math.max(width, height)).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    expect(width * height).toBeLessThanOrEqual(MAX_CANVAS_AREA);
    // The page is there at the scale reported...
    expect(width).toBeGreaterThanOrEqual(Math.floor(scale * 6000));
    // ...and the scale went down no further than needed: one step (0.01) up, a limit is passed.
    const up = (scale + 0.01) / scale;
    expect(
      Math.max(width, height) * up > MAX_CANVAS_SIDE || width * height * up ** 2 > MAX_CANVAS_AREA,
    ).toBe(true);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.getByText('Exported at a smaller scale').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('downloads an SVG that parses, with the title and the entity labels as text', async () => {
    const { page, errors } = await browser.open();
    const dialog = await openExportDialog(page);
    await dialog.getByRole('textbox', { name: 'Title' }).fill('KH & the <PMF>');

    // The current view, zoomed out to fit the graph: its entities are still named.
    const view = await download(page, dialog, 'Download SVG');
    expect(view.name).toBe('linkboard-kh-the-pmf-all-dates.svg');
    const inView = await svgTexts(page, view.bytes);
    expect(inView.error).toBeNull();
    expect(inView.root).toBe('svg');
    expect(inView.texts).toContain('KH&the<PMF>');
    expect(inView.texts).toContain("Kata'ibHizballah");

    // The whole graph names every entity shown, each in a text of its own.
    await dialog.getByRole('radio', { name: 'Whole filtered graph' }).check();
    const whole = await svgTexts(page, (await download(page, dialog, 'Download SVG')).bytes);
    expect(whole.error).toBeNull();
    for (const entity of visibleByDefault.nodes)
      expect(whole.texts).toContain(entity.label.replace(/\s+/g, ''));
    expect(errors).toEqual([]);
  });

  it('exports the visible subgraph as JSON that loads back unchanged, and its relations as CSV', async () => {
    const { page, errors } = await browser.open();
    const counts = await readCounts(page);
    const dialog = await openExportDialog(page);

    const json = await download(page, dialog, 'Download JSON');
    const csv = await download(page, dialog, 'Download CSV');

    const expected = visibleByDefault;
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
    const { page, errors } = await browser.open();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const dialog = await openExportDialog(page);
    const copy = dialog.getByRole('button', { name: 'Copy link to this view' });
    await copy.click();
    await expect
      .poll(() => dialog.getByRole('status').textContent())
      .toBe('Copied the link to this view.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent);
    expect(await focusedText()).toBe('Copy link to this view');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(focusedText).toBe('Export PNG');

    // Escape closes it even when the focus has left it (to the page, which is inert behind it).
    await page.getByRole('button', { name: 'Export PNG' }).click();
    await dialog.waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(focusedText).toBe('Export PNG');
    expect(errors).toEqual([]);
  });
});

/**
 * Figures for slides, measured as the issue asks: a PNG's aspect and empty margin, the names'
 * size on a 1280 px slide, and in the SVG of the whole network and command views, no two texts
 * overlapping (boxes read from Chromium's own layout of the SVG).
 */
import { describe, expect, it } from 'vitest';
import { measurePng, measureSvg, namesOnSlide } from '../../scripts/lib/figureMetrics';
import { loadDefaultDataset, visibleEntityCount } from '../helpers/defaultDataset';
import { download, openExportDialog, useBrowser } from './support';

const names = loadDefaultDataset().nodes.map((n) => n.label);

describe('figures for a briefing, in Chromium', () => {
  const browser = useBrowser();

  it('exports the command view for a 16:9 slide: its aspect, under 15% empty, names of 12 px or more', async () => {
    const { page, errors } = await browser.open('?mode=command');
    const dialog = await openExportDialog(page);
    await dialog.getByRole('radio', { name: 'Slide 16:9' }).check();

    const png = await measurePng(page, (await download(page, dialog, 'Download PNG')).bytes);
    expect(png.aspect).toBeCloseTo(16 / 9, 2);
    expect(png.emptyFraction).toBeLessThan(0.15);

    const svg = await measureSvg(page, (await download(page, dialog, 'Download SVG')).bytes);
    expect(svg.width / svg.height).toBeCloseTo(png.aspect, 2);
    const slide = namesOnSlide(svg, names);
    expect(slide.count).toBe(visibleEntityCount({ mode: 'command' }));
    // Scaled to 1280 px wide, which for a 16:9 figure is filling a 1280 × 720 slide.
    expect(slide.smallest).toBeGreaterThanOrEqual(12);
    expect(svg.overlaps).toEqual([]);
    expect(errors).toEqual([]);
  });

  for (const [view, query, count] of [
    ['network', '', visibleEntityCount()],
    ['command', '?mode=command', visibleEntityCount({ mode: 'command' })],
  ] as const)
    it(`draws no text over another in the SVG of the whole ${view} view`, async () => {
      const { page, errors } = await browser.open(query);
      const dialog = await openExportDialog(page);
      await dialog.getByRole('radio', { name: 'Whole filtered graph' }).check();

      const svg = await measureSvg(page, (await download(page, dialog, 'Download SVG')).bytes);

      expect(namesOnSlide(svg, names).count).toBe(count);
      expect(svg.overlaps).toEqual([]);
      expect(errors).toEqual([]);
    });

  it('previews the figure as the options change, and exports the selection only', async () => {
    const { page, errors } = await browser.open('?select=abu-fadak');
    const dialog = await openExportDialog(page);
    const preview = dialog.getByRole('img', { name: 'Preview of the figure' });
    await preview.waitFor();
    const sizeOf = () =>
      preview.evaluate((img: HTMLImageElement) => img.naturalWidth / img.naturalHeight);
    await expect.poll(sizeOf).toBeCloseTo(16 / 9, 2);
    await dialog.getByRole('radio', { name: 'Slide 4:3' }).check();
    await expect.poll(sizeOf).toBeCloseTo(4 / 3, 2);

    await dialog.getByRole('radio', { name: 'Selection' }).check();
    await expect
      .poll(() => dialog.getByText(/Selection: Abu Fadak .* and \d+ neighbours/).count())
      .toBe(1);
    const svg = await measureSvg(page, (await download(page, dialog, 'Download SVG')).bytes);
    const shown = namesOnSlide(svg, names).count;
    expect(shown).toBeGreaterThan(2);
    expect(shown).toBeLessThan(20);
    expect(svg.overlaps).toEqual([]);
    expect(errors).toEqual([]);
  });
});

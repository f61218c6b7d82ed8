/**
 * Figures for slides, measured as the issue asks: a PNG's aspect and empty margin, the names'
 * size on a 1280 px slide, and in the SVG of the whole network and command views, no two texts
 * overlapping (boxes read from Chromium's own layout of the SVG).
 */
import { describe, expect, it } from 'vitest';
import { measurePng, measureSvg, namesOnSlide } from '../../scripts/lib/figureMetrics';
import { BUILT_IN_RELATIONS } from '../../src/domain/relations';
import { loadDefaultDataset, visibleEntityCount } from '../helpers/defaultDataset';
import { download, openExportDialog, useBrowser } from './support';

const dataset = loadDefaultDataset();
const names = dataset.nodes.map((n) => n.label);
/** What the command and membership relations of the default dataset read as on their arrows. */
const commandAndMembershipVerbs = new Set(
  dataset.edges.flatMap((edge) => {
    const type = BUILT_IN_RELATIONS.find((r) => r.key === edge.relation);
    return type && ['command', 'membership'].includes(type.family)
      ? [edge.label ?? type.label]
      : [];
  }),
);

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

  it('writes the verbs of the chosen families on the canvas and the SVG, over no name', async () => {
    const { page, errors } = await browser.open('?mode=command&layout=hierarchical&bench');
    const legend = page.getByRole('region', { name: 'Legend' });
    await legend.getByRole('button', { name: 'Command verbs on arrows' }).click();
    await legend.getByRole('button', { name: 'Membership verbs on arrows' }).click();
    await expect
      .poll(() => new URL(page.url()).searchParams.get('verbs'))
      .toBe('command,membership');

    // On the canvas: the chosen families' relations carry their verb, some left out for names.
    const onCanvas = () =>
      page.evaluate(() => {
        const cy = window.__linkboard!.cy()!;
        const chosen = cy.edges('.verb');
        return {
          chosen: chosen.length,
          written: chosen.filter((e) => !e.hasClass('verb-hidden')).length,
          families: [...new Set(chosen.map((e) => String(e.data('family'))))].sort(),
        };
      });
    await expect.poll(async () => (await onCanvas()).written).toBeGreaterThan(0);
    const canvas = await onCanvas();
    expect(canvas.families).toEqual(['command', 'membership']);

    const dialog = await openExportDialog(page);
    await dialog.getByRole('radio', { name: 'Whole filtered graph' }).check();
    const { bytes } = await download(page, dialog, 'Download SVG');
    const svg = await measureSvg(page, bytes);
    const verbs = svg.texts.filter((t) => commandAndMembershipVerbs.has(t.text));
    expect(verbs.length).toBe((bytes.toString('utf8').match(/class="verb"/g) ?? []).length);
    expect(verbs.length).toBeGreaterThan(5);
    expect(new Set(verbs.map((t) => t.text))).toContain('part of');
    // Every text, names and verbs, clear of every other.
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

/**
 * The storyboard as a user builds it: three views, reordered by dragging and by the keyboard,
 * presented full screen with the arrow keys, and downloaded as PPTX (opened here as the zip it is:
 * three slides, each with its picture, the notes as speaker notes) and as PDF (three pages).
 */
import { unzipSync, strFromU8 } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './axe';
import { countDrawnPixels, readCounts, useBrowser } from './support';

const CURATED = ['The whole network', 'Chain of command (de facto)', 'Chain of command (formal)'];

async function openStoryboard(page: Page): Promise<Locator> {
  await readCounts(page);
  await expect.poll(() => countDrawnPixels(page), { timeout: 10_000 }).toBeGreaterThan(20_000);
  await page.getByRole('button', { name: /^Storyboard/ }).click();
  const panel = page.getByRole('region', { name: 'Storyboard' });
  await panel.waitFor();
  return panel;
}

async function addCuratedSlides(panel: Locator): Promise<void> {
  for (const label of CURATED) {
    await panel.getByLabel('Add a slide of').selectOption({ label });
    await panel.getByRole('button', { name: 'Add slide' }).click();
  }
}

function slideTitles(panel: Locator): Promise<string[]> {
  return panel
    .getByRole('textbox', { name: /^Title of slide/ })
    .evaluateAll((fields) => fields.map((f) => (f as HTMLInputElement).value));
}

async function downloadFrom(page: Page, panel: Locator, button: string): Promise<Uint8Array> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    panel.getByRole('button', { name: button }).click(),
  ]);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

describe('the storyboard, in Chromium', () => {
  const browser = useBrowser();

  it('builds three slides, reorders them by drag and by keyboard, and keeps them on reload', async () => {
    const { page, errors } = await browser.open();
    const panel = await openStoryboard(page);
    await addCuratedSlides(panel);
    await panel.getByLabel('Speaker notes for slide 2').fill('How it took over the PMF.');
    expect(await slideTitles(panel)).toEqual(CURATED);

    // Drag the third slide's grip onto the top half of the first slide.
    const items = panel.getByRole('listitem');
    await panel
      .getByRole('button', { name: 'Move slide 3', exact: true })
      .dragTo(items.nth(0), { targetPosition: { x: 40, y: 5 } });
    expect(await slideTitles(panel)).toEqual([CURATED[2], CURATED[0], CURATED[1]]);

    // The keyboard: the grip moves its slide with the arrow keys and keeps the focus.
    await panel.getByRole('button', { name: 'Move slide 1', exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await slideTitles(panel)).toEqual([CURATED[0], CURATED[1], CURATED[2]]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Move slide 3',
    );
    await expect
      .poll(() => panel.getByLabel('Speaker notes for slide 2').inputValue())
      .toBe('How it took over the PMF.');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.reload();
    const again = await openStoryboard(page);
    expect(await slideTitles(again)).toEqual(CURATED);
    expect(await again.getByLabel('Speaker notes for slide 2').inputValue()).toBe(
      'How it took over the PMF.',
    );
    expect(errors).toEqual([]);
  });

  it("presents full screen: the arrow keys step through the slides' views, Escape ends", async () => {
    const { page, errors } = await browser.open();
    const panel = await openStoryboard(page);
    await addCuratedSlides(panel);
    await panel.getByRole('button', { name: 'Present' }).click();

    const show = page.getByRole('region', { name: 'Presentation' });
    const title = show.getByRole('heading', { level: 2 });
    await expect.poll(() => title.textContent()).toBe(CURATED[0]);
    // The chrome is gone: no toolbar, no sidebars.
    expect(await page.getByRole('toolbar', { name: 'Main toolbar' }).isVisible()).toBe(false);
    expect(await page.getByRole('complementary').count()).toBe(0);
    expect(page.url()).not.toContain('mode=command');

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => title.textContent()).toBe(CURATED[1]);
    await expect.poll(() => page.url()).toContain('mode=command');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => title.textContent()).toBe(CURATED[2]);
    await expect.poll(() => page.url()).toContain('chain=formal');
    await page.keyboard.press('ArrowRight'); // past the last slide: stays
    expect(await show.getByText('3 / 3').count()).toBe(1);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => title.textContent()).toBe(CURATED[1]);
    // The canvas shows the slide's graph (laid out and drawn), not an empty frame.
    await expect.poll(() => countDrawnPixels(page), { timeout: 15_000 }).toBeGreaterThan(10_000);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.keyboard.press('Escape');
    await expect.poll(() => show.count()).toBe(0);
    expect(await page.getByRole('toolbar', { name: 'Main toolbar' }).isVisible()).toBe(true);
    // The view from before the presentation is back.
    await expect.poll(() => page.url()).not.toContain('mode=command');
    expect(errors).toEqual([]);
  });

  it('downloads a PPTX of three slides, each with its picture, and a PDF of three pages', async () => {
    const { page, errors } = await browser.open();
    const panel = await openStoryboard(page);
    await addCuratedSlides(panel);
    await panel.getByLabel('Speaker notes for slide 2').fill('How it took over the PMF.');

    const pptx = unzipSync(await downloadFrom(page, panel, 'Download PPTX'));
    const files = Object.keys(pptx);
    const slides = files.filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).sort();
    expect(slides).toEqual([
      'ppt/slides/slide1.xml',
      'ppt/slides/slide2.xml',
      'ppt/slides/slide3.xml',
    ]);
    for (const [i, slide] of slides.entries()) {
      const xml = strFromU8(pptx[slide]!);
      expect(xml).toContain(`<a:t>${CURATED[i]!}</a:t>`);
      // The slide's picture: a relation to a PNG inside the file, of a 16:9 figure at 2×.
      const rels = strFromU8(pptx[`ppt/slides/_rels/slide${i + 1}.xml.rels`]!);
      const media = /Target="\.\.\/media\/([^"]+\.png)"/.exec(rels)?.[1];
      expect(media).toBeDefined();
      const png = pptx[`ppt/media/${media}`]!;
      const view = new DataView(png.buffer, png.byteOffset);
      const [width, height] = [view.getUint32(16), view.getUint32(20)];
      expect(width / height).toBeCloseTo(16 / 9, 2);
      expect(width).toBeGreaterThanOrEqual(2560);
    }
    const notes = files.filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f));
    expect(
      notes
        .map((f) => strFromU8(pptx[f]!))
        .some((xml) => xml.includes('How it took over the PMF.')),
    ).toBe(true);

    const pdf = await PDFDocument.load(await downloadFrom(page, panel, 'Download PDF'));
    expect(pdf.getPageCount()).toBe(3);
    const { width, height } = pdf.getPage(0).getSize();
    expect(width / height).toBeCloseTo(16 / 9, 2);
    // What the canvas showed before the downloads is shown again.
    expect(page.url()).not.toContain('mode=command');
    expect(errors).toEqual([]);
  });
});

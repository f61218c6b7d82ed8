/**
 * Annotations (issue 17, item 4) in Chromium: a note added on the canvas comes out in the SVG
 * figure; a callout and a ring come back from the address alone; a saved view keeps them.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './axe';
import { download, openExportDialog, readCounts, useBrowser } from './support';

async function openAnnotate(page: Page) {
  await readCounts(page);
  await page
    .getByRole('toolbar', { name: 'Canvas' })
    .getByRole('button', { name: 'Annotate' })
    .click();
  const panel = page.getByRole('region', { name: 'Annotations' });
  await panel.waitFor();
  return panel;
}

/** The texts of the notes and callouts drawn over the canvas. */
function cardTexts(page: Page): Promise<string[]> {
  return page.locator('.annotation-layer [data-annotation]').allTextContents();
}

/** How many rings the canvas draws, and their labels. */
async function rings(page: Page): Promise<{ count: number; labels: string[] }> {
  return {
    count: await page.locator('.annotation-rings .annotation-ring').count(),
    labels: await page.locator('.annotation-ring-label').allTextContents(),
  };
}

describe('annotations, in Chromium', () => {
  const browser = useBrowser();

  it('adds a note on the canvas, moves it by dragging, and finds its text in the exported SVG', async () => {
    const { page, errors } = await browser.open();
    const panel = await openAnnotate(page);
    await panel.getByRole('button', { name: 'Add note' }).click();
    await page.keyboard.type('Briefing: the Quds Force pays <b>salaries</b>');
    await expect
      .poll(() => cardTexts(page))
      .toEqual(['Briefing: the Quds Force pays <b>salaries</b>']);
    // Shown as text: no element came out of the markup.
    expect(await page.locator('.annotation-layer b').count()).toBe(0);

    // Dragged 80 px to the right: the address holds the new place.
    const card = page.locator('.annotation-layer [data-annotation]').first();
    const before = await card.boundingBox();
    const urlBefore = page.url();
    await page.mouse.move(before!.x + 20, before!.y + 10);
    await page.mouse.down();
    await page.mouse.move(before!.x + 60, before!.y + 10, { steps: 4 });
    await page.mouse.move(before!.x + 100, before!.y + 10, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => card.boundingBox().then((b) => Math.round(b!.x - before!.x))).toBe(80);
    await expect.poll(() => page.url()).not.toBe(urlBefore);
    expect(new URL(page.url()).searchParams.get('notes')).toMatch(/^n1:/);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await panel.getByRole('button', { name: 'Close the Annotate panel' }).click();
    const dialog = await openExportDialog(page);
    const svg = (await download(page, dialog, 'Download SVG')).bytes.toString('utf8');
    // The note's card, its text wrapped over lines (tspans), escaped as text.
    const note = /<g class="annotation-note">(.*?)<\/g>/s.exec(svg)?.[1] ?? '';
    const lines = [...note.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);
    expect(lines.join(' ')).toBe('Briefing: the Quds Force pays &lt;b&gt;salaries&lt;/b&gt;');
    expect(svg).not.toContain('<b>');
    expect(errors).toEqual([]);
  });

  it('adds a callout to an entity and a ring, and shows both again from the address alone', async () => {
    const { page, errors } = await browser.open('?select=kataib-hizballah');
    const panel = await openAnnotate(page);
    await panel.getByRole('button', { name: 'Callout on selection' }).click();
    await page.keyboard.type('Designated in 2009');
    await panel.getByRole('button', { name: 'Ring entities…' }).click();
    const draft = panel.getByRole('group', { name: 'New ring' });
    await draft.getByText('1 entity chosen').waitFor();
    await draft.getByRole('textbox', { name: 'Label' }).fill('The core');
    await draft.getByRole('radio', { name: 'Red' }).click();
    await draft.getByRole('button', { name: 'Draw ring' }).click();
    await expect.poll(() => rings(page)).toEqual({ count: 1, labels: ['The core'] });
    await expect
      .poll(() => new URL(page.url()).searchParams.get('notes'))
      .toBe('c1:e:kataib-hizballah:70:-70:Designated in 2009,r2:red:The core:kataib-hizballah');

    // A fresh page on the same address: the canvas draws them, no panel needed.
    const again = await browser.open(new URL(page.url()).search);
    await readCounts(again.page);
    await expect.poll(() => cardTexts(again.page)).toEqual(['Designated in 2009']);
    await expect.poll(() => rings(again.page)).toEqual({ count: 1, labels: ['The core'] });
    // The callout's leader runs from its card towards Kata'ib Hizballah.
    expect(await again.page.locator('.annotation-shapes line').count()).toBe(1);
    expect(errors).toEqual([]);
    expect(again.errors).toEqual([]);
  });

  it('ignores a broken ?notes= with a notice naming it', async () => {
    const { page, errors } = await browser.open('?notes=n1:oops&mode=command');
    await readCounts(page);
    await expect
      .poll(() => page.getByText('Ignored the address parameter "notes"').count())
      .toBe(1);
    expect(await cardTexts(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('keeps annotations in a saved view', async () => {
    const { page, errors } = await browser.open('?notes=n1:0:0:Kept%20with%20the%20view');
    await readCounts(page);
    await expect.poll(() => cardTexts(page)).toEqual(['Kept with the view']);
    await page.getByRole('button', { name: 'Dataset', exact: true }).click();
    await page.getByPlaceholder('View name').fill('With a note');
    await page.getByRole('button', { name: 'Save view' }).click();
    await page.keyboard.press('Escape');

    // Removed from the view…
    const panel = await openAnnotate(page);
    await panel.getByRole('button', { name: /^Delete note/ }).click();
    await expect.poll(() => cardTexts(page)).toEqual([]);
    // …and back with the saved view.
    await page.getByRole('button', { name: 'Dataset', exact: true }).click();
    await page.getByRole('button', { name: 'With a note', exact: true }).click();
    await expect.poll(() => cardTexts(page)).toEqual(['Kept with the view']);
    expect(errors).toEqual([]);
  });
});

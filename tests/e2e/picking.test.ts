/**
 * Several entities picked together (issue 16, item 2): shift-click and a box dragged with shift
 * held, in Chromium, with the mouse as a user would.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readCounts, useBrowser } from './support';

/** Waits until the laid-out graph is on screen (see src/graph/perfMarks.ts). */
async function waitDrawn(page: Page): Promise<void> {
  await readCounts(page);
  await page.waitForFunction(() => performance.getEntriesByName('linkboard:drawn').length > 0, {
    timeout: 30_000,
  });
}

/** Where an entity is drawn, in page pixels. */
function whereIs(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((wanted) => {
    const cy = window.__linkboard!.cy()!;
    const box = cy.container()!.getBoundingClientRect();
    const at = cy.getElementById(wanted).renderedPosition();
    return { x: box.x + at.x, y: box.y + at.y };
  }, id);
}

async function click(page: Page, id: string, shift = false): Promise<void> {
  const at = await whereIs(page, id);
  if (shift) await page.keyboard.down('Shift');
  await page.mouse.click(at.x, at.y);
  if (shift) await page.keyboard.up('Shift');
}

const picked = (page: Page) =>
  page.evaluate(() => window.__linkboard!.store.getState().view.picked);
const selectedOnCanvas = (page: Page) =>
  page.evaluate(() =>
    window
      .__linkboard!.cy()!
      .nodes(':selected')
      .map((n) => n.id())
      .sort(),
  );
const named = (page: Page) => page.evaluate(() => window.__linkboard!.labels().named);

describe('picking several entities, in Chromium', () => {
  const browser = useBrowser();

  it('picks with shift-click, names and lists them, keeps them in the address, and drops one again', async () => {
    const { page, errors } = await browser.open('?bench');
    await waitDrawn(page);
    await click(page, 'muhandis');
    await click(page, 'abu-fadak', true);
    await click(page, 'soleimani', true);
    await expect.poll(() => picked(page)).toEqual(['muhandis', 'abu-fadak', 'soleimani']);
    expect(await selectedOnCanvas(page)).toEqual(['abu-fadak', 'muhandis', 'soleimani']);
    await page.getByRole('heading', { name: '3 entities picked' }).waitFor();
    const list = page.getByRole('list', { name: 'Picked entities' });
    expect(await list.getByRole('listitem').count()).toBe(3);
    await expect
      .poll(() => named(page))
      .toEqual(expect.arrayContaining(['muhandis', 'abu-fadak', 'soleimani']));
    await expect.poll(() => page.url()).toContain('pick=muhandis,abu-fadak,soleimani');

    // The same address in a fresh page picks the same entities.
    const again = await browser.open(new URL(page.url()).search);
    await waitDrawn(again.page);
    await again.page.getByRole('heading', { name: '3 entities picked' }).waitFor();
    expect(await selectedOnCanvas(again.page)).toEqual(['abu-fadak', 'muhandis', 'soleimani']);

    // Shift-click on a picked entity takes it out; a plain click chooses one alone.
    await click(page, 'soleimani', true);
    await expect.poll(() => picked(page)).toEqual(['muhandis', 'abu-fadak']);
    await page.getByRole('button', { name: 'Find paths between them' }).waitFor();
    await click(page, 'soleimani');
    await expect.poll(() => picked(page)).toEqual([]);
    expect(await selectedOnCanvas(page)).toEqual(['soleimani']);
    expect(errors).toEqual([]);
  });

  it('adds the entities in a box dragged with shift held, and makes a named group of them', async () => {
    const { page, errors } = await browser.open('?bench');
    await waitDrawn(page);
    const canvas = await page.evaluate(() => {
      const box = window.__linkboard!.cy()!.container()!.getBoundingClientRect();
      return { x: box.x, y: box.y, width: box.width, height: box.height };
    });
    // The entities the box will hold: at least those drawn wholly inside it, at most those it
    // touches (Cytoscape's own rule lies between).
    const [x1, y1] = [canvas.x + 4, canvas.y + 4];
    const [x2, y2] = [canvas.x + canvas.width / 2, canvas.y + canvas.height / 2];
    const [inBox, touched] = await page.evaluate(
      ([a, b, c, d]) => {
        const cy = window.__linkboard!.cy()!;
        const box = cy.container()!.getBoundingClientRect();
        const bodies = cy.nodes().map((n) => {
          const r = n.renderedBoundingBox({ includeLabels: false });
          return {
            id: n.id(),
            x1: box.x + r.x1,
            y1: box.y + r.y1,
            x2: box.x + r.x2,
            y2: box.y + r.y2,
          };
        });
        const inside = bodies.filter((r) => r.x1 > a! && r.x2 < c! && r.y1 > b! && r.y2 < d!);
        const touching = bodies.filter((r) => r.x2 > a! && r.x1 < c! && r.y2 > b! && r.y1 < d!);
        return [inside.map((r) => r.id).sort(), touching.map((r) => r.id).sort()];
      },
      [x1, y1, x2, y2],
    );
    expect(inBox.length).toBeGreaterThanOrEqual(3);
    await page.keyboard.down('Shift');
    await page.mouse.move(x1, y1);
    await page.mouse.down();
    await page.mouse.move((x1 + x2) / 2, (y1 + y2) / 2, { steps: 6 });
    await page.mouse.move(x2, y2, { steps: 6 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await expect.poll(async () => (await picked(page)).length).toBeGreaterThanOrEqual(inBox.length);
    expect(await picked(page)).toEqual(expect.arrayContaining(inBox));
    expect(touched).toEqual(expect.arrayContaining(await picked(page)));
    const count = (await picked(page)).length;
    await page.getByRole('heading', { name: `${count} entities picked` }).waitFor();

    const form = page.getByRole('form', { name: 'Make a group of the picked entities' });
    await form.getByRole('textbox', { name: 'New group with these entities' }).fill('North-west');
    await form.getByRole('button', { name: 'Make group' }).click();
    const groups = await page.evaluate(
      () => window.__linkboard!.store.getState().view.customGroups,
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]!.name).toBe('North-west');
    expect([...groups[0]!.members].sort()).toEqual([...(await picked(page))].sort());
    expect(errors).toEqual([]);
  });
});

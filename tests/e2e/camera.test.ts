import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readCounts, useBrowser } from './support';

const ids = ['kataib-hizballah', 'pmf', 'quds-force'];

/** Waits until the laid-out graph is on screen (see src/graph/perfMarks.ts). */
async function waitDrawn(page: Page): Promise<void> {
  await readCounts(page);
  await page.waitForFunction(() => performance.getEntriesByName('linkboard:drawn').length > 0, {
    timeout: 30_000,
  });
}

/** The zoom and where three entities sit on the canvas, in screen pixels. */
function picture(page: Page): Promise<{ zoom: number; at: [number, number][] }> {
  return page.evaluate((wanted) => {
    const hook = window.__linkboard!;
    const positions = hook.positions(wanted);
    return {
      zoom: hook.cy()!.zoom(),
      at: wanted.map((id) => [positions[id]!.renderedX, positions[id]!.renderedY]),
    };
  }, ids);
}

function expectSamePicture(
  actual: { zoom: number; at: [number, number][] },
  expected: { zoom: number; at: [number, number][] },
): void {
  expect(actual.zoom / expected.zoom).toBeCloseTo(1, 2);
  for (const [i, [x, y]] of actual.at.entries()) {
    expect(Math.abs(x - expected.at[i]![0]), ids[i]).toBeLessThan(2);
    expect(Math.abs(y - expected.at[i]![1]), ids[i]).toBeLessThan(2);
  }
}

/** Zooms in with the canvas button and drags the background, as a user frames a part of the graph. */
async function frame(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => page.url(), { timeout: 5_000 }).toMatch(/[?&]camera=/);
  const zoomed = page.url();
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(box.x + 80, box.y + 60, { steps: 6 });
  await page.mouse.up();
  // The drag's framing reaches the view state (and the address) once the canvas is still.
  await expect.poll(() => page.url(), { timeout: 5_000 }).not.toBe(zoomed);
}

describe('pan and zoom kept with the view, in Chromium', () => {
  const browser = useBrowser();

  it('brings a shared address back to the same pan and zoom, and Fit forgets them', async () => {
    const original = await browser.open('?bench');
    await waitDrawn(original.page);
    const fitted = await picture(original.page);
    await frame(original.page);
    const framed = await picture(original.page);
    expect(framed.zoom).toBeGreaterThan(fitted.zoom * 1.2);

    const shared = await browser.open(new URL(original.page.url()).search);
    await waitDrawn(shared.page);
    await expect.poll(() => picture(shared.page).then((p) => p.zoom)).toBeCloseTo(framed.zoom, 2);
    expectSamePicture(await picture(shared.page), framed);

    await shared.page.getByRole('button', { name: 'Fit' }).click();
    await expect.poll(() => shared.page.url(), { timeout: 5_000 }).not.toMatch(/camera=/);
    expect(original.errors).toEqual([]);
    expect(shared.errors).toEqual([]);
  });

  it('restores the pan and zoom of a saved view', async () => {
    const { page, errors } = await browser.open('?bench');
    await waitDrawn(page);
    await frame(page);
    const framed = await picture(page);

    await page.getByRole('button', { name: /^Dataset/ }).click();
    await page.getByPlaceholder('View name').fill('Framed');
    await page.getByRole('button', { name: 'Save view' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Fit' }).click();
    await expect.poll(() => page.url(), { timeout: 5_000 }).not.toMatch(/camera=/);

    await page.getByRole('button', { name: /^Dataset/ }).click();
    await page.getByRole('button', { name: 'Framed', exact: true }).click();
    await expect.poll(() => picture(page).then((p) => p.zoom)).toBeCloseTo(framed.zoom, 2);
    expectSamePicture(await picture(page), framed);
    expect(errors).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { NODE_FONT_SIZE } from '../../src/graph/labelScale';
import { loadDefaultDataset } from '../helpers/defaultDataset';
import { readCounts, useBrowser } from './support';

const dataset = loadDefaultDataset();
const degree = (id: string) =>
  dataset.edges.filter((e) => e.source === id || e.target === id).length;
const bestConnected = [...dataset.nodes].sort((a, b) => degree(b.id) - degree(a.id))[0]!;

type LabelReadout = import('../../src/graph/adapter').LabelReadout;
type Box = LabelReadout['nameBoxes'][number];

/** How far two boxes cross, in graph units (0 where they do not). */
function crossing(a: Box, b: Box): number {
  const width = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
  const height = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
  return width > 0 && height > 0 ? Math.min(width, height) : 0;
}

function readLabels(page: import('playwright-core').Page): Promise<LabelReadout> {
  return page.evaluate(() => window.__linkboard!.labels());
}

describe('entity names on the canvas, in Chromium', () => {
  const browser = useBrowser();

  it('keeps the best-connected names legible when the default graph is fitted at 1280×800', async () => {
    const { page, errors } = await browser.open('?bench');
    await readCounts(page);
    // Wait for the layout to settle and the graph to be fitted.
    await expect
      .poll(() => readLabels(page).then((l) => l.zoom), { timeout: 15_000 })
      .toBeLessThan(0.9);
    const labels = await readLabels(page);
    // Names are drawn at least 8 px high on screen…
    expect(NODE_FONT_SIZE * labels.scale * labels.zoom).toBeGreaterThanOrEqual(7.9);
    // …and the busiest entities keep theirs, while the rest wait to be zoomed in or hovered.
    expect(labels.named).toContain(bestConnected.id);
    expect(labels.named.length).toBeGreaterThanOrEqual(12);
    expect(labels.named.length).toBeLessThan(dataset.nodes.length);
    // No name is drawn over another, as Cytoscape measures them (their white outlines may touch:
    // up to 2 screen pixels).
    const crossings = labels.nameBoxes.flatMap((a, i) =>
      labels.nameBoxes.slice(i + 1).filter((b) => crossing(a, b) * labels.zoom > 2),
    );
    expect(crossings).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('names every entity again once zoomed in', async () => {
    const { page } = await browser.open('?bench');
    await readCounts(page);
    await expect
      .poll(() => readLabels(page).then((l) => l.zoom), { timeout: 15_000 })
      .toBeLessThan(0.9);
    const box = (await page.getByTestId('graph-canvas').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // Wheel in until names are legible at their own size (each notch zooms by a fixed factor).
    for (let i = 0; i < 40 && (await readLabels(page)).scale > 1; i++) {
      await page.mouse.wheel(0, -200);
      await page.waitForTimeout(50);
    }
    await expect.poll(() => readLabels(page).then((l) => l.scale)).toBe(1);
    const labels = await readLabels(page);
    expect(labels.named.length).toBe((await readCounts(page)).visibleNodes);
  });
});

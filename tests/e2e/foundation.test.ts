import { describe, expect, it } from 'vitest';
import { loadDefaultDataset } from '../helpers/defaultDataset';
import { countDrawnPixels, readCounts, useBrowser } from './support';

const dataset = loadDefaultDataset();

describe('the app on the default dataset, in Chromium', () => {
  const browser = useBrowser();

  it('draws the graph and reports every entity and relation', async () => {
    const { page, errors } = await browser.open();
    const counts = await readCounts(page);
    expect(counts).toEqual({
      visibleNodes: dataset.nodes.length,
      totalNodes: dataset.nodes.length,
      visibleEdges: dataset.edges.length,
      totalEdges: dataset.edges.length,
    });
    await expect.poll(() => countDrawnPixels(page), { timeout: 10_000 }).toBeGreaterThan(20_000);
    expect(errors).toEqual([]);
  });

  it('draws into exactly one Cytoscape instance', async () => {
    const { page } = await browser.open();
    await readCounts(page);
    // Cytoscape draws into three layered canvases per instance.
    await expect.poll(() => page.locator('[data-testid="graph-canvas"] canvas').count()).toBe(3);
  });

  it('shows the page title and the dataset title', async () => {
    const { page } = await browser.open();
    await readCounts(page);
    expect(await page.title()).toBe('Linkboard');
    await expect.poll(() => page.locator('header').textContent()).toContain(dataset.title);
  });

  it('serves a page whose policy forbids inline script and other origins', async () => {
    const { page } = await browser.open();
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSyntheticDataset } from '../../scripts/lib/synthetic';
import { buildGraphIndex } from '../../src/domain/graphIndex';
import { parseDataset, type Dataset } from '../../src/domain/schema';
import { countDrawnPixels, readCounts, useBrowser } from './support';

// The preview server serves dist/ as it is on disk, so a dataset written there is same-origin.
const DATA_DIR = join('dist', 'scale-test');
const DATA_FILE = 'synthetic-5000.json';

/** What Cytoscape holds, through the `?bench` hook (src/graph/benchHook.ts). */
function drawnCounts(page: Page) {
  return page.evaluate(() => window.__linkboard!.renderedCounts());
}

/**
 * The counts the status line should show with the relation types in `hidden` hidden, counted
 * straight from the file rather than through the app's computeView: no date and no other filter
 * is set, and entities left without relations stay, so every entity shows and every relation of
 * a type still shown.
 */
function expectedCounts(dataset: Dataset, hidden: readonly string[] = []) {
  return {
    visibleNodes: dataset.nodes.length,
    totalNodes: dataset.nodes.length,
    visibleEdges: dataset.edges.filter((edge) => !hidden.includes(edge.relation)).length,
    totalEdges: dataset.edges.length,
  };
}

describe('a 5,000-entity dataset, in Chromium', () => {
  const browser = useBrowser();
  const input = generateSyntheticDataset({ entities: 5_000, seed: 1 });
  const parsed = parseDataset(input);
  if (!parsed.ok) throw new Error('the synthetic dataset does not parse');
  const index = buildGraphIndex(parsed.dataset);

  beforeAll(() => {
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(join(DATA_DIR, DATA_FILE), JSON.stringify(input));
  });
  afterAll(() => rmSync(DATA_DIR, { recursive: true, force: true }));

  it('draws it and filters it by relation type', { timeout: 180_000 }, async () => {
    const { page, errors } = await browser.open(`?bench&data=/scale-test/${DATA_FILE}`);
    const all = expectedCounts(parsed.dataset);
    expect(await readCounts(page)).toEqual(all);
    await expect
      .poll(() => drawnCounts(page), { timeout: 60_000 })
      .toEqual({ nodes: all.visibleNodes, edges: all.visibleEdges });
    await expect.poll(() => countDrawnPixels(page), { timeout: 120_000 }).toBeGreaterThan(20_000);

    // The most used relation type, hidden through the Filters panel.
    const uses = new Map<string, number>();
    for (const edge of parsed.dataset.edges)
      uses.set(edge.relation, (uses.get(edge.relation) ?? 0) + 1);
    const [key] = [...uses.entries()].sort((a, b) => b[1] - a[1])[0]!;
    const label = index.relationOf(parsed.dataset.edges.find((e) => e.relation === key)!).label;
    await page.getByRole('checkbox', { name: label, exact: true }).click();
    const filtered = expectedCounts(parsed.dataset, [key]);
    expect(filtered.visibleEdges).toBeLessThan(parsed.dataset.edges.length);
    await expect.poll(() => readCounts(page)).toEqual(filtered);
    expect(await drawnCounts(page)).toEqual({
      nodes: filtered.visibleNodes,
      edges: filtered.visibleEdges,
    });

    await page.getByRole('checkbox', { name: label, exact: true }).click();
    await expect.poll(() => readCounts(page)).toEqual(all);
    expect(await drawnCounts(page)).toEqual({ nodes: all.visibleNodes, edges: all.visibleEdges });
    expect(errors).toEqual([]);
  });
});

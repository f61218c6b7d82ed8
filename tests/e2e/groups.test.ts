import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSyntheticDataset } from '../../scripts/lib/synthetic';
import { useBrowser } from './support';

const status = (page: Page) =>
  page
    .getByRole('status')
    .filter({ hasText: /^Showing/ })
    .textContent();

/** What Cytoscape holds, through the `?bench` hook (src/graph/benchHook.ts). */
function drawnCounts(page: Page) {
  return page.evaluate(() => window.__linkboard!.renderedCounts());
}

/** The default dataset's size, read from the file rather than written down here. */
const shipped = JSON.parse(readFileSync('data/kataib-hizballah.json', 'utf8')) as {
  nodes: unknown[];
};

describe('groups, in Chromium', () => {
  const browser = useBrowser();

  it('groups by parent organization, collapses Kata’ib Hizballah and expands it again', async () => {
    const { page, errors } = await browser.open('?bench');
    const all = shipped.nodes.length;
    await expect
      .poll(() => status(page), { timeout: 30_000 })
      .toMatch(new RegExp(`^Showing ${all} of ${all} `));
    const ungrouped = await drawnCounts(page);
    await page.getByRole('combobox', { name: 'Group by' }).selectOption('parent');
    // Each parent organization becomes a box drawn around its units and members.
    await expect.poll(() => page.evaluate(() => window.location.search)).toContain('group=parent');
    const box = () =>
      page.evaluate(() => {
        const kh = window.__linkboard!.cy()!.getElementById('kataib-hizballah');
        return { parent: kh.isParent(), inside: kh.children().map((n) => n.id()) };
      });
    await expect.poll(async () => (await box()).parent).toBe(true);
    expect((await box()).inside).toContain('kh-security-division');

    await page.getByRole('combobox', { name: 'Search' }).fill('Kataib Hizballah');
    await page.getByRole('combobox', { name: 'Search' }).press('Enter');
    await page.getByRole('heading', { name: "Kata'ib Hizballah", exact: true }).waitFor();
    await page.getByRole('button', { name: 'Collapse', exact: true }).click();
    await expect.poll(() => status(page)).toMatch(/· 1 group collapsed$/);
    const collapsed = await drawnCounts(page);
    // Its units and members are folded into it; their relations are bundled.
    expect(collapsed.nodes).toBeLessThan(ungrouped.nodes);
    expect(collapsed.edges).toBeLessThan(ungrouped.edges);
    // The address is written after the change settles, not in the same frame.
    await expect
      .poll(() => page.evaluate(() => window.location.search))
      .toContain('collapsed=kataib-hizballah');

    await page.getByRole('button', { name: 'Expand', exact: true }).click();
    await expect.poll(() => status(page)).not.toMatch(/collapsed/);
    await expect.poll(async () => (await box()).parent).toBe(true);
    // Every entity is drawn again; relations between the box and what is inside it are the box.
    const expanded = await drawnCounts(page);
    expect(expanded.nodes).toBe(ungrouped.nodes);
    expect(expanded.edges).toBeLessThan(ungrouped.edges);

    // Search finds a member of a collapsed group and expands what is needed to show it.
    await page.getByRole('button', { name: 'Collapse all' }).click();
    await expect.poll(() => status(page)).toMatch(/groups? collapsed$/);
    await page.getByRole('combobox', { name: 'Search' }).fill('Abu Fadak');
    await page.getByRole('combobox', { name: 'Search' }).press('Enter');
    await expect
      .poll(() =>
        page.evaluate(() => {
          const cy = window.__linkboard!.cy()!;
          return cy.getElementById('abu-fadak').nonempty();
        }),
      )
      .toBe(true);
    expect(errors).toEqual([]);
  }, 120_000);

  describe('a 20,000-entity file', () => {
    const dir = join('dist', 'groups-test');
    const file = 'synthetic-20000.json';
    beforeAll(() => {
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        join(dir, file),
        JSON.stringify(generateSyntheticDataset({ entities: 20_000, seed: 1 })),
      );
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('arrives clustered: communities collapsed, about a thousand elements drawn', async () => {
      const { page, errors } = await browser.open(`?bench&data=/groups-test/${file}`);
      await expect
        .poll(() => status(page), { timeout: 240_000, interval: 1_000 })
        .toMatch(/^Showing 20000 of 20000 entities .* · \d+ groups collapsed$/);
      await expect
        .poll(() => drawnCounts(page), { timeout: 120_000 })
        .toSatisfy(({ nodes }: { nodes: number }) => nodes > 5);
      const { nodes, edges } = await drawnCounts(page);
      expect(nodes + edges).toBeLessThanOrEqual(1_100);
      expect(await page.evaluate(() => window.location.search)).toContain('collapsed=all');
      // Expanding the largest cluster draws the parts it was split into, collapsed, not its
      // thousands of entities.
      const largest = await page.evaluate(() => {
        const cy = window.__linkboard!.cy()!;
        const node = cy
          .nodes('.group-collapsed')
          .sort((a, b) => Number(b.data('count')) - Number(a.data('count')))
          .first();
        return { id: node.id(), count: Number(node.data('count')) };
      });
      expect(largest.count).toBeGreaterThan(150);
      await page.evaluate((id) => {
        window.__linkboard!.store.getState().collapseGroups([id], false);
      }, largest.id);
      const parts = () =>
        page.evaluate(
          (id) =>
            window
              .__linkboard!.cy()!
              .nodes('.group-collapsed')
              .filter((n) => n.id().startsWith(`${id}.`)).length,
          largest.id,
        );
      await expect.poll(parts, { timeout: 60_000 }).toBeGreaterThan(1);
      const opened = await drawnCounts(page);
      expect(opened.nodes).toBeGreaterThan(nodes);
      expect(opened.nodes).toBeLessThan(largest.count);
      // Its parts stand around the spot it stood on, not piled up on it.
      const spread = await page.evaluate((id) => {
        const cy = window.__linkboard!.cy()!;
        const points: { x: number; y: number }[] = [];
        cy.nodes().forEach((n) => {
          if (n.id().startsWith(`${id}.`)) points.push(n.position());
        });
        return new Set(points.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size;
      }, largest.id);
      expect(spread).toBe(await parts());
      expect(errors).toEqual([]);
    }, 400_000);
  });
});

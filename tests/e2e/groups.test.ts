import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
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

describe('groups, in Chromium', () => {
  const browser = useBrowser();

  it('groups by parent organization, collapses Kata’ib Hizballah and expands it again', async () => {
    const { page, errors } = await browser.open('?bench');
    await expect.poll(() => status(page), { timeout: 30_000 }).toMatch(/^Showing 91 of 91/);
    const ungrouped = await drawnCounts(page);
    await page.getByRole('combobox', { name: 'Group by' }).selectOption('parent');
    // Each parent organization becomes a group drawn around its units and members.
    await expect.poll(() => page.evaluate(() => window.location.search)).toContain('group=parent');

    await page.getByRole('combobox', { name: 'Search' }).fill('Kataib Hizballah');
    await page.getByRole('combobox', { name: 'Search' }).press('Enter');
    await page.getByRole('heading', { name: "Kata'ib Hizballah", exact: true }).waitFor();
    await page.getByRole('button', { name: 'Collapse', exact: true }).click();
    await expect.poll(() => status(page)).toMatch(/· 1 group collapsed$/);
    const collapsed = await drawnCounts(page);
    // Its units and members are folded into it; their relations are bundled.
    expect(collapsed.nodes).toBeLessThan(ungrouped.nodes);
    expect(collapsed.edges).toBeLessThan(ungrouped.edges);
    expect(await page.evaluate(() => window.location.search)).toContain(
      'collapsed=kataib-hizballah',
    );

    await page.getByRole('button', { name: 'Expand', exact: true }).click();
    await expect.poll(() => status(page)).not.toMatch(/collapsed/);
    expect((await drawnCounts(page)).edges).toBe(ungrouped.edges);

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
      // Expanding one cluster (the smallest) draws its members around it.
      const cluster = await page.evaluate(() => {
        const cy = window.__linkboard!.cy()!;
        return cy
          .nodes('.group-collapsed')
          .sort((a, b) => Number(a.data('count')) - Number(b.data('count')))
          .first()
          .id();
      });
      await page.evaluate((id) => {
        window.__linkboard!.store.getState().collapseGroups([id], false);
      }, cluster);
      await expect
        .poll(() => drawnCounts(page), { timeout: 60_000 })
        .toSatisfy((counts: { nodes: number }) => counts.nodes > nodes);
      expect(errors).toEqual([]);
    }, 400_000);
  });
});

/**
 * Who commands whom, as an analyst reads it: Kata'ib Hizballah's superiors in Details for each
 * chain, the command view laid out again with superiors on top whenever the chain changes, and
 * the same picture however the command view is reached.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { commandEdgeIds } from '../../src/domain/command';
import { buildGraphIndex } from '../../src/domain/graphIndex';
import { settleRank } from '../../src/domain/hierarchy';
import { getDefaultViewState, type CommandChain } from '../../src/domain/viewState';
import { loadDefaultDataset } from '../helpers/defaultDataset';
import { detailsTitle, readCounts, useBrowser } from './support';

const index = buildGraphIndex(loadDefaultDataset());
const labelOf = (id: string) => index.nodesById.get(id)?.label ?? id;

type Positions = Record<string, { x: number; y: number }>;
const allIds = index.dataset.nodes.map((node) => node.id);

/** Where each drawn entity sits, in graph units (y grows downwards). */
function readPositions(page: Page): Promise<Positions> {
  return page.evaluate((ids) => window.__linkboard!.positions(ids), allIds);
}

/** The links that rank in a chain's command view (the chain rule, from the domain). */
function rankLinks(commandChain: CommandChain) {
  const view = { ...getDefaultViewState(), mode: 'command' as const, commandChain };
  return settleRank(index, commandEdgeIds(index, view)).kept;
}

/** Every ranking link of the chain whose superior is not drawn above its subordinate. */
async function upsideDown(page: Page, commandChain: CommandChain): Promise<string[]> {
  const at = await readPositions(page);
  return rankLinks(commandChain)
    .filter((l) => {
      const [superior, subordinate] = [at[l.superior], at[l.subordinate]];
      return !(superior && subordinate && superior.y < subordinate.y);
    })
    .map((l) => `${l.edgeId}: ${l.superior} not above ${l.subordinate}`);
}

/** Positions relative to the first entity's, rounded: the arrangement, wherever it was panned. */
function arrangement(at: Positions): Record<string, string> {
  const ids = Object.keys(at).sort();
  const origin = at[ids[0]!]!;
  return Object.fromEntries(
    ids.map((id) => [
      id,
      `${Math.round(at[id]!.x - origin.x)},${Math.round(at[id]!.y - origin.y)}`,
    ]),
  );
}

/** Waits until the layout has settled: two readings a second apart agree. */
async function settledPositions(page: Page): Promise<Positions> {
  let previous = '';
  for (let i = 0; i < 60; i++) {
    const now = JSON.stringify(arrangement(await readPositions(page)));
    if (now === previous && now !== '{}') return readPositions(page);
    previous = now;
    await page.waitForTimeout(1000);
  }
  throw new Error('the layout did not settle');
}

async function superiorsInDetails(page: Page): Promise<string> {
  const chain = page.getByRole('region', { name: 'Chain of command' });
  const list = chain.getByRole('list', { name: /^Superiors/ });
  await list.waitFor();
  return (await list.textContent()) ?? '';
}

describe('who commands whom, in Chromium', () => {
  const browser = useBrowser();

  it('reads Kata’ib Hizballah’s formal and de facto superiors from Details', async () => {
    const { page, errors } = await browser.open();
    await readCounts(page);
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill("Kata'ib Hizballah");
    await search.press('Enter');
    await expect.poll(() => detailsTitle(page)).toBe(labelOf('kataib-hizballah'));
    const chain = page.getByRole('region', { name: 'Chain of command' });

    await chain.getByRole('button', { name: 'Formal' }).click();
    await expect.poll(() => superiorsInDetails(page)).toContain(labelOf('pmf'));
    const formal = await superiorsInDetails(page);
    for (const id of ['pmf', 'commander-in-chief', 'kadhimi'])
      expect(formal).toContain(labelOf(id));
    for (const id of ['quds-force', 'irgc', 'iran', 'soleimani'])
      expect(formal).not.toContain(labelOf(id));

    await chain.getByRole('button', { name: 'De facto' }).click();
    await expect.poll(() => superiorsInDetails(page)).toContain(labelOf('quds-force'));
    const deFacto = await superiorsInDetails(page);
    for (const id of ['quds-force', 'irgc', 'iran', 'supreme-leader'])
      expect(deFacto).toContain(labelOf(id));
    expect(deFacto).not.toContain(labelOf('commander-in-chief'));
    expect(errors).toEqual([]);
  });

  it('lays the command view out again with superiors on top when the chain is switched', async () => {
    const { page, errors } = await browser.open('?bench');
    await readCounts(page);
    await page.getByRole('button', { name: 'Command view' }).click();
    await expect.poll(() => upsideDown(page, 'de-facto'), { timeout: 60_000 }).toEqual([]);

    await page.getByRole('button', { name: 'Formal' }).first().click();
    await expect.poll(() => upsideDown(page, 'formal'), { timeout: 60_000 }).toEqual([]);
    expect(rankLinks('formal').length).toBeGreaterThan(20);

    await page.getByRole('button', { name: 'De facto' }).first().click();
    await expect.poll(() => upsideDown(page, 'de-facto'), { timeout: 60_000 }).toEqual([]);
    expect(errors).toEqual([]);
  }, 180_000);

  it('gives the same layout from the Command view button, the address and the Views panel', async () => {
    const byButton = await browser.open('?bench');
    await readCounts(byButton.page);
    await byButton.page.getByRole('button', { name: 'Command view' }).click();
    await expect.poll(() => upsideDown(byButton.page, 'de-facto'), { timeout: 60_000 }).toEqual([]);
    const expected = arrangement(await settledPositions(byButton.page));

    const byAddress = await browser.open('?bench&mode=command&layout=hierarchical');
    await readCounts(byAddress.page);
    await expect
      .poll(() => upsideDown(byAddress.page, 'de-facto'), { timeout: 60_000 })
      .toEqual([]);
    expect(arrangement(await settledPositions(byAddress.page))).toEqual(expected);

    // The curated view also selects Kata'ib Hizballah, which does not move anything.
    const byView = await browser.open('?bench');
    await readCounts(byView.page);
    await byView.page
      .getByRole('region', { name: 'Views' })
      .getByRole('button', { name: 'De facto chain of command' })
      .click();
    await expect.poll(() => detailsTitle(byView.page)).toBe(labelOf('kataib-hizballah'));
    await expect.poll(() => upsideDown(byView.page, 'de-facto'), { timeout: 60_000 }).toEqual([]);
    expect(arrangement(await settledPositions(byView.page))).toEqual(expected);

    const fromAddress = await browser.open('?bench&view=de-facto-chain');
    await readCounts(fromAddress.page);
    await expect
      .poll(() => upsideDown(fromAddress.page, 'de-facto'), { timeout: 60_000 })
      .toEqual([]);
    expect(arrangement(await settledPositions(fromAddress.page))).toEqual(expected);
    expect(fromAddress.page.url()).not.toContain('view=');
    expect([
      ...byButton.errors,
      ...byAddress.errors,
      ...byView.errors,
      ...fromAddress.errors,
    ]).toEqual([]);
  }, 300_000);
});

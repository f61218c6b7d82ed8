import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../../src/domain/graphIndex';
import { loadDefaultDataset } from '../helpers/defaultDataset';
import { seriousAxeViolations } from './axe';
import { detailsTitle, readCounts, relationTypeCheckbox, useBrowser } from './support';

const dataset = loadDefaultDataset();
const index = buildGraphIndex(dataset);

/** The relation type used most often in the default dataset, so hiding it visibly matters. */
function commonestRelation(): { label: string; count: number } {
  const counts = new Map<string, number>();
  for (const edge of dataset.edges) counts.set(edge.relation, (counts.get(edge.relation) ?? 0) + 1);
  const [key, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  const edge = dataset.edges.find((e) => e.relation === key);
  if (!edge) throw new Error('the default dataset has no relations');
  return { label: index.relationOf(edge).label, count };
}

/** Types into the search box and takes the first result with Enter. */
async function searchAndChoose(page: Page, query: string): Promise<void> {
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill(query);
  await search.press('Enter');
}

describe('explore panels on the default dataset, in Chromium', () => {
  const browser = useBrowser();

  it('drops the relation count when a relation type is unchecked', async () => {
    const { page, errors } = await browser.open();
    const before = await readCounts(page);
    const { label, count } = commonestRelation();
    const checkbox = await relationTypeCheckbox(page, label);
    await checkbox.uncheck();
    await expect
      .poll(async () => (await readCounts(page)).visibleEdges)
      .toBe(before.visibleEdges - count);
    expect((await readCounts(page)).totalEdges).toBe(dataset.edges.length);
    await checkbox.check();
    await expect.poll(async () => (await readCounts(page)).visibleEdges).toBe(before.visibleEdges);
    expect(errors).toEqual([]);
  });

  it('finds Abu Fadak by search and shows a quote about him in Details', async () => {
    const { page, errors } = await browser.open();
    await readCounts(page);
    await page.keyboard.press('/');
    await page.keyboard.type('Abu Fadak');
    await page.getByRole('option', { name: /^Abu Fadak al-Mohammadawi/ }).click();
    const details = page.getByRole('region', { name: 'Details' });
    await expect.poll(() => detailsTitle(page)).toBe('Abu Fadak al-Mohammadawi');
    const abuFadak = dataset.nodes.find((n) => n.id === 'abu-fadak');
    const quotes = await details.locator('blockquote').allTextContents();
    expect(quotes.length).toBeGreaterThan(0);
    expect(abuFadak?.evidence.map((e) => e.quote)).toContain(quotes[0]);
    expect(errors).toEqual([]);
  });

  it('finds Kata’ib Hizballah typed without its apostrophe', async () => {
    const { page } = await browser.open();
    await readCounts(page);
    await searchAndChoose(page, 'kataib');
    await expect.poll(() => detailsTitle(page)).toBe("Kata'ib Hizballah");
  });

  it('runs an accessibility check that does catch a problem', async () => {
    const { page } = await browser.open();
    await readCounts(page);
    await page.evaluate(() => document.body.append(document.createElement('input')));
    expect((await seriousAxeViolations(page)).map((v) => v.id)).toContain('label');
  });

  it('has no serious accessibility problems on the main screen', async () => {
    const { page } = await browser.open();
    await readCounts(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('has no serious accessibility problems with an entity, a relation or an event selected', async () => {
    const { page } = await browser.open();
    await readCounts(page);
    await searchAndChoose(page, 'Abu Fadak al-Mohammadawi');
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByRole('button', { name: 'Evidence' }).first().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await details.getByRole('button', { name: 'Evidence' }).first().click();
    await details.locator('blockquote').first().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('combobox', { name: 'Search' }).fill('imposed');
    await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('has no serious accessibility problems with the table or the shortcuts help open', async () => {
    const { page } = await browser.open();
    const counts = await readCounts(page);
    await page.getByRole('button', { name: 'Table' }).click();
    const rows = page.getByRole('table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(counts.visibleEdges);
    await rows.first().click();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Shortcuts' }).click();
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

/**
 * Editing the chart (issue 15), in Chromium against the production build: an entity renamed in
 * Details shows on the canvas and in search, Ctrl+Z and Redo move through it, a reload keeps it
 * (IndexedDB), Revert to original ends it; deleting shows what goes with it first; merging joins
 * two entities; the JSON downloaded is the edited dataset and passes the validator's rules.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findUnverifiedQuotes } from '../../src/domain/quotes';
import { parseDataset } from '../../src/domain/schema';
import { loadDefaultDataset, readDefaultSourceTexts } from '../helpers/defaultDataset';
import { download, readCounts, useBrowser } from './support';

const original = loadDefaultDataset();
const entity = (id: string) => original.nodes.find((n) => n.id === id)!;

/** The name the canvas holds for an entity (its element's label). */
function canvasLabel(page: Page, id: string): Promise<string | null> {
  return page.evaluate((nodeId) => {
    const node = window.__linkboard?.cy()?.getElementById(nodeId);
    return node && node.nonempty() ? String(node.data('label')) : null;
  }, id);
}

const detailsTitle = (page: Page) => page.locator('.details-title').first().textContent();
const editedMark = (page: Page) => page.getByRole('group', { name: 'Edits' });

async function openEntity(page: Page, id: string) {
  await readCounts(page);
  await page.evaluate(
    (nodeId) => window.__linkboard!.store.getState().select({ kind: 'node', id: nodeId }),
    id,
  );
  await expect.poll(() => detailsTitle(page)).toBe(entity(id).label);
}

describe('editing the chart, in Chromium', () => {
  const browser = useBrowser();

  it('renames an entity, undoes and redoes it, keeps it across a reload and reverts it', async () => {
    const { page, errors } = await browser.open('?bench&select=abu-fadak');
    await readCounts(page);
    await expect.poll(() => detailsTitle(page)).toBe(entity('abu-fadak').label);
    await expect.poll(() => canvasLabel(page, 'abu-fadak')).toBe(entity('abu-fadak').label);

    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByLabel('Name', { exact: true }).fill('Abu Fadak the Uncle');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => detailsTitle(page)).toBe('Abu Fadak the Uncle');
    await expect.poll(() => canvasLabel(page, 'abu-fadak')).toBe('Abu Fadak the Uncle');
    await expect.poll(() => editedMark(page).textContent()).toContain('edited, 1 change');

    // Search finds it by its new name.
    await page.getByRole('button', { name: 'Clear selection' }).click();
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('the Uncle');
    await search.press('Enter');
    await expect.poll(() => detailsTitle(page)).toBe('Abu Fadak the Uncle');
    await search.blur();

    // Ctrl+Z takes it back (not while typing: the focus leaves the search box first).
    await page.locator('body').press('Control+z');
    await expect.poll(() => canvasLabel(page, 'abu-fadak')).toBe(entity('abu-fadak').label);
    expect(await editedMark(page).count()).toBe(0);
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => canvasLabel(page, 'abu-fadak')).toBe('Abu Fadak the Uncle');

    // Saved as made: a reload finds the edit, and the mark.
    await page.reload();
    await readCounts(page);
    await expect.poll(() => canvasLabel(page, 'abu-fadak')).toBe('Abu Fadak the Uncle');
    await expect.poll(() => editedMark(page).textContent()).toContain('edited, 1 change');

    await page.getByRole('button', { name: 'Revert to original' }).click();
    await page.getByRole('button', { name: 'Revert', exact: true }).click();
    await expect.poll(() => canvasLabel(page, 'abu-fadak')).toBe(entity('abu-fadak').label);
    expect(await editedMark(page).count()).toBe(0);
    // Revert is a step too: Undo brings the edit back.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => canvasLabel(page, 'abu-fadak')).toBe('Abu Fadak the Uncle');
    expect(errors).toEqual([]);
  });

  it('shows what a delete takes with it before deleting', async () => {
    const { page, errors } = await browser.open('?bench');
    await openEntity(page, 'al-khaal');
    const touching = original.edges.filter(
      (e) => e.source === 'al-khaal' || e.target === 'al-khaal',
    );
    expect(touching.length).toBeGreaterThan(0);
    const before = await readCounts(page);
    await page.getByRole('button', { name: 'Delete…' }).click();
    const panel = page.getByRole('group', { name: 'Delete entity' });
    await expect
      .poll(() =>
        panel
          .getByRole('list', { name: 'Relations deleted with it' })
          .getByRole('listitem')
          .count(),
      )
      .toBe(touching.length);
    expect(await panel.textContent()).toContain(`It takes ${touching.length} relation`);
    await panel.getByRole('button', { name: 'Delete entity' }).click();
    await expect
      .poll(async () => (await readCounts(page)).totalEdges)
      .toBe(before.totalEdges - touching.length);
    expect((await readCounts(page)).totalNodes).toBe(before.totalNodes - 1);
    expect(await canvasLabel(page, 'al-khaal')).toBeNull();
    expect(errors).toEqual([]);
  });

  it('merges two entities and downloads the edited dataset, which validates', async () => {
    const { page, errors } = await browser.open('?bench');
    await openEntity(page, 'al-khaal');
    const before = await readCounts(page);
    await page.getByRole('button', { name: 'Merge into…' }).click();
    const panel = page.getByRole('group', { name: 'Merge entity' });
    await panel.getByPlaceholder('Search entities').fill('Abu Fadak');
    await panel.getByRole('button', { name: /^Abu Fadak al-Mohammadawi/ }).click();
    await panel.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect.poll(() => detailsTitle(page)).toBe(entity('abu-fadak').label);
    await expect.poll(async () => (await readCounts(page)).totalNodes).toBe(before.totalNodes - 1);
    expect(await page.locator('.details-body').first().textContent()).toContain(
      entity('al-khaal').label,
    );

    await page.getByRole('button', { name: 'Dataset', exact: true }).click();
    const menu = page.getByRole('dialog', { name: 'Dataset' });
    const file = await download(page, menu, 'Download JSON');
    const parsed = parseDataset(JSON.parse(file.bytes.toString('utf8')), { requireEvidence: true });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const merged = parsed.dataset.nodes.find((n) => n.id === 'abu-fadak')!;
    expect(parsed.dataset.nodes.some((n) => n.id === 'al-khaal')).toBe(false);
    expect(merged.aliases).toContain(entity('al-khaal').label);
    // Nothing lost: every quote of the merged entity is still in the dataset, and all verbatim.
    const quotes = [...parsed.dataset.nodes, ...parsed.dataset.edges].flatMap((x) =>
      x.evidence.map((e) => e.quote),
    );
    for (const e of entity('al-khaal').evidence) expect(quotes).toContain(e.quote);
    expect(findUnverifiedQuotes(parsed.dataset, readDefaultSourceTexts(parsed.dataset))).toEqual(
      [],
    );
    expect(errors).toEqual([]);
  });
});

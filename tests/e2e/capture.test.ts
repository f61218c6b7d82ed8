/**
 * Capturing evidence from the article (issue 15), in Chromium against the production build: the
 * Sources panel shows the article with its coverage; a sentence no quote covers, selected with a
 * real DOM selection, becomes a new relation through the "New relation" dialog; the status line
 * counts it and Details quotes it; a reload keeps it; Undo takes it back and Redo brings it again;
 * the JSON downloaded holds it and passes the validator's rules, its quotes verbatim.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findUnverifiedQuotes } from '../../src/domain/quotes';
import { parseDataset } from '../../src/domain/schema';
import { prepareParagraphs, readSource } from '../../src/domain/sourceText';
import { loadDefaultDataset, readDefaultSourceTexts } from '../helpers/defaultDataset';
import { seriousAxeViolations } from './axe';
import { download, readCounts, useBrowser } from './support';

const original = loadDefaultDataset();
const articleText = readDefaultSourceTexts(original).get('wotr')!;
const reading = readSource(original, 'wotr', prepareParagraphs(articleText));

/** A sentence of the article that the default dataset does not quote, nor any part of it. */
const SENTENCE =
  'Therefore, their institutions are working on disseminating the Wilayat al-Faqih ideology.';

/** Selects text of the source panel with a real DOM selection, as a reader's drag makes one. */
async function selectInSource(page: Page, text: string): Promise<void> {
  await page.evaluate((wanted) => {
    for (const paragraph of document.querySelectorAll('[data-paragraph]')) {
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(wanted);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const selection = document.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
    }
    throw new Error(`not one stretch of unmarked text in the source: ${wanted}`);
  }, text);
}

const details = (page: Page) => page.getByRole('region', { name: 'Details' });

describe('capturing evidence from the source, in Chromium', () => {
  const browser = useBrowser();

  it('the chosen sentence is uncharted', () => {
    const paragraph = reading.paragraphs.findIndex((p) => p.text.includes(SENTENCE));
    expect(paragraph).toBeGreaterThanOrEqual(0);
    const start = reading.paragraphs[paragraph]!.text.indexOf(SENTENCE);
    const end = start + SENTENCE.length;
    expect(reading.marks[paragraph]!.filter((m) => m.start < end && m.end > start)).toEqual([]);
    expect(reading.unchartedSentences).toContainEqual({ paragraph, start, end });
  });

  it('makes a relation from a selected sentence, keeps it, undoes it and downloads it', async () => {
    const { page, errors } = await browser.open('?bench');
    const before = await readCounts(page);

    await page.getByRole('tab', { name: 'Sources' }).click();
    const sources = page.getByRole('region', { name: 'Sources' });
    const uncharted = reading.unchartedSentences;
    await expect
      .poll(() => sources.textContent())
      .toContain(
        `${reading.chartedCount} of ${reading.countedCount} paragraphs charted · ` +
          `${uncharted.length} of ${reading.sentenceCount} sentences uncharted`,
      );

    // "Next uncharted" moves to the first sentence no quote touches and gives it the focus.
    await sources.getByRole('button', { name: 'Next uncharted' }).click();
    const first = uncharted[0]!;
    const focused = () =>
      page.evaluate(() => {
        const active = document.activeElement;
        return active?.matches('.source-uncharted') ? active.textContent : null;
      });
    await expect
      .poll(focused)
      .toBe(reading.paragraphs[first.paragraph]!.text.slice(first.start, first.end));
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The highlights are one tab stop: Tab goes from the button into the text and on out.
    const tabStops = await sources.evaluate(
      (panel) =>
        [...panel.querySelectorAll<HTMLElement>('mark.source-quote')].filter((m) => m.tabIndex >= 0)
          .length,
    );
    expect(tabStops).toBe(1);
    await sources.getByRole('button', { name: 'Next uncharted' }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.matches('mark.source-quote'))).toBe(
      true,
    );
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.matches('mark'))).toBe(false);

    await selectInSource(page, SENTENCE);
    const capture = sources.getByRole('group', { name: 'Capture' });
    await expect.poll(() => capture.getByLabel('Quote to capture').textContent()).toBe(SENTENCE);
    await capture.getByRole('button', { name: 'New relation from selection' }).click();

    const dialog = page.getByRole('dialog', { name: 'New relation' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Quote', { exact: true }).textContent()).toBe(SENTENCE);
    expect(await dialog.getByLabel('Confidence').inputValue()).toBe('confirmed');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.getByRole('combobox', { name: 'From' }).fill('kataib hizballah');
    await dialog.getByRole('option', { name: "Kata'ib Hizballah", exact: true }).click();
    await dialog.getByRole('combobox', { name: 'To' }).fill('wilayat');
    await dialog.getByRole('option', { name: 'Wilayat al-Faqih', exact: true }).click();
    await dialog.getByLabel('Relation').selectOption('propagates');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });

    await expect.poll(async () => (await readCounts(page)).totalEdges).toBe(before.totalEdges + 1);
    await expect
      .poll(() => details(page).locator('blockquote').allTextContents())
      .toContain(SENTENCE);

    // Saved as made: after a reload the relation is there, and Details quotes it.
    await page.reload();
    await expect.poll(async () => (await readCounts(page)).totalEdges).toBe(before.totalEdges + 1);
    const made = await page.evaluate(() =>
      window.__linkboard!.store.getState().dataset!.edges.at(-1),
    );
    expect(made).toMatchObject({
      source: 'kataib-hizballah',
      target: 'wilayat-al-faqih',
      relation: 'propagates',
      evidence: [{ source: 'wotr', quote: SENTENCE }],
    });
    await page.evaluate(
      (id) => window.__linkboard!.store.getState().select({ kind: 'edge', id }),
      made!.id,
    );
    await expect
      .poll(() => details(page).locator('blockquote').allTextContents())
      .toContain(SENTENCE);

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await readCounts(page)).totalEdges).toBe(before.totalEdges);
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(async () => (await readCounts(page)).totalEdges).toBe(before.totalEdges + 1);

    await page.getByRole('button', { name: 'Dataset', exact: true }).click();
    const file = await download(
      page,
      page.getByRole('dialog', { name: 'Dataset' }),
      'Download JSON',
    );
    const parsed = parseDataset(JSON.parse(file.bytes.toString('utf8')), { requireEvidence: true });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.dataset.edges.find((e) => e.id === made!.id)?.evidence).toEqual([
      { source: 'wotr', quote: SENTENCE },
    ]);
    expect(findUnverifiedQuotes(parsed.dataset, readDefaultSourceTexts(parsed.dataset))).toEqual(
      [],
    );
    expect(errors).toEqual([]);
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dayToIso, formatPartialDate } from '../../src/domain/dates';
import { buildGraphIndex } from '../../src/domain/graphIndex';
import { asOfDayOf, changesBetween, chronologicalEvents } from '../../src/domain/timeline';
import { computeView } from '../../src/domain/view';
import { getDefaultViewState, type ViewState } from '../../src/domain/viewState';
import { loadDefaultDataset } from '../helpers/defaultDataset';
import { readCounts, useBrowser } from './support';

const dataset = loadDefaultDataset();
const index = buildGraphIndex(dataset);
const visibleEdgesAt = (patch: Partial<ViewState>) =>
  computeView(index, { ...getDefaultViewState(), ...patch }).edgeIds.size;

const STRIKE_ID = 'strike-kills-soleimani-muhandis-2020';
const strike = chronologicalEvents(index).find((e) => e.event.id === STRIKE_ID)!;
/** Dated events in the order playback reaches them: by their as-of day, the last day they cover. */
const datedEvents = chronologicalEvents(index)
  .filter((e) => e.date !== null)
  .sort((a, b) => asOfDayOf(a.date!) - asOfDayOf(b.date!));

const slider = (page: Page) => page.getByRole('slider', { name: 'As of date' });
const eventButton = (page: Page, title: string) =>
  page.getByRole('list', { name: 'Events' }).getByRole('button', { name: title });

describe('the timeline, in Chromium', () => {
  const browser = useBrowser();

  it('shows fewer relations as of 2008 than as of January 2020', async () => {
    const { page, errors } = await browser.open();
    await readCounts(page);
    // Undated relations are the same at every date: leave them out to compare the two moments.
    await page.getByRole('checkbox', { name: 'Show undated relations' }).uncheck();
    await page.getByRole('textbox', { name: 'Go to date' }).fill('2020-01');
    await page.keyboard.press('Enter');
    const in2020 = visibleEdgesAt({ asOf: '2020-01-31', includeUndated: false });
    await expect.poll(async () => (await readCounts(page)).visibleEdges).toBe(in2020);

    // Back with the slider's keys: twelve years with Page Down, then five months with the arrows.
    await slider(page).focus();
    for (let i = 0; i < 12; i++) await page.keyboard.press('PageDown');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => slider(page).getAttribute('aria-valuetext')).toBe('30 June 2008');
    const in2008 = visibleEdgesAt({ asOf: '2008-06-30', includeUndated: false });
    await expect.poll(async () => (await readCounts(page)).visibleEdges).toBe(in2008);
    expect(in2008).toBeLessThan(in2020);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Showing' }).textContent())
      .toContain('as of 30 June 2008');
    expect(errors).toEqual([]);
  });

  it('chooses the January 2020 event: the date moves there and its participants light up', async () => {
    const { page, errors } = await browser.open();
    await readCounts(page);
    expect(strike.event.title).toBe('U.S. strike kills Soleimani and Muhandis');
    await eventButton(page, strike.event.title).click();

    const asOf = dayToIso(asOfDayOf(strike.date!));
    await expect.poll(() => slider(page).getAttribute('aria-valuetext')).toBe('31 January 2020');
    await expect
      .poll(async () => (await readCounts(page)).visibleEdges)
      .toBe(visibleEdgesAt({ asOf, selection: { kind: 'event', id: STRIKE_ID } }));
    const summary = page.getByTestId('highlight-summary');
    await expect.poll(() => summary.textContent()).toContain('Qassem Soleimani');
    const text = (await summary.textContent()) ?? '';
    expect(text).toContain('Abu Mahdi al-Muhandis');
    for (const id of strike.event.participants)
      expect(text).toContain(index.nodesById.get(id)!.label);
    expect(errors).toEqual([]);
  });

  it('lists what changed around the January 2020 event', async () => {
    const { page } = await browser.open();
    await readCounts(page);
    await eventButton(page, strike.event.title).click();
    await page.getByRole('button', { name: 'What changed…' }).click();
    const dialog = page.getByRole('dialog', { name: 'What changed' });
    // January 2020 as a whole: what ended in it (Soleimani's and Muhandis's roles), what began
    // and ended in it, what appeared and lasted.
    const expected = changesBetween(index, strike.date!, strike.date!);
    const list = (name: string) =>
      dialog.getByRole('region', { name, exact: true }).getByRole('button');
    const ended = list('Ended');
    const appeared = list('Appeared');
    expect(await ended.count()).toBe(expected.ended.length);
    expect(await appeared.count()).toBe(expected.appeared.length);
    expect(await list('Began and ended').count()).toBe(expected.cameAndWent.length);
    expect(expected.ended.length).toBeGreaterThan(0);
    const first = expected.ended[0]!;
    await expect.poll(() => ended.first().textContent()).toContain(formatPartialDate(first.date!));
    await ended.first().click();
    await expect.poll(() => ended.first().getAttribute('aria-current')).toBe('true');
  });

  it('brushes a period on the strip and shows what was active in it', async () => {
    const { page, errors } = await browser.open();
    const all = await readCounts(page);
    const box = (await page.locator('.timeline-svg').boundingBox())!;
    const y = box.y + box.height * 0.6;
    await page.mouse.move(box.x + box.width * 0.3, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, y, { steps: 6 });
    await page.mouse.up();
    const status = page.getByRole('status').filter({ hasText: 'Showing' });
    await expect.poll(() => status.textContent()).toMatch(/ from .+ to .+$/);

    await page.getByRole('button', { name: 'Range…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Range' });
    const from = await dialog.getByRole('textbox', { name: 'Range start' }).inputValue();
    const to = await dialog.getByRole('textbox', { name: 'Range end' }).inputValue();
    expect(from < to).toBe(true);
    const counts = await readCounts(page);
    expect(counts.visibleEdges).toBe(visibleEdgesAt({ range: { from, to } }));
    expect(counts.visibleEdges).toBeLessThanOrEqual(all.visibleEdges);

    await dialog.getByRole('button', { name: 'Clear range' }).click();
    await expect.poll(async () => (await readCounts(page)).visibleEdges).toBe(all.visibleEdges);
    expect(errors).toEqual([]);
  });

  it('plays on from the as-of date to the last event, jumping between events under reduced motion', async () => {
    const { page, errors } = await browser.open();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await readCounts(page);
    // Start near the end, so that only the last few events remain to play.
    const start = datedEvents[datedEvents.length - 3]!;
    await page.getByRole('textbox', { name: 'Go to date' }).fill(dayToIso(asOfDayOf(start.date!)));
    await page.keyboard.press('Enter');
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('4');
    await page.getByRole('button', { name: 'Play' }).click();
    const last = datedEvents[datedEvents.length - 1]!;
    await expect
      .poll(() => eventButton(page, last.event.title).getAttribute('aria-current'), {
        timeout: 30_000,
      })
      .toBe('true');
    await page.getByRole('button', { name: 'Play' }).waitFor({ timeout: 10_000 });
    expect(await slider(page).getAttribute('aria-valuetext')).toBe(
      formatPartialDate(dayToIso(asOfDayOf(last.date!))),
    );
    expect(errors).toEqual([]);
  });
});

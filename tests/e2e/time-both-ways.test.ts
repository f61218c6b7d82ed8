/**
 * Time both ways (issue 18), in Chromium on the default dataset: when a selection was active,
 * paths that respect time, change drawn on the canvas, and a strip that opens where the events
 * are. Expectations are computed from the dataset, so that corrections to the data keep them true.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dayToIso, formatPartialDate } from '../../src/domain/dates';
import { entityTimeline, selectionActivity } from '../../src/domain/entityTimeline';
import { buildGraphIndex } from '../../src/domain/graphIndex';
import { shortestPaths } from '../../src/domain/paths';
import { chronologicalEvents, densestPeriod, timeSegments } from '../../src/domain/timeline';
import { timeOrderedPaths } from '../../src/domain/timePaths';
import { computeView } from '../../src/domain/view';
import { getDefaultViewState, type ViewState } from '../../src/domain/viewState';
import { loadDefaultDataset } from '../helpers/defaultDataset';
import { seriousAxeViolations } from './axe';
import { changeMarks } from '../../src/domain/highlight';
import { CHANGE_STYLES } from '../../src/graph/palette';
import { readCounts, useBrowser } from './support';

/** Pixels of the graph's canvases within a few levels of a colour (#rrggbb). */
function countPixelsOf(page: Page, hex: string): Promise<number> {
  return page.evaluate((hex) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    let found = 0;
    for (const canvas of document.querySelectorAll<HTMLCanvasElement>(
      '[data-testid="graph-canvas"] canvas',
    )) {
      const ctx = canvas.getContext('2d');
      if (!ctx || canvas.width === 0) continue;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 0; i < data.length; i += 4)
        if (
          data[i + 3]! > 200 &&
          Math.abs(data[i]! - r!) <= 8 &&
          Math.abs(data[i + 1]! - g!) <= 8 &&
          Math.abs(data[i + 2]! - b!) <= 8
        )
          found += 1;
    }
    return found;
  }, hex);
}

const dataset = loadDefaultDataset();
const index = buildGraphIndex(dataset);
const labelOf = (id: string) => index.nodesById.get(id)?.label ?? id;
const visibleAt = (patch: Partial<ViewState>) =>
  computeView(index, { ...getDefaultViewState(), ...patch });

describe('time both ways, in Chromium', () => {
  const browser = useBrowser();

  it('draws Abu Fadak’s relations and events on the strip in the selection colour', async () => {
    const { page, errors } = await browser.open('?select=abu-fadak');
    await readCounts(page);
    // Every year on the axis, so that every dated relation and event of his can be drawn.
    const allYears = page.getByRole('button', { name: 'Show all years' });
    if (await allYears.isVisible()) await allYears.click();
    const activity = selectionActivity(index, new Set(['abu-fadak']));
    expect(activity.bars.length).toBeGreaterThan(0);
    await expect
      .poll(() => page.locator('.timeline-selection-bar').count())
      .toBe(activity.bars.length);
    const datedEvents = chronologicalEvents(index).filter(
      (e) => e.date !== null && activity.eventIds.has(e.event.id),
    );
    expect(await page.locator('.timeline-mark-of-selection').count()).toBe(datedEvents.length);
    expect(await page.locator('.timeline-mark-other').count()).toBe(
      chronologicalEvents(index).filter((e) => e.date !== null).length - datedEvents.length,
    );
    const colour = await page
      .locator('.timeline-selection-bar')
      .first()
      .evaluate((g) => getComputedStyle(g).fill);
    expect(colour).toBe('rgb(17, 24, 39)'); // the selection ring's colour on the canvas
    const label = page.locator('.timeline-selection-label');
    expect(await label.textContent()).toContain(
      `${activity.bars.length}/${activity.bars.length + activity.undatedCount} dated`,
    );

    // His timeline in Details: a bar per dated relation (up to the first dozen), each a link.
    const timeline = entityTimeline(index, 'abu-fadak');
    const details = page.getByRole('region', { name: /Over time/ });
    const barButtons = details.locator('.entity-timeline-hit');
    expect(await barButtons.count()).toBe(Math.min(12, timeline.rows.length));
    await barButtons.first().click();
    await expect.poll(() => page.url()).toContain(`select=relation:${timeline.rows[0]!.edge.id}`);
    expect(errors).toEqual([]);
  });

  it('opens the strip on the densest period and zooms and pans it with the wheel', async () => {
    const { page, errors } = await browser.open();
    await readCounts(page);
    const segments = timeSegments(dataset);
    const whole = { firstDay: segments[0]!.firstDay, lastDay: segments.at(-1)!.lastDay };
    const total = segments.reduce((sum, s) => sum + s.lastDay + 1 - s.firstDay, 0);
    const dates = chronologicalEvents(index).flatMap((e) => (e.date ? [e.date] : []));
    const densest = densestPeriod(dates, whole, total);
    const frame = page.getByRole('slider', { name: 'Period shown on the strip' });
    const expected = densest
      ? `${formatPartialDate(dayToIso(densest.firstDay))} – ${formatPartialDate(dayToIso(densest.lastDay))}`
      : 'All years';
    expect(await frame.getAttribute('aria-valuetext')).toBe(expected);

    const strip = (await page.locator('.timeline-svg').boundingBox())!;
    await page.mouse.move(strip.x + strip.width * 0.6, strip.y + strip.height * 0.5);
    const before = await frame.getAttribute('aria-valuenow');
    await page.mouse.wheel(0, 600); // zoom out
    await expect.poll(() => frame.getAttribute('aria-valuetext')).not.toBe(expected);
    await page.keyboard.down('Shift');
    await page.mouse.wheel(0, -300); // pan back in time
    await page.keyboard.up('Shift');
    await page.mouse.wheel(0, -2000); // zoom in as far as it goes
    await expect.poll(() => frame.getAttribute('aria-valuenow')).not.toBe(before);
    expect(errors).toEqual([]);
  });

  it('finds a path in time order between Soleimani and Abu Fadak, and says when it could run', async () => {
    const { page, errors } = await browser.open();
    await readCounts(page);
    const finder = page.getByRole('region', { name: 'Path finder' });
    await finder.getByRole('combobox', { name: 'From' }).fill(labelOf('soleimani'));
    await finder.getByRole('combobox', { name: 'To' }).fill(labelOf('abu-fadak'));
    await finder.getByRole('button', { name: 'Find paths' }).click();
    await finder.getByRole('checkbox', { name: 'In time order' }).check();

    const edgeIds = visibleAt({}).edgeIds;
    const untimed = shortestPaths(index, 'soleimani', 'abu-fadak', edgeIds);
    for (const [rule, allow] of [
      ['allow', true],
      ['exclude', false],
    ] as const) {
      await finder.getByRole('checkbox', { name: 'Allow undated relations' }).setChecked(allow);
      const expected = timeOrderedPaths(index, 'soleimani', 'abu-fadak', edgeIds, rule);
      const status = finder.getByRole('status');
      if (expected.paths.length === 0) {
        await expect
          .poll(() => status.textContent())
          .toContain(`No path in time order between ${labelOf('soleimani')}`);
        continue;
      }
      const n = expected.paths.length;
      await expect
        .poll(() => status.textContent())
        .toContain(
          `${n} path${n === 1 ? '' : 's'} in time order from ${labelOf('soleimani')} to ${labelOf('abu-fadak')}, ${expected.length} step`,
        );
      expect(await finder.locator('.path').count()).toBe(n);
      const window = (await finder.locator('.path-window').textContent()) ?? '';
      if (expected.earliestEnd)
        expect(window).toContain(formatPartialDate(expected.earliestEnd.date));
      if (expected.latestStart)
        expect(window).toContain(formatPartialDate(expected.latestStart.date));
      // Time order never finds a shorter way than ignoring time does.
      expect(expected.length).toBeGreaterThanOrEqual(untimed.length);
    }
    await expect.poll(() => page.url()).toContain('pathTime=dated');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('draws what changed between the last two events on the canvas, and keeps it in the address', async () => {
    const { page, errors } = await browser.open();
    await readCounts(page);
    await page.getByRole('button', { name: 'What changed…' }).click();
    const dialog = page.getByRole('dialog', { name: 'What changed' });
    const dated = chronologicalEvents(index).filter((e) => e.date !== null);
    const texts = [...new Set(dated.map((e) => e.date!.text))];
    const [from, to] = texts.slice(-2) as [string, string];
    expect(await dialog.getByRole('textbox', { name: 'From' }).inputValue()).toBe(from);
    expect(await dialog.getByRole('textbox', { name: 'To' }).inputValue()).toBe(to);
    // Nothing is drawn in the colour of what appeared before the comparison is shown.
    expect(await countPixelsOf(page, CHANGE_STYLES.appeared.colour)).toBeLessThan(5);
    await dialog.getByRole('button', { name: 'Show on the canvas' }).click();
    const compare = { from, to };
    const expected = visibleAt({ compare });
    await expect
      .poll(() => readCounts(page))
      .toMatchObject({
        visibleNodes: expected.nodeIds.size,
        visibleEdges: expected.edgeIds.size,
      });
    await expect.poll(() => page.url()).toContain(`changes=${from}..${to}`);
    // The changed relations are drawn in their colours.
    const marks = changeMarks(index, { compare }, expected)!;
    for (const kind of ['appeared', 'ended'] as const) {
      if (marks[kind].size === 0) continue;
      await expect
        .poll(() => countPixelsOf(page, CHANGE_STYLES[kind].colour), { timeout: 10_000 })
        .toBeGreaterThan(20);
    }
    expect(
      await page.getByRole('region', { name: 'What changed on the canvas' }).textContent(),
    ).toContain(`Appeared ${marks.appeared.size}`);

    // The same view from the address alone.
    const shared = await browser.open(`?changes=${from}..${to}`);
    await expect
      .poll(() => readCounts(shared.page))
      .toMatchObject({
        visibleNodes: expected.nodeIds.size,
        visibleEdges: expected.edgeIds.size,
      });
    expect(shared.errors).toEqual([]);
    expect(errors).toEqual([]);
  });
});

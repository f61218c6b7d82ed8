import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../../src/domain/graphIndex';
import { shortestPaths } from '../../src/domain/paths';
import { computeView } from '../../src/domain/view';
import { getDefaultViewState, type ViewState } from '../../src/domain/viewState';
import { loadDefaultDataset } from '../helpers/defaultDataset';
import { seriousAxeViolations } from './axe';
import { detailsTitle, readCounts, useBrowser } from './support';

const dataset = loadDefaultDataset();
const index = buildGraphIndex(dataset);
const labelOf = (id: string) => index.nodesById.get(id)?.label ?? id;

/** The status line's numbers for a view state, computed from the data. */
function countsFor(patch: Partial<ViewState>) {
  const view = computeView(index, { ...getDefaultViewState(), ...patch });
  return {
    visibleNodes: view.nodeIds.size,
    totalNodes: dataset.nodes.length,
    visibleEdges: view.edgeIds.size,
    totalEdges: dataset.edges.length,
  };
}

function highlightSummary(page: Page): Promise<string | null> {
  return page.getByTestId('highlight-summary').textContent();
}

describe('who commands whom, in Chromium', () => {
  const browser = useBrowser();

  it('opens the command view: only the relations that rank, top-down', async () => {
    const { page, errors } = await browser.open();
    expect(await readCounts(page)).toEqual(countsFor({}));
    const toggle = page.getByRole('button', { name: 'Command view' });
    await toggle.click();
    await expect.poll(() => readCounts(page)).toEqual(countsFor({ mode: 'command' }));
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('combobox', { name: 'Layout' }).inputValue()).toBe('hierarchical');

    await page.getByRole('button', { name: 'Formal' }).first().click();
    await expect
      .poll(() => readCounts(page))
      .toEqual(countsFor({ mode: 'command', commandChain: 'formal' }));
    expect(errors).toEqual([]);
  });

  it('finds the shortest paths between two entities and shows each step with its quote', async () => {
    const { page, errors } = await browser.open();
    await readCounts(page);
    const finder = page.getByRole('region', { name: 'Path finder' });
    await finder.getByRole('combobox', { name: 'From' }).fill(labelOf('soleimani'));
    await finder.getByRole('combobox', { name: 'To' }).fill(labelOf('abu-fadak'));
    await finder.getByRole('button', { name: 'Find paths' }).click();

    const expected = shortestPaths(
      index,
      'soleimani',
      'abu-fadak',
      computeView(index, getDefaultViewState()).edgeIds,
    );
    expect(expected.paths.length).toBeGreaterThan(0);
    const count = expected.paths.length;
    await expect
      .poll(() => finder.getByRole('status').textContent())
      .toContain(
        `${count} shortest path${count === 1 ? '' : 's'} from ${labelOf('soleimani')} to ${labelOf('abu-fadak')}, ${expected.length} step`,
      );
    const quotes = await finder.locator('blockquote').allTextContents();
    const firstStep = expected.paths[0]![0]!;
    expect(quotes).toContain(index.edgesById.get(firstStep.edgeId)!.evidence[0]!.quote);
    expect(quotes).toHaveLength(expected.paths.reduce((n, p) => n + p.length, 0));

    const summary = await highlightSummary(page);
    for (const id of new Set(expected.paths.flat().flatMap((s) => [s.from, s.to])))
      expect(summary).toContain(labelOf(id));
    await expect.poll(() => page.url()).toContain('path=soleimani,abu-fadak');
    expect(errors).toEqual([]);
  });

  it('reloads a shared address to the same view', async () => {
    const { page, errors } = await browser.open();
    await readCounts(page);
    await page.getByRole('button', { name: 'Command view' }).click();
    await page.getByRole('button', { name: 'Formal' }).first().click();
    await page.getByRole('combobox', { name: 'Search' }).fill(labelOf('abu-fadak'));
    await page.getByRole('combobox', { name: 'Search' }).press('Enter');
    await expect.poll(() => detailsTitle(page)).toBe(labelOf('abu-fadak'));
    await page
      .getByRole('region', { name: 'Chain of command' })
      .getByRole('button', { name: 'Highlight chain' })
      .click();
    await expect.poll(() => page.url()).toContain('select=abu-fadak');
    await expect.poll(() => page.url()).toContain('showChain=on');
    const counts = await readCounts(page);
    const summary = await highlightSummary(page);
    expect(summary).toContain(labelOf('abu-fadak'));

    const shared = await browser.open(page.url());
    expect(await readCounts(shared.page)).toEqual(counts);
    expect(counts).toEqual(countsFor({ mode: 'command', commandChain: 'formal' }));
    await expect.poll(() => detailsTitle(shared.page)).toBe(labelOf('abu-fadak'));
    expect(
      await shared.page.getByRole('button', { name: 'Command view' }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(
      await shared.page
        .getByRole('button', { name: 'Formal' })
        .first()
        .getAttribute('aria-pressed'),
    ).toBe('true');
    await expect.poll(() => highlightSummary(shared.page)).toBe(summary);
    expect([...errors, ...shared.errors]).toEqual([]);
  });

  it('ignores an invalid address parameter with a notice naming it', async () => {
    const { page, errors } = await browser.open('?mode=upside-down&select=soleimani');
    await readCounts(page);
    await page.getByText('Ignored the address parameter "mode"').waitFor();
    await expect.poll(() => detailsTitle(page)).toBe(labelOf('soleimani'));
    expect(await readCounts(page)).toEqual(countsFor({}));
    expect(errors).toEqual([]);
  });

  it('has no serious accessibility problems in the command view with a chain and a path', async () => {
    const { page } = await browser.open(
      '?mode=command&layout=hierarchical&select=kataib-hizballah&showChain=on&path=soleimani,abu-fadak',
    );
    await readCounts(page);
    await page.getByRole('region', { name: 'Chain of command' }).waitFor();
    await page.getByRole('region', { name: 'Path finder' }).locator('blockquote').first().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

/**
 * Bringing your own data, in Chromium against the production build: opening files (picked or
 * dropped), refusing broken and hostile ones without losing the graph, round trips through CSV and
 * GraphML, and a page that talks to no other origin.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { MAX_DATASET_BYTES } from '../../src/app/openDataset';
import { writeEdgeCsv, writeNodeCsv } from '../../src/domain/formats/csvDataset';
import { buildDataset, edge, node, quote } from '../helpers/datasetBuilder';
import { loadDefaultDataset } from '../helpers/defaultDataset';
import { readCounts, useBrowser } from './support';

const dataset = loadDefaultDataset();
const defaultCounts = {
  visibleNodes: dataset.nodes.length,
  totalNodes: dataset.nodes.length,
  visibleEdges: dataset.edges.length,
  totalEdges: dataset.edges.length,
};

function payload(name: string, text: string, mimeType = 'application/json') {
  return { name, mimeType, buffer: Buffer.from(text) };
}

const openInput = (page: Page) => page.getByLabel('Open dataset');
const datasetMenu = (page: Page) => page.getByRole('button', { name: 'Dataset', exact: true });

async function download(page: Page, label: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: label }).click(),
  ]);
  return readFileSync((await file.path())!, 'utf8');
}

/** Parses XML with the browser's own parser: whether it is well-formed, and what it holds. */
function readXml(page: Page, xml: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return {
      wellFormed: doc.getElementsByTagName('parsererror').length === 0,
      root: doc.documentElement.localName,
      nodes: doc.getElementsByTagName('node').length,
      edges: doc.getElementsByTagName('edge').length,
    };
  }, xml);
}

describe('bringing your own data, in Chromium', () => {
  const browser = useBrowser();

  it('refuses a broken file with an alert naming it, and keeps the graph and its counts', async () => {
    const { page, errors } = await browser.open();
    expect(await readCounts(page)).toEqual(defaultCounts);
    await openInput(page).setInputFiles(
      resolve(process.cwd(), 'tests/fixtures/bad/dangling-edge.json'),
    );
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      'Could not load dangling-edge.json as Linkboard JSON: 1 problem',
    );
    expect(await alert.textContent()).toContain('$.edges[0].target: unknown entity "ghost"');

    await openInput(page).setInputFiles(
      payload(
        'links.csv',
        'source,relation,target,confidence,quote,source_id\na,commands,b,maybe,q,s\n',
        'text/csv',
      ),
    );
    await expect
      .poll(() => page.getByRole('alert').last().textContent())
      .toContain('row 2, column confidence: must be one of');
    expect(await readCounts(page)).toEqual(defaultCounts);
    expect(errors).toEqual([]);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const { page } = await browser.open();
    await readCounts(page);
    const folder = await mkdtemp(join(tmpdir(), 'linkboard-'));
    const huge = join(folder, 'huge.json');
    await writeFile(huge, '');
    await truncate(huge, MAX_DATASET_BYTES + 1); // sparse: takes no room on disk
    await openInput(page).setInputFiles(huge);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Could not load huge.json: the file is too large (50.0 MB)');
    expect(await readCounts(page)).toEqual(defaultCounts);
    await rm(folder, { recursive: true });
  });

  it('shows markup in a file as text: no dialog, no script, no element', async () => {
    const { page, errors } = await browser.open();
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await readCounts(page);
    const hostileLabel = '<img src=x onerror=alert(1)>';
    const hostile = {
      ...buildDataset({
        title: hostileLabel,
        description: '<script>window.pwned = "description"</script>',
        nodes: [
          node('a', {
            label: hostileLabel,
            summary: '<script>window.pwned = "summary"</script>',
            evidence: [quote('<script>window.pwned = "quote"</script>')],
          }),
          node('b', { label: '<svg onload=alert(2)>' }),
        ],
        edges: [edge('a', 'commands', 'b', { label: '<iframe src=javascript:alert(3)>' })],
      }),
      '<img src=y onerror=alert(4)>': 'an unknown field',
    };
    await openInput(page).setInputFiles(payload('hostile.json', JSON.stringify(hostile)));
    await expect
      .poll(() => readCounts(page))
      .toEqual({ visibleNodes: 2, totalNodes: 2, visibleEdges: 1, totalEdges: 1 });
    expect(await page.locator('header .dataset-title').textContent()).toContain(hostileLabel);
    expect(await page.locator('.notice-warning').textContent()).toContain(
      'unknown field `<img src=y onerror=alert(4)>` ignored',
    );
    // Select the entity, so that Details shows its label, summary and quote.
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('img');
    await search.press('Enter');
    const details = page.getByRole('region', { name: 'Details' });
    await expect
      .poll(() => details.locator('blockquote').allTextContents())
      .toEqual(['<script>window.pwned = "quote"</script>']);
    expect(await details.textContent()).toContain(hostileLabel);
    // Open the menu too, which repeats the title.
    await datasetMenu(page).click();
    await page.getByRole('dialog', { name: 'Dataset' }).waitFor();
    expect(await page.locator('img, iframe, script:not([src]), svg[onload]').count()).toBe(0);
    expect(await page.evaluate(() => (window as { pwned?: string }).pwned)).toBeUndefined();
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
  });

  it('opens an edge list and node list written from the default dataset, with the same counts', async () => {
    const { page, errors } = await browser.open();
    await readCounts(page);
    await openInput(page).setInputFiles([
      payload('edges.csv', writeEdgeCsv(dataset), 'text/csv'),
      payload('nodes.csv', writeNodeCsv(dataset), 'text/csv'),
    ]);
    await expect
      .poll(() => page.locator('header .dataset-title').textContent())
      .toContain('edges.csv and nodes.csv');
    expect(await readCounts(page)).toEqual(defaultCounts);
    expect(errors).toEqual([]);
  });

  it('downloads GraphML and GEXF that the browser parses back to the same graph', async () => {
    const { page } = await browser.open();
    await readCounts(page);
    await datasetMenu(page).click();
    for (const [label, root] of [
      ['Download GraphML', 'graphml'],
      ['Download GEXF', 'gexf'],
    ] as const) {
      expect(await readXml(page, await download(page, label))).toEqual({
        wellFormed: true,
        root,
        nodes: dataset.nodes.length,
        edges: dataset.edges.length,
      });
    }
    const json = await download(page, 'Download JSON');
    await openInput(page).setInputFiles(payload('again.json', json));
    await expect
      .poll(() => page.locator('header .dataset-title').textContent())
      .toContain('from again.json');
    expect(await readCounts(page)).toEqual(defaultCounts);
  });

  it('opens a dropped file, and the default dataset again from the menu', async () => {
    const { page } = await browser.open();
    await readCounts(page);
    const small = JSON.stringify(buildDataset({ title: 'Dropped', nodes: [node('x'), node('y')] }));
    await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      const area = document.querySelector('.canvas-area')!;
      area.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true }));
      area.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true }));
    }, small);
    await expect
      .poll(() => readCounts(page))
      .toEqual({ visibleNodes: 2, totalNodes: 2, visibleEdges: 0, totalEdges: 0 });
    await datasetMenu(page).click();
    await page.getByRole('button', { name: 'Default dataset' }).click();
    await expect.poll(() => readCounts(page)).toEqual(defaultCounts);
  });

  it('draws thousands of parallel relations, a self-loop and a command cycle', async () => {
    const { page, errors } = await browser.open();
    await readCounts(page);
    const parallel = Array.from({ length: 2_000 }, (_, i) =>
      edge('a', 'commands', 'b', { id: `p${i}` }),
    );
    const crowded = buildDataset({
      nodes: [node('a'), node('b'), node('c')],
      edges: [
        ...parallel,
        edge('c', 'commands', 'c', { id: 'loop' }),
        edge('b', 'commands', 'c', { id: 'b-c' }),
        edge('c', 'commands', 'a', { id: 'c-a' }),
      ],
    });
    await openInput(page).setInputFiles(payload('crowded.json', JSON.stringify(crowded)));
    await expect
      .poll(() => readCounts(page), { timeout: 30_000 })
      .toEqual({ visibleNodes: 3, totalNodes: 3, visibleEdges: 2_003, totalEdges: 2_003 });
    // The page still answers: the menu opens.
    await datasetMenu(page).click();
    await page.getByRole('dialog', { name: 'Dataset' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('makes no request to any other origin', async () => {
    const { page, requests } = await browser.open();
    await readCounts(page);
    await openInput(page).setInputFiles(payload('edges.csv', writeEdgeCsv(dataset), 'text/csv'));
    await expect
      .poll(() => page.locator('header .dataset-title').textContent())
      .toContain('edges.csv');
    await datasetMenu(page).click();
    await download(page, 'Download GEXF');
    const origin = new URL(inject('baseUrl')).origin;
    expect(requests.length).toBeGreaterThan(2);
    const foreign = requests.filter((url) => {
      if (url.startsWith('data:')) return false;
      const parsed = new URL(url.startsWith('blob:') ? url.slice('blob:'.length) : url);
      return parsed.origin !== origin;
    });
    expect(foreign).toEqual([]);
  });

  it('serves a strict policy that blocks an injected inline script', async () => {
    const { page } = await browser.open();
    await readCounts(page);
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*('unsafe-inline'|'unsafe-eval'|https?:|\*)/);
    const violated = await page.evaluate(
      () =>
        new Promise<string | null>((done) => {
          document.addEventListener('securitypolicyviolation', (e) => done(e.effectiveDirective), {
            once: true,
          });
          const script = document.createElement('script');
          script.textContent = 'window.inlineRan = true';
          document.body.append(script);
          setTimeout(() => done(null), 2_000);
        }),
    );
    expect(violated).toMatch(/^script-src/);
    expect(
      await page.evaluate(() => (window as { inlineRan?: boolean }).inlineRan),
    ).toBeUndefined();
  });
});

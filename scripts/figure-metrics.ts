/**
 * Exports figures of the default dataset through the export dialog of a running build and prints
 * what the briefing work measures (see README, Export): PNG size, aspect and empty area; SVG text
 * count, overlapping pairs of texts, and the names' size on a 1280 px wide slide.
 *
 *   npx vite preview --port 4180 &  npm run figures -- http://127.0.0.1:4180/
 *
 * Each case is an address (the view) and the dialog choices to make, by their label; a choice
 * the dialog does not have is reported and skipped, so the script runs on older builds too.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { loadDefaultDataset } from '../tests/helpers/defaultDataset';
import { launchChromium } from './lib/browser';
import { measurePng, measureSvg, namesOnSlide } from './lib/figureMetrics';

const base = process.argv[2] ?? 'http://127.0.0.1:4173/';
const names = loadDefaultDataset().nodes.map((n) => n.label);

interface Case {
  name: string;
  query: string;
  choices: string[];
}

const ALL_CASES: Case[] = [
  { name: 'network, whole graph', query: '', choices: ['Whole filtered graph', 'Whole graph'] },
  { name: 'network, current view', query: '', choices: ['Current view'] },
  {
    name: 'command, whole graph',
    query: '?mode=command',
    choices: ['Whole filtered graph', 'Whole graph'],
  },
  { name: 'command, current view', query: '?mode=command', choices: ['Current view'] },
  { name: 'command, 16:9', query: '?mode=command', choices: ['Current view', '16:9'] },
  { name: 'network whole, 16:9', query: '', choices: ['Whole graph', '16:9'] },
];

// CASES=1,3 runs some of them.
const CASES = process.env.CASES
  ? process.env.CASES.split(',').map((i) => ALL_CASES[Number(i)]!)
  : ALL_CASES;

async function download(page: Page, dialog: Locator, button: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return readFile((await file.path())!);
}

const browser = await launchChromium();
for (const c of CASES) {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  await page.goto(new URL(c.query, base).toString());
  await page
    .getByRole('status')
    .filter({ hasText: /^Showing/ })
    .waitFor({ timeout: 30_000 });
  await page.waitForTimeout(2500);
  await page
    .getByRole('button', { name: /^Export/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.waitFor();
  const skipped: string[] = [];
  for (const choice of c.choices) {
    const radio = dialog.getByRole('radio', { name: choice, exact: true });
    if ((await radio.count()) > 0) await radio.check();
    else skipped.push(choice);
  }
  const pngBytes = await download(page, dialog, 'Download PNG');
  const svgBytes = await download(page, dialog, 'Download SVG');
  // FIGURES_DIR=dir keeps the files, to look at them.
  const keep = process.env.FIGURES_DIR;
  if (keep) {
    const stem = c.name.replace(/[^a-z0-9]+/gi, '-');
    await writeFile(`${keep}/${stem}.png`, pngBytes);
    await writeFile(`${keep}/${stem}.svg`, svgBytes);
  }
  const png = await measurePng(page, pngBytes);
  const svg = await measureSvg(page, svgBytes);
  const slide = namesOnSlide(svg, names);
  console.log(
    [
      `${c.name}${skipped.length ? ` (no ${skipped.join(', ')})` : ''}:`,
      `PNG ${png.width}×${png.height}, aspect ${png.aspect.toFixed(3)}, empty ${(100 * png.emptyFraction).toFixed(1)}%;`,
      `SVG ${Math.round(svg.width)}×${Math.round(svg.height)}, ${svg.texts.length} texts, ${svg.overlaps.length} overlapping pairs;`,
      `${slide.count} names on a 1280×720 slide: smallest ${slide.smallest.toFixed(1)} px, median ${slide.median.toFixed(1)} px`,
    ].join(' '),
  );
  if (process.env.SHOW_OVERLAPS) for (const [a, b] of svg.overlaps) console.log(`   ${a}  ×  ${b}`);
  await page.close();
}
await browser.close();

/**
 * The performance benchmark: builds the production bundle, serves it, opens synthetic datasets
 * (scripts/lib/synthetic.ts) and the default dataset in headless Chromium, and prints medians.
 *
 *   npm run bench -- [--sizes default,100,1000,5000,20000] [--runs 5] [--out bench.json] [--no-build]
 *                    [--format-sizes 20000|none] [--format-runs 3]
 *
 * Numbers are medians over the runs; every run is a fresh browser context. See README, Performance.
 */
import {
  readFileSync,
  writeFileSync,
  mkdtempSync,
  rmSync,
  createReadStream,
  existsSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { build, preview, type Plugin } from 'vite';
import type { Browser, Page } from 'playwright-core';
import { buildVocabulary, relationType } from '../src/domain/relations';
import { parseDataset, type Dataset, type DatasetInput } from '../src/domain/schema';
import { launchChromium } from './lib/browser';
import { measureBundle, type BundleSizes } from './lib/bundleSizes';
import {
  installProbes,
  measureHeap,
  measureLoad,
  measurePanZoom,
  measurePng,
  measureViewChange,
  percentile,
  type ChangeTimes,
  type FrameTimes,
  type LoadTimes,
} from './lib/benchPage';
import { generateSyntheticDataset } from './lib/synthetic';
import { benchFormats, printFormatTable } from './lib/formatBench';

// ---------------------------------------------------------------- options

interface Options {
  sizes: string[];
  runs: number;
  out: string | null;
  build: boolean;
  /** Entities of the dataset each format is opened at (scripts/lib/formatBench.ts); [] skips. */
  formatSizes: number[];
  formatRuns: number;
}

function parseOptions(argv: string[]): Options {
  const options: Options = {
    sizes: ['default', '100', '1000', '5000', '20000'],
    runs: 5,
    out: null,
    build: true,
    formatSizes: [20_000],
    formatRuns: 3,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--sizes') options.sizes = (argv[++i] ?? '').split(',').filter(Boolean);
    else if (arg === '--runs') options.runs = Math.max(1, Number(argv[++i]) || 1);
    else if (arg === '--out') options.out = argv[++i] ?? null;
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--format-sizes')
      options.formatSizes = (argv[++i] ?? '')
        .split(',')
        .map(Number)
        .filter((n) => Number.isInteger(n) && n > 0);
    else if (arg === '--format-runs') options.formatRuns = Math.max(1, Number(argv[++i]) || 1);
    else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

// ---------------------------------------------------------------- datasets

interface DatasetSpec {
  name: string;
  /** Address to open, relative to the server root. */
  path: string;
  dataset: Dataset;
  /** The relation the filter step hides and shows again: the most used one. */
  filterRelation: { key: string; label: string };
}

const BENCH_DATA_ROUTE = '/bench-data/';

function mostUsedRelation(dataset: Dataset): { key: string; label: string } {
  const counts = new Map<string, number>();
  for (const edge of dataset.edges) counts.set(edge.relation, (counts.get(edge.relation) ?? 0) + 1);
  const [key] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  return { key, label: relationType(buildVocabulary(dataset.relationTypes), key).label };
}

function parsed(input: unknown, name: string): Dataset {
  const result = parseDataset(input);
  if (!result.ok) throw new Error(`${name} is not a valid dataset`);
  return result.dataset;
}

function prepareDatasets(sizes: string[], dataDir: string): DatasetSpec[] {
  return sizes.map((size) => {
    if (size === 'default') {
      const dataset = parsed(
        JSON.parse(readFileSync('data/kataib-hizballah.json', 'utf8')),
        'default',
      );
      return {
        name: 'default',
        path: '?bench',
        dataset,
        filterRelation: mostUsedRelation(dataset),
      };
    }
    const entities = Number(size);
    if (!Number.isInteger(entities) || entities < 1) throw new Error(`bad size ${size}`);
    const input: DatasetInput = generateSyntheticDataset({ entities, seed: 1 });
    const file = `synthetic-${entities}.json`;
    writeFileSync(join(dataDir, file), JSON.stringify(input));
    const dataset = parsed(input, file);
    return {
      name: entities.toLocaleString('en-GB'),
      path: `?bench&data=${BENCH_DATA_ROUTE}${file}`,
      dataset,
      filterRelation: mostUsedRelation(dataset),
    };
  });
}

/** Serves the generated datasets same-origin, from a temporary directory, next to dist/. */
function benchData(dataDir: string): Plugin {
  return {
    name: 'linkboard-bench-data',
    configurePreviewServer(server) {
      server.middlewares.use(BENCH_DATA_ROUTE, (req, res, next) => {
        const file = join(dataDir, (req.url ?? '').replace(/^\/+/, '').split('?')[0] ?? '');
        if (!file.startsWith(dataDir) || !existsSync(file)) return next();
        res.setHeader('Content-Type', 'application/json');
        createReadStream(file).pipe(res);
      });
    },
  };
}

// ---------------------------------------------------------------- one run

type Renderer = 'canvas' | 'webgl';

interface RunResult {
  renderer: Renderer;
  load: LoadTimes;
  heapBytes: number;
  filter: ChangeTimes[];
  asOf: ChangeTimes[];
  png: { ms: number; bytes: number };
  panZoom: FrameTimes;
  /** Library workarounds not on (src/graph/internals/workarounds.ts), as "name: why". */
  workaroundsOff: string[];
}

async function openPage(
  browser: Browser,
  baseUrl: string,
  spec: DatasetSpec,
  renderer: Renderer | null,
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`  page error: ${e.message}`));
  // tsx keeps function names with a `__name` helper that page.evaluate'd code cannot see.
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await page.addInitScript(installProbes);
  const query = renderer ? `${spec.path}&renderer=${renderer}` : spec.path;
  await page.goto(new URL(query, baseUrl).toString());
  return page;
}

function loadTimeout(spec: DatasetSpec): number {
  return Math.max(60_000, spec.dataset.nodes.length * 15);
}

async function activeRenderer(page: Page): Promise<Renderer> {
  return page.evaluate(() => {
    return window.__linkboard?.renderer() === 'webgl' ? 'webgl' : 'canvas';
  });
}

async function fullRun(browser: Browser, baseUrl: string, spec: DatasetSpec): Promise<RunResult> {
  const page = await openPage(browser, baseUrl, spec, null);
  try {
    const load = await measureLoad(page, loadTimeout(spec));
    const heapBytes = await measureHeap(page);
    const relation = spec.filterRelation;
    const filter = [
      await measureViewChange(page, { kind: 'toggleRelation', ...relation }),
      await measureViewChange(page, { kind: 'toggleRelation', ...relation }),
    ];
    const asOf: ChangeTimes[] = [];
    for (const date of ['2012-06-30', '2018-01-01', null])
      asOf.push(await measureViewChange(page, { kind: 'asOf', date }));
    const png = await measurePng(page);
    const panZoom = await measurePanZoom(page);
    const workaroundsOff = await page.evaluate(() =>
      window
        .__linkboard!.workarounds()
        .filter((w) => w.state !== 'on')
        .map((w) => `${w.name}: ${w.state}${w.reason ? ` (${w.reason})` : ''}`),
    );
    return {
      renderer: await activeRenderer(page),
      load,
      heapBytes,
      filter,
      asOf,
      png,
      panZoom,
      workaroundsOff,
    };
  } finally {
    await page.context().close();
  }
}

/** Pan/zoom only, with the renderer the size threshold did not pick, for the comparison. */
async function panZoomRun(
  browser: Browser,
  baseUrl: string,
  spec: DatasetSpec,
  renderer: Renderer,
): Promise<FrameTimes | null> {
  const page = await openPage(browser, baseUrl, spec, renderer);
  try {
    await measureLoad(page, loadTimeout(spec));
    if ((await activeRenderer(page)) !== renderer) return null;
    return await measurePanZoom(page);
  } finally {
    await page.context().close();
  }
}

// ---------------------------------------------------------------- summary

const median = (values: number[]) => percentile(values, 50);

interface Summary {
  name: string;
  entities: number;
  relations: number;
  renderer: Renderer;
  drawn: number;
  placed: number;
  parse: number;
  elements: number;
  layout: number;
  firstRender: number;
  longestTaskLoad: number;
  filter: number;
  longestTaskFilter: number;
  asOf: number;
  filterViaUi: boolean;
  asOfViaUi: boolean;
  png: number;
  pngBytes: number;
  heapMB: number;
  frames: Record<Renderer, { p50: number; p95: number; max: number } | null>;
}

function summarise(spec: DatasetSpec, runs: RunResult[], other: FrameTimes[]): Summary {
  const of = (pick: (r: RunResult) => number) => median(runs.map(pick));
  const filters = runs.flatMap((r) => r.filter);
  const dates = runs.flatMap((r) => r.asOf);
  const renderer = runs[0]!.renderer;
  const frameSummary = (frames: FrameTimes[]) =>
    frames.length === 0
      ? null
      : {
          p50: median(frames.map((f) => f.p50)),
          p95: median(frames.map((f) => f.p95)),
          max: Math.max(...frames.map((f) => f.max)),
        };
  const otherRenderer: Renderer = renderer === 'canvas' ? 'webgl' : 'canvas';
  return {
    name: spec.name,
    entities: spec.dataset.nodes.length,
    relations: spec.dataset.edges.length,
    renderer,
    drawn: of((r) => r.load.drawn),
    placed: of((r) => r.load.placed ?? Number.NaN),
    parse: of((r) => r.load.parse),
    elements: of((r) => r.load.elements),
    layout: of((r) => r.load.layout),
    firstRender: of((r) => r.load.firstRender),
    longestTaskLoad: of((r) => r.load.longestTask),
    filter: median(filters.map((c) => c.ms)),
    longestTaskFilter: median(filters.map((c) => c.longestTask)),
    asOf: median(dates.map((c) => c.ms)),
    filterViaUi: filters.every((c) => c.via === 'ui'),
    asOfViaUi: dates.every((c) => c.via === 'ui'),
    png: of((r) => r.png.ms),
    pngBytes: of((r) => r.png.bytes),
    heapMB: of((r) => r.heapBytes) / 1_048_576,
    frames: {
      [renderer]: frameSummary(runs.map((r) => r.panZoom)),
      [otherRenderer]: frameSummary(other),
    } as Summary['frames'],
  };
}

function fmt(value: number | undefined | null, digits = 0): string {
  return value === undefined || value === null || Number.isNaN(value) ? '–' : value.toFixed(digits);
}

function printTable(summaries: Summary[]): void {
  const rows: [string, (s: Summary) => string][] = [
    ['entities / relations', (s) => `${s.entities} / ${s.relations}`],
    ['renderer (auto)', (s) => s.renderer],
    ['navigation → drawn (ms)', (s) => fmt(s.drawn)],
    ['  first picture, before the layout (ms)', (s) => fmt(s.placed)],
    ['  parse: JSON + schema (ms)', (s) => fmt(s.parse)],
    ['  elements into Cytoscape (ms)', (s) => fmt(s.elements)],
    ['  layout (ms)', (s) => fmt(s.layout)],
    ['  first render (ms)', (s) => fmt(s.firstRender)],
    ['longest task, load (ms)', (s) => fmt(s.longestTaskLoad)],
    ['filter → redrawn (ms)', (s) => `${fmt(s.filter)}${s.filterViaUi ? '' : ' ¹'}`],
    ['longest task, filter (ms)', (s) => fmt(s.longestTaskFilter)],
    ['as-of date → redrawn (ms)', (s) => `${fmt(s.asOf)}${s.asOfViaUi ? '' : ' ¹'}`],
    ['pan/zoom frame p50 / p95, canvas (ms)', (s) => frames(s.frames.canvas)],
    ['pan/zoom frame p50 / p95, WebGL (ms)', (s) => frames(s.frames.webgl)],
    ['PNG 2× (ms)', (s) => fmt(s.png)],
    ['JS heap after load (MB)', (s) => fmt(s.heapMB, 1)],
  ];
  const header = ['', ...summaries.map((s) => s.name)];
  const body = rows.map(([label, cell]) => [label, ...summaries.map(cell)]);
  printMarkdown([header, ...body]);
  if (summaries.some((s) => !s.filterViaUi || !s.asOfViaUi))
    console.log('¹ through the ?bench hook (no UI control for it in this build)');
}

function frames(f: { p50: number; p95: number } | null): string {
  return f ? `${fmt(f.p50, 1)} / ${fmt(f.p95, 1)}` : '–';
}

function printMarkdown(table: string[][]): void {
  const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
  const line = (row: string[]) =>
    `| ${row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(' | ')} |`;
  console.log(line(table[0]!));
  console.log(
    `| ${widths.map((w, c) => (c === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`,
  );
  for (const row of table.slice(1)) console.log(line(row));
}

function printBundle(bundle: BundleSizes): void {
  const kb = (bytes: number) => (bytes / 1000).toFixed(1);
  printMarkdown([
    ['chunk', 'loaded', 'raw (kB)', 'gzip (kB)'],
    ...bundle.chunks.map((c) => [c.file, c.kind, kb(c.raw), kb(c.gzip)]),
    ['initial JavaScript', '', kb(bundle.initialJs.raw), kb(bundle.initialJs.gzip)],
  ]);
}

interface TargetCheck {
  target: string;
  actual: string;
  met: boolean;
}

function checkTargets(summaries: Summary[], bundle: BundleSizes): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const by = (name: string) => summaries.find((s) => s.name === name);
  const check = (target: string, value: number, limit: number, unit = 'ms') =>
    checks.push({
      target,
      actual: `${fmt(value, unit === 'ms' ? 0 : 1)} ${unit}`,
      met: value <= limit,
    });
  const small = by('default');
  if (small) {
    check('default: drawn ≤ 1,000 ms', small.drawn, 1_000);
    check('default: filter ≤ 50 ms', small.filter, 50);
    check('default: as-of ≤ 50 ms', small.asOf, 50);
    check('default: PNG 2× ≤ 500 ms', small.png, 500);
  }
  const thousand = by('1,000');
  if (thousand) {
    check('1,000: drawn ≤ 3,000 ms', thousand.drawn, 3_000);
    check(
      '1,000: no task > 200 ms (load, filter)',
      Math.max(thousand.longestTaskLoad, thousand.longestTaskFilter),
      200,
    );
    check('1,000: filter ≤ 100 ms', thousand.filter, 100);
  }
  const fiveThousand = by('5,000');
  if (fiveThousand) {
    check('5,000: drawn ≤ 8,000 ms', fiveThousand.drawn, 8_000);
    check('5,000: filter ≤ 300 ms', fiveThousand.filter, 300);
    const auto = fiveThousand.frames[fiveThousand.renderer];
    check(`5,000: pan/zoom p95 ≤ 33 ms (${fiveThousand.renderer})`, auto?.p95 ?? NaN, 33);
  }
  const large = by('20,000');
  if (large) {
    const auto = large.frames[large.renderer];
    check(
      '20,000: no freeze > 1,000 ms (load, filter, pan)',
      Math.max(large.longestTaskLoad, large.longestTaskFilter, auto?.max ?? NaN),
      1_000,
    );
  }
  check('initial JS ≤ 300 kB gzip', bundle.initialJs.gzip / 1000, 300, 'kB');
  return checks;
}

// ---------------------------------------------------------------- machine

async function describeMachine(browser: Browser, baseUrl: string) {
  const cpuInfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /model name\s*:\s*(.+)/.exec(cpuInfo)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  const page = await browser.newPage();
  await page.goto(baseUrl);
  const webgl = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return 'none';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  });
  await page.close();
  return {
    date: new Date().toISOString(),
    cpu: model,
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 1e9),
    node: process.version,
    chromium: browser.version(),
    webgl,
  };
}

// ---------------------------------------------------------------- main

/** Progress on one rewritten terminal line; nothing when the output is not a terminal. */
function progress(text: string): void {
  if (process.stderr.isTTY) process.stderr.write(`${text.padEnd(60)}\r`);
}

const options = parseOptions(process.argv.slice(2));
const loadBefore = loadavg();
if (options.build) await build({ logLevel: 'warn' });
if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run without --no-build');
const bundle = measureBundle('dist');

const dataDir = mkdtempSync(join(tmpdir(), 'linkboard-bench-'));
const server = await preview({
  preview: { port: 0, host: '127.0.0.1', strictPort: false },
  plugins: [benchData(dataDir)],
  logLevel: 'silent',
});
const baseUrl = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/`;
let browser: Browser | null = null;
try {
  const specs = prepareDatasets(options.sizes, dataDir);
  browser = await launchChromium();
  const machine = await describeMachine(browser, baseUrl);
  console.log(
    `Linkboard benchmark: ${machine.cpu}, ${machine.cores} cores, Chromium ${machine.chromium}, WebGL: ${machine.webgl}`,
  );
  console.log(`load average before: ${loadBefore.map((l) => l.toFixed(2)).join(' ')}\n`);
  const summaries: Summary[] = [];
  const raw: Record<string, { runs: RunResult[]; otherRenderer: FrameTimes[] }> = {};
  for (const spec of specs) {
    const runs: RunResult[] = [];
    for (let i = 0; i < options.runs; i++) {
      progress(`${spec.name}: run ${i + 1}/${options.runs}…`);
      runs.push(await fullRun(browser, baseUrl, spec));
    }
    const other: FrameTimes[] = [];
    const otherRenderer: Renderer = runs[0]!.renderer === 'canvas' ? 'webgl' : 'canvas';
    for (let i = 0; i < options.runs; i++) {
      progress(`${spec.name}: ${otherRenderer} pan/zoom ${i + 1}/${options.runs}…`);
      const frames = await panZoomRun(browser, baseUrl, spec, otherRenderer);
      if (!frames) break; // this build cannot switch renderers
      other.push(frames);
    }
    raw[spec.name] = { runs, otherRenderer: other };
    summaries.push(summarise(spec, runs, other));
  }
  const formats = await benchFormats(
    browser,
    baseUrl,
    dataDir,
    options.formatSizes,
    options.formatRuns,
    progress,
  );
  progress('');
  const loadAfter = loadavg();
  printTable(summaries);
  if (formats.length > 0) {
    console.log('\nOpening files, per format (medians):\n');
    printFormatTable(formats);
  }
  console.log('');
  printBundle(bundle);
  console.log('');
  const targets = checkTargets(summaries, bundle);
  for (const t of targets) console.log(`${t.met ? 'met   ' : 'MISSED'}  ${t.target}: ${t.actual}`);
  const workaroundsOff = [
    ...new Set(Object.values(raw).flatMap((r) => r.runs.flatMap((run) => run.workaroundsOff))),
  ];
  console.log(
    `\nlibrary workarounds (src/graph/internals/): ${workaroundsOff.length === 0 ? 'all on' : `OFF: ${workaroundsOff.join('; ')}`}`,
  );
  console.log(`\nload average after: ${loadAfter.map((l) => l.toFixed(2)).join(' ')}`);
  if (options.out) {
    const report = {
      machine: { ...machine, loadBefore, loadAfter },
      options,
      summaries,
      formats,
      targets,
      bundle,
      raw,
    };
    writeFileSync(options.out, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`wrote ${options.out}`);
  }
} finally {
  await browser?.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}

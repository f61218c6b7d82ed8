/**
 * The performance benchmark: builds the production bundle, serves it, opens synthetic datasets
 * (scripts/lib/synthetic.ts) and the default dataset in headless Chromium, and prints medians.
 *
 *   npm run bench -- [--sizes default,100,1000,5000,20000] [--runs 5] [--out bench.json]
 *                    [--no-build] [--no-compare] [--format-sizes 20000|none] [--format-runs 3]
 *   npm run bench -- --report a.json,b.json     # one table from runs saved with --out
 *
 * Numbers are medians over the runs (the mean of the two middle ones for an even count); every
 * run is a fresh browser context, with the load average noted before and after it. See README,
 * Performance.
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
  measureDrag,
  measureHeap,
  measureLoad,
  measurePng,
  measureViewChange,
  measureWheelZoom,
  type ChangeTimes,
  type DragStart,
  type FrameTimes,
  type LoadTimes,
} from './lib/benchPage';
import { maximum, median } from './lib/stats';
import { generateSyntheticDataset } from './lib/synthetic';
import { benchFormats, printFormatTable } from './lib/formatBench';

// ---------------------------------------------------------------- options

interface Options {
  sizes: string[];
  runs: number;
  out: string | null;
  build: boolean;
  /** Also measure drags and zoom with the renderer the size threshold did not pick. */
  compare: boolean;
  /** Saved runs (--out files) to print one table from, instead of measuring. */
  report: string[];
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
    compare: true,
    report: [],
    formatSizes: [20_000],
    formatRuns: 3,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--sizes') options.sizes = (argv[++i] ?? '').split(',').filter(Boolean);
    else if (arg === '--runs') options.runs = Math.max(1, Number(argv[++i]) || 1);
    else if (arg === '--out') options.out = argv[++i] ?? null;
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--no-compare') options.compare = false;
    else if (arg === '--report') options.report = (argv[++i] ?? '').split(',').filter(Boolean);
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
const DRAG_STARTS: DragStart[] = ['background', 'relation'];

/** The 1-minute load average, before and after a run. */
interface Load {
  loadBefore: number;
  loadAfter: number;
}

interface Motion {
  drags: Record<DragStart, FrameTimes | null>;
  zoom: FrameTimes;
}

interface RunResult extends Load, Motion {
  renderer: Renderer;
  load: LoadTimes;
  heapBytes: number;
  hide: ChangeTimes;
  show: ChangeTimes;
  goToDate: ChangeTimes[];
  allDates: ChangeTimes;
  /**
   * For a dataset that opens as collapsed clusters: how many elements are drawn then, and the
   * largest cluster expanded and collapsed again.
   */
  clusters: { drawn: number; expand: ChangeTimes; collapse: ChangeTimes } | null;
  png: { ms: number; bytes: number };
  /** Library workarounds not on (src/graph/internals/workarounds.ts), as "name: why". */
  workaroundsOff: string[];
}

interface OtherRendererRun extends Load, Motion {
  renderer: Renderer;
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

/** Generous: on a machine shared with other work a large graph can take minutes to load. */
function loadTimeout(spec: DatasetSpec): number {
  return Math.max(180_000, spec.dataset.nodes.length * 60);
}

async function activeRenderer(page: Page): Promise<Renderer> {
  return page.evaluate(() => {
    return window.__linkboard?.renderer() === 'webgl' ? 'webgl' : 'canvas';
  });
}

/** Drags from the background, then from a relation, then turns the wheel. */
async function measureMotion(page: Page): Promise<Motion> {
  const drags = {} as Motion['drags'];
  for (const start of DRAG_STARTS) drags[start] = await measureDrag(page, start);
  return { drags, zoom: await measureWheelZoom(page) };
}

async function withLoad<T extends object>(work: () => Promise<T>): Promise<T & Load> {
  const loadBefore = loadavg()[0]!;
  const result = await work();
  return { ...result, loadBefore, loadAfter: loadavg()[0]! };
}

async function fullRun(browser: Browser, baseUrl: string, spec: DatasetSpec): Promise<RunResult> {
  return withLoad(async () => {
    const page = await openPage(browser, baseUrl, spec, null);
    try {
      const load = await measureLoad(page, loadTimeout(spec));
      const heapBytes = await measureHeap(page);
      const relation = spec.filterRelation;
      const hide = await measureViewChange(page, { kind: 'toggleRelation', ...relation });
      const show = await measureViewChange(page, { kind: 'toggleRelation', ...relation });
      const goToDate: ChangeTimes[] = [];
      for (const date of ['2012-06-30', '2018-01-01'])
        goToDate.push(await measureViewChange(page, { kind: 'asOf', date }));
      const allDates = await measureViewChange(page, { kind: 'asOf', date: null });
      const clusters = await measureClusters(page);
      // Drags before the export: a user pans the graph they are reading; the export restyles it.
      const motion = await measureMotion(page);
      const png = await measurePng(page);
      const renderer = await activeRenderer(page);
      const workaroundsOff = await page.evaluate(() =>
        window
          .__linkboard!.workarounds()
          .filter((w) => w.state !== 'on')
          .map((w) => `${w.name}: ${w.state}${w.reason ? ` (${w.reason})` : ''}`),
      );
      return {
        renderer,
        load,
        heapBytes,
        hide,
        show,
        goToDate,
        allDates,
        clusters,
        png,
        workaroundsOff,
        ...motion,
      };
    } finally {
      await page.context().close();
    }
  });
}

/**
 * A dataset opened as collapsed clusters (src/domain/groups.ts): the elements drawn, then the
 * largest cluster expanded and collapsed again through its Details. Null for other datasets.
 */
async function measureClusters(page: Page): Promise<RunResult['clusters']> {
  const opened = await page.evaluate(() => {
    const { view } = window.__linkboard!.store.getState();
    if (view.groupBy !== 'community' || view.collapsedGroups !== 'all') return null;
    const cy = window.__linkboard!.cy()!;
    const largest = cy
      .nodes('.group-collapsed')
      .sort((a, b) => Number(b.data('count')) - Number(a.data('count')))
      .first();
    return largest.empty() ? null : { id: largest.id(), drawn: cy.elements().length };
  });
  if (!opened) return null;
  const expand = await measureViewChange(page, { kind: 'group', id: opened.id, collapse: false });
  const collapse = await measureViewChange(page, { kind: 'group', id: opened.id, collapse: true });
  await page.evaluate(() => window.__linkboard!.store.getState().select(null));
  return { drawn: opened.drawn, expand, collapse };
}

/** Drags and zoom only, with the renderer the size threshold did not pick, for the comparison. */
async function otherRendererRun(
  browser: Browser,
  baseUrl: string,
  spec: DatasetSpec,
  renderer: Renderer,
): Promise<OtherRendererRun | null> {
  const result = await withLoad(async () => {
    const page = await openPage(browser, baseUrl, spec, renderer);
    try {
      await measureLoad(page, loadTimeout(spec));
      if ((await activeRenderer(page)) !== renderer) return { skipped: true as const };
      return { skipped: false as const, renderer, ...(await measureMotion(page)) };
    } finally {
      await page.context().close();
    }
  });
  if (result.skipped) return null;
  const { skipped: _skipped, ...run } = result;
  return run;
}

// ---------------------------------------------------------------- summary

/** Medians of a run's frame spread: p50, p95 and max, each the median over the runs. */
interface FrameSummary {
  p50: number;
  p95: number;
  max: number;
  /** The worst frame of any run. */
  worst: number;
  runs: number;
  /** Runs whose press did not land where it was meant to (a node, or nothing found). */
  missed: number;
}

type MotionSummary = Record<DragStart | 'zoom', FrameSummary | null>;

interface Summary {
  name: string;
  entities: number;
  relations: number;
  runs: number;
  renderer: Renderer;
  drawn: number;
  placed: number;
  parse: number;
  elements: number;
  layout: number;
  firstRender: number;
  longestTaskLoad: number;
  busyAfterLoad: number;
  hide: number;
  longestTaskHide: number;
  show: number;
  longestTaskShow: number;
  goToDate: number;
  allDates: number;
  longestTaskDates: number;
  /** Opened as clusters: elements drawn, expanding and collapsing the largest (NaN otherwise). */
  clusterElements: number;
  expandCluster: number;
  longestTaskExpand: number;
  collapseCluster: number;
  viaHook: boolean;
  png: number;
  pngBytes: number;
  heapMB: number;
  motion: Record<Renderer, MotionSummary | null>;
  loadAverage: { min: number; max: number };
  /** Runs that failed (a timeout, a crash), left out of the medians. */
  failedRuns?: number;
}

function frameSummary(
  frames: (FrameTimes | null)[],
  expected: 'background' | 'edge' | null,
): FrameSummary | null {
  const measured = frames.filter((f): f is FrameTimes => f !== null);
  if (frames.length === 0) return null;
  const on = (f: FrameTimes) => expected === null || f.pressedOn === expected;
  return {
    p50: median(measured.map((f) => f.p50)),
    p95: median(measured.map((f) => f.p95)),
    max: median(measured.map((f) => f.max)),
    worst: maximum(measured.map((f) => f.max)),
    runs: measured.length,
    missed: frames.length - measured.filter(on).length,
  };
}

function motionSummary(runs: Motion[]): MotionSummary | null {
  if (runs.length === 0) return null;
  return {
    background: frameSummary(
      runs.map((r) => r.drags.background),
      'background',
    ),
    relation: frameSummary(
      runs.map((r) => r.drags.relation),
      'edge',
    ),
    zoom: frameSummary(
      runs.map((r) => r.zoom),
      null,
    ),
  };
}

function summarise(spec: DatasetSpec, runs: RunResult[], other: OtherRendererRun[]): Summary {
  const of = (pick: (r: RunResult) => number) => median(runs.map(pick));
  const dates = runs.flatMap((r) => [...r.goToDate, r.allDates]);
  const changes = runs.flatMap((r) => [
    r.hide,
    r.show,
    ...r.goToDate,
    r.allDates,
    ...(r.clusters ? [r.clusters.expand, r.clusters.collapse] : []),
  ]);
  const renderer = runs[0]!.renderer;
  const otherRenderer: Renderer = renderer === 'canvas' ? 'webgl' : 'canvas';
  const loads = [...runs, ...other].flatMap((r) => [r.loadBefore, r.loadAfter]);
  return {
    name: spec.name,
    entities: spec.dataset.nodes.length,
    relations: spec.dataset.edges.length,
    runs: runs.length,
    renderer,
    drawn: of((r) => r.load.drawn),
    placed: of((r) => r.load.placed ?? Number.NaN),
    parse: of((r) => r.load.parse),
    elements: of((r) => r.load.elements),
    layout: of((r) => r.load.layout),
    firstRender: of((r) => r.load.firstRender),
    longestTaskLoad: of((r) => r.load.longestTask),
    busyAfterLoad: of((r) => r.load.busyUntil),
    hide: of((r) => r.hide.ms),
    longestTaskHide: of((r) => r.hide.longestTask),
    show: of((r) => r.show.ms),
    longestTaskShow: of((r) => r.show.longestTask),
    goToDate: median(runs.flatMap((r) => r.goToDate.map((c) => c.ms))),
    allDates: of((r) => r.allDates.ms),
    longestTaskDates: median(dates.map((c) => c.longestTask)),
    clusterElements: of((r) => r.clusters?.drawn ?? Number.NaN),
    expandCluster: of((r) => r.clusters?.expand.ms ?? Number.NaN),
    longestTaskExpand: of((r) => r.clusters?.expand.longestTask ?? Number.NaN),
    collapseCluster: of((r) => r.clusters?.collapse.ms ?? Number.NaN),
    viaHook: changes.some((c) => c.via === 'hook'),
    png: of((r) => r.png.ms),
    pngBytes: of((r) => r.png.bytes),
    heapMB: of((r) => r.heapBytes) / 1_048_576,
    motion: {
      [renderer]: motionSummary(runs),
      [otherRenderer]: motionSummary(other),
    } as Summary['motion'],
    loadAverage: { min: Math.min(...loads), max: Math.max(...loads) },
  };
}

function fmt(value: number | undefined | null, digits = 0): string {
  return value === undefined || value === null || Number.isNaN(value) ? '–' : value.toFixed(digits);
}

function frameCell(f: FrameSummary | null | undefined): string {
  if (!f || f.runs === 0) return '–';
  const missed = f.missed > 0 ? ` ³` : '';
  return `${fmt(f.p50, 1)} / ${fmt(f.p95, 1)} / ${fmt(f.max, 0)}${missed}`;
}

const FRAME_ROWS: [string, DragStart | 'zoom'][] = [
  ['drag from background', 'background'],
  ['drag from a relation', 'relation'],
  ['wheel zoom', 'zoom'],
];

function printTable(summaries: Summary[]): void {
  const rows: [string, (s: Summary) => string][] = [
    ['entities / relations', (s) => `${s.entities} / ${s.relations}`],
    ['runs (failed)', (s) => `${s.runs}${s.failedRuns ? ` (${s.failedRuns} failed)` : ''}`],
    ['renderer (auto)', (s) => s.renderer],
    ['navigation → drawn (ms)', (s) => fmt(s.drawn)],
    ['  first picture, before the layout (ms)', (s) => fmt(s.placed)],
    ['  parse: JSON + schema (ms)', (s) => fmt(s.parse)],
    ['  elements into Cytoscape (ms)', (s) => fmt(s.elements)],
    ['  layout (ms)', (s) => fmt(s.layout)],
    ['  first render (ms)', (s) => fmt(s.firstRender)],
    ['longest task, load until quiet (ms)', (s) => fmt(s.longestTaskLoad)],
    ['  last long task after drawn (ms)', (s) => fmt(s.busyAfterLoad - s.drawn)],
    ['hide a relation type → redrawn (ms)', (s) => fmt(s.hide)],
    ['  longest task until quiet (ms)', (s) => fmt(s.longestTaskHide)],
    ['show it again → redrawn (ms)', (s) => fmt(s.show)],
    ['  longest task until quiet (ms)', (s) => fmt(s.longestTaskShow)],
    ['go to a date → redrawn (ms)', (s) => fmt(s.goToDate)],
    ['All dates → redrawn (ms)', (s) => fmt(s.allDates)],
    ['  longest task until quiet (ms)', (s) => fmt(s.longestTaskDates)],
    ['opened as clusters: elements drawn', (s) => fmt(s.clusterElements)],
    ['expand the largest cluster → redrawn (ms)', (s) => fmt(s.expandCluster)],
    ['  longest task until quiet (ms)', (s) => fmt(s.longestTaskExpand)],
    ['collapse it again → redrawn (ms)', (s) => fmt(s.collapseCluster)],
    ...(['canvas', 'webgl'] as Renderer[]).flatMap((renderer) =>
      FRAME_ROWS.map(([label, key]): [string, (s: Summary) => string] => [
        `${label}, ${renderer === 'webgl' ? 'WebGL' : 'canvas'}: frame p50 / p95 / max (ms)`,
        (s) => frameCell(s.motion[renderer]?.[key]),
      ]),
    ),
    ['PNG 2× (ms)', (s) => fmt(s.png)],
    ['JS heap after load (MB)', (s) => fmt(s.heapMB, 1)],
    [
      'load average during the runs',
      (s) => `${fmt(s.loadAverage.min, 2)}–${fmt(s.loadAverage.max, 2)}`,
    ],
  ];
  const header = ['', ...summaries.map((s) => s.name)];
  const body = rows.map(([label, cell]) => [label, ...summaries.map(cell)]);
  printMarkdown([header, ...body]);
  if (summaries.some((s) => s.viaHook))
    console.log('¹ some view changes went through the ?bench hook (no UI control in this build)');
  console.log(
    'Frames: medians over the runs of each run’s median, 95th percentile and longest frame.',
  );
  const missed = summaries.flatMap((s) =>
    (['canvas', 'webgl'] as Renderer[]).flatMap((renderer) =>
      FRAME_ROWS.flatMap(([label, key]) => {
        const f = s.motion[renderer]?.[key];
        return f && f.missed > 0
          ? [`${s.name}, ${label} (${renderer}): ${f.missed} run(s) did not press where meant`]
          : [];
      }),
    ),
  );
  for (const line of missed) console.log(`³ ${line}`);
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
  const auto = (s: Summary) => s.motion[s.renderer];
  const small = by('default');
  if (small) {
    check('default: drawn ≤ 1,000 ms', small.drawn, 1_000);
    check('default: hide and show a relation type ≤ 50 ms', Math.max(small.hide, small.show), 50);
    check('default: as-of ≤ 50 ms', Math.max(small.goToDate, small.allDates), 50);
    check('default: PNG 2× ≤ 500 ms', small.png, 500);
  }
  const thousand = by('1,000');
  if (thousand) {
    check('1,000: drawn ≤ 3,000 ms', thousand.drawn, 3_000);
    check(
      '1,000: no task > 200 ms (load, hide, show)',
      Math.max(thousand.longestTaskLoad, thousand.longestTaskHide, thousand.longestTaskShow),
      200,
    );
    check('1,000: hide and show ≤ 100 ms', Math.max(thousand.hide, thousand.show), 100);
  }
  const fiveThousand = by('5,000');
  if (fiveThousand) {
    check('5,000: drawn ≤ 8,000 ms', fiveThousand.drawn, 8_000);
    check('5,000: hide a relation type ≤ 300 ms', fiveThousand.hide, 300);
    check('5,000: show it again ≤ 300 ms', fiveThousand.show, 300);
    const motion = auto(fiveThousand);
    for (const [label, key] of FRAME_ROWS.slice(0, 2))
      check(`5,000: ${label}, no frame > 100 ms`, motion?.[key]?.max ?? NaN, 100);
    check('5,000: wheel zoom p95 ≤ 33 ms', motion?.zoom?.p95 ?? NaN, 33);
  }
  const large = by('20,000');
  if (large) {
    const motion = auto(large);
    check('20,000: opened, clustered and laid out ≤ 8,000 ms', large.drawn, 8_000);
    check('20,000: expanding one cluster ≤ 500 ms', large.expandCluster, 500);
    for (const [label, key] of FRAME_ROWS) {
      check(`20,000: ${label}, frame p95 ≤ 33 ms`, motion?.[key]?.p95 ?? NaN, 33);
      check(`20,000: ${label}, no frame > 200 ms`, motion?.[key]?.max ?? NaN, 200);
    }
    check(
      '20,000: no task > 1,000 ms (load, hide, show)',
      Math.max(large.longestTaskLoad, large.longestTaskHide, large.longestTaskShow),
      1_000,
    );
    check('20,000: JS heap after load < 150 MB', large.heapMB, 150, 'MB');
  }
  const huge = by('100,000');
  if (huge) check('100,000: opens, no task > 1,000 ms', huge.longestTaskLoad, 1_000);
  check('initial JS ≤ 300 kB gzip', bundle.initialJs.gzip / 1000, 300, 'kB');
  return checks;
}

function printReport(summaries: Summary[], bundle: BundleSizes): TargetCheck[] {
  printTable(summaries);
  console.log('');
  printBundle(bundle);
  console.log('');
  const targets = checkTargets(summaries, bundle);
  for (const t of targets) console.log(`${t.met ? 'met   ' : 'MISSED'}  ${t.target}: ${t.actual}`);
  return targets;
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

interface SavedReport {
  machine: Record<string, unknown>;
  summaries: Summary[];
  bundle: BundleSizes;
}

const options = parseOptions(process.argv.slice(2));
if (options.report.length > 0) {
  const reports = options.report.map(
    (file) => JSON.parse(readFileSync(file, 'utf8')) as SavedReport,
  );
  for (const [i, report] of reports.entries())
    console.log(`${options.report[i]}: ${JSON.stringify(report.machine)}`);
  console.log('');
  printReport(
    reports.flatMap((r) => r.summaries),
    reports[0]!.bundle,
  );
  process.exit(0);
}
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
  const raw: Record<
    string,
    { runs: RunResult[]; otherRenderer: OtherRendererRun[]; failures: unknown[] }
  > = {};
  for (const spec of specs) {
    const runs: RunResult[] = [];
    const failures: { run: number; error: string; loadBefore: number; loadAfter: number }[] = [];
    for (let i = 0; i < options.runs; i++) {
      progress(`${spec.name}: run ${i + 1}/${options.runs}…`);
      const loadBefore = loadavg()[0]!;
      try {
        runs.push(await fullRun(browser, baseUrl, spec));
      } catch (error) {
        // A failed run is reported, not dropped silently: it counts against the size.
        const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
        failures.push({ run: i + 1, error: message, loadBefore, loadAfter: loadavg()[0]! });
        console.error(`  ${spec.name}, run ${i + 1} failed: ${message}`);
      }
    }
    if (runs.length === 0) {
      raw[spec.name] = { runs, otherRenderer: [], failures };
      continue;
    }
    const other: OtherRendererRun[] = [];
    const otherRenderer: Renderer = runs[0]!.renderer === 'canvas' ? 'webgl' : 'canvas';
    for (let i = 0; options.compare && i < options.runs; i++) {
      progress(`${spec.name}: ${otherRenderer} drags and zoom ${i + 1}/${options.runs}…`);
      const result = await otherRendererRun(browser, baseUrl, spec, otherRenderer).catch(
        (error: unknown) => {
          console.error(`  ${spec.name}, ${otherRenderer} run ${i + 1} failed: ${String(error)}`);
          return undefined;
        },
      );
      if (result === null) break; // this build cannot switch renderers
      if (result) other.push(result);
    }
    raw[spec.name] = { runs, otherRenderer: other, failures };
    summaries.push({ ...summarise(spec, runs, other), failedRuns: failures.length });
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
  const targets = printReport(summaries, bundle);
  if (formats.length > 0) {
    console.log('\nOpening files, per format (medians):\n');
    printFormatTable(formats);
  }
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

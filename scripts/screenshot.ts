/**
 * Opens a page in headless Chromium, waits for the graph, saves a screenshot and prints any
 * console errors. Used for the README screenshot and for looking at UI work:
 *   npm run screenshot -- [url] [--out file.png] [--size 1280x800]
 */
import { launchChromium } from './lib/browser';

const args = process.argv.slice(2);
let url = 'http://127.0.0.1:4173/';
let out = 'public/screenshot.png';
let width = 1280;
let height = 800;
for (let i = 0; i < args.length; i++) {
  const arg = args[i] as string;
  if (arg === '--out') out = args[++i] ?? out;
  else if (arg === '--size') {
    const [w, h] = (args[++i] ?? '').split('x').map(Number);
    if (w && h) [width, height] = [w, h];
  } else url = arg;
}

const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width, height } });
const problems: string[] = [];
page.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
});
page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
await page.goto(url);
await page.getByRole('status').filter({ hasText: 'Showing' }).waitFor({ timeout: 30_000 });
await page.waitForTimeout(1500);
await page.screenshot({ path: out });
console.log(`saved ${out} (${width}x${height})`);
for (const p of problems) console.log(p);
await browser.close();

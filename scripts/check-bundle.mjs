/**
 * The initial JavaScript budget (300 KB gzip): what the built page loads before anything else,
 * the scripts and module preloads index.html names, each gzipped at zlib's default level, in kB
 * of 1,000 bytes: the same measure as npm run bench (scripts/lib/bundleSizes.ts). Run after a
 * build (npm run test:e2e runs it); exits non-zero over the budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 300;
const dist = process.argv[2] ?? 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const files = [
  ...new Set([...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1])),
];
if (files.length === 0) {
  console.error(`check-bundle: no scripts found in ${join(dist, 'index.html')}`);
  process.exit(1);
}
let total = 0;
for (const file of files.sort()) {
  const size = gzipSync(readFileSync(join(dist, file))).length;
  total += size;
  console.log(`${(size / 1000).toFixed(1).padStart(7)} kB  ${file}`);
}
const totalKb = total / 1000;
console.log(
  `${totalKb.toFixed(1).padStart(7)} kB  initial JavaScript (gzip, kB of 1,000 bytes), budget ${BUDGET_KB} kB`,
);
if (totalKb > BUDGET_KB) {
  console.error(`check-bundle: over the budget by ${(totalKb - BUDGET_KB).toFixed(1)} kB`);
  process.exit(1);
}

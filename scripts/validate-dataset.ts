/**
 * Checks a dataset file against the schema and, given source texts, that every quote is verbatim.
 *   npm run validate -- data/kataib-hizballah.json --require-evidence --source <article.txt>
 * `--require-evidence` refuses any entity, relation or event without a quote (curated datasets);
 * without it, such items are accepted as unsourced, as the app accepts imported ones.
 * Exits 1 with the list of problems, 0 when the dataset is sound.
 */
import { readFileSync } from 'node:fs';
import { findUnverifiedQuotes } from '../src/domain/quotes';
import { parseDataset } from '../src/domain/schema';

function usage(message: string): never {
  console.error(
    `${message}\nusage: npm run validate -- <dataset.json> [--require-evidence] [--source <text file>]...`,
  );
  process.exit(2);
}

const args = process.argv.slice(2);
const sourceFiles: string[] = [];
let datasetFile: string | undefined;
let requireEvidence = false;
for (let i = 0; i < args.length; i++) {
  const arg = args[i] as string;
  if (arg === '--source') {
    const file = args[++i];
    if (!file) usage('--source needs a file');
    sourceFiles.push(file);
  } else if (arg === '--require-evidence') {
    requireEvidence = true;
  } else if (arg.startsWith('--')) {
    usage(`unknown option ${arg}`);
  } else if (datasetFile) {
    usage('give one dataset file');
  } else {
    datasetFile = arg;
  }
}
if (!datasetFile) usage('no dataset file given');

let value: unknown;
try {
  value = JSON.parse(readFileSync(datasetFile, 'utf8'));
} catch (error) {
  console.error(`${datasetFile}: not readable JSON: ${(error as Error).message}`);
  process.exit(1);
}

const result = parseDataset(value, { requireEvidence });
for (const w of result.warnings) console.warn(`warning ${w.path}: ${w.message}`);
if (!result.ok) {
  for (const e of result.errors) console.error(`error ${e.path}: ${e.message}`);
  console.error(`${datasetFile}: ${result.errors.length} schema problem(s)`);
  process.exit(1);
}

const { dataset } = result;
const quoteCount = [...dataset.nodes, ...dataset.edges, ...dataset.events].reduce(
  (n, x) => n + x.evidence.length,
  0,
);
if (sourceFiles.length > 0) {
  const texts = sourceFiles.map((f) => readFileSync(f, 'utf8'));
  const problems = findUnverifiedQuotes(dataset, texts);
  for (const p of problems) console.error(`error ${p.path}: ${p.message}`);
  if (problems.length > 0) {
    console.error(`${datasetFile}: ${problems.length} of ${quoteCount} quotes not found verbatim`);
    process.exit(1);
  }
}
console.log(
  `${datasetFile}: valid — ${dataset.nodes.length} entities, ${dataset.edges.length} relations, ` +
    `${dataset.events.length} events, ${quoteCount} quotes` +
    (sourceFiles.length > 0 ? `, all verbatim in ${sourceFiles.length} source text(s)` : ''),
);

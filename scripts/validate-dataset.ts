/**
 * Checks a dataset file against the schema and that every quote is verbatim in the text of the
 * source it names: the source's own `textFile` (relative to the dataset file), or a text given on
 * the command line.
 *   npm run validate -- data/kataib-hizballah.json --require-evidence
 *   npm run validate -- data/kataib-hizballah.json --source ../shared/seeds/000_c26fcccf46e2e3fb.txt
 *   npm run validate -- mine.json --source wotr=article.txt --source memo=memo.txt
 * `--require-evidence` refuses any entity, relation or event without a quote (curated datasets);
 * without it, such items are accepted as unsourced, as the app accepts imported ones.
 * Exits 1 with the list of problems, 0 when the dataset is sound.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { countUncheckedQuotes, findUnverifiedQuotes } from '../src/domain/quotes';
import { parseDataset, type Dataset } from '../src/domain/schema';

function usage(message: string): never {
  console.error(
    `${message}\nusage: npm run validate -- <dataset.json> [--require-evidence] [--source [<source id>=]<text file>]...`,
  );
  process.exit(2);
}

const args = process.argv.slice(2);
const sourceArgs: string[] = [];
let datasetFile: string | undefined;
let requireEvidence = false;
for (let i = 0; i < args.length; i++) {
  const arg = args[i] as string;
  if (arg === '--source') {
    const file = args[++i];
    if (!file) usage('--source needs a file');
    sourceArgs.push(file);
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

function readText(file: string, forWhat: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`${forWhat}: cannot read ${file}: ${(error as Error).message}`);
    process.exit(1);
  }
}

/**
 * Which text each source is checked against: `--source id=file` names its source; a bare
 * `--source file` is the text of a dataset's only source; any other source uses the text it keeps
 * inline (`text`, a source an analyst added in the app) or else its `textFile`.
 */
function sourceTexts(data: Dataset, datasetPath: string): Map<string, { file: string }> {
  const ids = new Set(data.sources.map((s) => s.id));
  const files = new Map<string, { file: string }>();
  for (const arg of sourceArgs) {
    const equals = arg.indexOf('=');
    const named = equals > 0 && ids.has(arg.slice(0, equals));
    if (named) files.set(arg.slice(0, equals), { file: arg.slice(equals + 1) });
    else if (data.sources.length === 1) files.set(data.sources[0]!.id, { file: arg });
    else
      usage(
        `--source ${arg}: the dataset has ${data.sources.length} sources; name one: --source <${[...ids].join('|')}>=${arg}`,
      );
  }
  for (const source of data.sources)
    if (source.textFile && source.text === undefined && !files.has(source.id))
      files.set(source.id, { file: resolve(dirname(datasetPath), source.textFile) });
  return files;
}

const quoteCount = [...dataset.nodes, ...dataset.edges, ...dataset.events].reduce(
  (n, x) => n + x.evidence.length,
  0,
);
const files = sourceTexts(dataset, datasetFile);
const texts = new Map(
  [...files].map(([id, { file }]) => [id, readText(file, `source "${id}"`)] as const),
);
const inline = dataset.sources.filter((s) => s.text !== undefined && !files.has(s.id));
for (const source of inline) texts.set(source.id, source.text!);
for (const [id, count] of countUncheckedQuotes(dataset, texts))
  console.warn(`warning: ${count} quote(s) citing source "${id}" not checked: it has no text`);
const problems = findUnverifiedQuotes(dataset, texts);
for (const p of problems) console.error(`error ${p.path}: ${p.message}`);
if (problems.length > 0) {
  console.error(`${datasetFile}: ${problems.length} of ${quoteCount} quotes not found verbatim`);
  process.exit(1);
}
console.log(
  `${datasetFile}: valid — ${dataset.nodes.length} entities, ${dataset.edges.length} relations, ` +
    `${dataset.events.length} events, ${quoteCount} quotes` +
    (texts.size > 0
      ? `, checked against ${texts.size} source text(s): ${[
          ...[...files.values()].map((f) => relative(process.cwd(), f.file)),
          ...inline.map((s) => `"${s.id}" (kept in the dataset)`),
        ].join(', ')}`
      : ''),
);

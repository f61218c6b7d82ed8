import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The validator run as a curator runs it, on a dataset with a source whose text it keeps inline. */
function validate(quote: string): { status: number | null; output: string } {
  const dataset = JSON.parse(readFileSync('data/kataib-hizballah.json', 'utf8')) as {
    sources: { id: string; textFile?: string }[];
    nodes: { evidence: { source: string; quote: string }[] }[];
  };
  // The shipped source's text file is given on the command line; the added one is inline.
  dataset.sources.push({
    id: 'memo',
    title: 'Analyst memo',
    publisher: 'Analyst',
    text: 'Alpha reportedly commands Gamma.\n\nAnother paragraph.',
  } as never);
  dataset.nodes[0]!.evidence.push({ source: 'memo', quote });
  const dir = mkdtempSync(join(tmpdir(), 'linkboard-validate-'));
  const file = join(dir, 'edited.json');
  writeFileSync(file, JSON.stringify(dataset));
  const run = spawnSync(
    process.execPath,
    [
      'node_modules/tsx/dist/cli.mjs',
      'scripts/validate-dataset.ts',
      file,
      '--require-evidence',
      '--source',
      'wotr=data/sources/wotr-kataib-hizballah.txt',
    ],
    { encoding: 'utf8' },
  );
  return { status: run.status, output: run.stdout + run.stderr };
}

describe('validate-dataset with a source text kept inline', () => {
  it('checks quotes against the inline text', () => {
    const good = validate('Alpha reportedly commands Gamma');
    expect(good.output).toMatch(/valid — .*"memo" \(kept in the dataset\)/);
    expect(good.status).toBe(0);
    const bad = validate('Alpha commands Gamma');
    expect(bad.output).toContain('quote not found verbatim in one paragraph of its source');
    expect(bad.status).toBe(1);
  }, 60_000);
});

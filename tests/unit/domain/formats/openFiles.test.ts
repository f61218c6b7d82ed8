import { describe, expect, it } from 'vitest';
import { writeEdgeCsv, writeNodeCsv } from '../../../../src/domain/formats/csvDataset';
import { writeJsonDataset } from '../../../../src/domain/formats/json';
import { decodeText, FileOpener, headOf } from '../../../../src/domain/formats/openFiles';
import { detectFormat } from '../../../../src/domain/formats/registry';
import type { ReadResult } from '../../../../src/domain/formats/readResult';
import { rawText } from '../../../helpers/formatFixtures';
import { loadDefaultDataset } from '../../../helpers/defaultDataset';

const dataset = loadDefaultDataset();
const json = rawText('board.json', writeJsonDataset(dataset));
const edges = rawText('links.csv', writeEdgeCsv(dataset));
const nodes = rawText('people.csv', writeNodeCsv(dataset));

async function read(...files: ReturnType<typeof rawText>[]): Promise<ReadResult> {
  const outcome = await new FileOpener().open(files);
  if (outcome.kind !== 'dataset') throw new Error('asked for the Import dialog');
  return outcome.result;
}

describe('opening files', () => {
  it('reads our JSON back to the same dataset, with or without a byte-order mark', async () => {
    expect(await read(json)).toEqual({ ok: true, dataset, warnings: [] });
    const withMark = rawText('board.json', `\uFEFF${writeJsonDataset(dataset)}`);
    expect((await read(withMark)).ok).toBe(true);
  });

  it('tells the edge list from the node list by header, in either order', async () => {
    for (const files of [
      [edges, nodes],
      [nodes, edges],
    ]) {
      const result = await read(...files);
      expect(result.ok && [result.dataset.nodes.length, result.dataset.edges.length]).toEqual([
        dataset.nodes.length,
        dataset.edges.length,
      ]);
      expect(result.ok && result.dataset.title).toBe('links.csv and people.csv');
    }
  });

  it('tells formats apart by content, whatever the name says', async () => {
    expect((await read(rawText('data', writeJsonDataset(dataset)))).ok).toBe(true);
    expect((await read(rawText('data', writeEdgeCsv(dataset)))).ok).toBe(true);
    const graphml = '<?xml version="1.0"?>\n<graphml><graph><node id="a"/></graph></graphml>';
    expect(detectFormat({ name: 'export.xml', head: graphml })?.id).toBe('graphml');
    expect(detectFormat({ name: 'x.csv', head: '{"schemaVersion":1}' })?.id).toBe('linkboard-json');
    expect(detectFormat({ name: 'g.json', head: '{"elements":{"nodes":[]}}' })?.id).toBe(
      'cytoscape-json',
    );
    expect(detectFormat({ name: 'a.txt', head: 'from\tto\n' })?.id).toBe('tsv');
    expect(detectFormat({ name: 'a.xml', head: '<svg/>' })).toBeNull();
  });

  it('reads UTF-16 text as spreadsheets save "Unicode text"', () => {
    const text = 'From\tTo\nÉcole\tMünchen\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + 2 * i] = text.charCodeAt(i);
    expect(decodeText(bytes.buffer)).toBe(text);
    expect(detectFormat({ name: 'export.txt', head: headOf(bytes.buffer) })?.id).toBe('tsv');
  });

  it('refuses mixtures it cannot read as one dataset, and files of no known format', async () => {
    expect(await read(json, edges)).toMatchObject({
      ok: false,
      headline: 'open one dataset at a time',
    });
    expect(await read()).toMatchObject({ ok: false, headline: 'no file was given' });
    expect(
      await read(rawText('picture.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>')),
    ).toMatchObject({
      ok: false,
      headline: 'its format is not one Linkboard reads',
    });
  });

  it('keeps tables for the Import dialog until it imports them, once', async () => {
    const opener = new FileOpener();
    const outcome = await opener.open([rawText('k.csv', 'Source,Target,Weight\n0,1,4\n1,2,1\n')]);
    if (outcome.kind !== 'tables') throw new Error('expected tables');
    const result = opener.importTables(outcome.token, outcome.guesses);
    expect(result.ok && result.dataset.edges.map((e) => e.attributes)).toEqual([
      { Weight: '4' },
      { Weight: '1' },
    ]);
    expect(opener.importTables(outcome.token, outcome.guesses)).toMatchObject({
      ok: false,
      headline: 'the tables are no longer open',
    });
  });
});

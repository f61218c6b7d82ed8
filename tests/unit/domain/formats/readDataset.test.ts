import { describe, expect, it } from 'vitest';
import { writeEdgeCsv, writeNodeCsv } from '../../../../src/domain/formats/csvDataset';
import { readDatasetFiles } from '../../../../src/domain/formats/readDataset';
import { writeJsonDataset } from '../../../../src/domain/formats/json';
import { loadDefaultDataset } from '../../../helpers/defaultDataset';

const dataset = loadDefaultDataset();
const json = { name: 'board.json', text: writeJsonDataset(dataset) };
const edges = { name: 'links.csv', text: writeEdgeCsv(dataset) };
const nodes = { name: 'people.csv', text: writeNodeCsv(dataset) };

describe('readDatasetFiles', () => {
  it('reads our JSON back to the same dataset, with or without a byte-order mark', () => {
    expect(readDatasetFiles([json])).toEqual({ ok: true, dataset, warnings: [] });
    expect(readDatasetFiles([{ ...json, text: `\uFEFF${json.text}` }]).ok).toBe(true);
  });

  it('tells the edge list from the node list by header, in either order', () => {
    for (const files of [
      [edges, nodes],
      [nodes, edges],
    ]) {
      const result = readDatasetFiles(files);
      expect(result.ok && [result.dataset.nodes.length, result.dataset.edges.length]).toEqual([
        dataset.nodes.length,
        dataset.edges.length,
      ]);
    }
  });

  it('tells JSON from CSV by content when the name has no extension', () => {
    expect(readDatasetFiles([{ name: 'data', text: json.text }]).ok).toBe(true);
    expect(readDatasetFiles([{ name: 'data', text: edges.text }]).ok).toBe(true);
  });

  it('refuses mixtures it cannot read as one dataset', () => {
    expect(readDatasetFiles([json, edges])).toMatchObject({
      ok: false,
      headline: 'open one dataset at a time',
    });
    expect(readDatasetFiles([nodes])).toMatchObject({
      ok: false,
      headline: 'expected one edge list and at most one node list',
    });
    expect(readDatasetFiles([edges, edges])).toMatchObject({ ok: false });
    expect(readDatasetFiles([])).toMatchObject({ ok: false, headline: 'no file was given' });
  });
});

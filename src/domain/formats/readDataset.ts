/**
 * One entry for every dataset file the user opens: our JSON, or an edge list CSV with an optional
 * node list CSV. The format is told by the file name and, for CSV, by the header.
 */
import { csvListKind, readCsvDataset } from './csvDataset';
import { readJsonDataset } from './json';
import type { ReadResult, TextFile } from './readResult';

/** By extension; a file without one is JSON when it starts like JSON. */
function isCsv(file: TextFile): boolean {
  if (/\.csv$/i.test(file.name)) return true;
  if (/\.json$/i.test(file.name)) return false;
  return !/^\uFEFF?\s*[[{]/.test(file.text);
}

function refuse(headline: string, message: string): ReadResult {
  return { ok: false, headline, errors: [{ path: '$', message }], warnings: [] };
}

export function readDatasetFiles(files: readonly TextFile[]): ReadResult {
  if (files.length === 0) return refuse('no file was given', 'choose a .json or .csv file');
  const csv = files.filter(isCsv);
  const json = files.filter((f) => !isCsv(f));
  if (json.length > 0) {
    if (files.length > 1)
      return refuse(
        'open one dataset at a time',
        'choose one .json file, or an edge list .csv with an optional node list .csv',
      );
    return readJsonDataset(json[0]!.text);
  }
  const edges = csv.filter((f) => csvListKind(f.text) === 'edges');
  const nodes = csv.filter((f) => csvListKind(f.text) === 'nodes');
  if (edges.length !== 1 || nodes.length > 1 || edges.length + nodes.length !== csv.length)
    return refuse(
      'expected one edge list and at most one node list',
      `an edge list's header names source,relation,target,…; a node list's header names id,type,label,… (got ${csv.length} CSV file${csv.length === 1 ? '' : 's'}: ${edges.length} edge list${edges.length === 1 ? '' : 's'}, ${nodes.length} node list${nodes.length === 1 ? '' : 's'})`,
    );
  return readCsvDataset(edges[0]!, nodes[0]);
}

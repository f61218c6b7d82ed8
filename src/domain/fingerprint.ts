/**
 * A stable name for a dataset's content, to key what the browser remembers about it (saved views,
 * positions): the same file opened again gets the same fingerprint, another dataset another one.
 * Cheap rather than cryptographic: the title, the counts and an FNV-1a hash of every id.
 */
import type { Dataset } from './schema';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fnv1a(text: string, hash: number): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME) >>> 0;
  }
  return h;
}

/** Per dataset object: a dataset is never changed in place, and each kind of record asks. */
const fingerprints = new WeakMap<Dataset, string>();

export function datasetFingerprint(dataset: Dataset): string {
  let fingerprint = fingerprints.get(dataset);
  if (fingerprint === undefined) {
    fingerprint = computeFingerprint(dataset);
    fingerprints.set(dataset, fingerprint);
  }
  return fingerprint;
}

function computeFingerprint(dataset: Dataset): string {
  let hash = fnv1a(dataset.title, FNV_OFFSET);
  for (const list of [dataset.nodes, dataset.edges, dataset.events])
    for (const item of list) hash = fnv1a(`\n${item.id}`, hash);
  const counts = `${dataset.nodes.length}n${dataset.edges.length}e${dataset.events.length}v`;
  return `${counts}-${hash.toString(36)}`;
}

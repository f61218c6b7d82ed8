/**
 * One key scheme for everything kept per dataset: `linkboard:<kind>:<fingerprint>`, the
 * fingerprint being datasetFingerprint's (src/domain/fingerprint.ts), so that the same file
 * opened again finds what was kept for it, whatever the kind (saved views, arrangements, edits).
 */
import { datasetFingerprint } from '../../domain/fingerprint';
import type { Dataset } from '../../domain/schema';

export function datasetKey(kind: string, dataset: Dataset): string {
  return `linkboard:${kind}:${datasetFingerprint(dataset)}`;
}

/** FNV-1a over a text, 32 bits in hex, as arrangements were keyed before the common scheme. */
function fnvHex(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * Where arrangements were kept before the common scheme: keyed by the title and the two counts.
 * Read (and moved to the current key) when the current key holds nothing.
 */
export function legacyArrangementKey(dataset: Pick<Dataset, 'title' | 'nodes' | 'edges'>): string {
  return `linkboard:arrangement:${fnvHex(`${dataset.title}\u0000${dataset.nodes.length}\u0000${dataset.edges.length}`)}`;
}

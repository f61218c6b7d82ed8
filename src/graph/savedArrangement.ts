/**
 * Arrangements the user made by hand (a node dragged, then perhaps a re-layout around it), kept in
 * localStorage per dataset so that a reload shows the same picture. A dataset is known by its
 * title and size; an entry that does not read as the current format is dropped with a reason.
 */
import type { Position } from 'cytoscape';
import { z } from 'zod';
import type { Dataset } from '../domain/schema';

const ARRANGEMENT_VERSION = 1;
const KEY_PREFIX = 'linkboard:arrangement:';

const arrangementSchema = z.object({
  version: z.literal(ARRANGEMENT_VERSION),
  /** The layout (see layoutKey) the positions were arranged in. */
  layout: z.string(),
  /** Entity id → [x, y], rounded to the pixel. */
  positions: z.record(z.string(), z.tuple([z.number(), z.number()])),
  pinned: z.array(z.string()),
});

export interface Arrangement {
  layout: string;
  positions: Map<string, Position>;
  pinned: string[];
}

/** FNV-1a, 32 bits: enough to tell datasets apart in a key, not a security measure. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export function arrangementKey(dataset: Pick<Dataset, 'title' | 'nodes' | 'edges'>): string {
  return (
    KEY_PREFIX + hash(`${dataset.title}\u0000${dataset.nodes.length}\u0000${dataset.edges.length}`)
  );
}

/** localStorage, or null where the browser refuses it (private modes, sandboxed frames). */
export function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export type LoadedArrangement =
  | { kind: 'none' }
  | { kind: 'found'; arrangement: Arrangement }
  | { kind: 'unreadable'; reason: string };

export function loadArrangement(storage: Storage | null, key: string): LoadedArrangement {
  let text: string | null;
  try {
    text = storage?.getItem(key) ?? null;
  } catch {
    return { kind: 'none' };
  }
  if (text === null) return { kind: 'none' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'unreadable', reason: 'it is not valid JSON' };
  }
  const parsed = arrangementSchema.safeParse(value);
  if (!parsed.success) {
    const version = (value as { version?: unknown } | null)?.version;
    return {
      kind: 'unreadable',
      reason:
        version !== ARRANGEMENT_VERSION
          ? `it was saved in another format (version ${String(version)})`
          : 'it is damaged',
    };
  }
  const positions = new Map<string, Position>();
  for (const [id, [x, y]] of Object.entries(parsed.data.positions)) positions.set(id, { x, y });
  return {
    kind: 'found',
    arrangement: { layout: parsed.data.layout, positions, pinned: parsed.data.pinned },
  };
}

export function saveArrangement(
  storage: Storage | null,
  key: string,
  arrangement: Arrangement,
): void {
  const positions: Record<string, [number, number]> = {};
  for (const [id, { x, y }] of arrangement.positions)
    positions[id] = [Math.round(x), Math.round(y)];
  try {
    storage?.setItem(
      key,
      JSON.stringify({
        version: ARRANGEMENT_VERSION,
        layout: arrangement.layout,
        positions,
        pinned: arrangement.pinned,
      }),
    );
  } catch {
    // Storage full or refused: the arrangement simply does not outlive the page.
  }
}

export function forgetArrangement(storage: Storage | null, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing to forget where storage is refused.
  }
}

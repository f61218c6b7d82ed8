/**
 * Pseudo-random numbers from a seed, for everything the canvas places "at random": the same
 * dataset must come out the same on every load, so that a shared link or a reload shows the
 * analyst the picture they saw.
 */

/** The seed layouts start from. */
export const LAYOUT_SEED = 0x9e3779b9;

/** mulberry32: small, fast and well spread, which is all placing entities needs. Values in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed from a text (FNV-1a), so that each entity gets its own yet always the same numbers. */
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/**
 * A seeded generator of floats in [0, 1): mulberry32, small, fast and well spread, which is all
 * a layout's start or a community search's order needs. The same seed gives the same sequence,
 * so the same dataset comes out the same on every load.
 */
export function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

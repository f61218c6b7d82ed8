/**
 * Pseudo-random numbers from a seed, for everything the canvas places "at random": the same
 * dataset must come out the same on every load, so that a shared link or a reload shows the
 * analyst the picture they saw.
 */

/** The seed layouts start from. */
export const LAYOUT_SEED = 0x9e3779b9;

// One generator for the whole app: the domain's (communities use it too).
export { seededRandom } from '../domain/seededRandom';

/** A seed from a text (FNV-1a), so that each entity gets its own yet always the same numbers. */
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

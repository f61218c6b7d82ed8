/**
 * Runs a layout with Math.random drawn from a fixed seed. fcose picks its start at random from
 * the global Math.random and takes no generator of its own, so without this the same dataset
 * came out differently on every load. The swap lasts only while the layout runs, which is
 * synchronous (animation off).
 */
import { LAYOUT_SEED, seededRandom } from '../seededRandom';

export function runSeeded<T>(layout: () => T): T {
  const random = Math.random;
  Math.random = seededRandom(LAYOUT_SEED);
  try {
    return layout();
  } finally {
    Math.random = random;
  }
}

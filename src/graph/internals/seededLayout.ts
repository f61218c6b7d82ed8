/**
 * Runs a layout with Math.random drawn from a fixed seed. fcose picks its start at random from
 * the global Math.random and takes no generator of its own, so without this the same dataset
 * came out differently on every load. The swap lasts only while the layout runs, which is
 * synchronous (animation off).
 *
 * checkSeededLayout, run once fcose is loaded, lays a small graph out twice from the seed: if the
 * layout drew no number from Math.random, or came out differently, the swap is reported off and
 * no longer made.
 */
import cytoscape, { type ElementDefinition, type LayoutOptions } from 'cytoscape';
import { LAYOUT_SEED, seededRandom } from '../seededRandom';
import { decide, verdict } from './workarounds';

function withRandom<T>(random: () => number, run: () => T): T {
  const original = Math.random;
  Math.random = random;
  try {
    return run();
  } finally {
    Math.random = original;
  }
}

export function runSeeded<T>(layout: () => T): T {
  if (verdict('seeded-layout') === false) return layout();
  return withRandom(seededRandom(LAYOUT_SEED), layout);
}

/** A ring of six entities with one chord: enough for a force layout to have choices to make. */
const PROBE: ElementDefinition[] = [
  ...['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ group: 'nodes' as const, data: { id } })),
  ...['ab', 'bc', 'cd', 'de', 'ef', 'fa', 'ad'].map((pair) => ({
    group: 'edges' as const,
    data: { id: pair, source: pair[0]!, target: pair[1]! },
  })),
];

/** Lays the probe out from the seed: how many random numbers it drew, and where it put entities. */
function probeRun(options: LayoutOptions): { draws: number; positions: string } {
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: PROBE });
  try {
    const random = seededRandom(LAYOUT_SEED);
    let draws = 0;
    withRandom(
      () => {
        draws++;
        return random();
      },
      () => cy.layout({ ...options, animate: false } as LayoutOptions).run(),
    );
    const positions = cy
      .nodes()
      .map((node) => `${node.position().x.toFixed(3)},${node.position().y.toFixed(3)}`)
      .join(' ');
    return { draws, positions };
  } finally {
    cy.destroy();
  }
}

/** Checks, once per page, that `options` (the force layout, loaded) follows the seed. */
export function checkSeededLayout(options: LayoutOptions): boolean {
  return decide('seeded-layout', () => {
    const first = probeRun(options);
    if (first.draws === 0) return 'the force layout drew no number from Math.random';
    if (probeRun(options).positions !== first.positions)
      return 'the force layout came out differently from the same seed';
    return null;
  });
}

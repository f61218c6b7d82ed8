import { describe, expect, it } from 'vitest';
import {
  chooseNames,
  LABEL_PLACEMENT_CLASSES,
  LABEL_SCALE_CLASSES,
  labelPlacementClass,
  labelPlacementStyles,
  labelScaleClass,
  labelScaleFor,
  labelScaleStyles,
  LOWEST_LEGIBLE_ZOOM,
  labelBox,
  NODE_FONT_SIZE,
  NODE_TEXT_MAX_WIDTH,
  NARROW_LABEL_CLASS,
  type LabelCandidate,
} from '../../../src/graph/labelScale';
import { seededRandom } from '../../../src/graph/seededRandom';

const minorLabelIds = (candidates: LabelCandidate[], scale: number) =>
  chooseNames(candidates, scale).minor;

describe('label scale', () => {
  it('leaves names alone where they are legible at their own size', () => {
    expect(labelScaleFor(1)).toBe(1);
    expect(labelScaleFor(0.75)).toBe(1);
    expect(labelScaleFor(1.15)).toBe(1);
  });

  it('shrinks names in steps when zoomed in, so they stay at most 13 px and more of them fit', () => {
    for (const zoom of [1.2, 1.5, 2, 2.7, 3.3, 4]) {
      const onScreen = labelScaleFor(zoom) * NODE_FONT_SIZE * zoom;
      expect(labelScaleFor(zoom)).toBeLessThan(1);
      expect(onScreen).toBeLessThanOrEqual(13 + 1e-9);
      expect(onScreen).toBeGreaterThanOrEqual(8);
    }
  });

  it('enlarges names in steps so that they stay about 8 px on screen', () => {
    // 8 / (11 × 0.6) = 1.21 → the next step, 1.4
    expect(labelScaleFor(0.6)).toBe(1.4);
    expect(labelScaleFor(0.45) * NODE_FONT_SIZE * 0.45).toBeGreaterThanOrEqual(8);
  });

  it('stops growing at 2×, where overlapping names would do more harm than good', () => {
    expect(labelScaleFor(0.1)).toBe(2);
    expect(labelScaleFor(LOWEST_LEGIBLE_ZOOM) * NODE_FONT_SIZE * LOWEST_LEGIBLE_ZOOM).toBeCloseTo(
      8,
    );
  });

  it('treats a zero or invalid zoom as no scaling', () => {
    expect(labelScaleFor(0)).toBe(1);
    expect(labelScaleFor(Number.NaN)).toBe(1);
  });

  it('has a class and a style block for every scale it can return', () => {
    const zooms = [0.05, 0.2, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.72, 1.3, 1.9, 2.5, 3.1, 4];
    for (const zoom of zooms) {
      const scale = labelScaleFor(zoom);
      if (scale === 1) continue;
      expect(LABEL_SCALE_CLASSES).toContain(labelScaleClass(scale));
      expect(labelScaleStyles().map((b) => b.selector)).toContain(`node.${labelScaleClass(scale)}`);
    }
  });
});

describe('names at every zoom', () => {
  const at = (id: string, degree: number, x: number, y: number, label = 'Name') => ({
    id,
    label,
    degree,
    x,
    y,
    size: 20,
  });

  it('thins names at their own size too: two entities at one spot keep one name', () => {
    const crowded = [at('a', 3, 0, 0), at('b', 1, 0, 0)];
    expect([...minorLabelIds(crowded, 1)]).toEqual(['b']);
  });

  it('moves a name beside or above its entity when the spot under it is taken', () => {
    // Apart enough: every name under its entity.
    const { minor, placements } = chooseNames(
      [at('a', 3, 0, 0), at('b', 1, 0, 80), at('c', 0, 0, 400)],
      1,
    );
    expect(minor.size).toBe(0);
    expect(placements.get('a')).toBe('bottom');
    expect(placements.get('c')).toBe('bottom');
    // d stands where b's name would be under b: b's name moves (above b, the free spot here),
    // and d, less connected, keeps its own.
    const blocked = chooseNames([at('a', 3, 0, 0), at('b', 2, 0, 60), at('d', 1, 0, 100, 'D')], 1);
    expect(blocked.placements.get('b')).toBe('top');
    expect(blocked.minor.size).toBe(0);
    expect(LABEL_PLACEMENT_CLASSES).toContain(labelPlacementClass(blocked.placements.get('b')!));
  });

  it('never lets two kept names, or a name and another entity, overlap', () => {
    const random = seededRandom(7);
    const nodes = Array.from({ length: 120 }, (_, i) =>
      at(`n${i}`, Math.floor(random() * 10), random() * 900, random() * 600, `Entity number ${i}`),
    );
    for (const scale of [0.5, 1, 1.6, 2]) {
      const { minor, placements, narrow } = chooseNames(nodes, scale);
      const kept = nodes.filter((n) => !minor.has(n.id));
      expect(kept.length).toBeGreaterThan(10);
      const boxes = kept.map((n) =>
        labelBox(n, scale, undefined, placements.get(n.id), narrow.has(n.id)),
      );
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b) => {
          const crosses = a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
          expect(crosses).toBe(false);
        }),
      );
      for (const [i, box] of boxes.entries())
        for (const other of nodes) {
          if (other.id === kept[i]!.id) continue;
          const half = other.size / 2;
          const onBody =
            box.x1 < other.x + half &&
            other.x - half < box.x2 &&
            box.y1 < other.y + half &&
            other.y - half < box.y2;
          // Only an entity left unnamed may lie under a name (it is drawn beneath it).
          if (onBody) expect(minor.has(other.id)).toBe(true);
        }
    }
  });

  it('repairs the first come, first served choice: never fewer of the best-ranked names, often more', () => {
    const random = seededRandom(11);
    let improved = 0;
    for (let trial = 0; trial < 40; trial++) {
      const nodes = Array.from({ length: 60 }, (_, i) =>
        at(`n${i}`, 60 - i, random() * 500, random() * 350, `Entity with a name ${i}`),
      );
      const greedy = chooseNames(nodes, 1.4, undefined, { repair: false });
      const repaired = chooseNames(nodes, 1.4);
      const named = (minor: Set<string>) => nodes.map((n) => (minor.has(n.id) ? 0 : 1)).join('');
      // Compared rank by rank: at the first rank where they differ, the repaired choice names it.
      const [a, b] = [named(greedy.minor), named(repaired.minor)];
      expect(b >= a).toBe(true);
      const best20 = (minor: Set<string>) => nodes.slice(0, 20).filter((n) => !minor.has(n.id));
      expect(best20(repaired.minor).length).toBeGreaterThanOrEqual(best20(greedy.minor).length);
      if (best20(repaired.minor).length > best20(greedy.minor).length) improved += 1;
    }
    expect(improved).toBeGreaterThan(0);
  });

  it('wraps a crowded name narrower, in more and shorter lines, where the usual shape has no room', () => {
    // Two entities close on either side of b, and one under it: b's two-line name is too wide
    // for any spot but fits above b in four short lines (a fourth entity further up keeps that
    // spot inside the graph's extent).
    const long = 'Office of the Commander in Chief';
    const nodes = [
      at('left', 9, -50, 0),
      at('right', 8, 50, 0),
      at('under', 7, 0, 60),
      at('b', 1, 0, 0, long),
      at('far', 0, 0, -150),
    ];
    const usual = labelBox(nodes[3]!, 1, undefined, 'top');
    const narrow = labelBox(nodes[3]!, 1, undefined, 'top', true);
    expect(narrow.x2 - narrow.x1).toBeLessThan(usual.x2 - usual.x1);
    expect(narrow.y2 - narrow.y1).toBeGreaterThan(usual.y2 - usual.y1);
    const choice = chooseNames(nodes, 1);
    expect(choice.minor.has('b')).toBe(false);
    expect(choice.narrow.has('b')).toBe(true);
  });

  it('draws the narrow wrap after the scale blocks, so that it wins at every scale', () => {
    const selectors = labelScaleStyles().map((b) => b.selector);
    for (const scale of LABEL_SCALE_CLASSES) {
      const narrowAt = selectors.indexOf(`node.${NARROW_LABEL_CLASS}.${scale}`);
      expect(narrowAt).toBeGreaterThan(selectors.indexOf(`node.${scale}`));
    }
  });

  it('names a forced entity even where no spot is free, and a preferred one before the rest', () => {
    const stack = [at('hub', 9, 0, 0), at('x', 5, 0, 0)];
    expect(chooseNames(stack, 1.4).minor.has('x')).toBe(true);
    const forced = chooseNames(
      [at('hub', 9, 0, 0), { ...at('x', 5, 0, 0), priority: 'forced' as const }],
      1.4,
    );
    expect(forced.minor.has('x')).toBe(false);
    const preferred = chooseNames(
      [at('hub', 9, 0, 0), { ...at('x', 1, 0, 0), priority: 'preferred' as const }],
      1.4,
    );
    expect([...preferred.minor]).toEqual(['hub']);
  });

  it('has a style block for every spot but the base one (under the entity)', () => {
    expect(labelPlacementStyles().map((b) => b.selector)).toEqual(
      LABEL_PLACEMENT_CLASSES.map((name) => `node.${name}`),
    );
    expect(LABEL_PLACEMENT_CLASSES).not.toContain(labelPlacementClass('bottom'));
  });

  it('leaves out the less connected of two names that would overlap', () => {
    const minor = minorLabelIds([at('hub', 9, 0, 0), at('leaf', 1, 10, 5)], 1.4);
    expect([...minor]).toEqual(['leaf']);
  });

  it('names a highlighted entity before a better-connected one', () => {
    const minor = minorLabelIds(
      [at('hub', 9, 0, 0), { ...at('leaf', 1, 10, 5), priority: 'forced' }],
      1.4,
    );
    expect([...minor]).toEqual(['hub']);
  });

  it('keeps names that stand apart, however many there are', () => {
    const grid = Array.from({ length: 40 }, (_, i) =>
      at(`n${i}`, i, (i % 8) * 300, Math.floor(i / 8) * 300),
    );
    expect(minorLabelIds(grid, 1.8).size).toBe(0);
  });

  it('leaves out a name drawn over a better-connected entity', () => {
    // The leaf's name, under it, runs across the hub's node just below.
    const minor = minorLabelIds([at('hub', 9, 0, 40), at('leaf', 1, 0, 0)], 1.4);
    expect(minor.has('leaf')).toBe(true);
  });

  it('measures long names as wrapped, wider and taller at larger scales', () => {
    const long = at('long', 1, 0, 0, 'Kata’ib Hizballah security division');
    const one = labelBox(long, 1);
    const big = labelBox(long, 1.8);
    expect(one.x2 - one.x1).toBeLessThanOrEqual(NODE_TEXT_MAX_WIDTH + 10); // with its outline;
    expect(big.x2 - big.x1).toBeGreaterThan(one.x2 - one.x1);
    expect(big.y2 - big.y1).toBeGreaterThan(one.y2 - one.y1);
    // Two lines at 1×: taller than one short word's box.
    const short = labelBox(at('s', 1, 0, 0, 'Iraq'), 1);
    expect(one.y2 - one.y1).toBeGreaterThan(short.y2 - short.y1);
  });

  it('chooses the same names whatever the input order', () => {
    const nodes = [at('a', 2, 0, 0), at('b', 2, 5, 5), at('c', 2, 8, 0)];
    const forward = minorLabelIds(nodes, 1.6);
    const backward = minorLabelIds([...nodes].reverse(), 1.6);
    expect([...forward].sort()).toEqual([...backward].sort());
    expect(forward.has('a')).toBe(false);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import {
  bodyBox,
  boxesOverlap,
  overlappingLabelPairs,
  placeLabels,
  segmentMeetsBox,
  type Box,
  type PlacementNode,
  type PlacementOptions,
  type PlacementResult,
} from '../../../src/domain/labelPlacement';
import { mulberry32 } from '../../../scripts/lib/synthetic';
import { loadDefaultDataset, visibleEntityCount } from '../../helpers/defaultDataset';
import { estimateMeasure, sceneOf } from '../../helpers/figureScene';

const OPTIONS: PlacementOptions = { gap: 2, offset: 3, maxLeader: 60, bounds: null, nudge: true };

function entity(
  id: string,
  x: number,
  y: number,
  label = { width: 60, height: 14 },
): PlacementNode {
  return { id, x, y, width: 20, height: 20, shapes: [label], rank: 0 };
}

/** Every way a name can be drawn over something it must not cover, as readable strings. */
function collisions(nodes: readonly PlacementNode[], result: PlacementResult): string[] {
  const found = overlappingLabelPairs(result.labels).map(([a, b]) => `name ${a} × name ${b}`);
  for (const node of nodes) {
    const body = bodyBox(node, result.positions.get(node.id)!);
    for (const [id, label] of result.labels)
      if (boxesOverlap(label.box, body)) found.push(`name ${id} × entity ${node.id}`);
  }
  return found;
}

describe('placeLabels', () => {
  it('leaves a name with room under its entity there, as the canvas draws it', () => {
    const result = placeLabels([entity('a', 0, 0), entity('b', 200, 0)], OPTIONS);
    const a = result.labels.get('a')!;
    expect(a.side).toBe('below');
    expect(a.leader).toBeNull();
    expect(a.box).toEqual({ x1: -30, y1: 13, x2: 30, y2: 27 });
    expect(result).toMatchObject({ moved: 0, leaders: 0, nudged: 0, unplaced: [] });
  });

  it('moves a name beside its entity when another entity stands under it', () => {
    const nodes = [entity('a', 0, 0), { ...entity('under', 0, 30), shapes: [] }];
    const result = placeLabels(nodes, OPTIONS);
    expect(result.labels.get('a')!.side).not.toBe('below');
    expect(result.positions.get('a')).toEqual({ x: 0, y: 0 });
    expect(result.moved).toBe(1);
    expect(collisions(nodes, result)).toEqual([]);
  });

  it('sends a name out on a leader line when every spot beside its entity is taken', () => {
    // Tiny unnamed entities on every spot beside `a` (below, above, the sides, the corners),
    // with gaps between them a leader can pass through.
    const dots = [
      [18, 22],
      [-18, 22],
      [18, -22],
      [-18, -22],
      [20, 5],
      [20, -5],
      [-20, 5],
      [-20, -5],
    ].map(([x, y], i) => ({ ...entity(`dot${i}`, x!, y!), width: 2, height: 2, shapes: [] }));
    const nodes = [entity('a', 0, 0, { width: 40, height: 14 }), ...dots];
    const result = placeLabels(nodes, { ...OPTIONS, nudge: false });
    const a = result.labels.get('a')!;
    expect(a.leader).not.toBeNull();
    expect(result.leaders).toBe(1);
    expect(result.unplaced).toEqual([]);
    expect(collisions(nodes, result)).toEqual([]);
    // The leader starts on the entity's edge and ends on the name.
    const { from, to } = a.leader!;
    expect(Math.hypot(from.x, from.y)).toBeCloseTo(10, 0);
    expect(to.x).toBeGreaterThanOrEqual(a.box.x1);
    expect(to.x).toBeLessThanOrEqual(a.box.x2);
    expect(to.y).toBeGreaterThanOrEqual(a.box.y1);
    expect(to.y).toBeLessThanOrEqual(a.box.y2);
  });

  it('nudges an entity apart when its name finds no spot even on a leader, and never drops it', () => {
    // Twenty named entities stacked on one spot: only moving them apart gives each name room.
    const nodes = Array.from({ length: 20 }, (_, i) => entity(`n${i}`, i % 2, i % 3));
    const withoutNudge = placeLabels(nodes, { ...OPTIONS, nudge: false });
    expect(withoutNudge.unplaced.length).toBeGreaterThan(0);
    // Reported, and still given a name (under its entity).
    expect(withoutNudge.labels.size).toBe(20);

    const result = placeLabels(nodes, OPTIONS);
    expect(result.unplaced).toEqual([]);
    expect(result.nudged).toBeGreaterThan(0);
    expect(result.labels.size).toBe(20);
    expect(collisions(nodes, result)).toEqual([]);
  });

  it('keeps names and nudged entities inside the bounds, and reports what does not fit', () => {
    const bounds: Box = { x1: -150, y1: -80, x2: 150, y2: 80 };
    const nodes = Array.from({ length: 12 }, (_, i) => entity(`n${i}`, (i % 4) * 10 - 15, 0));
    const result = placeLabels(nodes, { ...OPTIONS, bounds });
    expect(result.unplaced).toEqual([]);
    for (const label of result.labels.values()) {
      expect(label.box.x1).toBeGreaterThanOrEqual(bounds.x1);
      expect(label.box.x2).toBeLessThanOrEqual(bounds.x2);
      expect(label.box.y1).toBeGreaterThanOrEqual(bounds.y1);
      expect(label.box.y2).toBeLessThanOrEqual(bounds.y2);
    }
    expect(collisions(nodes, result)).toEqual([]);

    // Far too many names for the room: reported, not dropped.
    const crowd = Array.from({ length: 60 }, (_, i) => entity(`c${i}`, 0, 0));
    const crowded = placeLabels(crowd, { ...OPTIONS, bounds });
    expect(crowded.unplaced.length).toBeGreaterThan(0);
    expect(crowded.labels.size).toBe(60);
  });

  it('moves entities off an obstacle (the legend) and keeps names clear of it', () => {
    const legend: Box = { x1: 50, y1: -50, x2: 150, y2: 50 };
    const nodes = [entity('on', 100, 0), entity('off', -100, 0)];
    const result = placeLabels(nodes, { ...OPTIONS, obstacles: [legend] });
    expect(boxesOverlap(bodyBox(nodes[0]!, result.positions.get('on')!), legend)).toBe(false);
    expect(result.positions.get('off')).toEqual({ x: -100, y: 0 });
    for (const label of result.labels.values()) expect(boxesOverlap(label.box, legend)).toBe(false);
  });

  it('names the higher ranked entity first, in its usual spot', () => {
    const nodes = [
      { ...entity('low', 0, 0), rank: 1 },
      { ...entity('high', 0, 22), rank: 9 },
    ];
    const result = placeLabels(nodes, { ...OPTIONS, nudge: false });
    expect(result.labels.get('high')!.side).toBe('below');
    expect(result.labels.get('low')!.side).not.toBe('below');
  });
});

describe('segmentMeetsBox', () => {
  const box = { x1: 0, y1: 0, x2: 10, y2: 10 };
  it('tells a segment through a box from one passing by', () => {
    expect(segmentMeetsBox({ x: -5, y: 5 }, { x: 15, y: 5 }, box)).toBe(true);
    expect(segmentMeetsBox({ x: -5, y: -5 }, { x: -1, y: 20 }, box)).toBe(false);
    expect(segmentMeetsBox({ x: 11, y: 0 }, { x: 20, y: 10 }, box)).toBe(false);
  });
});

describe('no name over another, on real and dense graphs', () => {
  let defaultNodes: PlacementNode[];
  beforeAll(async () => {
    // The default dataset as the app lays it out, names measured at their designed 11 px.
    const scene = await sceneOf(loadDefaultDataset());
    defaultNodes = scene.nodes.map((n) => ({
      id: n.id,
      x: n.x,
      y: n.y,
      width: n.width,
      height: n.height,
      shapes: [{ width: estimateMeasure(n.label, { size: 11, weight: 600 }), height: 14 }],
      rank: n.rank,
    }));
  }, 60_000);

  it('places every name of the default dataset without two boxes intersecting', () => {
    expect(defaultNodes).toHaveLength(visibleEntityCount());
    const result = placeLabels(defaultNodes, OPTIONS);
    expect(result.labels.size).toBe(defaultNodes.length);
    expect(result.unplaced).toEqual([]);
    expect(collisions(defaultNodes, result)).toEqual([]);
  });

  it('on the live canvas, where entities may not move, places names clear of each other and reports the rest', () => {
    const result = placeLabels(defaultNodes, { ...OPTIONS, nudge: false });
    expect(result.nudged).toBe(0);
    const placed = new Map([...result.labels].filter(([id]) => !result.unplaced.includes(id)));
    expect(overlappingLabelPairs(placed)).toEqual([]);
  });

  it('places every name of a dense synthetic graph without two boxes intersecting', () => {
    // 600 entities of varied sizes and name lengths thrown into 500 × 300: far denser than any
    // layout makes, so that leaders and nudges all come into play.
    const random = mulberry32(17);
    const nodes: PlacementNode[] = Array.from({ length: 600 }, (_, i) => {
      const size = 14 + random() * 30;
      return {
        id: `n${i}`,
        x: random() * 500,
        y: random() * 300,
        width: size,
        height: size,
        shapes: [
          { width: 30 + random() * 90, height: 14 },
          { width: 30, height: 28 },
        ],
        rank: Math.floor(random() * 20),
      };
    });
    const result = placeLabels(nodes, OPTIONS);
    expect(result.labels.size).toBe(600);
    expect(result.unplaced).toEqual([]);
    expect(result.nudged).toBeGreaterThan(0);
    expect(result.leaders + result.moved).toBeGreaterThan(0);
    expect(collisions(nodes, result)).toEqual([]);
  });
});

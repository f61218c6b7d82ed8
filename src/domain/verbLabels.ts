/**
 * Verbs on the arrows of the live canvas ("commands", "part of"): each verb is written along its
 * relation, turned with it, and left out where it would cover an entity's name or body or a verb
 * kept before it. The same rule as the figures' (src/graph/export/plan.ts places verbs where they
 * cover no name, entity or other verb), for text that is turned: boxes are compared exactly, by
 * their own axes, not by the upright boxes around them, so that a slanted verb beside a name is
 * not left out for nothing.
 *
 * Pure geometry, in graph units.
 */
import { BoxGrid, type Box, type Point } from './labelPlacement';

/** A verb's text block: centred on (x, y), turned by `angle` radians. */
export interface VerbLabel {
  id: string;
  x: number;
  y: number;
  angle: number;
  width: number;
  height: number;
  /** Higher is kept first (a selected or highlighted relation's verb before the others). */
  rank: number;
}

/** The four corners of a verb's block, in order around it. */
export function verbCorners(label: VerbLabel): [Point, Point, Point, Point] {
  const [c, s] = [Math.cos(label.angle), Math.sin(label.angle)];
  const [hw, hh] = [label.width / 2, label.height / 2];
  const at = (u: number, v: number): Point => ({
    x: label.x + u * c - v * s,
    y: label.y + u * s + v * c,
  });
  return [at(-hw, -hh), at(hw, -hh), at(hw, hh), at(-hw, hh)];
}

/** The upright box around a verb's block. */
export function verbBounds(label: VerbLabel): Box {
  const corners = verbCorners(label);
  const xs = corners.map((p) => p.x);
  const ys = corners.map((p) => p.y);
  return { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
}

function boxCorners(box: Box): Point[] {
  return [
    { x: box.x1, y: box.y1 },
    { x: box.x2, y: box.y1 },
    { x: box.x2, y: box.y2 },
    { x: box.x1, y: box.y2 },
  ];
}

/** Whether two convex outlines' shadows on an axis leave a gap (a separating axis). */
function separatedOn(axis: Point, a: readonly Point[], b: readonly Point[]): boolean {
  const project = (points: readonly Point[]) => {
    let low = Infinity;
    let high = -Infinity;
    for (const p of points) {
      const d = p.x * axis.x + p.y * axis.y;
      low = Math.min(low, d);
      high = Math.max(high, d);
    }
    return [low, high] as const;
  };
  const [a1, a2] = project(a);
  const [b1, b2] = project(b);
  return a2 <= b1 || b2 <= a1;
}

/** Whether two rectangles, each turned by its own angle, overlap (separating axis test). */
function outlinesOverlap(
  a: readonly Point[],
  aAngle: number,
  b: readonly Point[],
  bAngle: number,
): boolean {
  const axes = [aAngle, aAngle + Math.PI / 2, bAngle, bAngle + Math.PI / 2].map((t) => ({
    x: Math.cos(t),
    y: Math.sin(t),
  }));
  return !axes.some((axis) => separatedOn(axis, a, b));
}

/** Whether a verb's block overlaps an upright box. */
export function verbMeetsBox(label: VerbLabel, box: Box): boolean {
  return outlinesOverlap(verbCorners(label), label.angle, boxCorners(box), 0);
}

/** Whether two verbs' blocks overlap. */
export function verbsMeet(a: VerbLabel, b: VerbLabel): boolean {
  return outlinesOverlap(verbCorners(a), a.angle, verbCorners(b), b.angle);
}

/**
 * The verbs to leave out: going from the highest rank down (ties by id, so the choice is stable),
 * a verb is kept unless its block, grown by `gap`, covers one of `obstacles` (names and entities)
 * or a verb kept before it.
 */
export function verbsInTheWay(
  verbs: readonly VerbLabel[],
  obstacles: readonly Box[],
  gap: number,
): Set<string> {
  const left = new Set<string>();
  const cell = Math.max(16, ...verbs.slice(0, 50).map((v) => v.width));
  const grid = new BoxGrid(cell);
  obstacles.forEach((box, i) => grid.add(box, `o${i}`));
  const kept: VerbLabel[] = [];
  const keptGrid = new BoxGrid(cell);
  const ranked = [...verbs].sort(
    (a, b) => b.rank - a.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  for (const verb of ranked) {
    const grown = { ...verb, width: verb.width + 2 * gap, height: verb.height + 2 * gap };
    const bounds = verbBounds(grown);
    const coversObstacle = grid
      .overlapping(bounds)
      .some((at) => verbMeetsBox(grown, grid.boxes[at]!));
    const coversVerb =
      !coversObstacle &&
      keptGrid
        .overlapping(bounds)
        .some((at) => verbsMeet(grown, kept[Number(keptGrid.owners[at])]!));
    if (coversObstacle || coversVerb) left.add(verb.id);
    else {
      keptGrid.add(verbBounds(verb), String(kept.length));
      kept.push(verb);
    }
  }
  return left;
}

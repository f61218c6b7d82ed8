/**
 * The shapes annotations are drawn with, shared by the canvas overlay and the figures: a highlight
 * ring around its members, and where a callout's leader leaves its card. Pure geometry on plain
 * points and boxes.
 */
import type { Box, Point } from './labelPlacement';

/** A member of a ring as drawn: its centre and how far the ring keeps from it. */
export interface RingMember {
  x: number;
  y: number;
  /** Half the member's larger side plus the ring's padding. */
  radius: number;
}

/**
 * A ring's shape: a disc around each member, joined to the nearest members by bands (a minimum
 * spanning tree over their centres). Drawn as a band of the ring's colour under a slightly
 * narrower band of its tint, it reads as one outlined bubble around the members, however far apart
 * they are, without taking in the whole space between them as a hull would.
 */
export interface RingShape {
  members: readonly RingMember[];
  /** Pairs of indexes into `members`. */
  links: [number, number][];
}

export function ringShape(members: readonly RingMember[]): RingShape {
  const n = members.length;
  const links: [number, number][] = [];
  if (n < 2) return { members, links };
  // Prim's algorithm on the complete graph of centres: O(n²), and rings are small.
  const inTree = new Array<boolean>(n).fill(false);
  const best = new Array<number>(n).fill(Infinity);
  const from = new Array<number>(n).fill(-1);
  best[0] = 0;
  for (let k = 0; k < n; k++) {
    let next = -1;
    for (let i = 0; i < n; i++) if (!inTree[i] && (next < 0 || best[i]! < best[next]!)) next = i;
    inTree[next] = true;
    if (from[next]! >= 0) links.push([from[next]!, next]);
    const a = members[next]!;
    for (let i = 0; i < n; i++) {
      if (inTree[i]) continue;
      const d = Math.hypot(members[i]!.x - a.x, members[i]!.y - a.y);
      if (d < best[i]!) [best[i], from[i]] = [d, next];
    }
  }
  return { members, links };
}

/** The shape's highest point (its top edge), where its label goes. */
export function ringTop(shape: RingShape): Point {
  let top: Point = { x: 0, y: Infinity };
  for (const m of shape.members) if (m.y - m.radius < top.y) top = { x: m.x, y: m.y - m.radius };
  return Number.isFinite(top.y) ? top : { x: 0, y: 0 };
}

/** The shape's lowest point. */
export function ringBottom(shape: RingShape): Point {
  let bottom: Point = { x: 0, y: -Infinity };
  for (const m of shape.members)
    if (m.y + m.radius > bottom.y) bottom = { x: m.x, y: m.y + m.radius };
  return Number.isFinite(bottom.y) ? bottom : { x: 0, y: 0 };
}

/** The band's width between two members: the smaller disc's diameter. */
export function linkWidth(shape: RingShape, [a, b]: [number, number]): number {
  return 2 * Math.min(shape.members[a]!.radius, shape.members[b]!.radius);
}

/** An opaque colour `share` of the way from `background` to `colour` (both #rrggbb): a ring's tint. */
export function tint(colour: string, share: number, background = '#ffffff'): string {
  const parse = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
  const [fg, bg] = [parse(colour), parse(background)];
  if ([...fg, ...bg].some((v) => Number.isNaN(v))) return background;
  return `#${fg
    .map((v, i) =>
      Math.round(bg[i]! + (v - bg[i]!) * share)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** Where the segment from a box's centre towards `to` leaves the box (the box's centre if inside). */
export function boxExit(box: Box, to: Point): Point {
  const cx = (box.x1 + box.x2) / 2;
  const cy = (box.y1 + box.y2) / 2;
  const dx = to.x - cx;
  const dy = to.y - cy;
  const halfW = (box.x2 - box.x1) / 2;
  const halfH = (box.y2 - box.y1) / 2;
  if (Math.abs(dx) <= halfW && Math.abs(dy) <= halfH) return { x: cx, y: cy };
  const t = Math.min(
    dx === 0 ? Infinity : halfW / Math.abs(dx),
    dy === 0 ? Infinity : halfH / Math.abs(dy),
  );
  return { x: cx + dx * t, y: cy + dy * t };
}

/** The point `distance` from `from` towards `to` (or `to` itself when closer). */
export function towards(from: Point, to: Point, distance: number): Point {
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  if (length <= distance || length === 0) return { ...to };
  const t = distance / length;
  return { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t };
}

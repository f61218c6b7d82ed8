/**
 * Moving the selection with the arrow keys: from a point on screen, the candidate that lies in
 * the arrow's direction and is nearest that way, as map and diagram tools do. Pure geometry on
 * screen coordinates (y grows downwards).
 */

export type ArrowDirection = 'up' | 'down' | 'left' | 'right';

export interface Point {
  x: number;
  y: number;
}

export interface Candidate extends Point {
  id: string;
}

const UNIT: Record<ArrowDirection, Point> = {
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
};

/** The direction an arrow key names, or undefined for any other key. */
export function arrowDirection(key: string): ArrowDirection | undefined {
  return (
    {
      ArrowUp: 'up',
      ArrowDown: 'down',
      ArrowLeft: 'left',
      ArrowRight: 'right',
    } as const satisfies Record<string, ArrowDirection>
  )[key as 'ArrowUp'];
}

/** Within this angle of the arrow a candidate counts as lying that way (tan 60°). */
const CONE = Math.tan((60 * Math.PI) / 180);
/** Straying sideways costs this much more than going the arrow's way. */
const SIDEWAYS_COST = 2;

/**
 * The candidate the arrow leads to from `from`: among those ahead of it (within 60° of the
 * arrow, else anywhere in that half of the screen), the one with the least distance ahead plus
 * twice its distance sideways. Undefined when nothing lies that way.
 */
export function stepToward(
  from: Point,
  candidates: readonly Candidate[],
  direction: ArrowDirection,
): string | undefined {
  const unit = UNIT[direction];
  let best: { id: string; cone: boolean; score: number } | undefined;
  for (const candidate of candidates) {
    const dx = candidate.x - from.x;
    const dy = candidate.y - from.y;
    const ahead = dx * unit.x + dy * unit.y;
    if (ahead <= 0) continue;
    const sideways = Math.abs(dx * unit.y - dy * unit.x);
    const cone = sideways <= ahead * CONE;
    const score = ahead + SIDEWAYS_COST * sideways;
    if (
      !best ||
      (cone && !best.cone) ||
      (cone === best.cone &&
        (score < best.score || (score === best.score && candidate.id < best.id)))
    )
      best = { id: candidate.id, cone, score };
  }
  return best?.id;
}

/** The candidate nearest `to` (ties by id), or undefined when there is none. */
export function nearestTo(to: Point, candidates: readonly Candidate[]): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const c of candidates) {
    const distance = Math.hypot(c.x - to.x, c.y - to.y);
    if (!best || distance < best.distance || (distance === best.distance && c.id < best.id))
      best = { id: c.id, distance };
  }
  return best?.id;
}

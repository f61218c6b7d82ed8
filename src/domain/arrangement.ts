/**
 * Arrangements the user made by hand (an entity dragged, then perhaps a re-layout around it): where
 * every entity stood and which were pinned, in the layout they were arranged in. The store holds
 * the current one; src/app/persistence keeps it per dataset so that a reload shows the same
 * picture. This file writes it as a small JSON document; storedDocuments.ts reads it back, saying
 * what it could not read instead of failing.
 */
/** A point on the canvas, in graph units. */
export interface Point {
  x: number;
  y: number;
}

export interface Arrangement {
  /** The layout key (see layoutKey in src/graph/layouts.ts) the positions were arranged in. */
  layout: string;
  /** Entity id → where it stood (hidden entities included), rounded to the unit. */
  positions: Readonly<Record<string, readonly [number, number]>>;
  pinned: readonly string[];
}

/** Bump when the stored document changes shape; older documents are then ignored with a notice. */
export const ARRANGEMENT_FORMAT = 1;

/** The arrangement of entities at `points`, rounded to the unit. */
export function arrangementOf(
  layout: string,
  points: ReadonlyMap<string, Point>,
  pinned: readonly string[],
): Arrangement {
  const positions: Record<string, [number, number]> = {};
  for (const [id, { x, y }] of points) positions[id] = [Math.round(x), Math.round(y)];
  return { layout, positions, pinned: [...pinned] };
}

/** Where an arrangement puts each entity. */
export function pointsOf(arrangement: Arrangement): Map<string, Point> {
  const points = new Map<string, Point>();
  for (const [id, [x, y]] of Object.entries(arrangement.positions)) points.set(id, { x, y });
  return points;
}

export function writeArrangement(arrangement: Arrangement): string {
  return JSON.stringify({ version: ARRANGEMENT_FORMAT, ...arrangement });
}

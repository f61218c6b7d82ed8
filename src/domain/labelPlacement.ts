/**
 * Places entity names so that no name lies over another name or over an entity, and never drops
 * one. Each name first tries the spots right next to its entity (under it, as the canvas draws
 * it, then above, beside, at the corners), in its usual shape and then wrapped narrower; a name
 * with no free spot there goes a little further out with a short leader line back to its entity;
 * where even that fails, the crowded entities are nudged apart and the names placed again. What
 * still cannot be placed is reported, so that the caller can give the figure more room: names are
 * never overlapped silently.
 *
 * Pure geometry on plain numbers, in whatever unit the caller works in (figure pixels for
 * exports, graph units on the canvas). Written here rather than taken from a library: the npm
 * packages for this either place point labels without moving the points (d3-labeler, labella)
 * or remove overlaps between nodes only (graphology-layout-noverlap); this needs both, plus
 * leader lines, under one rule.
 */

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface LabelShape {
  width: number;
  height: number;
}

export interface PlacementNode {
  id: string;
  /** Centre of the entity's body. */
  x: number;
  y: number;
  /** Size of the body (its box). */
  width: number;
  height: number;
  /**
   * The name's text block, in the shapes it may take (its usual wrapping first, then narrower
   * ones); empty for an entity without a name.
   */
  shapes: LabelShape[];
  /** Higher ranks are placed first and moved least (selected, then best connected). */
  rank: number;
  /** A fixed entity is never nudged. */
  fixed?: boolean;
}

export interface PlacementOptions {
  /** Clearance kept between two names, and between a name and any entity. */
  gap: number;
  /** Distance from an entity's body to its name when the name is right next to it. */
  offset: number;
  /** The longest leader line; names further out are not tried. */
  maxLeader: number;
  /** Names and nudged entities stay inside this box; none when absent. */
  bounds?: Box | null;
  /** Whether entities may be moved to make room (false on the live canvas). */
  nudge: boolean;
  /** The furthest an entity is moved; unlimited when absent. */
  maxNudge?: number;
  /**
   * Places nothing may cover (a legend on the figure): names keep clear of them, and entities
   * standing on one are moved off it first, however far, when nudging is allowed.
   */
  obstacles?: readonly Box[];
  /**
   * Stop trying once more than this share of the names found no spot beside their entity or on a
   * leader: a caller that will give the figure more room anyway need not pay for the slow steps.
   */
  hopelessShare?: number;
}

/** Where a name sits relative to its entity; decides how its lines are aligned. */
export type LabelSide = 'below' | 'above' | 'right' | 'left';

export interface PlacedLabel {
  box: Box;
  side: LabelSide;
  /** Which of the node's shapes the name took. */
  shape: number;
  /** From the entity's edge to the name, when the name stands away from it. */
  leader: { from: Point; to: Point } | null;
}

export interface PlacementResult {
  /** Every entity's centre, nudged or not. */
  positions: Map<string, Point>;
  labels: Map<string, PlacedLabel>;
  /** Names not in their usual spot and shape (beside, above, narrower, or on a leader). */
  moved: number;
  leaders: number;
  /** Entities moved to make room. */
  nudged: number;
  /** Names that found no free spot; each is left under its entity, overlapping. */
  unplaced: string[];
}

export const DEFAULT_PLACEMENT: PlacementOptions = {
  gap: 2,
  offset: 3,
  maxLeader: 60,
  bounds: null,
  nudge: true,
};

/** Covers nothing yet: the start of a union. */
export const NO_BOX: Box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };

/** The smallest box holding both. */
export function unionBox(a: Box, b: Box): Box {
  return {
    x1: Math.min(a.x1, b.x1),
    y1: Math.min(a.y1, b.y1),
    x2: Math.max(a.x2, b.x2),
    y2: Math.max(a.y2, b.y2),
  };
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

function inflate(box: Box, by: number): Box {
  return { x1: box.x1 - by, y1: box.y1 - by, x2: box.x2 + by, y2: box.y2 + by };
}

function inside(box: Box, bounds: Box | null | undefined): boolean {
  return (
    !bounds ||
    (box.x1 >= bounds.x1 && box.y1 >= bounds.y1 && box.x2 <= bounds.x2 && box.y2 <= bounds.y2)
  );
}

/** The owner of obstacles in the grid of bodies. */
const OBSTACLE = '\u0000obstacle';

/** Where a forgotten box goes: it overlaps nothing and widens no union. */
const NOWHERE = NO_BOX;

/** Boxes in a uniform grid of buckets, to find the few near any box without testing them all. */
export class BoxGrid {
  private readonly cells = new Map<number, number[]>();
  private readonly byOwner = new Map<string, number[]>();
  readonly boxes: Box[] = [];
  readonly owners: string[] = [];

  constructor(private readonly cell: number) {}

  private forCells(box: Box, visit: (key: number) => boolean | void): boolean {
    const [cx1, cx2] = [Math.floor(box.x1 / this.cell), Math.floor(box.x2 / this.cell)];
    const [cy1, cy2] = [Math.floor(box.y1 / this.cell), Math.floor(box.y2 / this.cell)];
    for (let cx = cx1; cx <= cx2; cx++)
      for (let cy = cy1; cy <= cy2; cy++) if (visit(cx * 1_000_003 + cy)) return true;
    return false;
  }

  /** Forgets every box of this owner (they stay in their buckets, but never overlap again). */
  remove(owner: string): void {
    for (const at of this.byOwner.get(owner) ?? []) this.boxes[at] = NOWHERE;
  }

  add(box: Box, owner: string): void {
    const at = this.boxes.length;
    this.boxes.push(box);
    this.owners.push(owner);
    const owned = this.byOwner.get(owner);
    if (owned) owned.push(at);
    else this.byOwner.set(owner, [at]);
    this.forCells(box, (key) => {
      const bucket = this.cells.get(key);
      if (bucket) bucket.push(at);
      else this.cells.set(key, [at]);
    });
  }

  /** Whether `box` overlaps a stored box whose owner is not `except`. */
  hits(box: Box, except?: string): boolean {
    // The hottest loop of placement: written without closures or temporary arrays.
    const cx2 = Math.floor(box.x2 / this.cell);
    const cy1 = Math.floor(box.y1 / this.cell);
    const cy2 = Math.floor(box.y2 / this.cell);
    for (let cx = Math.floor(box.x1 / this.cell); cx <= cx2; cx++)
      for (let cy = cy1; cy <= cy2; cy++) {
        const bucket = this.cells.get(cx * 1_000_003 + cy);
        if (!bucket) continue;
        for (let i = 0; i < bucket.length; i++) {
          const at = bucket[i]!;
          if (this.owners[at] !== except && boxesOverlap(box, this.boxes[at]!)) return true;
        }
      }
    return false;
  }

  /** The indices of the stored boxes that overlap `box`. */
  overlapping(box: Box): number[] {
    const found = new Set<number>();
    this.forCells(box, (key) => {
      for (const at of this.cells.get(key) ?? [])
        if (boxesOverlap(box, this.boxes[at]!)) found.add(at);
    });
    return [...found];
  }

  /** Whether the segment passes through a stored box whose owner is not `except`. */
  crosses(from: Point, to: Point, except?: string): boolean {
    const span: Box = {
      x1: Math.min(from.x, to.x),
      y1: Math.min(from.y, to.y),
      x2: Math.max(from.x, to.x),
      y2: Math.max(from.y, to.y),
    };
    return this.forCells(span, (key) =>
      (this.cells.get(key) ?? []).some(
        (at) => this.owners[at] !== except && segmentMeetsBox(from, to, this.boxes[at]!),
      ),
    );
  }
}

/** Liang–Barsky clipping: does the segment pass through the box's interior? */
export function segmentMeetsBox(from: Point, to: Point, box: Box): boolean {
  const [dx, dy] = [to.x - from.x, to.y - from.y];
  let [t0, t1] = [0, 1];
  const edges: [number, number][] = [
    [-dx, from.x - box.x1],
    [dx, box.x2 - from.x],
    [-dy, from.y - box.y1],
    [dy, box.y2 - from.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return false;
  }
  return true;
}

export function bodyBox(node: Pick<PlacementNode, 'width' | 'height'>, at: Point): Box {
  return {
    x1: at.x - node.width / 2,
    y1: at.y - node.height / 2,
    x2: at.x + node.width / 2,
    y2: at.y + node.height / 2,
  };
}

/** The canvas's own spot for a name: centred under its entity, in its usual shape. */
export function defaultLabelBox(node: PlacementNode, at: Point, offset: number): Box | null {
  const shape = node.shapes[0];
  if (!shape) return null;
  const top = at.y + node.height / 2 + offset;
  return {
    x1: at.x - shape.width / 2,
    y1: top,
    x2: at.x + shape.width / 2,
    y2: top + shape.height,
  };
}

interface Candidate {
  box: Box;
  side: LabelSide;
  shape: number;
  leader: { from: Point; to: Point } | null;
}

/**
 * The spots beside an entity, in the order they are preferred: below (as the canvas draws it),
 * above, the sides, the corners, then below and above slid a third of the name's width to either
 * side and the sides slid half its height up or down. `shift` is in shares of the name's size.
 */
const DIRECTIONS: readonly { dx: number; dy: number; side: LabelSide; shift: number }[] = [
  { dx: 0, dy: 1, side: 'below', shift: 0 },
  { dx: 0, dy: -1, side: 'above', shift: 0 },
  { dx: 1, dy: 0, side: 'right', shift: 0 },
  { dx: -1, dy: 0, side: 'left', shift: 0 },
  { dx: 1, dy: 1, side: 'right', shift: 0 },
  { dx: -1, dy: 1, side: 'left', shift: 0 },
  { dx: 1, dy: -1, side: 'right', shift: 0 },
  { dx: -1, dy: -1, side: 'left', shift: 0 },
  { dx: 0, dy: 1, side: 'below', shift: 1 / 3 },
  { dx: 0, dy: 1, side: 'below', shift: -1 / 3 },
  { dx: 0, dy: -1, side: 'above', shift: 1 / 3 },
  { dx: 0, dy: -1, side: 'above', shift: -1 / 3 },
  { dx: 1, dy: 0, side: 'right', shift: 1 / 2 },
  { dx: 1, dy: 0, side: 'right', shift: -1 / 2 },
  { dx: -1, dy: 0, side: 'left', shift: 1 / 2 },
  { dx: -1, dy: 0, side: 'left', shift: -1 / 2 },
];

/**
 * The box of a name standing `distance` beyond the body in direction (dx, dy): below and above
 * are centred, beside are middle-aligned, corners start at the body's diagonal.
 */
function boxInDirection(
  at: Point,
  half: { w: number; h: number },
  shape: LabelShape,
  direction: (typeof DIRECTIONS)[number],
  distance: number,
  out: Box,
): Box {
  const { dx, dy, shift } = direction;
  const { width, height } = shape;
  const reachX = half.w * (dy === 0 ? 1 : 0.71);
  const reachY = half.h * (dx === 0 ? 1 : 0.71);
  const x =
    dx === 0
      ? at.x - width / 2 + shift * width
      : dx > 0
        ? at.x + reachX + distance
        : at.x - reachX - distance - width;
  const y =
    dy === 0
      ? at.y - height / 2 + shift * height
      : dy > 0
        ? at.y + reachY + distance
        : at.y - reachY - distance - height;
  out.x1 = x;
  out.y1 = y;
  out.x2 = x + width;
  out.y2 = y + height;
  return out;
}

/** Where the segment from the centre towards `p` leaves the body (an ellipse inscribed in its box). */
function edgeOfBody(at: Point, half: { w: number; h: number }, p: Point): Point {
  const [dx, dy] = [p.x - at.x, p.y - at.y];
  const length = Math.hypot(dx / (half.w || 1), dy / (half.h || 1));
  if (length === 0) return at;
  return { x: at.x + dx / length, y: at.y + dy / length };
}

/**
 * Visits the spots for a node's name in order of preference until `visit` returns true: beside
 * the entity in every direction and shape, then (with leaders) rings further out, a name's
 * height apart.
 */
function forEachCandidate(
  node: PlacementNode,
  at: Point,
  options: PlacementOptions,
  withLeaders: boolean,
  visit: (candidate: Candidate) => boolean,
): void {
  // One candidate object, rewritten for each spot: placement tries thousands and keeps few, so
  // `visit` copies the one it keeps (copyCandidate).
  const half = { w: node.width / 2, h: node.height / 2 };
  const box: Box = { x1: 0, y1: 0, x2: 0, y2: 0 };
  const leader = { from: { x: 0, y: 0 }, to: { x: 0, y: 0 } };
  const candidate: Candidate = { box, side: 'below', shape: 0, leader: null };
  for (let shape = 0; shape < node.shapes.length; shape++)
    for (const d of DIRECTIONS) {
      boxInDirection(at, half, node.shapes[shape]!, d, options.offset, box);
      candidate.side = d.side;
      candidate.shape = shape;
      if (visit(candidate)) return;
    }
  if (!withLeaders) return;
  candidate.leader = leader;
  const step = Math.max(node.shapes[0]!.height / 2, 4) + options.gap;
  for (let distance = options.offset + step; distance <= options.maxLeader; distance += step)
    for (let shape = 0; shape < node.shapes.length; shape++)
      for (const d of DIRECTIONS) {
        boxInDirection(at, half, node.shapes[shape]!, d, distance, box);
        leader.to.x = Math.min(Math.max(at.x, box.x1), box.x2);
        leader.to.y = Math.min(Math.max(at.y, box.y1), box.y2);
        const from = edgeOfBody(at, half, leader.to);
        leader.from.x = from.x;
        leader.from.y = from.y;
        candidate.side = d.side;
        candidate.shape = shape;
        if (visit(candidate)) return;
      }
}

function copyCandidate(candidate: Candidate): Candidate {
  return {
    box: { ...candidate.box },
    side: candidate.side,
    shape: candidate.shape,
    leader: candidate.leader && {
      from: { ...candidate.leader.from },
      to: { ...candidate.leader.to },
    },
  };
}

function byRank(a: PlacementNode, b: PlacementNode): number {
  return b.rank - a.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Grid buckets about the size of a typical name, so that a query touches a few buckets. */
function cellSizeFor(nodes: readonly PlacementNode[]): number {
  let total = 0;
  let count = 0;
  for (const node of nodes) {
    const shape = node.shapes[0];
    if (shape) {
      total += shape.width + shape.height;
      count++;
    }
  }
  return Math.max(16, count > 0 ? total / count : 64);
}

/** What has been placed so far: entities' bodies and names, each findable by where it is. */
class Placed {
  readonly bodies: BoxGrid;
  readonly names: BoxGrid;
  readonly labels = new Map<string, PlacedLabel>();

  constructor(
    cell: number,
    private readonly options: PlacementOptions,
  ) {
    this.bodies = new BoxGrid(cell);
    this.names = new BoxGrid(cell);
  }

  /** Whether a name may go there: inside the bounds, clear of names and entities, its leader too. */
  /** Reused for every check: placement tries many spots and keeps few. */
  private readonly room: Box = { x1: 0, y1: 0, x2: 0, y2: 0 };

  free(candidate: Candidate, owner: string): boolean {
    const { box } = candidate;
    if (!inside(box, this.options.bounds)) return false;
    const gap = this.options.gap;
    const room = this.room;
    room.x1 = box.x1 - gap;
    room.y1 = box.y1 - gap;
    room.x2 = box.x2 + gap;
    room.y2 = box.y2 + gap;
    if (this.names.hits(room) || this.bodies.hits(room)) return false;
    // A leader may cross relations but not another name or entity.
    return (
      !candidate.leader ||
      !(
        this.names.crosses(candidate.leader.from, candidate.leader.to) ||
        this.bodies.crosses(candidate.leader.from, candidate.leader.to, owner)
      )
    );
  }

  /** The first free spot for the node's name at `at`, or null. */
  firstFree(node: PlacementNode, at: Point, withLeaders: boolean): Candidate | null {
    let found: Candidate | null = null;
    forEachCandidate(node, at, this.options, withLeaders, (candidate) => {
      if (!this.free(candidate, node.id)) return false;
      found = copyCandidate(candidate);
      return true;
    });
    return found;
  }

  add(node: Pick<PlacementNode, 'id'>, candidate: PlacedLabel): void {
    this.names.add(candidate.box, node.id);
    this.labels.set(node.id, candidate);
  }

  unplace(id: string): void {
    this.names.remove(id);
    this.labels.delete(id);
  }

  /** What every body and name placed covers. */
  extent(): Box {
    let box = NO_BOX;
    for (const b of [...this.bodies.boxes, ...this.names.boxes]) box = unionBox(box, b);
    return box;
  }
}

/**
 * Frees a spot next to `node` by moving the one or two names in its way to other free spots of
 * their own (beside their entity or on a leader). Tried spot by spot; undone where the names in
 * the way find nowhere else. Returns whether the node's name was placed.
 */
function makeRoom(
  node: PlacementNode,
  placed: Placed,
  positions: ReadonlyMap<string, Point>,
  byId: ReadonlyMap<string, PlacementNode>,
  options: PlacementOptions,
): boolean {
  const at = positions.get(node.id)!;
  let done = false;
  forEachCandidate(node, at, options, false, (spot) => {
    if (!inside(spot.box, options.bounds)) return false;
    const room = inflate(spot.box, options.gap);
    if (placed.bodies.hits(room)) return false;
    const inWay = [...new Set(placed.names.overlapping(room).map((i) => placed.names.owners[i]!))];
    if (inWay.length === 0 || inWay.length > 2) return false;
    const before = inWay.map((id) => [id, placed.labels.get(id)!] as const);
    for (const id of inWay) placed.unplace(id);
    const candidate = copyCandidate(spot);
    placed.add(node, candidate);
    const moves: PlacementNode[] = [];
    for (const id of inWay) {
      const other = byId.get(id)!;
      const spot = placed.firstFree(other, positions.get(id)!, true);
      if (!spot) break;
      placed.add(other, spot);
      moves.push(other);
    }
    if (moves.length === inWay.length) return (done = true);
    // Undo: the names in the way go back where they were.
    for (const other of moves) placed.unplace(other.id);
    placed.unplace(node.id);
    for (const [id, label] of before) placed.add(byId.get(id)!, label);
    return false;
  });
  return done;
}

/**
 * Moves an entity whose name found no room to the nearest spot, within `reach`, where its body
 * and its name both fit clear of everything placed: rings around where it stood, half a name's
 * height apart, each tried all round. On success the grid holds its body at the new spot.
 */
function relocate(
  node: PlacementNode,
  from: Point,
  placed: Placed,
  options: PlacementOptions,
  reach: number,
): { at: Point; candidate: Candidate | null } | null {
  const step = Math.max(4, (node.shapes[0]?.height ?? node.height) / 2);
  // Inside bounds, no further than their far corner; without, about as far as everything placed.
  const bounds = options.bounds ?? placed.extent();
  const corner = Math.max(
    Math.hypot(from.x - bounds.x1, from.y - bounds.y1),
    Math.hypot(from.x - bounds.x2, from.y - bounds.y1),
    Math.hypot(from.x - bounds.x1, from.y - bounds.y2),
    Math.hypot(from.x - bounds.x2, from.y - bounds.y2),
  );
  const limit = Math.min(reach, corner + step * 4);
  for (let radius = step; radius <= limit; radius += step) {
    const points = Math.max(8, Math.ceil((2 * Math.PI * radius) / step));
    for (let k = 0; k < points; k++) {
      const angle = (2 * Math.PI * k) / points + Math.PI / 2;
      const at = { x: from.x + radius * Math.cos(angle), y: from.y + radius * Math.sin(angle) };
      const body = bodyBox(node, at);
      if (!inside(body, options.bounds)) continue;
      const room = inflate(body, options.gap);
      if (placed.bodies.hits(room, node.id) || placed.names.hits(room)) continue;
      // The body goes there for the name's check (its name must not cover it), and stays if
      // the name finds room.
      placed.bodies.remove(node.id);
      placed.bodies.add(body, node.id);
      const candidate = node.shapes.length === 0 ? null : placed.firstFree(node, at, false);
      if (candidate || node.shapes.length === 0) return { at, candidate };
    }
  }
  placed.bodies.remove(node.id);
  placed.bodies.add(bodyBox(node, from), node.id);
  return null;
}

/**
 * Places every name: first beside its entity, in rank order; then, for those without room, a
 * little further out on a leader; then, where nudging is allowed, the entity itself moves to the
 * nearest spot where it and its name fit.
 */
export function placeLabels(
  nodes: readonly PlacementNode[],
  options: PlacementOptions = DEFAULT_PLACEMENT,
): PlacementResult {
  const positions = new Map<string, Point>(nodes.map((n) => [n.id, { x: n.x, y: n.y }]));
  const ranked = [...nodes].sort(byRank).filter((n) => n.shapes.length > 0);
  const placed = new Placed(cellSizeFor(nodes), options);
  for (const node of nodes) placed.bodies.add(bodyBox(node, positions.get(node.id)!), node.id);
  const obstacles = options.obstacles ?? [];
  for (const box of obstacles) placed.bodies.add(box, OBSTACLE);
  const evicted = new Set<string>();
  if (options.nudge)
    for (const node of [...nodes].sort(byRank)) {
      const from = positions.get(node.id)!;
      const room = inflate(bodyBox(node, from), options.gap);
      if (node.fixed || !obstacles.some((box) => boxesOverlap(room, box))) continue;
      const moved = relocate(node, from, placed, options, Infinity);
      if (!moved) continue;
      positions.set(node.id, moved.at);
      evicted.add(node.id);
    }

  let waiting: PlacementNode[] = [];
  for (const node of ranked) {
    const spot = placed.firstFree(node, positions.get(node.id)!, false);
    if (spot) placed.add(node, spot);
    else waiting.push(node);
  }
  waiting = waiting.filter((node) => {
    const spot = placed.firstFree(node, positions.get(node.id)!, true);
    if (spot) placed.add(node, spot);
    return !spot;
  });
  const hopeless = waiting.length > (options.hopelessShare ?? 1) * Math.max(1, ranked.length);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  if (!hopeless)
    waiting = waiting.filter((node) => !makeRoom(node, placed, positions, byId, options));
  const nudged = evicted;
  if (options.nudge && !hopeless)
    waiting = waiting.filter((node) => {
      if (node.fixed) return true;
      const from = positions.get(node.id)!;
      const moved = relocate(node, from, placed, options, options.maxNudge ?? Infinity);
      if (!moved) return true;
      positions.set(node.id, moved.at);
      if (moved.candidate) placed.add(node, moved.candidate);
      nudged.add(node.id);
      return false;
    });

  // Nothing is dropped: a name without room stays under its entity, and is reported.
  for (const node of waiting) {
    const box = defaultLabelBox(node, positions.get(node.id)!, options.offset);
    if (box) placed.labels.set(node.id, { box, side: 'below', shape: 0, leader: null });
  }
  let moved = 0;
  let leaders = 0;
  for (const label of placed.labels.values()) {
    if (label.side !== 'below' || label.shape !== 0 || label.leader) moved++;
    if (label.leader) leaders++;
  }
  return {
    positions,
    labels: placed.labels,
    moved,
    leaders,
    nudged: nudged.size,
    unplaced: waiting.map((n) => n.id),
  };
}

/** Pairs of names whose boxes overlap: the check tests and callers rely on. */
export function overlappingLabelPairs(
  labels: ReadonlyMap<string, Pick<PlacedLabel, 'box'>>,
): [string, string][] {
  const grid = new BoxGrid(64);
  const pairs: [string, string][] = [];
  for (const [id, label] of labels) {
    for (const at of grid.overlapping(label.box)) pairs.push([grid.owners[at]!, id]);
    grid.add(label.box, id);
  }
  return pairs;
}

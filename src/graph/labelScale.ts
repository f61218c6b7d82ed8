/**
 * Entity names that stay readable at every zoom. Cytoscape draws labels at a fixed size in graph
 * units, so a graph fitted at zoom 0.45 shows 5 px names (or none, below min-zoomed-font-size),
 * and at zoom 3 shows 33 px names that cover each other. So entities get a class that scales their
 * label in steps, keeping names between MIN_SCREEN_FONT_PX and MAX_SCREEN_FONT_PX on screen:
 * larger (up to MAX_LABEL_SCALE) when zoomed out, smaller when zoomed in, where the room between
 * entities grows and more names fit. Classes rather than stylesheet edits: the stylesheet stays one
 * fixed list, and an export can drop them (figures are drawn at zoom 1 or more, at the designed size).
 *
 * Not every name fits at every zoom: see chooseNames.
 */
export const NODE_FONT_SIZE = 11;
export const NODE_FONT_WEIGHT = 600;
export const NODE_TEXT_MAX_WIDTH = 120;
/** The narrower wrap a crowded name may take, in three or four short lines rather than two long ones. */
export const NARROW_TEXT_MAX_WIDTH = 64;
const MIN_SCREEN_FONT_PX = 8;
const MAX_SCREEN_FONT_PX = 13;
const MAX_LABEL_SCALE = 2;

/** The label scales there are classes for (1 is the designed size and has none). */
export const LABEL_SCALES: readonly number[] = [
  0.25,
  0.3,
  0.4,
  0.5,
  0.6,
  0.8,
  1.2,
  1.4,
  1.6,
  1.8,
  MAX_LABEL_SCALE,
];

/** Below this zoom even the largest names are smaller than MIN_SCREEN_FONT_PX on screen. */
export const LOWEST_LEGIBLE_ZOOM = MIN_SCREEN_FONT_PX / (NODE_FONT_SIZE * MAX_LABEL_SCALE);

export function labelScaleClass(scale: number): string {
  return `label-x${Math.round(scale * 100)}`;
}

export const LABEL_SCALE_CLASSES: readonly string[] = LABEL_SCALES.map(labelScaleClass);

/**
 * The label scale for a zoom level: 1 while names drawn at their own size are between 8 and 13 px
 * on screen; zoomed out, the smallest step that keeps them 8 px (at most 2×); zoomed in, the
 * largest step that keeps them 13 px at most. The steps are close enough that one always fits.
 */
export function labelScaleFor(zoom: number): number {
  if (!(zoom > 0)) return 1;
  const least = MIN_SCREEN_FONT_PX / (NODE_FONT_SIZE * zoom);
  const most = MAX_SCREEN_FONT_PX / (NODE_FONT_SIZE * zoom);
  if (least <= 1 && most >= 1) return 1;
  if (least > 1) return LABEL_SCALES.find((s) => s >= least - 1e-9) ?? MAX_LABEL_SCALE;
  return [...LABEL_SCALES].reverse().find((s) => s <= most + 1e-9) ?? LABEL_SCALES[0]!;
}

/**
 * How many of the best-connected entities the force layout leaves room for at the largest label
 * scale: a graph fitted to the canvas is drawn zoomed out, where names are doubled (MAX_LABEL_SCALE),
 * and a layout that saw them at their designed size packs the hubs too tightly to name them all.
 * Only the first few: room for every name would spread the graph, fit it smaller and shrink every
 * name below legibility. Twenty measured best on the default dataset at 1280×800 (README).
 */
export const ROOMY_NAMES = 20;
/** Class of an entity whose name the layout sizes at the largest scale (ROOMY_NAMES). */
export const ROOMY_LABEL_CLASS = 'label-roomy';

/** Class of a named entity whose name takes the narrow wrap, to fit between its neighbours. */
export const NARROW_LABEL_CLASS = 'label-narrow';

/**
 * Stylesheet blocks, one per scale: names scaled, wrapped at a proportionally scaled width; then
 * the narrow wrap at each scale (after them: Cytoscape lets the later block win).
 */
export function labelScaleStyles(): { selector: string; style: Record<string, number | string> }[] {
  const wrapAt = (width: number, scale: number) => `${Math.round(width * scale)}px`;
  return [
    ...LABEL_SCALES.map((scale) => ({
      selector: `node.${labelScaleClass(scale)}`,
      style: {
        'font-size': Math.round(NODE_FONT_SIZE * scale * 100) / 100,
        'text-max-width': wrapAt(NODE_TEXT_MAX_WIDTH, scale),
      },
    })),
    {
      selector: `node.${ROOMY_LABEL_CLASS}`,
      style: {
        'font-size': NODE_FONT_SIZE * MAX_LABEL_SCALE,
        'text-max-width': wrapAt(NODE_TEXT_MAX_WIDTH, MAX_LABEL_SCALE),
      },
    },
    {
      selector: `node.${NARROW_LABEL_CLASS}`,
      style: { 'text-max-width': wrapAt(NARROW_TEXT_MAX_WIDTH, 1) },
    },
    ...LABEL_SCALES.map((scale) => ({
      selector: `node.${NARROW_LABEL_CLASS}.${labelScaleClass(scale)}`,
      style: { 'text-max-width': wrapAt(NARROW_TEXT_MAX_WIDTH, scale) },
    })),
  ];
}

/** A relation whose verb is written on its arrow (controllers/relationLabels.ts). */
export const VERB_CLASS = 'verb';
/** ...and left out for now, as it would cover a name or another verb. */
export const VERB_HIDDEN_CLASS = 'verb-hidden';
export const VERB_FONT_SIZE = 10;
export const VERB_FONT_WEIGHT = 500;

/** Verbs scale with names, in the same steps. */
export function verbScaleStyles(): { selector: string; style: Record<string, number> }[] {
  return LABEL_SCALES.map((scale) => ({
    selector: `edge.${VERB_CLASS}.${labelScaleClass(scale)}`,
    style: { 'font-size': Math.round(VERB_FONT_SIZE * scale * 10) / 10 },
  }));
}

/** Class of an entity whose name is left out at this zoom. */
export const MINOR_LABEL_CLASS = 'label-minor';
/** Class of the entity under the pointer, whose name always shows. */
export const HOVERED_CLASS = 'hovered';

/**
 * Where a name sits around its entity: under it unless that spot is taken, then beside, above, or
 * at a corner. Each is Cytoscape's own label alignment with a margin away from the node.
 */
const PLACEMENT_STYLES = {
  bottom: { valign: 'bottom', halign: 'center', marginX: 0, marginY: 1 },
  right: { valign: 'center', halign: 'right', marginX: 1, marginY: 0 },
  left: { valign: 'center', halign: 'left', marginX: -1, marginY: 0 },
  top: { valign: 'top', halign: 'center', marginX: 0, marginY: -1 },
  'bottom-right': { valign: 'bottom', halign: 'right', marginX: 0.5, marginY: 0.5 },
  'bottom-left': { valign: 'bottom', halign: 'left', marginX: -0.5, marginY: 0.5 },
  'top-right': { valign: 'top', halign: 'right', marginX: 0.5, marginY: -0.5 },
  'top-left': { valign: 'top', halign: 'left', marginX: -0.5, marginY: -0.5 },
} as const;

export type LabelPlacement = keyof typeof PLACEMENT_STYLES;
/** The spots tried, in order of preference. */
const PLACEMENTS = Object.keys(PLACEMENT_STYLES) as LabelPlacement[];

export function labelPlacementClass(placement: LabelPlacement): string {
  return `label-${placement}`;
}

/** Classes of the spots other than under the entity (the base style's). */
export const LABEL_PLACEMENT_CLASSES: readonly string[] = PLACEMENTS.filter(
  (p) => p !== 'bottom',
).map(labelPlacementClass);

/** Stylesheet blocks moving a name beside, above or to a corner of its entity. */
export function labelPlacementStyles(): {
  selector: string;
  style: Record<string, number | string>;
}[] {
  return PLACEMENTS.filter((p) => p !== 'bottom').map((placement) => {
    const { valign, halign, marginX, marginY } = PLACEMENT_STYLES[placement];
    return {
      selector: `node.${labelPlacementClass(placement)}`,
      style: {
        'text-valign': valign,
        'text-halign': halign,
        'text-margin-x': marginX * LABEL_MARGIN,
        'text-margin-y': marginY * LABEL_MARGIN,
      },
    };
  });
}

/**
 * How strongly an entity asks for its name: `forced` (the selection, both ends of a selected
 * relation, what a chain, path or event highlights) is named even where no spot is free;
 * `preferred` (the selected entity's neighbours) is named before any other where a spot is free.
 */
export type NamePriority = 'forced' | 'preferred' | 'ranked';

const PRIORITY_ORDER: Record<NamePriority, number> = { forced: 0, preferred: 1, ranked: 2 };

/** An entity as the name thinning sees it: where it is drawn (graph units) and how it ranks. */
export interface LabelCandidate {
  id: string;
  label: string;
  /** How many relations it has on the canvas: the better-connected are named first. */
  degree: number;
  priority?: NamePriority;
  x: number;
  y: number;
  /** The node's diameter, in graph units. */
  size: number;
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The width of `text` drawn in the node label font at `fontSize`, in graph units. */
export type NameWidth = (text: string, fontSize: number) => number;

/** A measure without a browser (tests, jsdom): the label font's average character width. */
export const estimateNameWidth: NameWidth = (text, fontSize) => text.length * fontSize * 0.62;

// The node label style (stylesheet.ts): Cytoscape's line height (1), the margin between a node and
// its name, the name's outline and the node's border.
const LINE_HEIGHT = 1;
const LABEL_MARGIN = 4;
const TEXT_OUTLINE = 2.5;
const NODE_BORDER = 2;
/** Room kept between two names at the designed size, so that their outlines do not touch. */
const LABEL_GAP = 2;

/** How many lines a label wraps to within `maxWidth`, and its widest line, word by word as Cytoscape wraps. */
function wrappedSize(label: string, fontSize: number, maxWidth: number, measure: NameWidth) {
  const space = measure(' ', fontSize);
  let lines = 1;
  let line = 0;
  let widest = 0;
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const width = measure(word, fontSize);
    const joined = line === 0 ? width : line + space + width;
    if (line > 0 && joined > maxWidth) {
      widest = Math.max(widest, line);
      lines += 1;
      line = width;
    } else line = joined;
  }
  // A word longer than the wrap stays whole on its line (Cytoscape wraps at spaces only).
  return { lines, width: Math.max(widest, line) };
}

/**
 * Where a name is drawn at `scale` and `placement` (under its node unless said otherwise), with its
 * outline and the gap kept around it, in graph units.
 */
export function labelBox(
  candidate: LabelCandidate,
  scale: number,
  measure: NameWidth = estimateNameWidth,
  placement: LabelPlacement = 'bottom',
  narrow = false,
): Box {
  const fontSize = NODE_FONT_SIZE * scale;
  const { lines, width } = wrappedSize(
    candidate.label,
    fontSize,
    (narrow ? NARROW_TEXT_MAX_WIDTH : NODE_TEXT_MAX_WIDTH) * scale,
    measure,
  );
  const height = lines * fontSize * LINE_HEIGHT;
  const { valign, halign, marginX, marginY } = PLACEMENT_STYLES[placement];
  const half = candidate.size / 2;
  // Where Cytoscape anchors the text (recalculateNodeLabelProjection), then its margin.
  const anchorX =
    candidate.x +
    (halign === 'right' ? half : halign === 'left' ? -half : 0) +
    marginX * LABEL_MARGIN;
  const anchorY =
    candidate.y +
    (valign === 'bottom' ? half : valign === 'top' ? -half : 0) +
    marginY * LABEL_MARGIN;
  const x1 =
    halign === 'right' ? anchorX : halign === 'left' ? anchorX - width : anchorX - width / 2;
  const y1 =
    valign === 'bottom' ? anchorY : valign === 'top' ? anchorY - height : anchorY - height / 2;
  const text = { x1, x2: x1 + width, y1, y2: y1 + height };
  const margin = TEXT_OUTLINE + LABEL_GAP * Math.max(1, scale);
  return {
    x1: text.x1 - margin,
    x2: text.x2 + margin,
    y1: text.y1 - margin,
    y2: text.y2 + margin,
  };
}

function bodyBox(candidate: LabelCandidate): Box {
  const half = candidate.size / 2 + NODE_BORDER;
  return {
    x1: candidate.x - half,
    x2: candidate.x + half,
    y1: candidate.y - half,
    y2: candidate.y + half,
  };
}

function union(a: Box | null, b: Box): Box {
  return a
    ? {
        x1: Math.min(a.x1, b.x1),
        y1: Math.min(a.y1, b.y1),
        x2: Math.max(a.x2, b.x2),
        y2: Math.max(a.y2, b.y2),
      }
    : b;
}

function within(inner: Box, outer: Box): boolean {
  return (
    inner.x1 >= outer.x1 && inner.y1 >= outer.y1 && inner.x2 <= outer.x2 && inner.y2 <= outer.y2
  );
}

function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** Which entities are named at a label scale, and where each name sits. */
export interface NameChoice {
  /** Entities whose name is left out (shown on hover or selection). */
  minor: Set<string>;
  /** Where each named entity's name sits. */
  placements: Map<string, LabelPlacement>;
  /** Named entities whose name takes the narrow wrap (NARROW_LABEL_CLASS). */
  narrow: Set<string>;
}

/** A spot a name may take: beside its entity somewhere, in its usual or its narrow wrap. */
interface Spot {
  placement: LabelPlacement;
  narrow: boolean;
  box: Box;
}

/** Whether a name wraps differently in the narrow shape, which then is worth trying. */
function wraps(label: string, scale: number, measure: NameWidth): boolean {
  const fontSize = NODE_FONT_SIZE * scale;
  return (
    wrappedSize(label, fontSize, NARROW_TEXT_MAX_WIDTH * scale, measure).lines >
    wrappedSize(label, fontSize, NODE_TEXT_MAX_WIDTH * scale, measure).lines
  );
}

/** How many of the best-ranked left-out names the repair pass tries to place (see chooseNames). */
export const REPAIRED_NAMES = 60;

/**
 * Chooses the names drawn at `scale`, so that no two names cover each other and no entity is drawn
 * over a name: going from the forced, then the preferred, then the best-connected down (ties
 * broken by id, so the choice is stable), each name takes a free spot under, right of, left of or
 * above its entity, or at a corner (free: covering no name kept before and no entity ranked
 * before; of those, the one covering fewest other entities, in that order on a tie), or is left
 * out. An entity a kept name covers is left unnamed and drawn under it. A forced name is kept even
 * where no spot is free (in the spot that covers fewest names). Names and nodes are both drawn in
 * graph units, so the choice depends on the scale step, not on the zoom within it; zooming in
 * shrinks names against the entities, so more of them fit.
 *
 * Taking spots first come, first served leaves a well-connected entity unnamed where a name ranked
 * before it took the one spot it had, though that name had others. So a repair pass follows: for
 * each of the best-ranked names left out (REPAIRED_NAMES), it looks for a spot that only one or two
 * kept names stand in (or cover its entity), moves those to other free spots of their own, and
 * keeps the result only if everything still holds. Names are only ever added, never lost.
 */
export function chooseNames(
  candidates: readonly LabelCandidate[],
  scale: number,
  measure: NameWidth = estimateNameWidth,
  { repair = true }: { repair?: boolean } = {},
): NameChoice {
  const order = (c: LabelCandidate) => PRIORITY_ORDER[c.priority ?? 'ranked'];
  const ranked = [...candidates].sort(
    (a, b) =>
      order(a) - order(b) || b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const bodies = ranked.map(bodyBox);
  // Names beside or above their entity stay within what the graph covers with every name under its
  // entity, the box a fit frames: none sticks out of the canvas.
  const extent = ranked.reduce(
    (box, candidate, rank) =>
      union(union(box, bodies[rank]!), labelBox(candidate, scale, measure, 'bottom')),
    null as Box | null,
  );
  /** Each candidate's name in every spot it may take, measured once. */
  const spots = ranked.map((candidate) => {
    const narrows = wraps(candidate.label, scale, measure) ? [false, true] : [false];
    return narrows.flatMap((narrow) =>
      PLACEMENTS.flatMap((placement) => {
        const box = labelBox(candidate, scale, measure, placement, narrow);
        // Only the usual name under its entity may widen the extent (a fit frames the graph
        // alike whichever names are drawn).
        return (placement === 'bottom' && !narrow) || !extent || within(box, extent)
          ? [{ placement, narrow, box }]
          : [];
      }),
    );
  });
  /** The names kept, by rank. */
  const kept = new Map<number, Spot>();
  const buried = new Set<number>();
  ranked.forEach((candidate, rank) => {
    const forced = candidate.priority === 'forced';
    if (buried.has(rank) && !forced) return;
    let best: { spot: Spot; blocked: number; covered: number[] } | null = null;
    for (const spot of spots[rank]!) {
      const { box } = spot;
      let blocked = 0;
      for (const name of kept.values()) if (overlaps(box, name.box)) blocked += 1;
      const covered: number[] = [];
      bodies.forEach((body, other) => {
        if (other === rank || !overlaps(box, body)) return;
        if (other < rank) blocked += 1;
        else covered.push(other);
      });
      if (
        !best ||
        blocked < best.blocked ||
        (blocked === best.blocked && covered.length < best.covered.length)
      )
        best = { spot, blocked, covered };
      if (blocked === 0 && covered.length === 0) break;
    }
    if (best && (best.blocked === 0 || forced)) {
      kept.set(rank, best.spot);
      for (const other of best.covered) buried.add(other);
    }
  });
  if (repair) repairNames(ranked.length, spots, bodies, kept);
  const minor = new Set<string>();
  const placements = new Map<string, LabelPlacement>();
  const narrow = new Set<string>();
  ranked.forEach((candidate, rank) => {
    const name = kept.get(rank);
    if (!name) return minor.add(candidate.id);
    placements.set(candidate.id, name.placement);
    if (name.narrow) narrow.add(candidate.id);
  });
  return { minor, placements, narrow };
}

/**
 * The repair pass of chooseNames, in rank order. A left-out name may take a spot that covers no
 * entity ranked before it and that at most two names ranked before it stand in (or cover its
 * entity), if those move to other free spots of their own; names ranked after it that are in the
 * way are dropped, and entities ranked after it that the spot covers lose their names, as the first
 * pass would have done had it known. Free, for a moved name: covering no kept name, no entity
 * ranked before it and no named entity.
 */
function repairNames(
  count: number,
  spots: readonly (readonly Spot[])[],
  bodies: readonly Box[],
  kept: Map<number, Spot>,
): void {
  /** Whether a kept name may move to `box`; `waiting` names are still to move (and stay named). */
  const fits = (rank: number, box: Box, waiting: ReadonlySet<number>): boolean => {
    for (const [other, name] of kept) if (other !== rank && overlaps(box, name.box)) return false;
    for (let other = 0; other < count; other++) {
      if (other === rank || !overlaps(box, bodies[other]!)) continue;
      if (other < rank || kept.has(other) || waiting.has(other)) return false;
    }
    return true;
  };
  let tried = 0;
  for (let rank = 0; rank < count && tried < REPAIRED_NAMES; rank++) {
    if (kept.has(rank)) continue;
    tried += 1;
    for (const spot of spots[rank]!) {
      let stuck = false;
      for (let other = 0; other < rank && !stuck; other++)
        stuck = overlaps(spot.box, bodies[other]!);
      if (stuck) continue;
      const inTheWay = [...kept].filter(
        ([other, name]) =>
          overlaps(spot.box, name.box) ||
          overlaps(bodies[rank]!, name.box) ||
          (other > rank && overlaps(spot.box, bodies[other]!)),
      );
      const toMove = inTheWay.filter(([other]) => other < rank);
      if (toMove.length > 2) continue;
      const before = new Map(kept);
      for (const [other] of inTheWay) kept.delete(other);
      kept.set(rank, spot);
      const waiting = new Set(toMove.map(([other]) => other));
      let moved = true;
      for (const [other] of toMove) {
        waiting.delete(other);
        const elsewhere = spots[other]!.find(
          (s) => !overlaps(s.box, bodies[rank]!) && fits(other, s.box, waiting),
        );
        if (!elsewhere) {
          moved = false;
          break;
        }
        kept.set(other, elsewhere);
      }
      if (moved) break;
      // The spot could not be cleared: everything as it was.
      kept.clear();
      for (const [other, name] of before) kept.set(other, name);
    }
  }
}

/**
 * Every class the names controller sets. A layout that sizes entities with their labels runs
 * without them, so that it sees every name at its designed size under its entity whatever the
 * zoom, the selection or the names chosen before it (the same graph is laid out the same way).
 */
export const NAME_CLASSES: readonly string[] = [
  MINOR_LABEL_CLASS,
  NARROW_LABEL_CLASS,
  ...LABEL_SCALE_CLASSES,
  ...LABEL_PLACEMENT_CLASSES,
];

/**
 * Entity names that stay readable when the graph is zoomed out to fit. Cytoscape draws labels at
 * a fixed size in graph units, so a graph fitted at zoom 0.45 shows 5 px names (or none, below
 * min-zoomed-font-size). Below the zoom where names would shrink under MIN_SCREEN_FONT_PX, entities
 * get a class that enlarges their label in steps, up to MAX_LABEL_SCALE. Classes rather than
 * stylesheet edits: the stylesheet stays one fixed list, and an export can drop them (figures are
 * drawn at zoom 1 or more, where names have their designed size).
 *
 * Zoomed out, not every name fits: where names would overlap, the better-connected entity keeps
 * its name, and selected or highlighted entities come before all; the others show theirs when
 * hovered or selected, and all names return once zoomed in far enough for them to be legible at
 * their own size.
 */
export const NODE_FONT_SIZE = 11;
export const NODE_FONT_WEIGHT = 600;
export const NODE_TEXT_MAX_WIDTH = 120;
const MIN_SCREEN_FONT_PX = 8;
const MAX_LABEL_SCALE = 2;
const STEP = 0.2;

/** The label scales there are classes for: 1.2, 1.4, 1.6, 1.8, 2. */
export const LABEL_SCALES: readonly number[] = Array.from(
  { length: Math.round((MAX_LABEL_SCALE - 1) / STEP) },
  (_, i) => Math.round((1 + STEP * (i + 1)) * 10) / 10,
);

/** Below this zoom even the largest names are smaller than MIN_SCREEN_FONT_PX on screen. */
export const LOWEST_LEGIBLE_ZOOM = MIN_SCREEN_FONT_PX / (NODE_FONT_SIZE * MAX_LABEL_SCALE);

export function labelScaleClass(scale: number): string {
  return `label-x${Math.round(scale * 10)}`;
}

export const LABEL_SCALE_CLASSES: readonly string[] = LABEL_SCALES.map(labelScaleClass);

/** The label scale for a zoom level: 1 when names are already legible, else the next step up. */
export function labelScaleFor(zoom: number): number {
  if (!(zoom > 0)) return 1;
  const wanted = MIN_SCREEN_FONT_PX / (NODE_FONT_SIZE * zoom);
  if (wanted <= 1) return 1;
  const stepped = 1 + Math.ceil((wanted - 1) / STEP - 1e-9) * STEP;
  return Math.min(MAX_LABEL_SCALE, Math.round(stepped * 10) / 10);
}

/** Stylesheet blocks, one per scale: larger names, wrapped at a proportionally wider width. */
export function labelScaleStyles(): { selector: string; style: Record<string, number | string> }[] {
  return LABEL_SCALES.map((scale) => ({
    selector: `node.${labelScaleClass(scale)}`,
    style: {
      'font-size': Math.round(NODE_FONT_SIZE * scale * 10) / 10,
      'text-max-width': `${Math.round(NODE_TEXT_MAX_WIDTH * scale)}px`,
    },
  }));
}

/** A relation whose verb is written on its arrow (controllers/relationLabels.ts). */
export const VERB_CLASS = 'verb';
/** ...and left out for now, as it would cover a name or another verb. */
export const VERB_HIDDEN_CLASS = 'verb-hidden';
export const VERB_FONT_SIZE = 10;
export const VERB_FONT_WEIGHT = 500;

/** Verbs grow with names at overview zoom, in the same steps. */
export function verbScaleStyles(): { selector: string; style: Record<string, number> }[] {
  return LABEL_SCALES.map((scale) => ({
    selector: `edge.${VERB_CLASS}.${labelScaleClass(scale)}`,
    style: { 'font-size': Math.round(VERB_FONT_SIZE * scale * 10) / 10 },
  }));
}

/** Class of an entity whose name is left out at overview zoom. */
export const MINOR_LABEL_CLASS = 'label-minor';
/** Class of the entity under the pointer, whose name always shows. */
export const HOVERED_CLASS = 'hovered';

/** An entity as the name thinning sees it: where it is drawn (graph units) and how it ranks. */
export interface LabelCandidate {
  id: string;
  label: string;
  degree: number;
  /** Selected or highlighted: named before any other. */
  first?: boolean;
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

// The node label style (stylesheet.ts): its line height, margin under the node and outline.
const LINE_HEIGHT = 1.25;
const LABEL_MARGIN = 4;
const TEXT_OUTLINE = 2.5;
/** Room kept between two names, so that their outlines do not touch. */
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
  return { lines, width: Math.min(maxWidth, Math.max(widest, line)) };
}

/** Where a name is drawn at `scale`: centred under its node, with its outline, in graph units. */
export function labelBox(
  candidate: LabelCandidate,
  scale: number,
  measure: NameWidth = estimateNameWidth,
): Box {
  const fontSize = NODE_FONT_SIZE * scale;
  const { lines, width } = wrappedSize(
    candidate.label,
    fontSize,
    NODE_TEXT_MAX_WIDTH * scale,
    measure,
  );
  const top = candidate.y + candidate.size / 2 + LABEL_MARGIN;
  const margin = TEXT_OUTLINE + LABEL_GAP;
  return {
    x1: candidate.x - width / 2 - margin,
    x2: candidate.x + width / 2 + margin,
    y1: top - margin,
    y2: top + lines * fontSize * LINE_HEIGHT + margin,
  };
}

function bodyBox(candidate: LabelCandidate): Box {
  const half = candidate.size / 2;
  return {
    x1: candidate.x - half,
    x2: candidate.x + half,
    y1: candidate.y - half,
    y2: candidate.y + half,
  };
}

function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/**
 * The entities whose names are left out at overview zoom: going from the selected and highlighted
 * ones, then the best-connected down (ties broken by id, so the choice is stable), a name is kept unless it would cover a name kept
 * before it or a better-connected entity. Names and nodes are both drawn in graph units, so the
 * choice depends on the scale step, not on the zoom within it. None while names are legible at
 * their own size: zooming in is how the analyst reads a crowded spot.
 */
export function minorLabelIds(
  candidates: readonly LabelCandidate[],
  scale: number,
  measure: NameWidth = estimateNameWidth,
): Set<string> {
  const minor = new Set<string>();
  if (scale === 1) return minor;
  const ranked = [...candidates].sort(
    (a, b) =>
      Number(b.first ?? false) - Number(a.first ?? false) ||
      b.degree - a.degree ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const kept: Box[] = [];
  const bodies: Box[] = [];
  for (const candidate of ranked) {
    const box = labelBox(candidate, scale, measure);
    const covers = (other: Box) => overlaps(box, other);
    if (kept.some(covers) || bodies.some(covers)) minor.add(candidate.id);
    else kept.push(box);
    bodies.push(bodyBox(candidate));
  }
  return minor;
}

/**
 * Entity names that stay readable when the graph is zoomed out to fit. Cytoscape draws labels at
 * a fixed size in graph units, so a graph fitted at zoom 0.45 shows 5 px names (or none, below
 * min-zoomed-font-size). Below the zoom where names would shrink under MIN_SCREEN_FONT_PX, entities
 * get a class that enlarges their label in steps, up to MAX_LABEL_SCALE. Classes rather than
 * stylesheet edits: the stylesheet stays one fixed list, and an export can drop them (figures are
 * drawn at zoom 1 or more, where names have their designed size).
 *
 * Zoomed out, not every name fits: only the best-connected entities keep theirs (as many as the
 * canvas has room for); the others show their name when hovered, selected or highlighted, and all
 * names return once zoomed in far enough for them to be legible at their own size.
 */
export const NODE_FONT_SIZE = 11;
export const NODE_TEXT_MAX_WIDTH = 120;
const MIN_SCREEN_FONT_PX = 8;
const MAX_LABEL_SCALE = 1.8;
const STEP = 0.2;

/** The label scales there are classes for: 1.2, 1.4, 1.6, 1.8. */
export const LABEL_SCALES: readonly number[] = Array.from(
  { length: Math.round((MAX_LABEL_SCALE - 1) / STEP) },
  (_, i) => Math.round((1 + STEP * (i + 1)) * 10) / 10,
);

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

/** Class of an entity whose name is left out at overview zoom. */
export const MINOR_LABEL_CLASS = 'label-minor';
/** Class of the entity under the pointer, whose name always shows. */
export const HOVERED_CLASS = 'hovered';

/** Screen area one name needs to be read without colliding much with its neighbours' names. */
const SCREEN_AREA_PER_NAME = 11_000;
const MIN_NAMED = 12;

/**
 * The entities whose names are left out at overview zoom: all but the `room` best-connected
 * (ties broken by id, so the choice is stable). None while names are legible at their own size.
 */
export function minorLabelIds(
  degrees: ReadonlyMap<string, number>,
  scale: number,
  screenArea: number,
): Set<string> {
  if (scale === 1) return new Set();
  const room = Math.max(MIN_NAMED, Math.floor(screenArea / SCREEN_AREA_PER_NAME));
  if (degrees.size <= room) return new Set();
  const ranked = [...degrees].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return new Set(ranked.slice(room).map(([id]) => id));
}

/**
 * Annotations in a figure (issue 17, item 4): where each note, callout and ring goes, in figure
 * pixels, once the graph is planned (plan.ts). Pure, like the plan: the painters (svg.ts, draw.ts)
 * only draw.
 *
 * The plan spreads the graph to fill the page (not one scale for the whole graph), so a note's
 * graph coordinates are carried into the figure by each axis's own mapping, read off the entities
 * (graph x to figure x, piecewise linear between them). Texts keep clear of what is already drawn:
 * names, entities and verbs (the boxes the export placed without overlaps), the legend, and
 * annotations placed before them; a note looks for the free spot nearest where it was put, a
 * callout for one in the direction the user gave, with its leader crossing no name where it can.
 */
import {
  boxExit,
  ringBottom,
  ringShape,
  ringTop,
  tint,
  towards,
  type RingShape,
} from '../../domain/annotationGeometry';
import type { Annotation, Callout, HighlightRing, TextNote } from '../../domain/annotations';
import { BoxGrid, type Box, type Point } from '../../domain/labelPlacement';
import {
  CALLOUT_STYLE,
  NOTE_STYLE,
  RING_BORDER,
  RING_COLOURS,
  RING_TINT,
} from '../annotations/style';
import { wrapText } from './layout';
import type { FontSpec, MeasureText } from './measure';
import { pointOnEdge, type GraphScene, type PlannedGraph } from './plan';

export interface PlannedCard {
  id: number;
  kind: 'note' | 'callout';
  box: Box;
  lines: string[];
  fill: string;
  stroke: string;
  text: string;
  /** A callout's line from its card to what it points at; the dot is at `to`. */
  leader: { from: Point; to: Point } | null;
}

export interface PlannedRing {
  id: number;
  colour: string;
  /** Its inside: an opaque tint of its colour over the figure's background. */
  fill: string;
  border: number;
  shape: RingShape;
  /** Its label, with a line to the ring when the nearest free spot is away from it. */
  label: { text: string; box: Box; leader: { from: Point; to: Point } | null } | null;
  /** The halo around its label's letters: the figure's background. */
  halo: string;
}

export interface PlannedAnnotations {
  cards: PlannedCard[];
  rings: PlannedRing[];
  font: FontSpec;
  lineHeight: number;
  labelFont: FontSpec;
  /** Inside a card, between its edge and its text. */
  padding: { x: number; y: number };
  /** Texts that found no spot clear of names, entities and other texts. */
  overlapping: number;
}

export interface AnnotationInput {
  annotations: readonly Annotation[];
  /** The scene as read from the canvas: entities at their graph coordinates. */
  scene: GraphScene;
  /** The planned graph, already in figure coordinates. */
  plan: PlannedGraph;
  /** The graph's room on the page, which annotations stay inside. */
  room: Box;
  /** What nothing may cover besides the graph (the legend). */
  obstacles: readonly Box[];
  nameSize: number;
  measure: MeasureText;
  /** The figure's background, which a ring's tint is mixed with (white when transparent). */
  background?: string | null;
}

/** A monotone map from graph units to figure pixels along one axis, through the entities. */
export function axisMap(pairs: readonly { from: number; to: number }[]): (value: number) => number {
  const sorted = [...pairs].sort((a, b) => a.from - b.from);
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    let sum = 0;
    while (j < sorted.length && sorted[j]!.from === sorted[i]!.from) sum += sorted[j++]!.to;
    from.push(sorted[i]!.from);
    // Kept non-decreasing: a nudged entity must not fold the map back on itself.
    to.push(Math.max(to[to.length - 1] ?? -Infinity, sum / (j - i)));
    i = j;
  }
  const n = from.length;
  if (n === 0) return () => 0;
  const slope =
    n > 1 && from[n - 1]! > from[0]! ? (to[n - 1]! - to[0]!) / (from[n - 1]! - from[0]!) : 1;
  return (value) => {
    if (value <= from[0]!) return to[0]! + (value - from[0]!) * slope;
    if (value >= from[n - 1]!) return to[n - 1]! + (value - from[n - 1]!) * slope;
    let low = 0;
    let high = n - 1;
    while (high - low > 1) {
      const middle = (low + high) >> 1;
      if (from[middle]! <= value) low = middle;
      else high = middle;
    }
    const share = (value - from[low]!) / (from[high]! - from[low]!);
    return to[low]! + share * (to[high]! - to[low]!);
  };
}

const MAX_CARD_LINES = 8;

function cardLines(text: string, width: number, font: FontSpec, measure: MeasureText): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    if (lines.length >= MAX_CARD_LINES) break;
    lines.push(
      ...(paragraph.trim()
        ? wrapText(paragraph, width, font, measure, MAX_CARD_LINES - lines.length)
        : ['']),
    );
  }
  return lines;
}

function boxAt(centre: Point, width: number, height: number): Box {
  return {
    x1: centre.x - width / 2,
    y1: centre.y - height / 2,
    x2: centre.x + width / 2,
    y2: centre.y + height / 2,
  };
}

function grown(box: Box, by: number): Box {
  return { x1: box.x1 - by, y1: box.y1 - by, x2: box.x2 + by, y2: box.y2 + by };
}

export function planAnnotations(input: AnnotationInput): PlannedAnnotations {
  const { plan, room, measure, nameSize } = input;
  const size = Math.round(nameSize * 0.95 * 2) / 2;
  const font: FontSpec = { size, weight: 400 };
  const labelFont: FontSpec = { size, weight: 600 };
  const lineHeight = size * 1.35;
  const padding = { x: Math.round(size * 0.7), y: Math.round(size * 0.45) };
  const maxTextWidth = size * 16;
  const result: PlannedAnnotations = {
    cards: [],
    rings: [],
    font,
    lineHeight,
    labelFont,
    padding,
    overlapping: 0,
  };

  const taken = new BoxGrid(Math.max(32, size * 6));
  for (const node of plan.nodes) {
    taken.add(boxAt({ x: node.px, y: node.py }, node.w, node.h), node.id);
    if (node.labelBox) taken.add(node.labelBox, node.id);
  }
  for (const edge of plan.edges) if (edge.verbBox) taken.add(edge.verbBox, edge.id);
  input.obstacles.forEach((box, i) => taken.add(box, `obstacle:${i}`));
  const margin = 4;
  const inside = (box: Box) =>
    box.x1 >= room.x1 + margin &&
    box.y1 >= room.y1 + margin &&
    box.x2 <= room.x2 - margin &&
    box.y2 <= room.y2 - margin;
  const free = (box: Box) => inside(box) && !taken.hits(grown(box, 3));
  /** Whether a leader line from `a` to `b` stays off every name and text placed. */
  const clearLine = (a: Point, b: Point, around: Box | null) => {
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    const steps = Math.max(1, Math.ceil(length / 4));
    for (let i = 1; i < steps; i++) {
      const t = i / steps;
      const p = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
      // Where it meets its target, the line is on the target's own body.
      if (around && p.x >= around.x1 && p.x <= around.x2 && p.y >= around.y1 && p.y <= around.y2)
        continue;
      if (taken.hits({ x1: p.x - 1, y1: p.y - 1, x2: p.x + 1, y2: p.y + 1 })) return false;
    }
    return true;
  };
  const clampInto = (centre: Point, width: number, height: number): Point => ({
    x: Math.min(Math.max(centre.x, room.x1 + margin + width / 2), room.x2 - margin - width / 2),
    y: Math.min(Math.max(centre.y, room.y1 + margin + height / 2), room.y2 - margin - height / 2),
  });

  /**
   * The free spot for a box of this size nearest `start`: on rings around it first, then anywhere
   * in the room (a figure filled to its edges may keep its only gaps far away); null if none.
   */
  const nearestFree = (
    start: Point,
    width: number,
    height: number,
    anywhere = true,
  ): Point | null => {
    if (free(boxAt(start, width, height))) return start;
    const step = size * 1.2;
    for (let ring = 1; ring <= 8; ring++)
      for (let k = 0; k < 16; k++) {
        const angle = (k / 16) * 2 * Math.PI;
        const c = {
          x: start.x + Math.cos(angle) * step * ring,
          y: start.y + Math.sin(angle) * step * ring,
        };
        if (free(boxAt(c, width, height))) return c;
      }
    if (!anywhere) return null;
    let best: Point | null = null;
    let bestDistance = Infinity;
    for (let y = room.y1 + margin + height / 2; y <= room.y2 - margin - height / 2; y += size / 2)
      for (let x = room.x1 + margin + width / 2; x <= room.x2 - margin - width / 2; x += size / 2) {
        const distance = Math.hypot(x - start.x, y - start.y);
        if (distance < bestDistance && free(boxAt({ x, y }, width, height)))
          [best, bestDistance] = [{ x, y }, distance];
      }
    return best;
  };

  // On a dark page the callouts' dark lines would vanish: they are drawn light there.
  const dark = isDark(input.background ?? '#ffffff');
  const calloutStroke = dark ? '#cbd5e1' : CALLOUT_STYLE.stroke;

  const byId = new Map(plan.nodes.map((n) => [n.id, n]));
  const sceneById = new Map(input.scene.nodes.map((n) => [n.id, n]));
  const pairs = plan.nodes.flatMap((n) => {
    const at = sceneById.get(n.id);
    return at ? [{ x: at.x, y: at.y, px: n.px, py: n.py }] : [];
  });
  const mapX = axisMap(pairs.map((p) => ({ from: p.x, to: p.px })));
  const mapY = axisMap(pairs.map((p) => ({ from: p.y, to: p.py })));
  // Notes far outside what the figure shows (another part of the graph) stay out of it.
  const xs = pairs.map((p) => p.x);
  const ys = pairs.map((p) => p.y);
  const spanX = Math.max(...xs) - Math.min(...xs);
  const spanY = Math.max(...ys) - Math.min(...ys);
  const reach = Math.max(150, 0.3 * Math.max(spanX, spanY));
  const shown = (note: TextNote) =>
    pairs.length > 0 &&
    note.x >= Math.min(...xs) - reach &&
    note.x <= Math.max(...xs) + reach &&
    note.y >= Math.min(...ys) - reach &&
    note.y <= Math.max(...ys) + reach;

  const measureCard = (text: string) => {
    const lines = cardLines(text, maxTextWidth, font, measure);
    const width = Math.ceil(Math.max(...lines.map((l) => measure(l, font)), size)) + 2 * padding.x;
    const height = Math.ceil(lines.length * lineHeight) + 2 * padding.y;
    return { lines, width, height };
  };

  // Rings first: their labels are texts the notes must then avoid; their outlines may be crossed.
  for (const ring of input.annotations.filter((a): a is HighlightRing => a.kind === 'ring')) {
    const members = [...new Set(ring.members)].flatMap((id) => byId.get(id) ?? []);
    if (members.length === 0) continue;
    const pad = size * 0.6;
    const shape = ringShape(
      members.map((m) => ({ x: m.px, y: m.py, radius: Math.max(m.w, m.h) / 2 + pad })),
    );
    let label: PlannedRing['label'] = null;
    if (ring.label) {
      const width = measure(ring.label, labelFont) + 4;
      const height = lineHeight;
      const top = ringTop(shape);
      top.y -= RING_BORDER;
      const bottom = ringBottom(shape);
      bottom.y += RING_BORDER;
      const candidates = [
        { x: top.x, y: top.y - 3 - height / 2 },
        { x: top.x - width / 2, y: top.y - 3 - height / 2 },
        { x: top.x + width / 2, y: top.y - 3 - height / 2 },
        { x: bottom.x, y: bottom.y + 3 + height / 2 },
        { x: top.x, y: top.y - 3 - height * 1.5 },
      ];
      // By the ring; else the nearest free spot, with a line to the ring so it still names it.
      const beside = candidates.find((c) => free(boxAt(c, width, height)));
      const spot = beside ?? nearestFree(candidates[0]!, width, height);
      if (!spot) result.overlapping++;
      const box = boxAt(clampInto(spot ?? candidates[0]!, width, height), width, height);
      taken.add(box, `ring:${ring.id}`);
      const from = boxExit(box, top);
      label = {
        text: ring.label,
        box,
        leader:
          !beside && spot && Math.hypot(from.x - top.x, from.y - top.y) > height
            ? { from, to: top }
            : null,
      };
    }
    const colour = RING_COLOURS[ring.colour];
    result.rings.push({
      id: ring.id,
      colour,
      fill: tint(colour, RING_TINT, input.background ?? '#ffffff'),
      halo: input.background ?? '#ffffff',
      border: RING_BORDER,
      shape,
      label,
    });
  }

  for (const note of input.annotations.filter((a): a is TextNote => a.kind === 'note')) {
    if (!shown(note)) continue;
    const { lines, width, height } = measureCard(note.text);
    const start = clampInto({ x: mapX(note.x), y: mapY(note.y) }, width, height);
    const spot = nearestFree(start, width, height);
    if (!spot) result.overlapping++;
    const box = boxAt(spot ?? start, width, height);
    taken.add(box, `note:${note.id}`);
    result.cards.push({
      id: note.id,
      kind: 'note',
      box,
      lines,
      leader: null,
      fill: NOTE_STYLE.fill,
      stroke: NOTE_STYLE.stroke,
      text: NOTE_STYLE.text,
    });
  }

  for (const callout of input.annotations.filter((a): a is Callout => a.kind === 'callout')) {
    let target: Point;
    let clearance: number;
    let body: Box | null = null;
    if (callout.target.kind === 'node') {
      const node = byId.get(callout.target.id);
      if (!node) continue;
      target = { x: node.px, y: node.py };
      clearance = Math.max(node.w, node.h) / 2 + 2;
      body = grown(boxAt(target, node.w, node.h), 2);
    } else {
      const edge = plan.edges.find((e) => e.id === callout.target.id);
      if (!edge) continue;
      target = pointOnEdge(edge, 0.5);
      clearance = 2;
    }
    const { lines, width, height } = measureCard(callout.text);
    const wanted = Math.atan2(callout.dy, callout.dx || (callout.dy === 0 ? 1 : 0));
    const directions = Array.from({ length: 16 }, (_, k) => (k / 16) * 2 * Math.PI).sort(
      (a, b) => angleBetween(a, wanted) - angleBetween(b, wanted),
    );
    const candidates: { centre: Point; leader: { from: Point; to: Point } }[] = [];
    for (const gap of [size * 1.8, size * 3, size * 4.5, size * 6.5, size * 9])
      for (const angle of directions) {
        const [ux, uy] = [Math.cos(angle), Math.sin(angle)];
        const along = Math.min(
          ux === 0 ? Infinity : width / 2 / Math.abs(ux),
          uy === 0 ? Infinity : height / 2 / Math.abs(uy),
        );
        const reachOut = clearance + gap + along;
        const centre = { x: target.x + ux * reachOut, y: target.y + uy * reachOut };
        const from = boxExit(boxAt(centre, width, height), target);
        candidates.push({ centre, leader: { from, to: towards(target, from, clearance) } });
      }
    const fits = (c: (typeof candidates)[number]) => free(boxAt(c.centre, width, height));
    const chosen =
      candidates.find((c) => fits(c) && clearLine(c.leader.from, c.leader.to, body))?.centre ??
      candidates.find(fits)?.centre ??
      // Crowded all round: the nearest free spot anywhere, with a longer leader.
      nearestFree(clampInto(candidates[0]!.centre, width, height), width, height);
    if (!chosen) result.overlapping++;
    const centre = chosen ?? clampInto(candidates[0]!.centre, width, height);
    const box = boxAt(centre, width, height);
    const from = boxExit(box, target);
    taken.add(box, `callout:${callout.id}`);
    result.cards.push({
      id: callout.id,
      kind: 'callout',
      box,
      lines,
      leader: { from, to: towards(target, from, clearance) },
      fill: CALLOUT_STYLE.fill,
      stroke: calloutStroke,
      text: CALLOUT_STYLE.text,
    });
  }
  return result;
}

function isDark(colour: string): boolean {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
  if ([r, g, b].some((v) => Number.isNaN(v))) return false;
  return 0.299 * r! + 0.587 * g! + 0.114 * b! < 128;
}

function angleBetween(a: number, b: number): number {
  const d = Math.abs(a - b) % (2 * Math.PI);
  return d > Math.PI ? 2 * Math.PI - d : d;
}

/** Where each line of a card's text sits: its left end and baseline. */
export function cardTextLines(
  card: PlannedCard,
  planned: Pick<PlannedAnnotations, 'font' | 'lineHeight' | 'padding'>,
): { x: number; y: number; text: string }[] {
  return card.lines.map((text, i) => ({
    x: card.box.x1 + planned.padding.x,
    y:
      card.box.y1 +
      planned.padding.y +
      i * planned.lineHeight +
      planned.lineHeight / 2 +
      planned.font.size * 0.35,
    text,
  }));
}

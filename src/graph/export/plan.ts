/**
 * Plans the graph of a figure: where each entity, name, leader line, relation and verb goes, in
 * figure pixels, so that the PNG and the SVG painters only draw. Names have the size the user
 * chose whatever the graph's size; the graph is spread to fill the room it is given (cropped tight,
 * slightly stretched if that fills the page better), and names are placed by placeLabels (no name
 * over another, none dropped). When the names cannot all be placed in the room, the plan says so
 * and the caller gives it more. Pure: the scene is plain data read from Cytoscape (scene.ts).
 */
import {
  BoxGrid,
  NO_BOX,
  placeLabels,
  unionBox,
  type Box,
  type LabelShape,
  type LabelSide,
  type PlacementNode,
  type Point,
} from '../../domain/labelPlacement';
import { NODE_FONT_SIZE, NODE_FONT_WEIGHT, NODE_TEXT_MAX_WIDTH } from '../labelScale';
import { wrapText } from './layout';
import type { FontSpec, MeasureText } from './measure';

export interface SceneNode {
  id: string;
  /** Centre, in graph units. */
  x: number;
  y: number;
  /** Designed size, in graph units. */
  width: number;
  height: number;
  shape: string;
  fill: string;
  border: { colour: string; width: number; dashed: boolean };
  opacity: number;
  underlay: { colour: string; opacity: number; padding: number } | null;
  label: string;
  labelColour: string;
  outlineColour: string;
  textOpacity: number;
  /** Higher is named first and moved least. */
  rank: number;
}

export interface SceneEdge {
  id: string;
  source: string;
  target: string;
  colour: string;
  width: number;
  lineStyle: string;
  opacity: number;
  arrow: 'none' | 'filled' | 'hollow';
  arrowScale: number;
  underlay: { colour: string; opacity: number; padding: number } | null;
  /** One straight line for many relations between the same pair (see parallelEdges.ts). */
  bundled: boolean;
  /** The verb to write on the arrow, or null. */
  verb: string | null;
  verbColour: string;
  verbBackground: string;
}

export interface GraphScene {
  nodes: SceneNode[];
  edges: SceneEdge[];
}

export interface PlannedNode extends SceneNode {
  /** Centre and size in figure pixels. */
  px: number;
  py: number;
  w: number;
  h: number;
  lines: string[];
  labelBox: Box | null;
  side: LabelSide;
  leader: { from: Point; to: Point } | null;
}

export interface PlannedEdge extends SceneEdge {
  start: Point;
  /** The quadratic curve's control point, or null for a straight line. */
  control: Point | null;
  end: Point;
  /** Where the arrow's tip is (the line stops at its base), or null without an arrow. */
  tip: Point | null;
  drawnWidth: number;
  arrowLength: number;
  verbBox: Box | null;
}

export interface PlannedGraph {
  nodes: PlannedNode[];
  edges: PlannedEdge[];
  nameFont: FontSpec;
  nameLineHeight: number;
  verbFont: FontSpec;
  /** Size of the names' halo. */
  outlineWidth: number;
  /** How much entities, lines and arrows are drawn larger than their designed size. */
  nodeScale: number;
  /** What everything drawn covers. */
  extent: Box;
  moved: number;
  leaders: number;
  nudged: number;
  /** Names with no free spot (overlapping another): the caller should give the graph more room. */
  unplaced: string[];
  /** Every name placed and, with a box, everything inside it. */
  fits: boolean;
  /** Verbs left out for lack of room (a verb never covers a name). */
  verbsLeftOut: number;
}

export interface PlanOptions {
  /** The room for the graph, or null to draw it at one pixel per graph unit, whatever its size. */
  box: { width: number; height: number } | null;
  /** Entity names' font size, in figure pixels. */
  nameSize: number;
  measure: MeasureText;
  /** Places in the box nothing may cover (the legend), in the box's coordinates. */
  obstacles?: readonly Box[];
}

const LINE_HEIGHT = 1.25;
/** How far the graph may be stretched one way more than the other to fill its room. */
export const MAX_STRETCH = 1.6;
/** Entities drawn no smaller than this share of their designed size, however large the graph. */
const MIN_NODE_SCALE = 0.5;
/** ...and no larger than this share: on a slide, names matter more than the size of the dots. */
const MAX_NODE_SCALE = 0.8;
/** Parallel relations between one pair are drawn this far apart, in designed graph units. */
const PARALLEL_STEP = 14;

function nameFontOf(size: number): FontSpec {
  return { size, weight: NODE_FONT_WEIGHT };
}

interface Sized {
  node: SceneNode;
  /** The name's wrappings, usual first, each with its lines and size. */
  variants: { lines: string[]; shape: LabelShape }[];
}

/** Narrower wrapping tried where the usual one finds no room (names in a crowded row). */
const NARROW_WRAP = 0.55;

function measureNames(scene: GraphScene, font: FontSpec, measure: MeasureText): Sized[] {
  const usual = (NODE_TEXT_MAX_WIDTH / NODE_FONT_SIZE) * font.size;
  const lineHeight = font.size * LINE_HEIGHT;
  return scene.nodes.map((node) => {
    const text = node.label.trim();
    if (!text) return { node, variants: [] };
    const variants: Sized['variants'] = [];
    const add = (lines: string[]) => {
      const shape = {
        width: Math.ceil(Math.max(...lines.map((line) => measure(line, font)))),
        height: lines.length * lineHeight,
      };
      // Another wrapping only when it cuts nothing and differs in shape.
      if (lines.join(' ') !== text.replace(/\s+/g, ' ')) return;
      if (variants.some((v) => v.lines.length === lines.length)) return;
      variants.push({ lines, shape });
    };
    add(wrapText(text, usual, font, measure, 4));
    // On one line (a long name, up to twice the usual width): low, for a crowded column.
    add(wrapText(text, usual * 2, font, measure, 1));
    // Narrower: tall, for a crowded row.
    add(wrapText(text, usual * NARROW_WRAP, font, measure, 4));
    return { node, variants };
  });
}

function extentOfCentres(nodes: readonly SceneNode[]): Box {
  let box = NO_BOX;
  for (const n of nodes) box = unionBox(box, { x1: n.x, y1: n.y, x2: n.x, y2: n.y });
  return box;
}

interface Attempt {
  /** Every name placed, and everything inside the box. */
  fits?: boolean;
  nodeScale: number;
  nodes: PlannedNode[];
  extent: Box;
  moved: number;
  leaders: number;
  nudged: number;
  unplaced: string[];
}

/**
 * Each entity's centre as a share (0 to 1) of the graph's width and height, blended by `equalise`
 * with its rank along each axis: a force layout's crowded core then opens up and its sparse rim
 * closes in, while every entity keeps its order left to right and top to bottom.
 */
export function normalisedCentres(
  nodes: readonly Pick<SceneNode, 'x' | 'y'>[],
  equalise: number,
): { u: Float64Array; v: Float64Array } {
  const axis = (values: number[]): Float64Array => {
    const out = new Float64Array(values.length);
    const low = Math.min(...values);
    const span = Math.max(...values) - low;
    const order = values.map((value, i) => ({ value, i })).sort((a, b) => a.value - b.value);
    const last = Math.max(1, values.length - 1);
    for (let k = 0; k < order.length;) {
      // Equal values share the middle of their ranks.
      let end = k;
      while (end + 1 < order.length && order[end + 1]!.value === order[k]!.value) end++;
      const rank = (k + end) / 2 / last;
      for (let m = k; m <= end; m++) {
        const { value, i } = order[m]!;
        const share = span > 0 ? (value - low) / span : 0.5;
        out[i] = values.length > 1 ? (1 - equalise) * share + equalise * rank : 0.5;
      }
      k = end + 1;
    }
    return out;
  };
  return { u: axis(nodes.map((n) => n.x)), v: axis(nodes.map((n) => n.y)) };
}

interface Spread {
  /** Where each entity's centre goes, as shares of the spread (normalisedCentres). */
  u: Float64Array;
  v: Float64Array;
  /** The centres' spread, in figure pixels, and where it starts. */
  width: number;
  height: number;
  left: number;
  top: number;
  /** Figure pixels per graph unit, for sizing entities. */
  zoom: number;
}

/** Spreads the centres, sizes entities, places names. */
function attempt(
  sized: readonly Sized[],
  spread: Spread,
  nameSize: number,
  bounds: Box | null,
  obstacles: readonly Box[] = [],
): Attempt {
  const nodeScale =
    (nameSize / NODE_FONT_SIZE) * Math.min(MAX_NODE_SCALE, Math.max(MIN_NODE_SCALE, spread.zoom));
  const placement: PlacementNode[] = sized.map(({ node, variants }, i) => ({
    id: node.id,
    x: spread.left + spread.u[i]! * spread.width,
    y: spread.top + spread.v[i]! * spread.height,
    width: node.width * nodeScale,
    height: node.height * nodeScale,
    shapes: variants.map((v) => v.shape),
    rank: node.rank,
  }));
  const result = placeLabels(placement, {
    gap: Math.max(2, nameSize * 0.15),
    offset: 3 * nodeScale + borderOf(sized) * nodeScale,
    maxLeader: nameSize * 5,
    bounds,
    nudge: true,
    maxNudge: nameSize * 8,
    obstacles,
    // A page that leaves more than this many names without a spot will be drawn larger anyway.
    hopelessShare: bounds ? HOPELESS_SHARE : undefined,
  });
  let extent = NO_BOX;
  const nodes = sized.map(({ node, variants }, i): PlannedNode => {
    const at = result.positions.get(node.id)!;
    const w = placement[i]!.width;
    const h = placement[i]!.height;
    const label = result.labels.get(node.id) ?? null;
    extent = unionBox(extent, {
      x1: at.x - w / 2,
      y1: at.y - h / 2,
      x2: at.x + w / 2,
      y2: at.y + h / 2,
    });
    if (label) extent = unionBox(extent, label.box);
    return {
      ...node,
      px: at.x,
      py: at.y,
      w,
      h,
      lines: variants[label?.shape ?? 0]?.lines ?? [],
      labelBox: label?.box ?? null,
      side: label?.side ?? 'below',
      leader: label?.leader ?? null,
    };
  });
  return {
    nodeScale,
    nodes,
    extent,
    moved: result.moved,
    leaders: result.leaders,
    nudged: result.nudged,
    unplaced: result.unplaced,
  };
}

/** The widest border, in designed units: names keep clear of it. */
function borderOf(sized: readonly Sized[]): number {
  return Math.max(0, ...sized.map((s) => s.node.border.width)) / 2;
}

/** Past this share of names without room, an attempt stops early: the caller grows the page. */
export const HOPELESS_SHARE = 0.12;

/** How much the centres are blended with their ranks in a figure with a fixed size. */
export const EQUALISE = 0.7;

/**
 * Spreads the graph to fill the box: a first guess from the names' sizes, then corrected from
 * what the placed names and entities actually cover, a few times. The fullest attempt with every
 * name placed wins; if none places them all, the one leaving fewest out, and the caller grows the
 * room.
 */
function fitToBox(
  sized: readonly Sized[],
  box: { width: number; height: number },
  nameSize: number,
  obstacles: readonly Box[],
): Attempt {
  const centres = extentOfCentres(sized.map((s) => s.node));
  const spanX = centres.x2 - centres.x1;
  const spanY = centres.y2 - centres.y1;
  const { u, v } = normalisedCentres(
    sized.map((s) => s.node),
    EQUALISE,
  );
  const widest = Math.max(0, ...sized.map((s) => s.variants[0]?.shape.width ?? 0));
  const tallest = Math.max(
    0,
    ...sized.map((s) => (s.variants[0]?.shape.height ?? 0) + s.node.height),
  );
  // A graph of a few entities is not spread over a whole slide: at most 3× its designed size.
  const cap = 3 * (nameSize / NODE_FONT_SIZE);
  const limit = (width: number, height: number): [number, number] => {
    const zx = spanX > 0 ? width / spanX : Infinity;
    const zy = spanY > 0 ? height / spanY : Infinity;
    const low = Math.min(zx, zy, cap);
    // Stretched one way at most MAX_STRETCH times more than the other.
    return [
      Math.max(1, Math.min(width, spanX * low * MAX_STRETCH, spanX * cap)),
      Math.max(1, Math.min(height, spanY * low * MAX_STRETCH, spanY * cap)),
    ];
  };
  let [width, height] = limit(box.width - widest, box.height - tallest);
  const bounds: Box = { x1: 0, y1: 0, x2: box.width, y2: box.height };
  let best: Attempt | null = null;
  let bestFits = false;
  const fill = (a: Attempt) =>
    ((a.extent.x2 - a.extent.x1) * (a.extent.y2 - a.extent.y1)) / (box.width * box.height);
  // Each round places every name again: large graphs get fewer.
  const rounds = sized.length > 1000 ? 2 : 4;
  for (let round = 0; round < rounds; round++) {
    const zoom = Math.min(spanX > 0 ? width / spanX : cap, spanY > 0 ? height / spanY : cap);
    const spread = {
      u,
      v,
      width,
      height,
      left: (box.width - width) / 2,
      top: (box.height - height) / 2,
      zoom,
    };
    const tried = attempt(sized, spread, nameSize, bounds, obstacles);
    const usedX = tried.extent.x2 - tried.extent.x1;
    const usedY = tried.extent.y2 - tried.extent.y1;
    const fits = tried.unplaced.length === 0 && usedX <= box.width + 1 && usedY <= box.height + 1;
    if (
      !best ||
      (fits && (!bestFits || fill(tried) > fill(best))) ||
      (!fits && !bestFits && tried.unplaced.length < best.unplaced.length)
    ) {
      best = tried;
      bestFits = fits;
    }
    // Far too crowded: spreading a little more will not do; the caller grows the page.
    if (tried.unplaced.length > HOPELESS_SHARE * sized.length) break;
    // What names and entities add around the spread centres, and the spread that leaves room for it.
    const [nextWidth, nextHeight] = limit(
      box.width - Math.max(0, usedX - width),
      box.height - Math.max(0, usedY - height),
    );
    if (Math.abs(nextWidth - width) < width * 0.02 && Math.abs(nextHeight - height) < height * 0.02)
      break;
    [width, height] = [nextWidth, nextHeight];
  }
  return { ...best!, fits: bestFits };
}

/** Where a line from the centre of `node` towards `toward` leaves its shape. */
function boundaryPoint(node: PlannedNode, toward: Point, pad: number): Point {
  const [dx, dy] = [toward.x - node.px, toward.y - node.py];
  const length = Math.hypot(dx, dy);
  if (length === 0) return { x: node.px, y: node.py };
  const [a, b] = [node.w / 2 + pad, node.h / 2 + pad];
  let t: number;
  if (node.shape === 'round-rectangle' || node.shape === 'rectangle' || node.shape === 'round-tag')
    t = Math.min(dx === 0 ? Infinity : a / Math.abs(dx), dy === 0 ? Infinity : b / Math.abs(dy));
  else if (node.shape === 'diamond') t = 1 / (Math.abs(dx) / a + Math.abs(dy) / b);
  else t = 1 / Math.hypot(dx / a, dy / b);
  return { x: node.px + dx * t, y: node.py + dy * t };
}

/** Point at `t` on the line or quadratic curve. */
export function pointOnEdge(
  edge: Pick<PlannedEdge, 'start' | 'control' | 'end'>,
  t: number,
): Point {
  const { start, control, end } = edge;
  if (!control) return { x: start.x + (end.x - start.x) * t, y: start.y + (end.y - start.y) * t };
  const u = 1 - t;
  return {
    x: u * u * start.x + 2 * u * t * control.x + t * t * end.x,
    y: u * u * start.y + 2 * u * t * control.y + t * t * end.y,
  };
}

function routeEdges(
  scene: GraphScene,
  nodes: readonly PlannedNode[],
  nodeScale: number,
): PlannedEdge[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  // Relations between the same two entities, in a stable order, fanned out around the straight line.
  const pairs = new Map<string, SceneEdge[]>();
  for (const edge of scene.edges) {
    if (edge.bundled || edge.source === edge.target) continue;
    const key =
      edge.source < edge.target
        ? `${edge.source}\n${edge.target}`
        : `${edge.target}\n${edge.source}`;
    const list = pairs.get(key);
    if (list) list.push(edge);
    else pairs.set(key, [edge]);
  }
  const offsetOf = new Map<string, number>();
  for (const list of pairs.values())
    list.forEach((edge, i) =>
      offsetOf.set(edge.id, (i - (list.length - 1) / 2) * PARALLEL_STEP * nodeScale),
    );

  const edges: PlannedEdge[] = [];
  for (const edge of scene.edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source || !target) continue;
    const drawnWidth = Math.max(1, edge.width * nodeScale);
    const arrowLength =
      edge.arrow === 'none'
        ? 0
        : Math.max((edge.width * 13.37) ** 0.9, 29) * edge.arrowScale * 0.3 * nodeScale;
    let control: Point | null = null;
    let start: Point;
    let end: Point;
    if (source === target) {
      // A loop over the entity's top-right corner.
      const r = Math.max(source.w, source.h) * 0.6;
      const from = { x: source.px + source.w * 0.2, y: source.py - source.h / 2 };
      const to = { x: source.px + source.w / 2, y: source.py - source.h * 0.2 };
      control = { x: source.px + r * 1.6, y: source.py - r * 1.6 };
      start = from;
      end = to;
    } else {
      const offset = offsetOf.get(edge.id) ?? 0;
      const [a, b] = [
        { x: source.px, y: source.py },
        { x: target.px, y: target.py },
      ];
      if (offset !== 0) {
        // The normal of the pair's canonical direction, so opposite relations fan apart too.
        const [first, second] = edge.source < edge.target ? [a, b] : [b, a];
        const length = Math.hypot(second.x - first.x, second.y - first.y) || 1;
        const normal = { x: -(second.y - first.y) / length, y: (second.x - first.x) / length };
        control = {
          x: (a.x + b.x) / 2 + normal.x * offset * 2,
          y: (a.y + b.y) / 2 + normal.y * offset * 2,
        };
      }
      const pad = source.border.width * nodeScale * 0.5;
      start = boundaryPoint(source, control ?? b, pad);
      end = boundaryPoint(target, control ?? a, target.border.width * nodeScale * 0.5);
    }
    let tip: Point | null = null;
    if (arrowLength > 0) {
      const before = control ?? start;
      const length = Math.hypot(end.x - before.x, end.y - before.y) || 1;
      tip = end;
      end = {
        x: end.x - ((end.x - before.x) / length) * arrowLength,
        y: end.y - ((end.y - before.y) / length) * arrowLength,
      };
    }
    edges.push({ ...edge, start, control, end, tip, drawnWidth, arrowLength, verbBox: null });
  }
  return edges;
}

const VERB_SPOTS = [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78];

/** Verbs along their arrows, horizontal, where they cover no name, entity or other verb. */
function placeVerbs(
  edges: PlannedEdge[],
  nodes: readonly PlannedNode[],
  font: FontSpec,
  measure: MeasureText,
  bounds: Box | null,
): number {
  const cell = font.size * 6;
  const taken = new BoxGrid(cell);
  for (const node of nodes) {
    taken.add(
      {
        x1: node.px - node.w / 2,
        y1: node.py - node.h / 2,
        x2: node.px + node.w / 2,
        y2: node.py + node.h / 2,
      },
      node.id,
    );
    if (node.labelBox) taken.add(node.labelBox, node.id);
  }
  let leftOut = 0;
  const pad = 2;
  for (const edge of edges) {
    if (!edge.verb) continue;
    const width = measure(edge.verb, font) + 2 * pad;
    const height = font.size * LINE_HEIGHT;
    let placed: Box | null = null;
    for (const t of VERB_SPOTS) {
      const at = pointOnEdge(edge, t);
      const box = {
        x1: at.x - width / 2,
        y1: at.y - height / 2,
        x2: at.x + width / 2,
        y2: at.y + height / 2,
      };
      if (
        bounds &&
        (box.x1 < bounds.x1 || box.y1 < bounds.y1 || box.x2 > bounds.x2 || box.y2 > bounds.y2)
      )
        continue;
      if (taken.hits({ x1: box.x1 - 1, y1: box.y1 - 1, x2: box.x2 + 1, y2: box.y2 + 1 })) continue;
      placed = box;
      break;
    }
    if (placed) {
      taken.add(placed, edge.id);
      edge.verbBox = placed;
    } else leftOut++;
  }
  return leftOut;
}

/** Plans the graph's drawing; see the module comment. */
/** Names measured once per scene and size: a page's plan is tried at several sizes. */
const measured = new WeakMap<
  GraphScene,
  { nameSize: number; measure: MeasureText; sized: Sized[] }
>();

function sizedNames(scene: GraphScene, font: FontSpec, measure: MeasureText): Sized[] {
  const known = measured.get(scene);
  if (known && known.nameSize === font.size && known.measure === measure) return known.sized;
  const sized = measureNames(scene, font, measure);
  measured.set(scene, { nameSize: font.size, measure, sized });
  return sized;
}

/**
 * Plans the graph's drawing; see the module comment. With `edges: false` only entities and names
 * are planned (what decides whether a page is large enough); routeRelations adds the rest.
 */
export function planGraph(
  scene: GraphScene,
  options: PlanOptions & { edges?: boolean },
): PlannedGraph {
  const nameFont = nameFontOf(options.nameSize);
  const verbFont: FontSpec = { size: Math.round(options.nameSize * 0.85 * 10) / 10, weight: 400 };
  const sized = sizedNames(scene, nameFont, options.measure);
  let chosen: Attempt;
  if (sized.length === 0)
    chosen = {
      nodeScale: 1,
      nodes: [],
      extent: { x1: 0, y1: 0, x2: 0, y2: 0 },
      moved: 0,
      leaders: 0,
      nudged: 0,
      unplaced: [],
    };
  else if (options.box)
    chosen = fitToBox(sized, options.box, options.nameSize, options.obstacles ?? []);
  else {
    // One pixel per graph unit; no bounds, so every name finds room (entities nudged if need be).
    const centres = extentOfCentres(sized.map((s) => s.node));
    const width = centres.x2 - centres.x1;
    const height = centres.y2 - centres.y1;
    const share = (value: number, low: number, span: number) =>
      span > 0 ? (value - low) / span : 0;
    chosen = attempt(
      sized,
      {
        u: Float64Array.from(sized, (s) => share(s.node.x, centres.x1, width)),
        v: Float64Array.from(sized, (s) => share(s.node.y, centres.y1, height)),
        width,
        height,
        left: 0,
        top: 0,
        zoom: 1,
      },
      options.nameSize,
      null,
    );
  }
  const plan: PlannedGraph = {
    nodes: chosen.nodes,
    edges: [],
    nameFont,
    nameLineHeight: nameFont.size * LINE_HEIGHT,
    verbFont,
    outlineWidth: Math.max(2, options.nameSize * 0.22),
    nodeScale: chosen.nodeScale,
    extent: chosen.extent,
    moved: chosen.moved,
    leaders: chosen.leaders,
    nudged: chosen.nudged,
    unplaced: chosen.unplaced,
    fits: chosen.fits ?? chosen.unplaced.length === 0,
    verbsLeftOut: 0,
  };
  return options.edges === false ? plan : routeRelations(plan, scene, options);
}

/** Adds the relations to a plan of entities and names: their lines, arrows and verbs. */
export function routeRelations(
  plan: PlannedGraph,
  scene: GraphScene,
  options: Pick<PlanOptions, 'box' | 'measure'>,
): PlannedGraph {
  const edges = routeEdges(scene, plan.nodes, plan.nodeScale);
  let { x1, y1, x2, y2 } = plan.extent;
  const cover = (p: Point) => {
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  };
  for (const edge of edges) {
    cover(edge.start);
    cover(edge.tip ?? edge.end);
    if (edge.control) cover(pointOnEdge(edge, 0.5));
  }
  const bounds = options.box
    ? { x1: 0, y1: 0, x2: options.box.width, y2: options.box.height }
    : null;
  const verbsLeftOut = placeVerbs(edges, plan.nodes, plan.verbFont, options.measure, bounds);
  for (const edge of edges)
    if (edge.verbBox) {
      cover({ x: edge.verbBox.x1, y: edge.verbBox.y1 });
      cover({ x: edge.verbBox.x2, y: edge.verbBox.y2 });
    }
  return { ...plan, edges, extent: { x1, y1, x2, y2 }, verbsLeftOut };
}

/** Moves a plan by (dx, dy): the painters draw it where the page puts the graph. */
export function translatePlan(plan: PlannedGraph, dx: number, dy: number): PlannedGraph {
  const p = (pt: Point): Point => ({ x: pt.x + dx, y: pt.y + dy });
  const b = (box: Box): Box => ({
    x1: box.x1 + dx,
    y1: box.y1 + dy,
    x2: box.x2 + dx,
    y2: box.y2 + dy,
  });
  return {
    ...plan,
    nodes: plan.nodes.map((n) => ({
      ...n,
      px: n.px + dx,
      py: n.py + dy,
      labelBox: n.labelBox && b(n.labelBox),
      leader: n.leader && { from: p(n.leader.from), to: p(n.leader.to) },
    })),
    edges: plan.edges.map((e) => ({
      ...e,
      start: p(e.start),
      control: e.control && p(e.control),
      end: p(e.end),
      tip: e.tip && p(e.tip),
      verbBox: e.verbBox && b(e.verbBox),
    })),
    extent: b(plan.extent),
  };
}

/** Pairs of texts (names and verbs) whose boxes overlap; none in a finished plan. */
export function overlappingTexts(plan: PlannedGraph): number {
  const boxes = [
    ...plan.nodes.flatMap((n) => (n.labelBox ? [n.labelBox] : [])),
    ...plan.edges.flatMap((e) => (e.verbBox ? [e.verbBox] : [])),
  ];
  let pairs = 0;
  const grid = new BoxGrid(64);
  boxes.forEach((box, i) => {
    pairs += grid.overlapping(box).length;
    grid.add(box, String(i));
  });
  return pairs;
}

/**
 * Composes a figure: the page's layout around the graph, and the graph's plan inside it. On a
 * page of fixed size, when the names cannot all be placed in the room the page leaves, the page is
 * drawn larger (same proportions, same text sizes) until they can: no name is dropped or drawn
 * over another, and the notes say how large names then come out on the page. Pure: Cytoscape is
 * read before (scene.ts), pixels painted after (draw.ts, svg.ts).
 */
import {
  LEGEND_CORNERS,
  layoutFigure,
  type FigureLayout,
  type FigureTexts,
  type LegendCorner,
} from './layout';
import type { LegendContent } from './legend';
import { NODE_FONT_SIZE, NODE_FONT_WEIGHT, NODE_TEXT_MAX_WIDTH } from '../labelScale';
import type { MeasureText } from './measure';
import {
  EQUALISE,
  normalisedCentres,
  planGraph,
  routeRelations,
  translatePlan,
  type GraphScene,
  type PlannedGraph,
} from './plan';
import type { FigurePlacement } from './types';
import type { Annotation } from '../../domain/annotations';
import { planAnnotations, type PlannedAnnotations } from './annotations';
import { boxesOverlap, type Box } from '../../domain/labelPlacement';

export interface CompositionInput {
  scene: GraphScene;
  texts: FigureTexts;
  legend: LegendContent | null;
  /** The page at 1×, or null for a page that fits the graph at its natural size. */
  page: { width: number; height: number } | null;
  nameSize: number;
  /** Notes, callouts and rings, placed once the graph is (./annotations.ts). */
  annotations?: readonly Annotation[];
  /** The figure's background colour (null: transparent), which rings are tinted against. */
  background?: string | null;
}

export interface Composition {
  layout: FigureLayout;
  /** Null when there is nothing to draw. */
  plan: PlannedGraph | null;
  /** Null without annotations. */
  annotations: PlannedAnnotations | null;
  placement: FigurePlacement;
  notes: string[];
}

/** Between the legend's frame and the nearest entity or name. */
const LEGEND_CLEARANCE = 8;

/**
 * The corner of the graph's room where the legend covers the fewest entities, judged from where
 * the plan will spread them (normalisedCentres), the top right first on a tie.
 */
function emptiestCorner(scene: GraphScene, layout: FigureLayout): LegendCorner {
  const { legendBox, graph } = layout;
  if (!legendBox) return 'top-right';
  const { u, v } = normalisedCentres(scene.nodes, EQUALISE);
  const w = legendBox.width / graph.width;
  const h = legendBox.height / graph.height;
  let best: LegendCorner = 'top-right';
  let fewest = Infinity;
  for (const corner of LEGEND_CORNERS) {
    const right = corner.endsWith('right');
    const bottom = corner.startsWith('bottom');
    let count = 0;
    for (let i = 0; i < u.length; i++)
      if ((right ? u[i]! > 1 - w : u[i]! < w) && (bottom ? v[i]! > 1 - h : v[i]! < h)) count++;
    if (count < fewest) [best, fewest] = [corner, count];
  }
  return best;
}

/** The legend's corner, with a little room around it, in the graph's coordinates. */
function legendObstacle({ legendBox, graph }: FigureLayout): Box | null {
  if (!legendBox) return null;
  return {
    x1: legendBox.x - graph.x - LEGEND_CLEARANCE,
    y1: legendBox.y - graph.y - LEGEND_CLEARANCE,
    x2: legendBox.x - graph.x + legendBox.width + LEGEND_CLEARANCE,
    y2: legendBox.y - graph.y + legendBox.height + LEGEND_CLEARANCE,
  };
}

/**
 * How far to move a plan (in the graph's coordinates) to centre it in the graph's room, sharing
 * what it does not fill on both sides; along an axis where centring would carry an entity or a
 * name under the legend, the plan stays where it was planned (clear of it).
 */
function centring(
  plan: PlannedGraph,
  layout: FigureLayout,
  legend: Box | null,
): { dx: number; dy: number } {
  const { extent } = plan;
  const centred = {
    dx: (layout.graph.width - (extent.x2 - extent.x1)) / 2 - extent.x1,
    dy: (layout.graph.height - (extent.y2 - extent.y1)) / 2 - extent.y1,
  };
  if (!legend) return centred;
  const clear = ({ dx, dy }: { dx: number; dy: number }) =>
    plan.nodes.every((n) => {
      const body = {
        x1: n.px - n.w / 2,
        y1: n.py - n.h / 2,
        x2: n.px + n.w / 2,
        y2: n.py + n.h / 2,
      };
      const moved = (b: Box) => ({ x1: b.x1 + dx, y1: b.y1 + dy, x2: b.x2 + dx, y2: b.y2 + dy });
      return (
        !boxesOverlap(moved(body), legend) &&
        !(n.labelBox && boxesOverlap(moved(n.labelBox), legend))
      );
    });
  const tries = [centred, { dx: 0, dy: centred.dy }, { dx: centred.dx, dy: 0 }];
  return tries.find(clear) ?? { dx: 0, dy: 0 };
}

/** Names, entities and clearances may cover this share of a page before it is surely too small. */
const CROWDED_SHARE = 0.4;

/** The page's growth at which the names' own area first stays under CROWDED_SHARE of it. */
function startingGrowth(
  scene: GraphScene,
  page: { width: number; height: number },
  nameSize: number,
  measure: MeasureText,
): number {
  const font = { size: nameSize, weight: NODE_FONT_WEIGHT };
  const lineHeight = nameSize * 1.25;
  // Names wrap to about 11 ems: a long name takes several lines of that width.
  const wrap = (NODE_TEXT_MAX_WIDTH / NODE_FONT_SIZE) * nameSize;
  let area = 0;
  for (const node of scene.nodes) {
    const width = measure(node.label, font);
    const lines = Math.max(1, Math.ceil(width / wrap));
    area += (Math.min(width, wrap) + 4) * (lines * lineHeight + 4);
  }
  const growth = Math.sqrt(area / (CROWDED_SHARE * page.width * page.height));
  return growth > 1 ? Math.round(growth * 100) / 100 : 1;
}

/** Past this, a larger page would not be worth having: names would be under a pixel on it. */
const MAX_GROWTH = 30;

function placementOf(plan: PlannedGraph | null, growth: number, nameSize: number): FigurePlacement {
  return {
    names: plan?.nodes.filter((n) => n.labelBox).length ?? 0,
    moved: plan?.moved ?? 0,
    leaders: plan?.leaders ?? 0,
    nudged: plan?.nudged ?? 0,
    growth,
    nameSizeOnPage: Math.round((nameSize / growth) * 10) / 10,
    verbsLeftOut: plan?.verbsLeftOut ?? 0,
  };
}

function round(value: number): string {
  return String(Math.round(value * 10) / 10);
}

export function composeFigure(input: CompositionInput, measure: MeasureText): Composition {
  const { scene, texts, legend, page, nameSize } = input;
  const empty = scene.nodes.length === 0;
  if (empty) {
    const layout = layoutFigure(
      { texts, legend, graph: { width: 0, height: 0, empty }, page },
      measure,
    );
    return {
      layout,
      plan: null,
      annotations: null,
      placement: placementOf(null, 1, nameSize),
      notes: [],
    };
  }
  if (!page) {
    const planned = planGraph(scene, { box: null, nameSize, measure });
    const { extent } = planned;
    const layout = layoutFigure(
      {
        texts,
        legend,
        graph: {
          width: Math.ceil(extent.x2 - extent.x1),
          height: Math.ceil(extent.y2 - extent.y1),
          empty,
        },
      },
      measure,
    );
    const plan = translatePlan(planned, layout.graph.x - extent.x1, layout.graph.y - extent.y1);
    return withAnnotations(
      { layout, plan, annotations: null, placement: placementOf(plan, 1, nameSize), notes: [] },
      input,
      measure,
    );
  }

  const planAt = (growth: number) => {
    const pageInput = {
      texts,
      legend,
      graph: { width: 0, height: 0, empty },
      page: { width: Math.round(page.width * growth), height: Math.round(page.height * growth) },
    };
    let layout = layoutFigure(pageInput, measure);
    const corner = emptiestCorner(scene, layout);
    if (corner !== 'top-right')
      layout = layoutFigure({ ...pageInput, legendCorner: corner }, measure);
    const { graph } = layout;
    const legendArea = legendObstacle(layout);
    const planned = planGraph(scene, {
      box: { width: graph.width, height: graph.height },
      nameSize,
      measure,
      edges: false,
      obstacles: legendArea ? [legendArea] : [],
    });
    return { layout, planned, growth };
  };
  // Larger steps while many names are left over, small ones near the size that will do; a graph
  // whose names alone would fill more than half the page starts larger.
  let chosen = planAt(Math.min(MAX_GROWTH, startingGrowth(scene, page, nameSize, measure)));
  let tooSmall: number | null = null;
  while (!chosen.planned.fits && chosen.growth < MAX_GROWTH) {
    tooSmall = chosen.growth;
    const share = chosen.planned.unplaced.length / Math.max(1, scene.nodes.length);
    const step = share > 0.2 ? 1.3 : share > 0.05 ? 1.12 : 1.05;
    chosen = planAt(Math.min(MAX_GROWTH, Math.round(chosen.growth * step * 100) / 100));
  }
  // The step may have overshot: the smallest growth between the last that failed and the one
  // that fits, to a hundredth, gives larger names and less empty page.
  if (chosen.planned.fits && tooSmall !== null)
    for (let low = tooSmall; chosen.growth - low > 0.015;) {
      const middle = Math.round(((low + chosen.growth) / 2) * 100) / 100;
      if (middle <= low || middle >= chosen.growth) break;
      const tried = planAt(middle);
      if (tried.planned.fits) chosen = tried;
      else low = middle;
    }
  const { layout, growth } = chosen;
  const planned = routeRelations(chosen.planned, scene, {
    box: { width: layout.graph.width, height: layout.graph.height },
    measure,
  });
  const { dx, dy } = centring(planned, layout, legendObstacle(layout));
  const plan = translatePlan(planned, layout.graph.x + dx, layout.graph.y + dy);
  const notes: string[] = [];
  if (growth > 1)
    notes.push(
      `The ${scene.nodes.length} names needed more room than the page gives at ${nameSize} px: the figure was drawn ${round(growth)}× larger, so names show at about ${round(nameSize / growth)} px when it fills the page. For larger names, export the selection or a closer view.`,
    );
  if (!planned.fits)
    notes.push(
      `${planned.unplaced.length} names still found no free spot and may touch another name.`,
    );
  if (planned.verbsLeftOut > 0)
    notes.push(
      `${planned.verbsLeftOut} relation labels were left out where they would have covered a name.`,
    );
  return withAnnotations(
    { layout, plan, annotations: null, placement: placementOf(plan, growth, nameSize), notes },
    input,
    measure,
  );
}

/** Places the annotations over a composed figure, clear of its names, verbs and legend. */
function withAnnotations(
  composition: Composition,
  input: CompositionInput,
  measure: MeasureText,
): Composition {
  const { layout, plan } = composition;
  if (!plan || !input.annotations || input.annotations.length === 0) return composition;
  const { graph, legendBox } = layout;
  const annotations = planAnnotations({
    annotations: input.annotations,
    scene: input.scene,
    plan,
    room: { x1: graph.x, y1: graph.y, x2: graph.x + graph.width, y2: graph.y + graph.height },
    obstacles: legendBox
      ? [
          {
            x1: legendBox.x,
            y1: legendBox.y,
            x2: legendBox.x + legendBox.width,
            y2: legendBox.y + legendBox.height,
          },
        ]
      : [],
    nameSize: input.nameSize,
    measure,
    background: input.background,
  });
  const notes = [...composition.notes];
  if (annotations.overlapping > 0)
    notes.push(
      `${annotations.overlapping} annotation${annotations.overlapping === 1 ? '' : 's'} found no spot clear of the names and may cover one.`,
    );
  return {
    ...composition,
    annotations,
    notes,
    placement: { ...composition.placement, annotationsOverlapping: annotations.overlapping },
  };
}

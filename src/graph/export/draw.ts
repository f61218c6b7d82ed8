/**
 * Paints a planned graph (plan.ts) on a 2D canvas, in figure units: the PNG's graph. The SVG
 * writer (svg.ts) draws the same plan with the same geometry, so the two files show one figure.
 */
import { cardTextLines, type PlannedAnnotations } from './annotations';
import { linkWidth } from '../../domain/annotationGeometry';
import { cssFont } from './measure';
import type { PlannedEdge, PlannedGraph, PlannedNode } from './plan';
import { nodeShapePath } from './shapes';
import { arrowCorners, dashPattern, edgePathData, nameLines } from './svg';

function drawEdge(ctx: CanvasRenderingContext2D, edge: PlannedEdge): void {
  ctx.globalAlpha = edge.opacity;
  const path = new Path2D(edgePathData(edge));
  if (edge.underlay) {
    ctx.save();
    ctx.globalAlpha = edge.opacity * edge.underlay.opacity;
    ctx.strokeStyle = edge.underlay.colour;
    ctx.lineWidth = edge.drawnWidth + 2 * edge.underlay.padding;
    ctx.lineCap = 'round';
    ctx.stroke(path);
    ctx.restore();
  }
  ctx.strokeStyle = edge.colour;
  ctx.lineWidth = edge.drawnWidth;
  ctx.lineCap = 'butt';
  ctx.setLineDash(dashPattern(edge.lineStyle, edge.drawnWidth));
  ctx.stroke(path);
  ctx.setLineDash([]);
  const corners = arrowCorners(edge);
  if (corners) {
    ctx.beginPath();
    ctx.moveTo(corners[0].x, corners[0].y);
    ctx.lineTo(corners[1].x, corners[1].y);
    ctx.lineTo(corners[2].x, corners[2].y);
    ctx.closePath();
    if (edge.arrow === 'hollow') {
      ctx.lineJoin = 'round';
      ctx.stroke();
    } else {
      ctx.fillStyle = edge.colour;
      ctx.fill();
    }
  }
}

function drawNode(ctx: CanvasRenderingContext2D, node: PlannedNode): void {
  ctx.globalAlpha = node.opacity;
  if (node.underlay) {
    ctx.save();
    ctx.globalAlpha = node.opacity * node.underlay.opacity;
    ctx.fillStyle = node.underlay.colour;
    const pad = node.underlay.padding;
    ctx.fill(
      new Path2D(
        nodeShapePath('round-rectangle', node.px, node.py, node.w + 2 * pad, node.h + 2 * pad),
      ),
    );
    ctx.restore();
  }
  const shape = new Path2D(nodeShapePath(node.shape, node.px, node.py, node.w, node.h));
  ctx.fillStyle = node.fill;
  ctx.fill(shape);
  if (node.border.width > 0) {
    ctx.strokeStyle = node.border.colour;
    ctx.lineWidth = node.border.width;
    ctx.setLineDash(node.border.dashed ? [4, 3] : []);
    ctx.stroke(shape);
    ctx.setLineDash([]);
  }
}

function drawVerb(ctx: CanvasRenderingContext2D, edge: PlannedEdge, plan: PlannedGraph): void {
  const box = edge.verbBox;
  if (!box || !edge.verb) return;
  const font = plan.verbFont;
  ctx.globalAlpha = Math.max(edge.opacity, 0.85);
  ctx.fillStyle = edge.verbBackground;
  ctx.globalAlpha *= 0.9;
  ctx.beginPath();
  ctx.roundRect(box.x1, box.y1, box.x2 - box.x1, box.y2 - box.y1, font.size * 0.3);
  ctx.fill();
  ctx.globalAlpha = Math.max(edge.opacity, 0.85);
  ctx.font = cssFont(font);
  ctx.fillStyle = edge.verbColour;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(edge.verb, (box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2 + font.size * 0.35);
}

function drawName(ctx: CanvasRenderingContext2D, node: PlannedNode, plan: PlannedGraph): void {
  const lines = nameLines(node, plan);
  if (lines.length === 0) return;
  if (node.leader) {
    ctx.globalAlpha = 0.55 * node.textOpacity;
    ctx.strokeStyle = node.labelColour;
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(node.leader.from.x, node.leader.from.y);
    ctx.lineTo(node.leader.to.x, node.leader.to.y);
    ctx.stroke();
  }
  ctx.font = cssFont(plan.nameFont);
  ctx.textBaseline = 'alphabetic';
  ctx.lineJoin = 'round';
  ctx.lineWidth = plan.outlineWidth;
  for (const line of lines) {
    ctx.textAlign = line.anchor === 'start' ? 'left' : line.anchor === 'end' ? 'right' : 'center';
    // The halo first, then the letters over it, as SVG's paint-order="stroke" does.
    ctx.globalAlpha = 0.9 * node.textOpacity;
    ctx.strokeStyle = node.outlineColour;
    ctx.strokeText(line.text, line.x, line.y);
    ctx.globalAlpha = node.textOpacity;
    ctx.fillStyle = node.labelColour;
    ctx.fillText(line.text, line.x, line.y);
  }
}

/** Relations, entities, then verbs and names above all, as the SVG stacks them. */
export function drawPlan(ctx: CanvasRenderingContext2D, plan: PlannedGraph): void {
  ctx.save();
  for (const edge of plan.edges) drawEdge(ctx, edge);
  for (const node of plan.nodes) drawNode(ctx, node);
  for (const edge of plan.edges) drawVerb(ctx, edge, plan);
  for (const node of plan.nodes) drawName(ctx, node, plan);
  ctx.restore();
}

/** Rings, under the graph, as the SVG draws them (svg.ts, annotationsUnderMarkup). */
export function drawAnnotationsUnder(
  ctx: CanvasRenderingContext2D,
  planned: PlannedAnnotations,
): void {
  ctx.save();
  ctx.globalAlpha = 1;
  ctx.lineCap = 'round';
  for (const ring of planned.rings) {
    const { shape } = ring;
    for (const [paint, grow] of [
      [ring.colour, ring.border],
      [ring.fill, 0],
    ] as const) {
      ctx.strokeStyle = paint;
      ctx.fillStyle = paint;
      for (const [a, b] of shape.links) {
        const [p, q] = [shape.members[a]!, shape.members[b]!];
        ctx.lineWidth = linkWidth(shape, [a, b]) + 2 * grow;
        ctx.beginPath();
        ctx.moveTo(p.x, p.y);
        ctx.lineTo(q.x, q.y);
        ctx.stroke();
      }
      for (const m of shape.members) {
        ctx.beginPath();
        ctx.arc(m.x, m.y, m.radius + grow, 0, 2 * Math.PI);
        ctx.fill();
      }
    }
  }
  ctx.restore();
}

/** Ring labels, leaders and cards, over the graph (svg.ts, annotationsOverMarkup). */
export function drawAnnotationsOver(
  ctx: CanvasRenderingContext2D,
  planned: PlannedAnnotations,
): void {
  ctx.save();
  ctx.globalAlpha = 1;
  ctx.textBaseline = 'alphabetic';
  for (const ring of planned.rings) {
    if (!ring.label) continue;
    const { box, text, leader } = ring.label;
    if (leader) {
      ctx.strokeStyle = ring.colour;
      ctx.lineWidth = 1.25;
      ctx.beginPath();
      ctx.moveTo(leader.from.x, leader.from.y);
      ctx.lineTo(leader.to.x, leader.to.y);
      ctx.stroke();
    }
    ctx.font = cssFont(planned.labelFont);
    ctx.textAlign = 'center';
    ctx.lineJoin = 'round';
    ctx.lineWidth = Math.max(2, planned.labelFont.size * 0.25);
    const x = (box.x1 + box.x2) / 2;
    const y = (box.y1 + box.y2) / 2 + planned.labelFont.size * 0.35;
    ctx.strokeStyle = ring.halo;
    ctx.strokeText(text, x, y);
    ctx.fillStyle = ring.colour;
    ctx.fillText(text, x, y);
  }
  for (const card of planned.cards) {
    const { box } = card;
    if (card.leader) {
      ctx.strokeStyle = card.stroke;
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      ctx.moveTo(card.leader.from.x, card.leader.from.y);
      ctx.lineTo(card.leader.to.x, card.leader.to.y);
      ctx.stroke();
      ctx.fillStyle = card.stroke;
      ctx.beginPath();
      ctx.arc(card.leader.to.x, card.leader.to.y, 3, 0, 2 * Math.PI);
      ctx.fill();
    }
    ctx.beginPath();
    ctx.roundRect(box.x1, box.y1, box.x2 - box.x1, box.y2 - box.y1, 5);
    ctx.fillStyle = card.fill;
    ctx.fill();
    ctx.strokeStyle = card.stroke;
    ctx.lineWidth = card.kind === 'callout' ? 1.5 : 1;
    ctx.stroke();
    ctx.font = cssFont(planned.font);
    ctx.textAlign = 'left';
    ctx.fillStyle = card.text;
    for (const line of cardTextLines(card, planned)) ctx.fillText(line.text, line.x, line.y);
  }
  ctx.restore();
}

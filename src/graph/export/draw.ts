/**
 * Paints a planned graph (plan.ts) on a 2D canvas, in figure units: the PNG's graph. The SVG
 * writer (svg.ts) draws the same plan with the same geometry, so the two files show one figure.
 */
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

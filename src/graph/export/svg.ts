/**
 * SVG export: the figure's layout and its planned graph (plan.ts), every text as real <text>.
 * The PNG painter (draw.ts) draws the same plan on a canvas, so the two show the same figure.
 */
import type { Point } from '../../domain/labelPlacement';
import { FONT_STACK } from '../stylesheet';
import { linkWidth } from '../../domain/annotationGeometry';
import { cardTextLines, type PlannedAnnotations } from './annotations';
import type { FigureItem, FigureLayout } from './layout';
import type { FontSpec } from './measure';
import { resolveColour } from './paint';
import type { PlannedEdge, PlannedGraph, PlannedNode } from './plan';
import { nodeShapePath } from './shapes';
import type { FigureTheme } from './theme';

/** Drops what XML 1.0 forbids (control characters, lone surrogates): a label holding one must not break the file. */
function isXmlChar(code: number): boolean {
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  return !(code >= 0xd800 && code <= 0xdfff) && code !== 0xfffe && code !== 0xffff;
}

export function escapeXml(text: string): string {
  let safe = '';
  for (const char of text) if (isXmlChar(char.codePointAt(0) ?? 0)) safe += char;
  return safe
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const n = (v: number) => String(Math.round(v * 100) / 100);

function fontAttributes(font: FontSpec): string {
  return `font-family="${escapeXml(FONT_STACK)}" font-size="${n(font.size)}" font-weight="${font.weight}"`;
}

/** Dashes as the canvas draws them, scaled with the line. */
export function dashPattern(lineStyle: string, width: number): number[] {
  if (lineStyle === 'dashed') return [6 * Math.max(1, width / 1.6), 3 * Math.max(1, width / 1.6)];
  if (lineStyle === 'dotted') return [width, width];
  return [];
}

/** The arrowhead's three corners: the tip, and the base's two ends. */
export function arrowCorners(edge: PlannedEdge): [Point, Point, Point] | null {
  if (!edge.tip) return null;
  const [dx, dy] = [edge.tip.x - edge.end.x, edge.tip.y - edge.end.y];
  const length = Math.hypot(dx, dy) || 1;
  const half = edge.arrowLength / 2;
  const [px, py] = [(-dy / length) * half, (dx / length) * half];
  return [
    edge.tip,
    { x: edge.end.x + px, y: edge.end.y + py },
    { x: edge.end.x - px, y: edge.end.y - py },
  ];
}

/** The path of a planned relation: a line, or a quadratic curve through its control point. */
export function edgePathData(edge: PlannedEdge): string {
  const { start, control, end } = edge;
  return control
    ? `M${n(start.x)} ${n(start.y)}Q${n(control.x)} ${n(control.y)} ${n(end.x)} ${n(end.y)}`
    : `M${n(start.x)} ${n(start.y)}L${n(end.x)} ${n(end.y)}`;
}

function edgeMarkup(edge: PlannedEdge): string {
  const d = edgePathData(edge);
  const width = edge.drawnWidth;
  const underlay = edge.underlay
    ? `<path d="${d}" fill="none" stroke="${edge.underlay.colour}" stroke-opacity="${n(edge.underlay.opacity)}" stroke-width="${n(width + 2 * edge.underlay.padding)}" stroke-linecap="round"/>`
    : '';
  const dash = dashPattern(edge.lineStyle, width);
  const corners = arrowCorners(edge);
  const points = corners?.map((p) => `${n(p.x)},${n(p.y)}`).join(' ');
  const arrow = !corners
    ? ''
    : edge.arrow === 'hollow'
      ? `<polygon points="${points}" fill="none" stroke="${edge.colour}" stroke-width="${n(width)}" stroke-linejoin="round"/>`
      : `<polygon points="${points}" fill="${edge.colour}"/>`;
  return (
    `<g class="relation" opacity="${n(edge.opacity)}">${underlay}` +
    `<path d="${d}" fill="none" stroke="${edge.colour}" stroke-width="${n(width)}"${dash.length > 0 ? ` stroke-dasharray="${dash.map(n).join(' ')}"` : ''}/>` +
    `${arrow}</g>`
  );
}

function verbMarkup(edge: PlannedEdge, plan: PlannedGraph): string {
  const box = edge.verbBox;
  if (!box || !edge.verb) return '';
  const font = plan.verbFont;
  return (
    `<g class="verb" opacity="${n(Math.max(edge.opacity, 0.85))}">` +
    `<rect x="${n(box.x1)}" y="${n(box.y1)}" width="${n(box.x2 - box.x1)}" height="${n(box.y2 - box.y1)}" rx="${n(font.size * 0.3)}" fill="${edge.verbBackground}" fill-opacity="0.9"/>` +
    `<text x="${n((box.x1 + box.x2) / 2)}" y="${n((box.y1 + box.y2) / 2 + font.size * 0.35)}" text-anchor="middle" ${fontAttributes(font)} fill="${edge.verbColour}">${escapeXml(edge.verb)}</text></g>`
  );
}

function nodeMarkup(node: PlannedNode): string {
  const underlay = node.underlay
    ? `<path d="${nodeShapePath('round-rectangle', node.px, node.py, node.w + 2 * node.underlay.padding, node.h + 2 * node.underlay.padding)}" fill="${node.underlay.colour}" fill-opacity="${n(node.underlay.opacity)}"/>`
    : '';
  const border =
    node.border.width > 0
      ? ` stroke="${node.border.colour}" stroke-width="${n(node.border.width)}"${node.border.dashed ? ' stroke-dasharray="4 3"' : ''}`
      : '';
  return (
    `<g class="entity" opacity="${n(node.opacity)}">${underlay}` +
    `<path d="${nodeShapePath(node.shape, node.px, node.py, node.w, node.h)}" fill="${node.fill}"${border}/></g>`
  );
}

/** Where each line of a name starts, and how it is anchored, from its box and side. */
export function nameLines(
  node: PlannedNode,
  plan: PlannedGraph,
): { x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end' }[] {
  const box = node.labelBox;
  if (!box) return [];
  const anchor = node.side === 'right' ? 'start' : node.side === 'left' ? 'end' : 'middle';
  const x = anchor === 'start' ? box.x1 : anchor === 'end' ? box.x2 : (box.x1 + box.x2) / 2;
  const size = plan.nameFont.size;
  return node.lines.map((text, i) => ({
    x,
    // The baseline that centres the glyphs in their line box.
    y: box.y1 + i * plan.nameLineHeight + plan.nameLineHeight / 2 + size * 0.35,
    text,
    anchor,
  }));
}

function nameMarkup(node: PlannedNode, plan: PlannedGraph): string {
  const lines = nameLines(node, plan);
  if (lines.length === 0) return '';
  const leader = node.leader
    ? `<line class="leader" x1="${n(node.leader.from.x)}" y1="${n(node.leader.from.y)}" x2="${n(node.leader.to.x)}" y2="${n(node.leader.to.y)}" stroke="${node.labelColour}" stroke-opacity="0.55" stroke-width="1"/>`
    : '';
  const spans = lines
    .map((line) => `<tspan x="${n(line.x)}" y="${n(line.y)}">${escapeXml(line.text)}</tspan>`)
    .join('');
  return (
    leader +
    `<text class="name" text-anchor="${lines[0]!.anchor}" ${fontAttributes(plan.nameFont)} fill="${node.labelColour}" stroke="${node.outlineColour}" stroke-opacity="0.9" stroke-width="${n(plan.outlineWidth)}" stroke-linejoin="round" paint-order="stroke" opacity="${n(node.textOpacity)}">${spans}</text>`
  );
}

/**
 * The planned graph in figure coordinates: relations under entities, as the canvas stacks them,
 * then leaders, names and verbs above everything, so that no line crosses a name.
 */
export function graphMarkup(plan: PlannedGraph): string {
  let markup = '';
  for (const edge of plan.edges) markup += edgeMarkup(edge);
  for (const node of plan.nodes) markup += nodeMarkup(node);
  for (const edge of plan.edges) markup += verbMarkup(edge, plan);
  for (const node of plan.nodes) markup += nameMarkup(node, plan);
  return markup;
}

/**
 * Rings, under the graph: a band of the ring's colour around and between its members, and its tint
 * a border narrower over it, which together read as one outlined bubble.
 */
export function annotationsUnderMarkup(planned: PlannedAnnotations): string {
  return planned.rings
    .map((ring) => {
      const { shape } = ring;
      const pass = (paint: string, grow: number) =>
        shape.links
          .map(([a, b]) => {
            const [p, q] = [shape.members[a]!, shape.members[b]!];
            return `<line x1="${n(p.x)}" y1="${n(p.y)}" x2="${n(q.x)}" y2="${n(q.y)}" stroke="${paint}" stroke-width="${n(linkWidth(shape, [a, b]) + 2 * grow)}" stroke-linecap="round"/>`;
          })
          .join('') +
        shape.members
          .map(
            (m) =>
              `<circle cx="${n(m.x)}" cy="${n(m.y)}" r="${n(m.radius + grow)}" fill="${paint}"/>`,
          )
          .join('');
      return `<g class="annotation-ring">${pass(ring.colour, ring.border)}${pass(ring.fill, 0)}</g>`;
    })
    .join('');
}

/** Ring labels, callouts' leaders and the cards of notes and callouts, over the graph. */
export function annotationsOverMarkup(planned: PlannedAnnotations): string {
  let markup = '';
  for (const ring of planned.rings) {
    if (!ring.label) continue;
    const { box, text, leader } = ring.label;
    if (leader)
      markup += `<line x1="${n(leader.from.x)}" y1="${n(leader.from.y)}" x2="${n(leader.to.x)}" y2="${n(leader.to.y)}" stroke="${ring.colour}" stroke-width="1.25"/>`;
    markup += `<text class="annotation-ring-label" x="${n((box.x1 + box.x2) / 2)}" y="${n((box.y1 + box.y2) / 2 + planned.labelFont.size * 0.35)}" text-anchor="middle" ${fontAttributes(planned.labelFont)} fill="${ring.colour}" stroke="${ring.halo}" stroke-width="${n(Math.max(2, planned.labelFont.size * 0.25))}" stroke-linejoin="round" paint-order="stroke">${escapeXml(text)}</text>`;
  }
  for (const card of planned.cards) {
    const { box } = card;
    const leader = card.leader
      ? `<line x1="${n(card.leader.from.x)}" y1="${n(card.leader.from.y)}" x2="${n(card.leader.to.x)}" y2="${n(card.leader.to.y)}" stroke="${card.stroke}" stroke-width="1.5"/><circle cx="${n(card.leader.to.x)}" cy="${n(card.leader.to.y)}" r="3" fill="${card.stroke}"/>`
      : '';
    const spans = cardTextLines(card, planned)
      .map((line) => `<tspan x="${n(line.x)}" y="${n(line.y)}">${escapeXml(line.text)}</tspan>`)
      .join('');
    markup +=
      `<g class="annotation-${card.kind}">${leader}` +
      `<rect x="${n(box.x1)}" y="${n(box.y1)}" width="${n(box.x2 - box.x1)}" height="${n(box.y2 - box.y1)}" rx="5" fill="${card.fill}" stroke="${card.stroke}" stroke-width="${card.kind === 'callout' ? 1.5 : 1}"/>` +
      `<text ${fontAttributes(planned.font)} fill="${card.text}">${spans}</text></g>`;
  }
  return markup;
}

function itemMarkup(item: FigureItem, theme: FigureTheme): string {
  switch (item.kind) {
    case 'text':
      return `<text x="${n(item.x)}" y="${n(item.y)}"${item.centred ? ' text-anchor="middle"' : ''} ${fontAttributes(item.font)} fill="${resolveColour(item.colour, theme)}">${escapeXml(item.text)}</text>`;
    case 'shape':
      return `<path d="${nodeShapePath(item.shape, item.cx, item.cy, item.size, item.size)}" fill="${item.colour}"/>`;
    case 'rect':
      return `<rect x="${n(item.x)}" y="${n(item.y)}" width="${n(item.width)}" height="${n(item.height)}" rx="6" fill="${resolveColour(item.fill, theme)}" stroke="${resolveColour(item.stroke, theme)}"/>`;
    case 'line':
      return `<line x1="${n(item.x1)}" y1="${n(item.y1)}" x2="${n(item.x2)}" y2="${n(item.y2)}" stroke="${resolveColour(item.colour, theme)}" stroke-width="${n(item.width)}"${item.dash.length > 0 ? ` stroke-dasharray="${item.dash.map(n).join(' ')}"` : ' stroke-linecap="round"'}/>`;
  }
}

/** The whole figure: background, the planned graph (already in figure coordinates), texts. */
export function figureSvg(
  layout: FigureLayout,
  theme: FigureTheme,
  graph: PlannedGraph | null,
  title: string,
  annotations: PlannedAnnotations | null = null,
): string {
  const { width, height } = layout;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(title)}</title>`,
  ];
  if (theme.background)
    parts.push(`<rect width="${width}" height="${height}" fill="${theme.background}"/>`);
  if (graph)
    parts.push(
      `<g class="graph">${annotations ? annotationsUnderMarkup(annotations) : ''}${graphMarkup(graph)}${annotations ? `<g class="annotations">${annotationsOverMarkup(annotations)}</g>` : ''}</g>`,
    );
  for (const item of layout.items) parts.push(itemMarkup(item, theme));
  parts.push('</svg>');
  return parts.join('\n');
}

/**
 * SVG export: the same layout as the PNG, with the graph drawn from Cytoscape's element positions
 * and computed styles rather than a bitmap, and every text as real <text>. Loaded on demand.
 */
import type { Collection, EdgeSingular, NodeSingular, Position } from 'cytoscape';
import { FONT_STACK } from '../stylesheet';
import { wrapText, type FigureItem, type FigureLayout } from './layout';
import type { FontSpec, MeasureText } from './measure';
import { resolveColour } from './paint';
import { nodeShapePath } from './shapes';
import type { FigureTheme } from './theme';

/** Where the graph's model coordinates land: model (x, y) → ((x - left) × zoom, (y - top) × zoom). */
export interface GraphViewport {
  left: number;
  top: number;
  zoom: number;
}

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

function dashOf(lineStyle: string, width: number): string {
  if (lineStyle === 'dashed') return ` stroke-dasharray="6 3"`;
  if (lineStyle === 'dotted') return ` stroke-dasharray="${n(width)} ${n(width)}"`;
  return '';
}

/** The path Cytoscape draws for an edge: straight, or quadratic pieces through its control points. */
function edgeGeometry(edge: EdgeSingular): { d: string; end: Position; before: Position } {
  const start = edge.sourceEndpoint();
  const end = edge.targetEndpoint();
  const controls = edge.controlPoints() ?? [];
  if (controls.length === 0)
    return { d: `M${n(start.x)} ${n(start.y)}L${n(end.x)} ${n(end.y)}`, end, before: start };
  let d = `M${n(start.x)} ${n(start.y)}`;
  controls.forEach((control, i) => {
    const next = controls[i + 1];
    const to = next ? { x: (control.x + next.x) / 2, y: (control.y + next.y) / 2 } : end;
    d += `Q${n(control.x)} ${n(control.y)} ${n(to.x)} ${n(to.y)}`;
  });
  return { d, end, before: controls[controls.length - 1]! };
}

function arrowHead(edge: EdgeSingular, end: Position, before: Position, colour: string): string {
  if (edge.style('target-arrow-shape') === 'none') return '';
  const width = edge.numericStyle('width');
  const size = Math.max((width * 13.37) ** 0.9, 29) * edge.numericStyle('arrow-scale');
  const length = Math.hypot(end.x - before.x, end.y - before.y) || 1;
  const [dx, dy] = [(end.x - before.x) / length, (end.y - before.y) / length];
  const base = { x: end.x - dx * size * 0.3, y: end.y - dy * size * 0.3 };
  const [px, py] = [-dy * size * 0.15, dx * size * 0.15];
  const points = `${n(end.x)},${n(end.y)} ${n(base.x + px)},${n(base.y + py)} ${n(base.x - px)},${n(base.y - py)}`;
  return edge.style('target-arrow-fill') === 'hollow'
    ? `<polygon points="${points}" fill="none" stroke="${colour}" stroke-width="${n(width)}" stroke-linejoin="round"/>`
    : `<polygon points="${points}" fill="${colour}"/>`;
}

function labelOf(ele: NodeSingular | EdgeSingular): { text: string; font: FontSpec } {
  return {
    text: String(ele.style('label') ?? ''),
    font: { size: ele.numericStyle('font-size'), weight: Number(ele.style('font-weight')) || 400 },
  };
}

function edgeLabel(edge: EdgeSingular, measure: MeasureText): string {
  const { text, font } = labelOf(edge);
  if (!text) return '';
  const mid = edge.midpoint();
  const [a, b] = [edge.sourceEndpoint(), edge.targetEndpoint()];
  let angle = (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI;
  if (angle > 90) angle -= 180;
  if (angle < -90) angle += 180;
  const width = measure(text, font) + 2;
  const height = font.size + 2;
  const background = edge.style('text-background-color');
  const backgroundOpacity = edge.numericStyle('text-background-opacity');
  return (
    `<g transform="translate(${n(mid.x)} ${n(mid.y)}) rotate(${n(angle)})" opacity="${n(edge.numericStyle('text-opacity'))}">` +
    (backgroundOpacity > 0
      ? `<rect x="${n(-width / 2)}" y="${n(-height / 2)}" width="${n(width)}" height="${n(height)}" fill="${background}" fill-opacity="${n(backgroundOpacity)}"/>`
      : '') +
    `<text text-anchor="middle" y="${n(font.size * 0.35)}" ${fontAttributes(font)} fill="${edge.style('color')}">${escapeXml(text)}</text></g>`
  );
}

function edgeMarkup(edge: EdgeSingular, measure: MeasureText): string {
  const colour = edge.style('line-color');
  const width = edge.numericStyle('width');
  const { d, end, before } = edgeGeometry(edge);
  const underlayOpacity = edge.numericStyle('underlay-opacity');
  const underlay =
    underlayOpacity > 0
      ? `<path d="${d}" fill="none" stroke="${edge.style('underlay-color')}" stroke-opacity="${n(underlayOpacity)}" stroke-width="${n(width + 2 * edge.numericStyle('underlay-padding'))}" stroke-linecap="round"/>`
      : '';
  return (
    `<g opacity="${n(edge.effectiveOpacity())}">${underlay}` +
    `<path d="${d}" fill="none" stroke="${colour}" stroke-width="${n(width)}"${dashOf(edge.style('line-style'), width)}/>` +
    `${arrowHead(edge, end, before, colour)}${edgeLabel(edge, measure)}</g>`
  );
}

function nodeLabel(node: NodeSingular, measure: MeasureText): string {
  const { text, font } = labelOf(node);
  if (!text) return '';
  const lines = wrapText(text, node.numericStyle('text-max-width'), font, measure, 6);
  const { x, y } = node.position();
  const top =
    y +
    node.height() / 2 +
    node.numericStyle('border-width') / 2 +
    node.numericStyle('text-margin-y');
  const lineHeight = font.size * 1.2;
  const outlineWidth = node.numericStyle('text-outline-width');
  const outline =
    outlineWidth > 0
      ? ` stroke="${node.style('text-outline-color')}" stroke-opacity="${n(node.numericStyle('text-outline-opacity'))}" stroke-width="${n(outlineWidth)}" stroke-linejoin="round" paint-order="stroke"`
      : '';
  const spans = lines
    .map(
      (line, i) =>
        `<tspan x="${n(x)}" y="${n(top + i * lineHeight + font.size * 0.95)}">${escapeXml(line)}</tspan>`,
    )
    .join('');
  return `<text text-anchor="middle" ${fontAttributes(font)} fill="${node.style('color')}"${outline} opacity="${n(node.numericStyle('text-opacity'))}">${spans}</text>`;
}

function nodeMarkup(node: NodeSingular, measure: MeasureText): string {
  const { x, y } = node.position();
  const [w, h] = [node.width(), node.height()];
  const underlayOpacity = node.numericStyle('underlay-opacity');
  const pad = node.numericStyle('underlay-padding');
  const underlay =
    underlayOpacity > 0
      ? `<path d="${nodeShapePath('round-rectangle', x, y, w + 2 * pad, h + 2 * pad)}" fill="${node.style('underlay-color')}" fill-opacity="${n(underlayOpacity)}"/>`
      : '';
  const borderWidth = node.numericStyle('border-width');
  const border =
    borderWidth > 0
      ? ` stroke="${node.style('border-color')}" stroke-width="${n(borderWidth)}"`
      : '';
  return (
    `<g opacity="${n(node.effectiveOpacity())}">${underlay}` +
    `<path d="${nodeShapePath(String(node.style('shape')), x, y, w, h)}" fill="${node.style('background-color')}"${border}/>` +
    `${nodeLabel(node, measure)}</g>`
  );
}

/**
 * The graph in model coordinates: edges under nodes, as Cytoscape stacks them, with the labels
 * their computed style gives them.
 */
export function graphMarkup(elements: Collection, measure: MeasureText): string {
  let markup = '';
  elements.edges().forEach((edge) => {
    markup += edgeMarkup(edge, measure);
  });
  elements.nodes().forEach((node) => {
    markup += nodeMarkup(node, measure);
  });
  return markup;
}

function itemMarkup(item: FigureItem, theme: FigureTheme): string {
  switch (item.kind) {
    case 'text':
      return `<text x="${n(item.x)}" y="${n(item.y)}"${item.centred ? ' text-anchor="middle"' : ''} ${fontAttributes(item.font)} fill="${resolveColour(item.colour, theme)}">${escapeXml(item.text)}</text>`;
    case 'shape':
      return `<path d="${nodeShapePath(item.shape, item.cx, item.cy, item.size, item.size)}" fill="${item.colour}"/>`;
    case 'line':
      return `<line x1="${n(item.x1)}" y1="${n(item.y1)}" x2="${n(item.x2)}" y2="${n(item.y2)}" stroke="${resolveColour(item.colour, theme)}" stroke-width="${n(item.width)}"${item.dash.length > 0 ? ` stroke-dasharray="${item.dash.map(n).join(' ')}"` : ' stroke-linecap="round"'}/>`;
  }
}

export function figureSvg(
  layout: FigureLayout,
  theme: FigureTheme,
  graph: { markup: string; viewport: GraphViewport } | null,
  title: string,
): string {
  const { width, height } = layout;
  const box = layout.graph;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(title)}</title>`,
  ];
  if (theme.background)
    parts.push(`<rect width="${width}" height="${height}" fill="${theme.background}"/>`);
  if (graph) {
    const { left, top, zoom } = graph.viewport;
    parts.push(
      `<clipPath id="graph-area"><rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}"/></clipPath>`,
      `<g clip-path="url(#graph-area)"><g transform="translate(${n(box.x)} ${n(box.y)}) scale(${zoom}) translate(${n(-left)} ${n(-top)})">${graph.markup}</g></g>`,
    );
  }
  for (const item of layout.items) parts.push(itemMarkup(item, theme));
  parts.push('</svg>');
  return parts.join('\n');
}

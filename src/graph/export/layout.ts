/**
 * Where everything goes on an exported figure, in screen pixels (the PNG multiplies by its
 * scale): title, subtitle lines, the graph, the legend column beside it, the footer. Both the PNG
 * and the SVG paint this one layout, so they show the same composition.
 */
import { LINE_STYLE_DASHES } from '../palette';
import type { LegendContent } from './legend';
import type { FontSpec, MeasureText } from './measure';
import type { ThemeColour } from './theme';

/** A colour: a literal CSS colour, or a role the figure's theme decides. */
export type FigureColour = string | ThemeColour;

export type FigureItem =
  | {
      kind: 'text';
      /** Left end of the baseline, or its middle when `centred`. */
      x: number;
      y: number;
      text: string;
      font: FontSpec;
      colour: FigureColour;
      centred?: boolean;
    }
  | { kind: 'shape'; cx: number; cy: number; size: number; shape: string; colour: string }
  | {
      kind: 'line';
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      colour: FigureColour;
      width: number;
      dash: number[];
    }
  | {
      kind: 'rect';
      x: number;
      y: number;
      width: number;
      height: number;
      fill: FigureColour;
      stroke: FigureColour;
    };

/** A corner of the graph's room, where a page puts its legend. */
export type LegendCorner = 'top-right' | 'bottom-right' | 'top-left' | 'bottom-left';
export const LEGEND_CORNERS: readonly LegendCorner[] = [
  'top-right',
  'bottom-right',
  'top-left',
  'bottom-left',
];

export interface GraphBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FigureLayout {
  width: number;
  height: number;
  graph: GraphBox;
  items: FigureItem[];
  /** On a page, the legend lies in a corner of the graph's room: there, in page units. */
  legendBox: GraphBox | null;
}

export interface FigureTexts {
  title: string;
  subtitleLines: readonly string[];
  footer: string;
}

export interface LayoutInput {
  texts: FigureTexts;
  legend: LegendContent | null;
  /** The graph's size at 1× (ignored with a page); `empty` when nothing is there to draw. */
  graph: { width: number; height: number; empty: boolean };
  /** A page of this size (a slide preset), the graph taking what the texts leave. */
  page?: { width: number; height: number } | null;
  /** On a page, the corner of the graph's room the legend takes (top right by default). */
  legendCorner?: LegendCorner;
}

export const MARGIN = 32;
/** A page of fixed size is tighter: every pixel of a slide the graph does not get is lost to it. */
const PAGE_MARGIN = 24;
const MIN_CONTENT_WIDTH = 560;
const TITLE = { font: { size: 26, weight: 700 }, lineHeight: 32, maxLines: 2 };
const SUBTITLE = { font: { size: 14, weight: 400 }, lineHeight: 20, maxLines: 3 };
const FOOTER = { font: { size: 12, weight: 400 }, lineHeight: 17, maxLines: 3 };
const LEGEND_HEADING = { font: { size: 11, weight: 700 }, lineHeight: 20 };
const LEGEND_ITEM = { font: { size: 13, weight: 400 }, lineHeight: 22 };
const LEGEND_GAP = 28;
const LEGEND_SWATCH = 24;
const LEGEND_LABEL_GAP = 8;
const LEGEND_MAX_WIDTH = 240;
const SECTION_GAP = 12;
export const EMPTY_GRAPH_SIZE = { width: 480, height: 200 };
export const EMPTY_GRAPH_TEXT = 'Nothing is visible with the current filters.';

/** The baseline that centres a line of text of this size in a line box starting at `top`. */
function baseline(top: number, lineHeight: number, font: FontSpec): number {
  return top + lineHeight / 2 + font.size * 0.35;
}

/** How many of the characters fit the width, followed by `suffix`. */
function fittingLength(
  chars: readonly string[],
  suffix: string,
  width: number,
  font: FontSpec,
  measure: MeasureText,
): number {
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(`${chars.slice(0, mid).join('')}${suffix}`, font) <= width) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Cuts a text to fit a width, ending it with an ellipsis. */
export function fitWithEllipsis(
  text: string,
  width: number,
  font: FontSpec,
  measure: MeasureText,
): string {
  if (measure(text, font) <= width) return text;
  const chars = [...text];
  return `${chars
    .slice(0, fittingLength(chars, '…', width, font, measure))
    .join('')
    .trimEnd()}…`;
}

/** Greedy word wrap; words wider than the line are broken; the last line kept ends in "…". */
export function wrapText(
  text: string,
  width: number,
  font: FontSpec,
  measure: MeasureText,
  maxLines: number,
): string[] {
  const lines: string[] = [];
  let current = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let w = 0; w < words.length; w++) {
    let word = words[w]!;
    const candidate = current ? `${current} ${word}` : word;
    if (measure(candidate, font) <= width) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    // A word longer than the line goes on in pieces.
    while (measure(word, font) > width) {
      const chars = [...word];
      const length = Math.max(1, fittingLength(chars, '', width, font, measure));
      lines.push(chars.slice(0, length).join(''));
      word = chars.slice(length).join('');
    }
    current = word;
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = fitWithEllipsis(`${kept[maxLines - 1]!}…`, width, font, measure);
  return kept;
}

interface LegendRow {
  label: string;
  swatch: (x: number, mid: number) => FigureItem;
}

interface LegendSection {
  heading: string;
  rows: LegendRow[];
}

function lineSwatch(colour: FigureColour, width: number, dash: number[]): LegendRow['swatch'] {
  return (x, mid) => ({
    kind: 'line',
    x1: x + 1,
    y1: mid,
    x2: x + LEGEND_SWATCH - 1,
    y2: mid,
    colour,
    width,
    dash,
  });
}

function legendSections(legend: LegendContent): LegendSection[] {
  const sections: LegendSection[] = [
    {
      heading: 'ENTITIES',
      rows: legend.entityTypes.map((t) => ({
        label: t.label,
        swatch: (x: number, mid: number): FigureItem => ({
          kind: 'shape',
          cx: x + LEGEND_SWATCH / 2,
          cy: mid,
          size: 15,
          shape: t.shape,
          colour: t.colour,
        }),
      })),
    },
    {
      heading: 'RELATIONS',
      rows: legend.families.map((f) => ({
        label: f.label,
        swatch: lineSwatch(f.colour, 3, []),
      })),
    },
    {
      heading: 'LINE STYLES',
      rows: legend.lineStyles.map((s) => ({
        label: s.label,
        swatch: lineSwatch('muted', 2, [...LINE_STYLE_DASHES[s.style]]),
      })),
    },
    {
      heading: 'WHAT CHANGED',
      rows: [
        ...legend.changes.map((c) => ({ label: c.label, swatch: lineSwatch(c.colour, 3.5, []) })),
        // The rest of the view is dimmed by the comparison.
        ...(legend.changes.length > 0
          ? [{ label: 'Unchanged (dimmed)', swatch: lineSwatch('muted', 1.5, []) }]
          : []),
      ],
    },
    {
      heading: 'DATES',
      rows: legend.undated
        ? [{ label: 'Undated: drawn faded', swatch: lineSwatch('muted', 1.5, [2, 3]) }]
        : [],
    },
  ];
  return sections.filter((s) => s.rows.length > 0);
}

function legendWidth(sections: readonly LegendSection[], measure: MeasureText): number {
  let widest = 0;
  for (const section of sections) {
    widest = Math.max(widest, measure(section.heading, LEGEND_HEADING.font));
    for (const row of section.rows)
      widest = Math.max(
        widest,
        LEGEND_SWATCH + LEGEND_LABEL_GAP + measure(row.label, LEGEND_ITEM.font),
      );
  }
  return Math.min(Math.ceil(widest), LEGEND_MAX_WIDTH);
}

/** Lays the legend out from (x, top); returns its height. */
function placeLegend(
  sections: readonly LegendSection[],
  x: number,
  top: number,
  width: number,
  measure: MeasureText,
  items: FigureItem[],
): number {
  let y = top;
  sections.forEach((section, i) => {
    if (i > 0) y += SECTION_GAP;
    items.push({
      kind: 'text',
      x,
      y: baseline(y, LEGEND_HEADING.lineHeight, LEGEND_HEADING.font),
      text: section.heading,
      font: LEGEND_HEADING.font,
      colour: 'muted',
    });
    y += LEGEND_HEADING.lineHeight;
    for (const row of section.rows) {
      items.push(row.swatch(x, y + LEGEND_ITEM.lineHeight / 2));
      const labelX = x + LEGEND_SWATCH + LEGEND_LABEL_GAP;
      items.push({
        kind: 'text',
        x: labelX,
        y: baseline(y, LEGEND_ITEM.lineHeight, LEGEND_ITEM.font),
        text: fitWithEllipsis(row.label, x + width - labelX, LEGEND_ITEM.font, measure),
        font: LEGEND_ITEM.font,
        colour: 'text',
      });
      y += LEGEND_ITEM.lineHeight;
    }
  });
  return y - top;
}

interface TextStyle {
  font: FontSpec;
  lineHeight: number;
  maxLines: number;
}

/** Wraps a text to the content width at the left margin; returns the height it takes. */
function placeParagraph(
  text: string,
  style: TextStyle,
  colour: FigureColour,
  top: number,
  width: number,
  measure: MeasureText,
  items: FigureItem[],
  left = MARGIN,
): number {
  const lines = wrapText(text, width, style.font, measure, style.maxLines);
  lines.forEach((line, i) => {
    items.push({
      kind: 'text',
      x: left,
      y: baseline(top + i * style.lineHeight, style.lineHeight, style.font),
      text: line,
      font: style.font,
      colour,
    });
  });
  return lines.length * style.lineHeight;
}

/**
 * The title and subtitle lines from `top`; returns where the graph may start. On a page, subtitle
 * lines that fit on one line together share it, leaving the graph more room.
 */
function placeHeader(
  texts: FigureTexts,
  top: number,
  width: number,
  measure: MeasureText,
  items: FigureItem[],
  left = MARGIN,
): number {
  let y = top;
  const title = texts.title.trim();
  if (title) y += placeParagraph(title, TITLE, 'title', y, width, measure, items, left);
  let subtitles = texts.subtitleLines.filter((line) => line.trim());
  const joined = subtitles.join(' · ');
  if (left !== MARGIN && measure(joined, SUBTITLE.font) <= width) subtitles = [joined];
  if (subtitles.length > 0) {
    if (title) y += 4;
    for (const line of subtitles)
      y += placeParagraph(line, SUBTITLE, 'muted', y, width, measure, items, left);
  }
  if (title || subtitles.length > 0) y += left === MARGIN ? 18 : 12;
  return y;
}

/** The rule and the footer text from `top`; returns the height taken (0 without a footer). */
function placeFooter(
  footer: string,
  top: number,
  width: number,
  measure: MeasureText,
  items: FigureItem[],
  left = MARGIN,
): number {
  const text = footer.trim();
  if (!text) return 0;
  let y = top + (left === MARGIN ? 16 : 10);
  items.push({
    kind: 'line',
    x1: left,
    y1: y + 0.5,
    x2: left + width,
    y2: y + 0.5,
    colour: 'rule',
    width: 1,
    dash: [],
  });
  y += 8;
  y += placeParagraph(text, FOOTER, 'muted', y, width, measure, items, left);
  return y - top;
}

function emptyGraphNotice(graph: GraphBox): FigureItem {
  return {
    kind: 'text',
    x: graph.x + graph.width / 2,
    y: graph.y + graph.height / 2,
    text: EMPTY_GRAPH_TEXT,
    font: SUBTITLE.font,
    colour: 'muted',
    centred: true,
  };
}

/** Room between the legend's frame and its text. */
const LEGEND_PADDING = 10;

/**
 * A page of a fixed size (a slide, an A4 sheet): the texts take what they need and the graph gets
 * the rest, with the legend framed in one of its corners (the graph's plan keeps clear of it), in
 * two columns when one would be taller than the graph's room.
 */
function layoutPage(
  input: LayoutInput,
  page: { width: number; height: number },
  measure: MeasureText,
): FigureLayout {
  const sections = input.legend ? legendSections(input.legend) : [];
  const contentWidth = page.width - 2 * PAGE_MARGIN;
  const items: FigureItem[] = [];
  const top = placeHeader(input.texts, PAGE_MARGIN, contentWidth, measure, items, PAGE_MARGIN);
  const footer = placeFooter(input.texts.footer, 0, contentWidth, measure, [], PAGE_MARGIN);
  const graph: GraphBox = {
    x: PAGE_MARGIN,
    y: Math.round(top),
    width: contentWidth,
    height: Math.max(40, page.height - PAGE_MARGIN - footer - top),
  };
  if (input.graph.empty) items.push(emptyGraphNotice(graph));
  const sectionHeight = (section: LegendSection) =>
    LEGEND_HEADING.lineHeight + section.rows.length * LEGEND_ITEM.lineHeight;
  const columnHeight = (column: LegendSection[]) =>
    column.reduce((sum, section, i) => sum + (i > 0 ? SECTION_GAP : 0) + sectionHeight(section), 0);
  const room = graph.height - 2 * LEGEND_PADDING;
  const columns: LegendSection[][] = [];
  for (const section of sections) {
    const last = columns[columns.length - 1];
    if (last && columnHeight([...last, section]) <= room) last.push(section);
    else columns.push([section]);
  }
  let legendBox: GraphBox | null = null;
  if (columns.length > 0) {
    const widths = columns.map((column) => legendWidth(column, measure));
    const width =
      widths.reduce((sum, w) => sum + w, 0) +
      (columns.length - 1) * LEGEND_GAP +
      2 * LEGEND_PADDING;
    const height = Math.max(...columns.map(columnHeight)) + 2 * LEGEND_PADDING;
    const corner = input.legendCorner ?? 'top-right';
    legendBox = {
      x: corner.endsWith('right') ? graph.x + graph.width - width : graph.x,
      y: corner.startsWith('bottom') ? graph.y + graph.height - height : graph.y,
      width,
      height,
    };
    items.push({ kind: 'rect', ...legendBox, fill: 'panel', stroke: 'rule' });
    let x = legendBox.x + LEGEND_PADDING;
    columns.forEach((column, i) => {
      placeLegend(column, x, legendBox!.y + LEGEND_PADDING, widths[i]!, measure, items);
      x += widths[i]! + LEGEND_GAP;
    });
  }
  placeFooter(
    input.texts.footer,
    graph.y + graph.height,
    contentWidth,
    measure,
    items,
    PAGE_MARGIN,
  );
  return { width: page.width, height: page.height, graph, items, legendBox };
}

/**
 * The figure around the graph. With `input.page`, a page of that size whose graph box is what the
 * texts leave; without, a page that grows around the graph at the size it is given.
 */
export function layoutFigure(input: LayoutInput, measure: MeasureText): FigureLayout {
  if (input.page) return layoutPage(input, input.page, measure);
  const { texts, legend } = input;
  const graphSize = input.graph.empty ? EMPTY_GRAPH_SIZE : input.graph;
  const sections = legend ? legendSections(legend) : [];
  const legendW = sections.length > 0 ? legendWidth(sections, measure) : 0;
  const besideGraph = legendW > 0 ? LEGEND_GAP + legendW : 0;
  const contentWidth = Math.max(Math.ceil(graphSize.width) + besideGraph, MIN_CONTENT_WIDTH);
  const items: FigureItem[] = [];

  const top = placeHeader(texts, MARGIN, contentWidth, measure, items);
  const graphAreaWidth = contentWidth - besideGraph;
  const graph: GraphBox = {
    x: Math.round(MARGIN + (graphAreaWidth - graphSize.width) / 2),
    y: Math.round(top),
    width: graphSize.width,
    height: graphSize.height,
  };
  if (input.graph.empty) items.push(emptyGraphNotice(graph));
  const legendHeight =
    legendW > 0
      ? placeLegend(
          sections,
          MARGIN + graphAreaWidth + LEGEND_GAP,
          graph.y,
          legendW,
          measure,
          items,
        )
      : 0;
  const y = graph.y + Math.max(graph.height, legendHeight);
  const footer = placeFooter(texts.footer, y, contentWidth, measure, items);
  return {
    width: Math.ceil(contentWidth + 2 * MARGIN),
    height: Math.ceil(y + footer + MARGIN),
    graph,
    items,
    legendBox: null,
  };
}

/** The Cytoscape stylesheet. Per-element colours and shapes come from element data (see elements.ts). */
import type { StylesheetJsonBlock, StylesheetStyle } from 'cytoscape';
import {
  RELATION_END_HOVERED_CLASS,
  RELATION_HOVERED_CLASS,
  SELECTED_RELATION_END_CLASS,
} from './controllers/relationHover';
import { CHANGE_CLASSES, UNDATED_CLASS } from './controllers/time';
import {
  HOVERED_CLASS,
  labelPlacementStyles,
  labelScaleStyles,
  MINOR_LABEL_CLASS,
  NODE_FONT_SIZE,
  VERB_CLASS,
  VERB_FONT_SIZE,
  VERB_FONT_WEIGHT,
  VERB_HIDDEN_CLASS,
  verbScaleStyles,
  NODE_FONT_WEIGHT,
  NODE_TEXT_MAX_WIDTH,
} from './labelScale';
import { CHANGE_STYLES, UNSOURCED_STYLE, type ChangeKind } from './palette';

/** Added to every element for the moment a dark-background export reads its colours (src/graph/export/). */
export const DARK_EXPORT_CLASS = 'export-dark';

/**
 * The selected relation and the one under the pointer: a blue band under the line (the family's
 * colour stays the line's own), wider, with a larger arrow; their ends ringed in the same blue.
 * The blue (#1d4ed8, 6.7:1 on white) and the band's lighter tint read on white and on any family
 * colour; the selected relation's band is stronger than the hovered one's.
 */
export const RELATION_EMPHASIS = {
  colour: '#1d4ed8',
  hoverBand: '#60a5fa',
} as const;

export const FONT_STACK = 'Inter, "Segoe UI", system-ui, -apple-system, Roboto, Arial, sans-serif';

export const graphStylesheet: StylesheetJsonBlock[] = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      shape: 'data(shape)' as never,
      width: 'data(size)',
      height: 'data(size)',
      'border-width': 2,
      'border-color': '#ffffff',
      label: 'data(label)',
      'font-family': FONT_STACK,
      'font-size': NODE_FONT_SIZE,
      'font-weight': NODE_FONT_WEIGHT,
      color: '#1d232b',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': `${NODE_TEXT_MAX_WIDTH}px`,
      'text-outline-color': '#ffffff',
      'text-outline-width': 2.5,
      'text-outline-opacity': 0.9,
      // Names stay legible down to about 6 px on screen, so a whole hierarchy keeps its labels at 1280×800.
      'min-zoomed-font-size': 6,
      'overlay-padding': 4,
      'z-index': 10,
    },
  },
  {
    selector: 'edge',
    style: {
      width: 1.8,
      'curve-style': 'bezier',
      'line-color': 'data(colour)',
      'line-style': 'data(lineStyle)' as never,
      'target-arrow-color': 'data(colour)',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.9,
      opacity: 0.85,
      label: 'data(label)',
      'font-family': FONT_STACK,
      'font-size': 9,
      color: '#3b4450',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 11,
    },
  },
  // Verbs the user chose to write on the arrows (controllers/relationLabels.ts), at every zoom.
  {
    selector: `edge.${VERB_CLASS}`,
    style: {
      'font-size': VERB_FONT_SIZE,
      'font-weight': VERB_FONT_WEIGHT,
      color: '#1f2937',
      'text-background-opacity': 0.9,
      'text-background-shape': 'round-rectangle',
      'text-background-padding': '2px',
      'min-zoomed-font-size': 6,
    },
  },
  // Names (and verbs) scaled to the zoom, names moved beside or above their entity where under it
  // is taken (labelScale.ts); after the base blocks, before selection and export.
  ...labelScaleStyles(),
  ...verbScaleStyles(),
  ...labelPlacementStyles(),
  // Named entities are drawn over unnamed ones, so that no unnamed node covers a name.
  { selector: `node.${MINOR_LABEL_CLASS}`, style: { label: '', 'z-index': 5 } },
  {
    selector: `node.${MINOR_LABEL_CLASS}.${HOVERED_CLASS}, node.${MINOR_LABEL_CLASS}:selected`,
    style: { label: 'data(label)', 'z-index': 30 },
  },
  {
    selector: 'edge.formal',
    style: { 'target-arrow-fill': 'hollow', width: 1.6, opacity: 0.75 },
  },
  { selector: 'edge.symmetric', style: { 'target-arrow-shape': 'none' } },
  // What no quote backs (imported data): hollow entities in their type's colour, grey dotted lines.
  {
    selector: 'node[?unsourced]',
    style: {
      'background-color': UNSOURCED_STYLE.fill,
      'border-color': 'data(colour)',
      'border-width': UNSOURCED_STYLE.borderWidth,
    },
  },
  {
    selector: 'edge[?unsourced]',
    style: {
      'line-color': UNSOURCED_STYLE.lineColour,
      'target-arrow-color': UNSOURCED_STYLE.lineColour,
      'line-style': 'dotted',
    },
  },
  // Placed by hand: a dashed dark ring, quieter than the selection's solid one.
  {
    selector: 'node.pinned',
    style: { 'border-color': '#475569', 'border-width': 2.5, 'border-style': 'dashed' },
  },
  {
    // Crowded pairs (see parallelEdges.ts): one straight line for the lot, no label per relation.
    selector: 'edge.bundled',
    style: { 'curve-style': 'haystack', 'haystack-radius': 0, label: '' },
  },
  { selector: 'edge.bundled-loop', style: { 'control-point-step-size': 0, label: '' } },
  // Groups (groupElements.ts): a box around an expanded group's members, named at its top.
  {
    selector: 'node.group-expanded',
    style: {
      shape: 'round-rectangle',
      'background-color': 'data(colour)',
      'background-opacity': 0.07,
      'border-width': 1.5,
      'border-style': 'solid',
      'border-color': 'data(colour)',
      'border-opacity': 0.6,
      padding: '18px',
      label: 'data(groupLabel)',
      'text-valign': 'top',
      'text-halign': 'center',
      'text-margin-y': -4,
      'font-weight': 700,
      'min-zoomed-font-size': 0,
      'z-index': 1,
    },
  },
  // A collapsed group: one entity with a double ring, its member count in its name.
  {
    selector: 'node.group-collapsed',
    style: {
      'background-opacity': 0.75,
      'font-size': 15,
      'border-width': 5,
      'border-style': 'double',
      'border-color': '#334155',
      'font-weight': 700,
      'min-zoomed-font-size': 0,
      'z-index': 12,
    },
  },
  {
    selector: 'edge.group-bundle',
    style: {
      width: 'data(width)',
      'curve-style': 'straight',
      'target-arrow-shape': 'none',
      'line-style': 'solid',
      opacity: 0.7,
      // The count of a bundle, once zoomed in enough to read it (the width already tells).
      label: 'data(label)',
      'min-zoomed-font-size': 12,
    },
  },
  {
    selector: 'node:selected',
    style: { 'border-color': '#111827', 'border-width': 4, 'z-index': 20 },
  },
  {
    selector: 'edge:selected',
    style: {
      width: 4.5,
      opacity: 1,
      'arrow-scale': 1.35,
      'underlay-color': RELATION_EMPHASIS.colour,
      'underlay-opacity': 0.3,
      'underlay-padding': 5,
      'z-index': 20,
      'min-zoomed-font-size': 0,
    },
  },
  {
    selector: `node.${SELECTED_RELATION_END_CLASS}`,
    style: { 'border-color': RELATION_EMPHASIS.colour, 'border-width': 4, 'z-index': 20 },
  },
  // Drawn only for lack of dates on the date or period set (controllers/time.ts): faded, apart
  // from what the dates place there; the highlight's fading, below, goes further.
  { selector: `edge.${UNDATED_CLASS}`, style: { opacity: 0.3, 'text-opacity': 0.4 } },
  { selector: `node.${UNDATED_CLASS}`, style: { opacity: 0.45, 'text-opacity': 0.6 } },
  {
    selector: '.highlighted',
    style: {
      opacity: 1,
      'z-index': 15,
      'underlay-color': '#facc15',
      'underlay-opacity': 0.55,
      'underlay-padding': 6,
    },
  },
  { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.3 } },
  // Under the pointer, whatever fades it: the relation and its two ends stand out.
  {
    selector: `edge.${RELATION_HOVERED_CLASS}`,
    style: {
      width: 3.5,
      opacity: 1,
      'text-opacity': 1,
      'arrow-scale': 1.2,
      'underlay-color': RELATION_EMPHASIS.hoverBand,
      'underlay-opacity': 0.4,
      'underlay-padding': 4,
      'z-index': 19,
      'min-zoomed-font-size': 0,
    },
  },
  {
    selector: `node.${RELATION_END_HOVERED_CLASS}`,
    style: {
      opacity: 1,
      'text-opacity': 1,
      'border-color': RELATION_EMPHASIS.colour,
      'border-width': 3.5,
      'z-index': 19,
    },
  },
  // A verb that would cover a name: left out, whatever else styles its relation.
  { selector: `edge.${VERB_HIDDEN_CLASS}`, style: { label: '' } },
  // What changed over a compared period: coloured and wider, over the highlight's underlay.
  ...(Object.entries(CHANGE_CLASSES) as [ChangeKind, string][]).map(([kind, name]) => ({
    selector: `edge.${name}`,
    style: {
      'line-color': CHANGE_STYLES[kind].colour,
      'target-arrow-color': CHANGE_STYLES[kind].colour,
      width: 3.5,
      opacity: 1,
      'underlay-opacity': 0,
      'z-index': 16,
    },
  })),
  {
    selector: `node.${DARK_EXPORT_CLASS}`,
    style: { color: '#e5e7eb', 'text-outline-color': '#111827', 'border-color': '#111827' },
  },
  { selector: `node.${DARK_EXPORT_CLASS}:selected`, style: { 'border-color': '#f9fafb' } },
  {
    selector: `node.${DARK_EXPORT_CLASS}[?unsourced]`,
    style: { 'border-color': 'data(colour)', 'background-color': '#111827' },
  },
  {
    selector: `edge.${DARK_EXPORT_CLASS}`,
    style: { color: '#cbd5e1', 'text-background-color': '#111827' },
  },
];

/**
 * For large graphs (see renderMode.ts) the base blocks are replaced by leaner ones, since every
 * property costs time on each of tens of thousands of elements: straight edges without labels,
 * arrows or dashes; entity labels without halo, drawn only once zoomed in. The other blocks
 * (selection, highlight, export) stay.
 */
const ECONOMICAL_NODE_PROPERTIES = [
  'background-color',
  'shape',
  'width',
  'height',
  'label',
  'font-family',
  'font-size',
  'color',
  'text-valign',
  'text-margin-y',
];

function baseStyleOf(selector: string): Record<string, unknown> {
  const block = graphStylesheet.find((b) => b.selector === selector);
  return block && 'style' in block ? (block.style as Record<string, unknown>) : {};
}

const baseNodeStyle = baseStyleOf('node');

const economicalBlocks: Record<string, StylesheetJsonBlock> = {
  node: {
    selector: 'node',
    style: {
      ...Object.fromEntries(ECONOMICAL_NODE_PROPERTIES.map((key) => [key, baseNodeStyle[key]])),
      'min-zoomed-font-size': 14,
    } as StylesheetStyle['style'],
  },
  edge: {
    selector: 'edge',
    style: {
      width: 1,
      'curve-style': 'haystack',
      'haystack-radius': 0,
      'line-color': 'data(colour)',
      opacity: 0.6,
    },
  },
  'edge:selected': { selector: 'edge:selected', style: { width: 3, opacity: 1 } },
  // Dots cost time on tens of thousands of edges: the grey alone says it.
  'edge[?unsourced]': {
    selector: 'edge[?unsourced]',
    style: { 'line-color': UNSOURCED_STYLE.lineColour },
  },
};

const economicalStylesheet = graphStylesheet.map(
  (block) => economicalBlocks[block.selector] ?? block,
);

export function stylesheetFor(economical: boolean): StylesheetJsonBlock[] {
  return economical ? economicalStylesheet : graphStylesheet;
}

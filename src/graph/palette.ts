/**
 * One palette for the canvas, the legend and exported images: entity types map to a colour
 * and a shape, relation families to a colour. Built on d3-scale ordinal scales so that types a
 * dataset adds get the next free colour, the same one everywhere.
 */
import { scaleOrdinal } from 'd3-scale';
import { RELATION_FAMILIES, type RelationFamily } from '../domain/relations';
import { BUILT_IN_ENTITY_TYPES } from '../domain/entityTypes';
import { EVENT_KINDS, type EventKind } from '../domain/timeline';

// Colour-blind-safe hues (Okabe–Ito, then Tableau), dark enough for white label halos.
const ENTITY_COLOURS = [
  '#2f6db5', // organization: blue
  '#d55e00', // person: vermilion
  '#228b5a', // place: green
  '#8e5ba8', // concept: purple
  '#b8860b',
  '#c2477a',
  '#4b8f9c',
  '#7a6a55',
];

const ENTITY_SHAPES = [
  'round-rectangle',
  'ellipse',
  'diamond',
  'hexagon',
  'round-tag',
  'star',
  'octagon',
  'triangle',
] as const;

export type NodeShape = (typeof ENTITY_SHAPES)[number];

const FAMILY_COLOURS: Record<RelationFamily, string> = {
  command: '#b2182b',
  membership: '#2166ac',
  support: '#1b9e77',
  hostility: '#e08214',
  affiliation: '#7b7f86',
  location: '#6a8f2f',
  ideology: '#8e5ba8',
  other: '#a0a4aa',
};

/** Colours for types a dataset adds, after the built-in four (Tableau 10, darkened for halos). */
const EXTRA_ENTITY_COLOURS = [
  ...ENTITY_COLOURS.slice(BUILT_IN_ENTITY_TYPES.length),
  '#5d7f2e',
  '#9c5b2e',
  '#3f6f9e',
  '#a33d3d',
  '#6b5aa8',
  '#2f8f83',
];

const entityColour = scaleOrdinal<string, string>()
  .domain([...BUILT_IN_ENTITY_TYPES])
  .range(ENTITY_COLOURS.slice(0, BUILT_IN_ENTITY_TYPES.length));

const entityShape = scaleOrdinal<string, NodeShape>()
  .domain([...BUILT_IN_ENTITY_TYPES])
  .range(ENTITY_SHAPES.slice(0, BUILT_IN_ENTITY_TYPES.length));

const BUILT_IN = new Set<string>(BUILT_IN_ENTITY_TYPES);

/** A number from a type's name (FNV-1a): the same name gets the same colour in every dataset. */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The colour of "unspecified" entities: grey, as they say nothing. */
const UNSPECIFIED_COLOUR = '#7a828c';

const familyColour = scaleOrdinal<RelationFamily, string>()
  .domain([...RELATION_FAMILIES])
  .range(RELATION_FAMILIES.map((f) => FAMILY_COLOURS[f]));

/**
 * Built-in types have fixed colours and shapes; any other type gets a colour and a shape from a
 * hash of its id, so that it looks the same whatever else the dataset holds and whatever order
 * types were met in (two types may share a colour, rarely also a shape).
 */
export function colourOfEntityType(type: string): string {
  if (BUILT_IN.has(type)) return entityColour(type);
  if (type === 'unspecified') return UNSPECIFIED_COLOUR;
  return EXTRA_ENTITY_COLOURS[hashOf(type) % EXTRA_ENTITY_COLOURS.length]!;
}

export function shapeOfEntityType(type: string): NodeShape {
  if (BUILT_IN.has(type)) return entityShape(type);
  if (type === 'unspecified') return 'ellipse';
  const extra = ENTITY_SHAPES.slice(BUILT_IN_ENTITY_TYPES.length);
  return extra[(hashOf(type) >>> 8) % extra.length]!;
}

/** How the canvas and legend mark what no quote backs: hollow entities, grey dotted relations. */
export const UNSOURCED_STYLE = {
  lineColour: '#8a9099',
  dash: [1.5, 3] as readonly number[],
  fill: '#ffffff',
  borderWidth: 3,
};

export function colourOfFamily(family: RelationFamily): string {
  return familyColour(family);
}

/** Dashed for what is only suspected or claimed; solid for what is confirmed or reported. */
export function lineStyleOfConfidence(confidence: string): 'solid' | 'dashed' {
  return confidence === 'suspected' || confidence === 'claimed' ? 'dashed' : 'solid';
}

export type LineStyle = 'solid' | 'dashed' | 'dotted';

/** What each line style says about a relation, for legends on screen and in exports. */
export const LINE_STYLE_MEANINGS: Record<LineStyle, string> = {
  solid: 'confirmed or reported',
  dashed: 'claimed or suspected',
  dotted: 'formal (nominal) only',
};

/** The legend's order of line styles. */
export const LINE_STYLES = Object.keys(LINE_STYLE_MEANINGS) as LineStyle[];

/** Dash patterns of the line-style swatches in the legends (on screen and in exports). */
export const LINE_STYLE_DASHES: Record<LineStyle, readonly number[]> = {
  solid: [],
  dashed: [6, 4],
  dotted: [1.5, 3],
};

const EVENT_KIND_COLOURS: Record<EventKind, string> = {
  attack: '#c62828',
  threat: '#e08214',
  founding: '#2166ac',
  leadership: '#8e5ba8',
  statement: '#1b9e77',
  other: '#7b7f86',
};

const eventKindColour = scaleOrdinal<EventKind, string>()
  .domain([...EVENT_KINDS])
  .range(EVENT_KINDS.map((k) => EVENT_KIND_COLOURS[k]));

/** Colour of an event's mark on the timeline and its dot in the event list. */
export function colourOfEventKind(kind: EventKind): string {
  return eventKindColour(kind);
}

/**
 * The selection's colour: the ring of a selected entity on the canvas, and what the selection
 * draws on the time strip.
 */
export const SELECTION_COLOUR = '#111827';

/** How a relation changed over a compared period, as drawn on the canvas and in the legend. */
export type ChangeKind = 'appeared' | 'ended' | 'cameAndWent';

/**
 * Bluish green (Okabe–Ito) for what began, a dark crimson for what ended, a light reddish purple
 * for what did both: apart in lightness as well as hue, so that they stay apart under the common
 * colour-vision deficiencies, and none is an entity type's colour. Drawn wider than other
 * relations; a relation's own line style (its confidence) is kept.
 */
export const CHANGE_STYLES: Record<ChangeKind, { colour: string; label: string }> = {
  appeared: { colour: '#009e73', label: 'Appeared' },
  ended: { colour: '#a11d33', label: 'Ended' },
  cameAndWent: { colour: '#cc79a7', label: 'Began and ended' },
};

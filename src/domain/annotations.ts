/**
 * Annotations (issue 17, item 4): what an analyst writes over the graph for a briefing. Three
 * kinds, all part of the view state, so that the address, saved views, storyboard slides and
 * curated views keep them like any other choice:
 *
 * - a text note, free on the graph at a point in graph coordinates;
 * - a callout, text pointing at an entity or a relation, kept at an offset (in graph units) from it
 *   so that it follows its target when the target moves;
 * - a highlight ring around a set of entities, with a label and a colour.
 *
 * This file holds their shape and checks (small: the address reads them on the first page), the
 * pure producers that add, edit and remove them, and their compact address form (`?notes=`).
 * Text is kept as text: whoever draws it draws it as text, never as markup.
 */
import { z } from 'zod';

export const ANNOTATION_COLOURS = ['amber', 'red', 'blue', 'green', 'purple'] as const;
export type AnnotationColour = (typeof ANNOTATION_COLOURS)[number];

/** Notes and callouts a view holds at most: a briefing figure with more is unreadable anyway. */
export const MAX_ANNOTATIONS = 50;
/** A note's or callout's text, in characters: about two tweets' worth, a figure's side remark. */
export const MAX_ANNOTATION_TEXT = 280;
export const MAX_RING_LABEL = 60;
export const MAX_RING_MEMBERS = 500;
/** Graph coordinates and offsets stay within this, so that a hostile address cannot overflow a drawing. */
export const MAX_COORDINATE = 1_000_000;
const MAX_ID = 99_999;

export interface TextNote {
  kind: 'note';
  id: number;
  /** Where the note's centre is, in graph coordinates. */
  x: number;
  y: number;
  text: string;
}

export interface CalloutTarget {
  kind: 'node' | 'edge';
  id: string;
}

export interface Callout {
  kind: 'callout';
  id: number;
  target: CalloutTarget;
  /** Where the callout's centre is from its target's, in graph units. */
  dx: number;
  dy: number;
  text: string;
}

export interface HighlightRing {
  kind: 'ring';
  id: number;
  /** May be empty: a ring says enough by itself. */
  label: string;
  colour: AnnotationColour;
  /** Entity ids, at least one. */
  members: string[];
}

export type Annotation = TextNote | Callout | HighlightRing;
export type AnnotationKind = Annotation['kind'];
/** An annotation as the user makes it: everything but its id. */
export type NewAnnotation = Omit<TextNote, 'id'> | Omit<Callout, 'id'> | Omit<HighlightRing, 'id'>;

/** Control characters other than a line break have no place in a note (and could hide text). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029]/;
// eslint-disable-next-line no-control-regex
export const CONTROL_ALL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029]/g;

const noteText = z
  .string()
  .trim()
  .min(1, { error: 'a note needs text' })
  .max(MAX_ANNOTATION_TEXT, { error: `a note holds at most ${MAX_ANNOTATION_TEXT} characters` })
  .refine((text) => !CONTROL.test(text), { error: 'a note may not hold control characters' });
const coordinate = z.number().finite().min(-MAX_COORDINATE).max(MAX_COORDINATE);
const annotationId = z.number().int().min(1).max(MAX_ID);
const elementId = z.string().min(1).max(400);

export const annotationSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('note'),
    id: annotationId,
    x: coordinate,
    y: coordinate,
    text: noteText,
  }),
  z.object({
    kind: z.literal('callout'),
    id: annotationId,
    target: z.object({ kind: z.enum(['node', 'edge']), id: elementId }),
    dx: coordinate,
    dy: coordinate,
    text: noteText,
  }),
  z.object({
    kind: z.literal('ring'),
    id: annotationId,
    label: z
      .string()
      .trim()
      .max(MAX_RING_LABEL)
      .refine((text) => !CONTROL.test(text), { error: 'a label may not hold control characters' }),
    colour: z.enum(ANNOTATION_COLOURS),
    members: z.array(elementId).min(1).max(MAX_RING_MEMBERS),
  }),
]);

/** The view state's check of its annotations: each valid, ids unique, at most MAX_ANNOTATIONS. */
export const annotationsSchema = z
  .array(annotationSchema, { error: 'is not a list of notes, callouts and rings' })
  .max(MAX_ANNOTATIONS, { error: `at most ${MAX_ANNOTATIONS} annotations` })
  .refine((list) => new Set(list.map((a) => a.id)).size === list.length, {
    error: 'two annotations share an id',
  }) satisfies z.ZodType<Annotation[]>;

/**
 * Keeps what refers to elements the dataset has: a callout whose target is gone is dropped, a ring
 * loses the members that are gone (and is dropped with none left). `missing` names each id gone.
 */
export function annotationsWithKnownIds(
  list: readonly Annotation[],
  known: { node(id: string): boolean; edge(id: string): boolean },
): { annotations: Annotation[]; missing: string[] } {
  const missing: string[] = [];
  const annotations: Annotation[] = [];
  for (const a of list) {
    if (a.kind === 'callout') {
      if (known[a.target.kind](a.target.id)) annotations.push(a);
      else missing.push(a.target.id);
    } else if (a.kind === 'ring') {
      const members = a.members.filter((id) => known.node(id));
      missing.push(...a.members.filter((id) => !known.node(id)));
      if (members.length > 0) annotations.push({ ...a, members });
    } else annotations.push(a);
  }
  return { annotations, missing: [...new Set(missing)] };
}

// --------------------------------------------------------------------------------- address form

/**
 * The address form, one item per annotation, items separated by commas and fields by colons:
 *
 *   n1:120:-40:Text of the note            a note: id, x, y, text
 *   c2:e:abu-fadak:40:-60:Appointed 2020   a callout: id, e(ntity) or r(elation), target, dx, dy, text
 *   r3:red:Cell:kh;pmf                     a ring: id, colour, label, members separated by semicolons
 *
 * Commas, colons, semicolons and `%` inside a field are written `%2C`, `%3A`, `%3B` and `%25`.
 */
const SEPARATORS = new Set(['%', ',', ':', ';']);

function escapeField(text: string): string {
  return [...text]
    .map((c) => (SEPARATORS.has(c) ? `%${c.charCodeAt(0).toString(16).toUpperCase()}` : c))
    .join('');
}

function unescapeField(text: string): string {
  return text.replace(/%(25|2C|3A|3B)/gi, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

export function encodeAnnotations(list: readonly Annotation[]): string | null {
  if (list.length === 0) return null;
  return list
    .map((a) => {
      switch (a.kind) {
        case 'note':
          return `n${a.id}:${Math.round(a.x)}:${Math.round(a.y)}:${escapeField(a.text)}`;
        case 'callout':
          return `c${a.id}:${a.target.kind === 'node' ? 'e' : 'r'}:${escapeField(a.target.id)}:${Math.round(a.dx)}:${Math.round(a.dy)}:${escapeField(a.text)}`;
        case 'ring':
          return `r${a.id}:${a.colour}:${escapeField(a.label)}:${a.members.map(escapeField).join(';')}`;
      }
    })
    .join(',');
}

/** A number as written in the address, or NaN (which the schema then refuses). */
const numberOf = (text: string | undefined) =>
  text !== undefined && /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;

/**
 * The annotations an address parameter describes, as a candidate for the schema; the raw text
 * itself (which the schema refuses) when an item is not of any kind's form.
 */
export function decodeAnnotations(raw: string): unknown {
  const list: unknown[] = [];
  for (const item of raw.split(',').filter((part) => part !== '')) {
    const [head = '', ...fields] = item.split(':');
    const kind = head[0];
    const id = numberOf(head.slice(1));
    if (kind === 'n' && fields.length === 3) {
      const [x, y, text] = fields;
      list.push({ kind: 'note', id, x: numberOf(x), y: numberOf(y), text: unescapeField(text!) });
    } else if (kind === 'c' && fields.length === 5) {
      const [targetKind, target, dx, dy, text] = fields;
      if (targetKind !== 'e' && targetKind !== 'r') return raw;
      list.push({
        kind: 'callout',
        id,
        target: { kind: targetKind === 'e' ? 'node' : 'edge', id: unescapeField(target!) },
        dx: numberOf(dx),
        dy: numberOf(dy),
        text: unescapeField(text!),
      });
    } else if (kind === 'r' && fields.length === 3) {
      const [colour, label, members] = fields;
      list.push({
        kind: 'ring',
        id,
        colour,
        label: unescapeField(label!),
        members: members!.split(';').filter(Boolean).map(unescapeField),
      });
    } else return raw;
  }
  return list;
}

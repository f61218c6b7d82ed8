/**
 * Adding, editing and removing annotations (./annotations.ts says what they are): pure producers,
 * old list in, new list out, text cleaned as it is kept. Apart from the shape and the address form
 * so that only the panels that edit annotations, loaded on demand, carry them.
 */
import {
  ANNOTATION_COLOURS,
  CONTROL_ALL,
  MAX_ANNOTATIONS,
  MAX_ANNOTATION_TEXT,
  MAX_COORDINATE,
  MAX_RING_LABEL,
  MAX_RING_MEMBERS,
  type Annotation,
  type AnnotationColour,
  type NewAnnotation,
} from './annotations';

// ------------------------------------------------------------------------------------------ text

/** A note's text as kept: line breaks as `\n`, no control characters, trimmed, capped. */
export function cleanAnnotationText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_ALL, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, MAX_ANNOTATION_TEXT)
    .trim();
}

export function cleanRingLabel(label: string): string {
  return label
    .replace(CONTROL_ALL, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_RING_LABEL)
    .trim();
}

const clampCoordinate = (v: number) =>
  Number.isFinite(v) ? Math.max(-MAX_COORDINATE, Math.min(MAX_COORDINATE, Math.round(v))) : 0;

// ------------------------------------------------------------------------------------- producers

/** The lowest id above every id in use. */
export function nextAnnotationId(list: readonly Annotation[]): number {
  return Math.max(0, ...list.map((a) => a.id)) + 1;
}

/** The annotation cleaned as it is kept, or null when nothing would be left of it. */
function cleaned<A extends NewAnnotation>(annotation: A): A | null {
  switch (annotation.kind) {
    case 'note': {
      const text = cleanAnnotationText(annotation.text);
      return text
        ? {
            ...annotation,
            text,
            x: clampCoordinate(annotation.x),
            y: clampCoordinate(annotation.y),
          }
        : null;
    }
    case 'callout': {
      const text = cleanAnnotationText(annotation.text);
      return text
        ? {
            ...annotation,
            text,
            dx: clampCoordinate(annotation.dx),
            dy: clampCoordinate(annotation.dy),
          }
        : null;
    }
    case 'ring': {
      const members = [...new Set(annotation.members)].slice(0, MAX_RING_MEMBERS);
      return members.length > 0
        ? {
            ...annotation,
            label: cleanRingLabel(annotation.label),
            colour: ANNOTATION_COLOURS.includes(annotation.colour) ? annotation.colour : 'amber',
            members,
          }
        : null;
    }
  }
}

/**
 * Adds an annotation with a fresh id; the list is returned as it was when the annotation is empty
 * (no text, no members) or the list is full. The new id is the last item's.
 */
export function withAnnotation(
  list: readonly Annotation[],
  annotation: NewAnnotation,
): Annotation[] {
  if (list.length >= MAX_ANNOTATIONS) return [...list];
  const clean = cleaned(annotation);
  if (!clean) return [...list];
  return [...list, { ...clean, id: nextAnnotationId(list) } as Annotation];
}

/** What may change in an annotation once made (its kind and its callout's target stay). */
export type AnnotationPatch = Partial<{
  text: string;
  x: number;
  y: number;
  dx: number;
  dy: number;
  label: string;
  colour: AnnotationColour;
  members: string[];
}>;

/**
 * Changes an annotation: fields that do not belong to its kind are ignored, and a change that would
 * leave it empty (text cleared, every member removed) leaves it as it was: removing is its own act.
 */
export function withAnnotationEdited(
  list: readonly Annotation[],
  id: number,
  patch: AnnotationPatch,
): Annotation[] {
  return list.map((a) => {
    if (a.id !== id) return a;
    let next: Annotation;
    if (a.kind === 'note')
      next = {
        ...a,
        ...(patch.text !== undefined ? { text: patch.text } : {}),
        ...(patch.x !== undefined ? { x: patch.x } : {}),
        ...(patch.y !== undefined ? { y: patch.y } : {}),
      };
    else if (a.kind === 'callout')
      next = {
        ...a,
        ...(patch.text !== undefined ? { text: patch.text } : {}),
        ...(patch.dx !== undefined ? { dx: patch.dx } : {}),
        ...(patch.dy !== undefined ? { dy: patch.dy } : {}),
      };
    else
      next = {
        ...a,
        ...(patch.label !== undefined ? { label: patch.label } : {}),
        ...(patch.colour !== undefined ? { colour: patch.colour } : {}),
        ...(patch.members !== undefined ? { members: patch.members } : {}),
      };
    return cleaned(next) ?? a;
  });
}

export function withoutAnnotation(list: readonly Annotation[], id: number): Annotation[] {
  return list.filter((a) => a.id !== id);
}

/** How annotations look, the same on the canvas and in figures. */
import type { AnnotationColour } from '../../domain/annotations';

export const RING_COLOURS: Readonly<Record<AnnotationColour, string>> = {
  amber: '#d97706',
  red: '#dc2626',
  blue: '#2563eb',
  green: '#15803d',
  purple: '#7c3aed',
};

/** A note: a pale sticky card. A callout: a white card with a dark leader to what it points at. */
export const NOTE_STYLE = { fill: '#fff8db', stroke: '#e0b43a', text: '#1f2937' } as const;
export const CALLOUT_STYLE = { fill: '#ffffff', stroke: '#334155', text: '#111827' } as const;
/** How much of the ring's colour its inside takes (an opaque tint: rings lie under the graph). */
export const RING_TINT = 0.12;
/** The ring's outline, in pixels. */
export const RING_BORDER = 2;
/** Screen pixels between a member and its ring on the canvas. */
export const RING_PADDING = 12;

/**
 * How sure the sources are of a relation. Its own module so that the view state (which filters by
 * it) and the dataset schema (which holds it, and curated views) can both import it without a cycle.
 */
export const CONFIDENCE_LEVELS = ['confirmed', 'reported', 'claimed', 'suspected'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

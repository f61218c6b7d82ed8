/**
 * How sure the sources are of a relation. Its own module so that the view state (which filters by
 * it) and the dataset schema (which holds it, and curated views) can both import it without a cycle.
 */
export const CONFIDENCE_LEVELS = ['confirmed', 'reported', 'claimed', 'suspected'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

/**
 * Words by which a quote hedges what it says, each with the confidence it points to. The quote's
 * weakest hedge sets the suggestion; a quote without any is taken as the source's own assertion.
 */
const HEDGES: readonly { pattern: RegExp; confidence: Confidence }[] = [
  { pattern: /\bsuspect(?:ed|s)?\b/i, confidence: 'suspected' },
  { pattern: /\b(?:likely|probably|possibly|believed to)\b/i, confidence: 'suspected' },
  { pattern: /\b(?:allegedly|alleged|claim(?:ed|s)?)\b/i, confidence: 'claimed' },
  { pattern: /\breportedly\b/i, confidence: 'reported' },
  { pattern: /\bsources? (?:told|said|say)\b/i, confidence: 'reported' },
  { pattern: /\baccording to\b/i, confidence: 'reported' },
];

/** From the most certain to the least: a weaker hedge overrides a stronger one. */
const STRENGTH: Record<Confidence, number> = {
  confirmed: 3,
  reported: 2,
  claimed: 1,
  suspected: 0,
};

/** The confidence a quote's own hedges suggest, and the hedge that set it (as the quote writes it). */
export function suggestConfidence(quote: string): { confidence: Confidence; hedge?: string } {
  let best: { confidence: Confidence; hedge?: string } = { confidence: 'confirmed' };
  for (const { pattern, confidence } of HEDGES) {
    const match = pattern.exec(quote);
    if (match && STRENGTH[confidence] < STRENGTH[best.confidence])
      best = { confidence, hedge: match[0] };
  }
  return best;
}

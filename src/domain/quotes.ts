/**
 * Checking that quotes are verbatim. Curly and straight quotes count as the same, runs of white
 * space count as one space, and `…` joins fragments that must appear in order in the source.
 */
import type { Dataset, DatasetIssue, Evidence } from './schema';
import { formatPath } from './schema';

export function normaliseForQuoteMatch(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\u00A0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function quoteFragments(quote: string): string[] {
  return quote
    .split('…')
    .map((f) => normaliseForQuoteMatch(f))
    .filter((f) => f.length > 0);
}

/** True when every fragment of the quote appears in the source, in order. */
export function isQuoteInSource(quote: string, normalisedSource: string): boolean {
  const fragments = quoteFragments(quote);
  if (fragments.length === 0) return false;
  let from = 0;
  for (const fragment of fragments) {
    const at = normalisedSource.indexOf(fragment, from);
    if (at < 0) return false;
    from = at + fragment.length;
  }
  return true;
}

/** Every quote in the dataset that appears in none of the given source texts. */
export function findUnverifiedQuotes(
  dataset: Dataset,
  sourceTexts: readonly string[],
): DatasetIssue[] {
  const sources = sourceTexts.map(normaliseForQuoteMatch);
  const issues: DatasetIssue[] = [];
  const check = (evidence: readonly Evidence[], path: PropertyKey[]) => {
    evidence.forEach((e, i) => {
      if (!sources.some((s) => isQuoteInSource(e.quote, s)))
        issues.push({
          path: formatPath([...path, 'evidence', i, 'quote']),
          message: `quote not found verbatim in the source text: "${e.quote.slice(0, 80)}${e.quote.length > 80 ? '…' : ''}"`,
        });
    });
  };
  dataset.nodes.forEach((n, i) => check(n.evidence, ['nodes', i]));
  dataset.edges.forEach((e, i) => check(e.evidence, ['edges', i]));
  dataset.events.forEach((e, i) => check(e.evidence, ['events', i]));
  return issues;
}

/**
 * Checking that quotes are verbatim. Curly and straight quotes count as the same, runs of white
 * space count as one space. A quote is found when it appears whole within one paragraph of the
 * source its evidence names, or when it is fragments joined by `…` that each run at least four
 * words and appear in that order within one paragraph (an ellipsis the source itself prints is
 * matched as written).
 */
import type { Dataset, DatasetIssue, Evidence } from './schema';
import { formatPath } from './jsonPath';

/** Each source's full text, by source id. */
export type SourceTexts = ReadonlyMap<string, string>;

/** A source text ready for matching: its paragraphs, normalised. */
export interface PreparedSource {
  paragraphs: readonly string[];
}

/** Fragments joined by `…` shorter than this could be stitched from anywhere in a paragraph. */
export const MIN_FRAGMENT_WORDS = 4;

export function normaliseForQuoteMatch(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\u00A0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Paragraphs are separated by blank lines; a single line break is white space within one. */
export function prepareSource(text: string): PreparedSource {
  return {
    paragraphs: text
      .split(/\r?\n[ \t\u00A0]*\r?\n/)
      .map(normaliseForQuoteMatch)
      .filter((p) => p.length > 0),
  };
}

export function quoteFragments(quote: string): string[] {
  return quote
    .split('…')
    .map((f) => normaliseForQuoteMatch(f))
    .filter((f) => f.length > 0);
}

/** Words of a fragment: runs of text holding a letter or a digit (a lone quotation mark is none). */
export function countWords(fragment: string): number {
  return fragment.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Fragments in order within one text, each starting after the previous one ends. */
function fragmentsInOrder(fragments: readonly string[], paragraph: string): boolean {
  let from = 0;
  for (const fragment of fragments) {
    const at = paragraph.indexOf(fragment, from);
    if (at < 0) return false;
    from = at + fragment.length;
  }
  return true;
}

/**
 * True when the quote is in the source: whole within one paragraph, or as fragments joined by `…`
 * of at least four words each, in order within one paragraph.
 */
export function isQuoteInSource(quote: string, source: PreparedSource): boolean {
  const whole = normaliseForQuoteMatch(quote);
  if (whole.replace(/…/g, '').trim().length === 0) return false;
  if (source.paragraphs.some((p) => p.includes(whole))) return true;
  const fragments = quoteFragments(quote);
  if (fragments.length < 2 || fragments.some((f) => countWords(f) < MIN_FRAGMENT_WORDS))
    return false;
  return source.paragraphs.some((p) => fragmentsInOrder(fragments, p));
}

/** Why a quote fails, in a curator's words. */
function explainMiss(quote: string): string {
  const fragments = quoteFragments(quote);
  const short = fragments.filter((f) => countWords(f) < MIN_FRAGMENT_WORDS);
  const excerpt = `"${quote.slice(0, 80)}${quote.length > 80 ? '…' : ''}"`;
  if (fragments.length > 1 && short.length > 0)
    return `quote joins a fragment of fewer than ${MIN_FRAGMENT_WORDS} words ("${short[0]}") and is not verbatim as written: ${excerpt}`;
  if (fragments.length > 1)
    return `quote fragments are not found in this order within one paragraph of its source: ${excerpt}`;
  return `quote not found verbatim in one paragraph of its source: ${excerpt}`;
}

/** Every evidence list in a dataset with its JSON path. */
function evidenceLists(dataset: Dataset): { evidence: readonly Evidence[]; path: PropertyKey[] }[] {
  return [
    ...dataset.nodes.map((n, i) => ({ evidence: n.evidence, path: ['nodes', i] })),
    ...dataset.edges.map((e, i) => ({ evidence: e.evidence, path: ['edges', i] })),
    ...dataset.events.map((e, i) => ({ evidence: e.evidence, path: ['events', i] })),
  ];
}

/**
 * Every quote that is not in the text of the source it names. Quotes citing a source whose text
 * is not given are not checked here (see `countUncheckedQuotes`).
 */
export function findUnverifiedQuotes(dataset: Dataset, sourceTexts: SourceTexts): DatasetIssue[] {
  const prepared = new Map([...sourceTexts].map(([id, text]) => [id, prepareSource(text)]));
  const issues: DatasetIssue[] = [];
  for (const { evidence, path } of evidenceLists(dataset))
    evidence.forEach((e, i) => {
      const source = prepared.get(e.source);
      if (source && !isQuoteInSource(e.quote, source))
        issues.push({
          path: formatPath([...path, 'evidence', i, 'quote']),
          message: `${explainMiss(e.quote)} (source "${e.source}")`,
        });
    });
  return issues;
}

/** How many quotes cite each source that has no text among those given. */
export function countUncheckedQuotes(
  dataset: Dataset,
  sourceTexts: SourceTexts,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { evidence } of evidenceLists(dataset))
    for (const e of evidence)
      if (!sourceTexts.has(e.source)) counts.set(e.source, (counts.get(e.source) ?? 0) + 1);
  return counts;
}

/** The texts a dataset keeps inline (`text`, sources an analyst added), by source id. */
export function inlineSourceTexts(dataset: Dataset): Map<string, string> {
  const texts = new Map<string, string>();
  for (const source of dataset.sources)
    if (source.text !== undefined) texts.set(source.id, source.text);
  return texts;
}

/** An evidence whose quote is not in the text of the source it names. */
export interface UnverifiedQuote {
  target: { kind: 'entity' | 'relation' | 'event'; id: string };
  /** Its place in the item's evidence list. */
  index: number;
  evidence: Evidence;
  /** Why it fails, in a curator's words. */
  reason: string;
}

/** Prepared texts of the last sources checked, so that live verification does not split them again. */
const preparedCache = new Map<string, PreparedSource>();
const PREPARED_CACHE_SIZE = 16;

function preparedText(text: string): PreparedSource {
  let prepared = preparedCache.get(text);
  if (!prepared) {
    prepared = prepareSource(text);
    if (preparedCache.size >= PREPARED_CACHE_SIZE)
      preparedCache.delete(preparedCache.keys().next().value!);
    preparedCache.set(text, prepared);
  }
  return prepared;
}

/**
 * Live verification (issue 15, point 7): every evidence whose quote is not found, by the
 * validator's own rule (isQuoteInSource), in the text of the source it names; a quote citing a
 * source whose text is not given is not checked. Texts given win over a source's inline `text`.
 */
export function unverifiedQuotes(dataset: Dataset, sourceTexts: SourceTexts): UnverifiedQuote[] {
  const texts = new Map([...inlineSourceTexts(dataset), ...sourceTexts]);
  const found: UnverifiedQuote[] = [];
  const check = (kind: UnverifiedQuote['target']['kind'], id: string, list: readonly Evidence[]) =>
    list.forEach((evidence, index) => {
      const text = texts.get(evidence.source);
      if (text !== undefined && !isQuoteInSource(evidence.quote, preparedText(text)))
        found.push({ target: { kind, id }, index, evidence, reason: explainMiss(evidence.quote) });
    });
  for (const n of dataset.nodes) check('entity', n.id, n.evidence);
  for (const e of dataset.edges) check('relation', e.id, e.evidence);
  for (const e of dataset.events) check('event', e.id, e.evidence);
  return found;
}

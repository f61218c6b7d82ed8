/**
 * Search over entities (label, aliases, summary, attributes) and events (title, summary). Text is folded before
 * comparison so that spelling variants of transliterated names meet: case, diacritics, apostrophes
 * and hyphens do not count, and a few common transliteration pairs are treated as equal.
 */
import type { Dataset } from './schema';
import { runSteps, type Steps } from './steps';

export type SearchKind = 'node' | 'event';
export type MatchedField = 'label' | 'alias' | 'summary' | 'attribute';

export interface SearchResult {
  kind: SearchKind;
  id: string;
  label: string;
  /** Entity type id, or the event's date when it has one. */
  detail: string;
  matchedField: MatchedField;
  /** The alias that matched, as written in the dataset, when the match is an alias. */
  matchedAlias?: string;
  /** The attribute that matched (`Country: Iraq`), when the match is an attribute. */
  matchedAttribute?: string;
  /** Lower is better; see MATCH_RANK. */
  rank: number;
}

interface SearchEntry {
  kind: SearchKind;
  id: string;
  label: string;
  detail: string;
  foldedLabel: string;
  aliases: { text: string; folded: string }[];
  foldedSummary: string;
  /** An entity's attributes from an imported file, as `key: value` with its folded form. */
  attributes: { text: string; folded: string }[];
  /** How many relations an entity has (0 for events): among equal matches, the better connected first. */
  weight: number;
}

export interface SearchIndex {
  entries: readonly SearchEntry[];
}

/** The order results come in: a better kind of match always wins over a shorter label. */
export const MATCH_RANK = {
  exactLabel: 0,
  // Typing a known name in full (PMF, KH) means that entity, before longer labels it begins.
  exactAlias: 1,
  labelPrefix: 2,
  labelWordPrefix: 3,
  aliasPrefix: 4,
  labelContains: 5,
  aliasContains: 6,
  summary: 7,
  attribute: 8,
} as const;

// Apostrophes and the marks used for ayn and hamza vanish: Kata'ib, Kata’ib and Kataib are one word.
const APOSTROPHES = /['’‘`´ʼʻʿʾ′]/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const DOUBLED_LETTER = /(\p{L})\1+/gu;

/**
 * Equivalent spellings of the same sound in romanised Arabic and Persian names, applied to both
 * the query and the text: Abou/Abu, Husseini/Husaini, Qassem/Kassem, Kadhimi/Kazimi.
 */
const TRANSLITERATIONS: readonly [RegExp, string][] = [
  [/ou|oo/g, 'u'],
  [/ee/g, 'i'],
  [/q/g, 'k'],
  [/dh/g, 'z'],
];

/** Folds text for comparison; also collapses doubled letters (Qassem/Qasem, Khaal/Khal). */
export function foldForSearch(text: string): string {
  let folded = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(NON_WORD, ' ')
    .trim();
  for (const [pattern, replacement] of TRANSLITERATIONS)
    folded = folded.replace(pattern, replacement);
  return folded.replace(DOUBLED_LETTER, '$1');
}

export function buildSearchIndex(dataset: Dataset): SearchIndex {
  return runSteps(searchIndexSteps(dataset));
}

/** Entities folded per step of searchIndexSteps: about 20 ms here. */
const ENTITIES_PER_STEP = 2500;

/** buildSearchIndex in steps, a few thousand entities each (see steps.ts). */
export function* searchIndexSteps(dataset: Dataset): Steps<SearchIndex> {
  const relationCount = new Map<string, number>();
  for (const edge of dataset.edges)
    for (const end of new Set([edge.source, edge.target]))
      relationCount.set(end, (relationCount.get(end) ?? 0) + 1);
  const entries: SearchEntry[] = [];
  for (const node of dataset.nodes) {
    if (entries.length > 0 && entries.length % ENTITIES_PER_STEP === 0) yield;
    entries.push({
      kind: 'node',
      id: node.id,
      label: node.label,
      detail: node.type,
      foldedLabel: foldForSearch(node.label),
      aliases: node.aliases.map((text) => ({ text, folded: foldForSearch(text) })),
      foldedSummary: foldForSearch(node.summary ?? ''),
      attributes: Object.entries(node.attributes ?? {}).map(([key, value]) => {
        const text = `${key}: ${String(value)}`;
        return { text, folded: foldForSearch(text) };
      }),
      weight: relationCount.get(node.id) ?? 0,
    });
  }
  for (const event of dataset.events) {
    entries.push({
      kind: 'event',
      id: event.id,
      label: event.title,
      detail: event.date ?? '',
      foldedLabel: foldForSearch(event.title),
      aliases: [],
      foldedSummary: foldForSearch(event.summary),
      attributes: [],
      weight: 0,
    });
  }
  return { entries };
}

function startsAWord(text: string, query: string): boolean {
  return ` ${text}`.includes(` ${query}`);
}

/** Every word of the query begins some word of the text, in any order. */
function hasEveryWord(text: string, queryWords: readonly string[]): boolean {
  return queryWords.every((word) => startsAWord(text, word));
}

/** Substring matches inside words only for queries long enough not to match everything. */
const MIN_CONTAINS_LENGTH = 3;

function rankEntry(
  entry: SearchEntry,
  query: string,
  queryWords: readonly string[],
): { rank: number; field: MatchedField; alias?: string; attribute?: string } | null {
  const label = entry.foldedLabel;
  if (label === query) return { rank: MATCH_RANK.exactLabel, field: 'label' };
  if (label.startsWith(query)) return { rank: MATCH_RANK.labelPrefix, field: 'label' };
  if (startsAWord(label, query)) return { rank: MATCH_RANK.labelWordPrefix, field: 'label' };

  const exactAlias = entry.aliases.find((a) => a.folded === query);
  if (exactAlias) return { rank: MATCH_RANK.exactAlias, field: 'alias', alias: exactAlias.text };
  const prefixAlias = entry.aliases.find((a) => startsAWord(a.folded, query));
  if (prefixAlias) return { rank: MATCH_RANK.aliasPrefix, field: 'alias', alias: prefixAlias.text };

  const inside = (text: string) =>
    hasEveryWord(text, queryWords) || (query.length >= MIN_CONTAINS_LENGTH && text.includes(query));
  if (inside(label)) return { rank: MATCH_RANK.labelContains, field: 'label' };
  const containingAlias = entry.aliases.find((a) => inside(a.folded));
  if (containingAlias)
    return { rank: MATCH_RANK.aliasContains, field: 'alias', alias: containingAlias.text };

  if (hasEveryWord(entry.foldedSummary, queryWords))
    return { rank: MATCH_RANK.summary, field: 'summary' };
  const attribute = entry.attributes.find((a) => inside(a.folded));
  if (attribute)
    return { rank: MATCH_RANK.attribute, field: 'attribute', attribute: attribute.text };
  return null;
}

/** Names (labels, aliases) before summaries; among name matches, entities before events. */
function tierOf(result: SearchResult): number {
  if (result.matchedField === 'summary') return 2;
  return result.kind === 'node' ? 0 : 1;
}

/**
 * Results best first: entities named by the query, then events titled by it, then summary matches;
 * within each, by kind of match, then the better connected, then shorter labels. An analyst typing
 * a name means the entity first, even when an event's title begins with it.
 */
export function search(index: SearchIndex, rawQuery: string, limit = 12): SearchResult[] {
  const query = foldForSearch(rawQuery);
  if (!query) return [];
  const queryWords = query.split(' ');
  const results: { result: SearchResult; weight: number }[] = [];
  for (const entry of index.entries) {
    const match = rankEntry(entry, query, queryWords);
    if (!match) continue;
    const result: SearchResult = {
      kind: entry.kind,
      id: entry.id,
      label: entry.label,
      detail: entry.detail,
      matchedField: match.field,
      rank: match.rank,
    };
    if (match.alias !== undefined) result.matchedAlias = match.alias;
    if (match.attribute !== undefined) result.matchedAttribute = match.attribute;
    results.push({ result, weight: entry.weight });
  }
  results.sort(
    (a, b) =>
      tierOf(a.result) - tierOf(b.result) ||
      a.result.rank - b.result.rank ||
      b.weight - a.weight ||
      a.result.label.length - b.result.label.length ||
      a.result.label.localeCompare(b.result.label),
  );
  return results.slice(0, limit).map(({ result }) => result);
}

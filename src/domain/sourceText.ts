/**
 * Reading a source beside the graph (issue 15, points 1 and 2): a source's text in paragraphs,
 * where each quote of the dataset lies in it (as character ranges of the text as written, so the
 * panel can highlight them), and which paragraphs anything quotes. Quotes are found by the
 * validator's own rule (src/domain/quotes.ts): curly and straight quotes alike, runs of white
 * space as one, whole within one paragraph or as fragments joined by `…` in order within one.
 */
import type { EditTarget } from './edits';
import { countWords, MIN_FRAGMENT_WORDS, normaliseForQuoteMatch, quoteFragments } from './quotes';
import type { Dataset, Evidence } from './schema';

/** A paragraph of a source's text as written, trimmed; `start` and `end` are offsets in the text. */
export interface SourceParagraph {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** A stretch of a paragraph's text: `start` inclusive, `end` exclusive, as offsets in it. */
export interface TextRange {
  start: number;
  end: number;
}

/** Where a quote lies: one paragraph, and one range per fragment (one for a whole quote). */
export interface QuoteLocation {
  paragraph: number;
  ranges: TextRange[];
}

/** The same blank-line rule as the validator's (quotes.ts prepareSource). */
const PARAGRAPH_BREAK = /\r?\n[ \t\u00A0]*\r?\n/g;

/** The paragraphs of a text: separated by blank lines, those holding only white space dropped. */
export function splitParagraphs(text: string): SourceParagraph[] {
  const paragraphs: SourceParagraph[] = [];
  const push = (from: number, to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (normaliseForQuoteMatch(trimmed).length === 0) return;
    const start = from + lead;
    paragraphs.push({
      index: paragraphs.length,
      start,
      end: start + trimmed.length,
      text: trimmed,
    });
  };
  let from = 0;
  for (const match of text.matchAll(PARAGRAPH_BREAK)) {
    push(from, match.index);
    from = match.index + match[0].length;
  }
  push(from, text.length);
  return paragraphs;
}

/**
 * A paragraph normalised as quotes.ts normalises it, with where each character of the result
 * comes from in the text as written, so that a match maps back to what the reader sees.
 */
export interface NormalisedText {
  text: string;
  /** `origin[i]` is the offset, in the text as written, of the normalised text's character i. */
  origin: number[];
}

export function normaliseWithOrigin(raw: string): NormalisedText {
  let text = '';
  const origin: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i]!;
    if (/\s/.test(char)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    // A run of white space counts as one space, and none at either end.
    if (pendingSpace >= 0 && text.length > 0) {
      text += ' ';
      origin.push(pendingSpace);
    }
    pendingSpace = -1;
    // The one normaliser decides what a character becomes (curly quotes straight).
    text += normaliseForQuoteMatch(char) || char;
    origin.push(i);
  }
  return { text, origin };
}

function toRawRange(normalised: NormalisedText, start: number, length: number): TextRange {
  return {
    start: normalised.origin[start]!,
    end: normalised.origin[start + length - 1]! + 1,
  };
}

/** A source's paragraphs, prepared once for locating many quotes in them. */
export interface PreparedParagraphs {
  paragraphs: SourceParagraph[];
  normalised: NormalisedText[];
}

export function prepareParagraphs(text: string): PreparedParagraphs {
  const paragraphs = splitParagraphs(text);
  return { paragraphs, normalised: paragraphs.map((p) => normaliseWithOrigin(p.text)) };
}

/** Each fragment's range in one paragraph, each after the one before, or null. */
function fragmentsIn(fragments: readonly string[], paragraph: NormalisedText): TextRange[] | null {
  const ranges: TextRange[] = [];
  let from = 0;
  for (const fragment of fragments) {
    const at = paragraph.text.indexOf(fragment, from);
    if (at < 0) return null;
    ranges.push(toRawRange(paragraph, at, fragment.length));
    from = at + fragment.length;
  }
  return ranges;
}

/**
 * Where a quote lies in a source, by the validator's rule: the first paragraph holding it whole,
 * else the first holding its fragments (joined by `…`, each of at least four words) in order.
 * Null for a quote the source does not hold, which Details flags as unverified.
 */
export function locateQuote(source: PreparedParagraphs, quote: string): QuoteLocation | null {
  const whole = normaliseForQuoteMatch(quote);
  if (whole.replace(/…/g, '').trim().length === 0) return null;
  for (let i = 0; i < source.normalised.length; i++) {
    const at = source.normalised[i]!.text.indexOf(whole);
    if (at >= 0)
      return { paragraph: i, ranges: [toRawRange(source.normalised[i]!, at, whole.length)] };
  }
  const fragments = quoteFragments(quote);
  if (fragments.length < 2 || fragments.some((f) => countWords(f) < MIN_FRAGMENT_WORDS))
    return null;
  for (let i = 0; i < source.normalised.length; i++) {
    const ranges = fragmentsIn(fragments, source.normalised[i]!);
    if (ranges) return { paragraph: i, ranges };
  }
  return null;
}

/** One quote of the dataset: the item it backs and its place in that item's evidence list. */
export interface EvidenceRef {
  target: EditTarget;
  index: number;
}

/** A highlighted stretch of a paragraph and every quote that covers it. */
export interface PassageMark extends TextRange {
  refs: EvidenceRef[];
}

/** A sentence of a paragraph: `start` and `end` are offsets in the paragraph's text. */
export interface SentencePlace extends TextRange {
  paragraph: number;
}

/** A source read against the dataset: its paragraphs, their highlights and their coverage. */
export interface SourceReading {
  paragraphs: SourceParagraph[];
  /** Per paragraph, the stretches quoted, in order and not overlapping. */
  marks: PassageMark[][];
  /** Per paragraph, whether any quote lies in it. */
  charted: boolean[];
  /** Per paragraph, whether it is a heading or a byline (isHeading): not counted in coverage. */
  headings: boolean[];
  /** Paragraphs counted in coverage: every one but the headings. */
  countedCount: number;
  /** Counted paragraphs that some quote lies in. */
  chartedCount: number;
  /** Sentences of substance (chartableSentences) in the counted paragraphs. */
  sentenceCount: number;
  /** Those of them no quote touches, in the order of the text. */
  unchartedSentences: SentencePlace[];
  /** Quotes citing this source that are not found in it. */
  unlocated: EvidenceRef[];
}

/**
 * A paragraph shorter than this many words that does not end a sentence is a heading, a byline
 * or a caption ("The Secretive Legion", "Source » warontherocks"): there is nothing in it to
 * chart, so coverage leaves it out (and says how many it left out).
 */
export const HEADING_MAX_WORDS = 12;
/** A sentence of fewer words ("Yes.", "See above.") is not one the next-uncharted walk stops at. */
export const MIN_SENTENCE_WORDS = MIN_FRAGMENT_WORDS;

const ENDS_SENTENCE = /[.!?…]["'”’»)\]]*$/;

export function isHeading(paragraph: string): boolean {
  return countWords(paragraph) < HEADING_MAX_WORDS && !ENDS_SENTENCE.test(paragraph.trim());
}

/** Abbreviations after which a full stop ends no sentence, when the next word is a capital. */
const ABBREVIATION =
  /(?:^|[\s(“"‘'])(?:\p{Lu}\.)+$|(?:^|[\s(“"‘'])(?:Mr|Mrs|Ms|Dr|St|Mt|No|Nos|Gen|Col|Lt|Maj|Capt|Sgt|Adm|Gov|Sen|Rep|Pres|Prof|Jr|Sr|Rev|Hon|Fr|vs|cf|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/u;

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * The sentences of a paragraph as ranges of its text, white space at either end left out: the
 * platform's sentence breaks (Intl.Segmenter, Unicode's rules), joined again after initials and
 * the common abbreviations ("the U.S. Embassy", "Gen. Soleimani"), which those rules break at.
 */
export function splitSentences(paragraph: string): TextRange[] {
  const sentences: TextRange[] = [];
  let joinNext = false;
  for (const { index, segment } of sentenceSegmenter.segment(paragraph)) {
    const range = trimSelection(paragraph, { start: index, end: index + segment.length });
    if (!range) continue;
    const last = sentences.at(-1);
    if (joinNext && last) last.end = range.end;
    else sentences.push(range);
    joinNext = ABBREVIATION.test(paragraph.slice(sentences.at(-1)!.start, range.end));
  }
  return sentences;
}

/** The sentences of a paragraph the next-uncharted walk may stop at: of four words or more. */
export function chartableSentences(paragraph: string): TextRange[] {
  return splitSentences(paragraph).filter(
    (r) => countWords(paragraph.slice(r.start, r.end)) >= MIN_SENTENCE_WORDS,
  );
}

/** Overlapping quoted ranges cut into stretches that each know every quote covering them. */
export function splitIntoMarks(
  ranges: readonly { range: TextRange; ref: EvidenceRef }[],
): PassageMark[] {
  const cuts = [...new Set(ranges.flatMap(({ range }) => [range.start, range.end]))].sort(
    (a, b) => a - b,
  );
  const marks: PassageMark[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const refs: EvidenceRef[] = [];
    for (const { range, ref } of ranges)
      if (range.start <= start && range.end >= end && !refs.includes(ref)) refs.push(ref);
    if (refs.length > 0) marks.push({ start, end, refs });
  }
  return marks;
}

/** Every evidence list of the dataset with the item it belongs to. */
function evidenceLists(dataset: Dataset): { target: EditTarget; evidence: readonly Evidence[] }[] {
  return [
    ...dataset.nodes.map((n) => ({
      target: { kind: 'entity', id: n.id } as const,
      evidence: n.evidence,
    })),
    ...dataset.edges.map((e) => ({
      target: { kind: 'relation', id: e.id } as const,
      evidence: e.evidence,
    })),
    ...dataset.events.map((e) => ({
      target: { kind: 'event', id: e.id } as const,
      evidence: e.evidence,
    })),
  ];
}

/** Where every quote citing `sourceId` lies in its text, and which paragraphs they cover. */
export function readSource(
  dataset: Dataset,
  sourceId: string,
  source: PreparedParagraphs,
): SourceReading {
  const perParagraph: { range: TextRange; ref: EvidenceRef }[][] = source.paragraphs.map(() => []);
  const unlocated: EvidenceRef[] = [];
  for (const { target, evidence } of evidenceLists(dataset))
    evidence.forEach((e, index) => {
      if (e.source !== sourceId) return;
      const ref: EvidenceRef = { target, index };
      const at = locateQuote(source, e.quote);
      if (!at) return void unlocated.push(ref);
      for (const range of at.ranges) perParagraph[at.paragraph]!.push({ range, ref });
    });
  const marks = perParagraph.map(splitIntoMarks);
  const charted = marks.map((m) => m.length > 0);
  const headings = source.paragraphs.map((p) => isHeading(p.text));
  let sentenceCount = 0;
  const unchartedSentences: SentencePlace[] = [];
  for (const p of source.paragraphs) {
    if (headings[p.index]) continue;
    for (const sentence of chartableSentences(p.text)) {
      sentenceCount++;
      const touched = marks[p.index]!.some((m) => m.start < sentence.end && m.end > sentence.start);
      if (!touched) unchartedSentences.push({ paragraph: p.index, ...sentence });
    }
  }
  return {
    paragraphs: source.paragraphs,
    marks,
    charted,
    headings,
    countedCount: headings.filter((h) => !h).length,
    chartedCount: charted.filter((c, i) => c && !headings[i]).length,
    sentenceCount,
    unchartedSentences,
    unlocated,
  };
}

/** A place in a source's text: a paragraph and an offset in it. */
export interface TextPlace {
  paragraph: number;
  start: number;
}

/**
 * The first uncharted sentence that starts after `after` in the text's order, wrapping round to
 * the first; with no place yet, the first. Null when no sentence is uncharted.
 */
export function nextUncharted(
  uncharted: readonly SentencePlace[],
  after: TextPlace | null,
): SentencePlace | null {
  if (after)
    for (const sentence of uncharted)
      if (
        sentence.paragraph > after.paragraph ||
        (sentence.paragraph === after.paragraph && sentence.start > after.start)
      )
        return sentence;
  return uncharted[0] ?? null;
}

/** The stretch of a paragraph a reader selected, without white space at either end. */
export function trimSelection(paragraph: string, range: TextRange): TextRange | null {
  let { start, end } = range;
  start = Math.max(0, Math.min(start, paragraph.length));
  end = Math.max(start, Math.min(end, paragraph.length));
  while (start < end && /\s/.test(paragraph[start]!)) start++;
  while (end > start && /\s/.test(paragraph[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** Fragments of one paragraph joined into one quote, as the validator reads them. */
export function joinFragments(fragments: readonly string[]): string {
  return fragments.join(' … ');
}

/** A stretch of a paragraph as drawn: plain, or quoted (with its quotes), maybe emphasised. */
export interface ParagraphSegment extends TextRange {
  refs: readonly EvidenceRef[];
  /** Inside a passage asked for ("Show in source"). */
  emphasised: boolean;
  /** Inside the uncharted sentence "Next uncharted" moved to. */
  inSentence: boolean;
}

/** A paragraph cut into stretches at every mark's, emphasised range's and the sentence's ends. */
export function paragraphSegments(
  length: number,
  marks: readonly PassageMark[],
  emphasised: readonly TextRange[] = [],
  sentence: TextRange | null = null,
): ParagraphSegment[] {
  const cuts = new Set([0, length]);
  for (const r of [...marks, ...emphasised, ...(sentence ? [sentence] : [])]) {
    cuts.add(Math.max(0, Math.min(length, r.start)));
    cuts.add(Math.max(0, Math.min(length, r.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: ParagraphSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const mark = marks.find((m) => m.start <= start && m.end >= end);
    segments.push({
      start,
      end,
      refs: mark?.refs ?? [],
      emphasised: emphasised.some((r) => r.start <= start && r.end >= end),
      inSentence: sentence !== null && sentence.start <= start && sentence.end >= end,
    });
  }
  return segments;
}

/**
 * A PDF's text as paragraphs (issue 15, point 6). pdf.js hands out a page's text as runs placed
 * on the page, some marked as ending a line; this puts them back into lines, the lines into
 * paragraphs, and the paragraphs into one text, apart by blank lines, as the Sources panel and
 * the validator read a source. Pure: the runs come in as plain values (src/ui/sources/pdfSource.ts
 * reads them with pdf.js).
 *
 * The rules, in order of strength:
 * - a new line where pdf.js says a line ends, or where a run sits at another height;
 * - within a line, a space where two runs stand apart on the page with none between them;
 * - a new paragraph where the gap above a line is clearly wider than the page's line spacing,
 *   where the type size changes (a heading), where a line starts well to the right of the one
 *   before (an indent) or where the line before ends a sentence well short of the right margin;
 * - lines of a paragraph joined by a space, except after a hyphen between two letters, kept
 *   (`well-` + `known` = `well-known`), and a soft hyphen, dropped (it is never printed);
 * - a paragraph that ends a page without ending its sentence, followed by one starting in lower
 *   case, runs on over the page break.
 * Not attempted: columns side by side (pdf.js mostly gives them one after the other), running
 * heads and page numbers (kept as short paragraphs), rotated text.
 */

/** A run of text as pdf.js places it: `x`, `y` its baseline's start, in points, y upwards. */
export interface PdfTextRun {
  str: string;
  hasEOL: boolean;
  x: number;
  y: number;
  width: number;
  /** Its type size; 0 for the empty runs pdf.js adds to mark a line's end. */
  height: number;
}

interface Line {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

/** Gaps and steps, as fractions of the type size. */
const SAME_LINE = 0.5;
const WORD_GAP = 0.15;
const WIDER_GAP = 1.3;
const SIZE_CHANGE = 0.15;
const INDENT = 1.5;
/** A sentence ending this far (a fraction of the text's width) short of the margin ends a paragraph. */
const SHORT_LINE = 0.25;

const SPACES = /[\s\u00a0]+/g;
const ENDS_SENTENCE = /[.!?…:;]["'”’»)\]]*$/;

function pageLines(runs: readonly PdfTextRun[]): Line[] {
  const lines: Line[] = [];
  let line: Line | null = null;
  let lineEnded = false;
  for (const run of runs) {
    const size: number = run.height > 0 ? run.height : (line?.size ?? 0);
    const elsewhere =
      line !== null && Math.abs(run.y - line.y) > SAME_LINE * Math.max(size, line.size, 1);
    if (run.str !== '' || run.width > 0) {
      if (line === null || lineEnded || elsewhere) {
        line = { text: run.str, x: run.x, right: run.x + run.width, y: run.y, size };
        lines.push(line);
      } else {
        const apart = run.x - line.right > WORD_GAP * Math.max(size, line.size);
        if (apart && !/\s$/.test(line.text) && !/^\s/.test(run.str)) line.text += ' ';
        line.text += run.str;
        line.right = Math.max(line.right, run.x + run.width);
        line.size = Math.max(line.size, size);
      }
      lineEnded = false;
    }
    if (run.hasEOL) lineEnded = true;
  }
  return lines
    .map((l) => ({ ...l, text: l.text.replace(SPACES, ' ').trim() }))
    .filter((l) => l.text !== '');
}

/**
 * The usual distance between two lines of a paragraph in the document: the commonest gap (to
 * half a point) between a line and the next, the smaller of equally common ones. Gaps too small
 * for a line of the type size (a superscript) and gaps up the page do not count.
 */
function lineSpacing(pages: readonly (readonly Line[])[]): number {
  const counts = new Map<number, number>();
  for (const lines of pages)
    for (let i = 1; i < lines.length; i++) {
      const gap = Math.round(2 * (lines[i - 1]!.y - lines[i]!.y)) / 2;
      if (gap >= SAME_LINE * lines[i]!.size) counts.set(gap, (counts.get(gap) ?? 0) + 1);
    }
  let spacing = Infinity;
  let most = 0;
  for (const [gap, count] of counts)
    if (count > most || (count === most && gap < spacing)) [spacing, most] = [gap, count];
  return spacing;
}

function startsParagraph(before: Line, line: Line, spacing: number, right: number): boolean {
  const gap = before.y - line.y;
  if (gap <= 0) return true; // back up the page: another column or block
  if (Math.abs(line.size - before.size) > SIZE_CHANGE * Math.max(line.size, before.size))
    return true;
  if (gap > WIDER_GAP * spacing) return true;
  if (line.x - before.x > INDENT * line.size) return true;
  const width = right - Math.min(before.x, line.x);
  return ENDS_SENTENCE.test(before.text) && right - before.right > SHORT_LINE * width;
}

/** Two lines of one paragraph as one text. */
function joinLines(first: string, next: string): string {
  if (first.endsWith('\u00ad')) return first.slice(0, -1) + next;
  if (/\p{L}[-\u2010]$/u.test(first) && /^\p{L}/u.test(next)) return first + next;
  return `${first} ${next}`;
}

function pageParagraphs(lines: readonly Line[], spacing: number, right: number): string[] {
  const paragraphs: string[] = [];
  lines.forEach((line, i) => {
    const before = lines[i - 1];
    if (before === undefined || startsParagraph(before, line, spacing, right))
      paragraphs.push(line.text);
    else paragraphs[paragraphs.length - 1] = joinLines(paragraphs.at(-1)!, line.text);
  });
  return paragraphs;
}

/** A document's text from its pages' runs: paragraphs apart by a blank line. */
export function pdfText(pages: readonly (readonly PdfTextRun[])[]): string {
  const lines = pages.map(pageLines);
  const spacing = lineSpacing(lines);
  // The right margin of the text: where its longest lines end.
  const right = Math.max(0, ...lines.flat().map((l) => l.right));
  const paragraphs: string[] = [];
  for (const onPage of lines.map((page) => pageParagraphs(page, spacing, right))) {
    const first = onPage[0];
    const last = paragraphs.at(-1);
    if (
      first !== undefined &&
      last !== undefined &&
      !ENDS_SENTENCE.test(last) &&
      /^\p{Ll}/u.test(first)
    ) {
      paragraphs[paragraphs.length - 1] = joinLines(last, first);
      onPage.shift();
    }
    paragraphs.push(...onPage);
  }
  return paragraphs.join('\n\n');
}

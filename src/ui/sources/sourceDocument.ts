/**
 * A document the analyst adds as a source (issue 15, point 6): plain text, Markdown or HTML (a PDF
 * goes through pdfSource.ts, loaded on demand, to the same shape), made
 * into the text the Sources panel shows and quotes are checked against, paragraphs apart by a
 * blank line. HTML is parsed into an inert document (DOMParser runs no script and loads nothing)
 * and only its text is kept: it is never rendered.
 */

/** Elements whose text is not part of what a reader reads. */
const DROPPED = 'script, style, noscript, template, iframe, object, embed, svg, canvas, head';
/** Elements that stand as blocks of their own: each ends a paragraph. */
const BLOCKS =
  'p, div, section, article, main, aside, header, footer, nav, h1, h2, h3, h4, h5, h6, li, dt, dd, blockquote, pre, figure, figcaption, table, tr, ul, ol, dl, hr, address';

export const SOURCE_FILE_TYPES =
  '.txt,.md,.markdown,.html,.htm,.pdf,text/plain,text/markdown,text/html,application/pdf';

/** A PDF by its name, its type or its first bytes ("%PDF-"). */
export function isPdf(fileName: string, type: string, bytes: Uint8Array): boolean {
  const magic = [0x25, 0x50, 0x44, 0x46, 0x2d];
  return (
    /\.pdf$/i.test(fileName) ||
    type === 'application/pdf' ||
    magic.every((byte, i) => bytes[i] === byte)
  );
}

export interface SourceDocument {
  /** What the document calls itself, else its file name without the extension. */
  title: string;
  /** Its text, paragraphs apart by one blank line. */
  text: string;
}

function isHtml(name: string, content: string): boolean {
  return /\.html?$/i.test(name) || /^\s*(<!doctype html|<html[\s>])/i.test(content);
}

/** Lines trimmed and spaces collapsed within each paragraph; paragraphs apart by a blank line. */
function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u00a0]*\n+/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
        .filter((line) => line !== '')
        .join('\n'),
    )
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

function htmlText(content: string): { title: string; text: string } {
  const document = new DOMParser().parseFromString(content, 'text/html');
  const title = document.title.trim();
  const body = document.body;
  if (!body) return { title, text: '' };
  for (const element of body.querySelectorAll(DROPPED)) element.remove();
  for (const element of body.querySelectorAll(BLOCKS)) {
    element.before(document.createTextNode('\n\n'));
    element.after(document.createTextNode('\n\n'));
  }
  // Inside a block, line breaks (the source's own and <br>) are only spaces: one paragraph.
  for (const element of body.querySelectorAll('br')) element.replaceWith(' ');
  const text = (body.textContent ?? '')
    .split(/\n{2,}/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .join('\n\n');
  return { title, text: tidy(text) };
}

/** The first Markdown heading, or the first line of a plain text, if short enough to be a title. */
function firstLineTitle(text: string): string {
  const first = text.split('\n', 1)[0] ?? '';
  const heading = /^#{1,6}\s+(.+?)\s*#*$/.exec(first);
  const line = (heading?.[1] ?? first).trim();
  return line.length <= 120 ? line : '';
}

export function sourceDocument(fileName: string, content: string): SourceDocument {
  const fallback = fileName.replace(/\.[^.]+$/, '').trim() || 'Added source';
  if (isHtml(fileName, content)) {
    const { title, text } = htmlText(content);
    return { title: (title || fallback).slice(0, 200), text };
  }
  const text = tidy(content.replace(/^\uFEFF/, ''));
  return { title: (firstLineTitle(text) || fallback).slice(0, 200), text };
}

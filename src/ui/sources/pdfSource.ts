/**
 * A PDF chosen with "Add source…" read into a source's text (issue 15, point 6), with pdf.js
 * (pdfjs-dist, its "legacy" build: it runs in every current browser and in Node, where the tests
 * read the same fixtures). This module, pdf.js and pdf.js's worker are fetched only when a PDF is
 * chosen (AddSourceButton imports this module dynamically). The document is parsed in pdf.js's
 * worker where the page has workers, on the same thread elsewhere (Node, jsdom); it is never
 * rendered, no script in it runs (pdf.js runs none, and `isEvalSupported` is off).
 */
import {
  getDocument,
  GlobalWorkerOptions,
  VerbosityLevel,
  type PDFDocumentProxy,
} from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pdfText, type PdfTextRun } from '../../domain/pdfText';
import type { SourceDocument } from './sourceDocument';

// One worker for every PDF read, started with the first.
if (typeof Worker !== 'undefined' && !GlobalWorkerOptions.workerPort)
  GlobalWorkerOptions.workerPort = new Worker(new URL('./pdf.worker.ts', import.meta.url), {
    type: 'module',
  });

/** Why a PDF could not be read, in words for the notice that refuses it. */
export class PdfRefused extends Error {}

function reason(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException')
    return 'It is protected by a password. Save a copy without one and add that.';
  if (name === 'InvalidPDFException')
    return 'It is not a PDF, or it is damaged: its text could not be read.';
  const message = error instanceof Error ? error.message : String(error);
  return `Its text could not be read (${message}).`;
}

async function pageRuns(document: PDFDocumentProxy, number: number): Promise<PdfTextRun[]> {
  const page = await document.getPage(number);
  const content = await page.getTextContent();
  page.cleanup();
  const runs: PdfTextRun[] = [];
  for (const item of content.items)
    if ('str' in item)
      runs.push({
        str: item.str,
        hasEOL: item.hasEOL,
        x: item.transform[4] as number,
        y: item.transform[5] as number,
        width: item.width,
        height: item.height,
      });
  return runs;
}

async function title(document: PDFDocumentProxy): Promise<string> {
  const { info, metadata } = await document.getMetadata();
  const fromInfo = (info as { Title?: unknown }).Title;
  const candidates = [typeof fromInfo === 'string' ? fromInfo : '', metadata?.get('dc:title')];
  for (const candidate of candidates) {
    const tidy = (candidate ?? '').replace(/\s+/g, ' ').trim();
    if (tidy !== '') return tidy;
  }
  return '';
}

/**
 * The PDF's title (its metadata's, else the file name without ".pdf") and text, paragraphs
 * apart by a blank line. Throws PdfRefused, saying why, for a file that is not a readable PDF.
 */
export async function pdfSourceDocument(
  fileName: string,
  bytes: Uint8Array,
): Promise<SourceDocument> {
  const task = getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    const document = await task.promise;
    const pages: PdfTextRun[][] = [];
    for (let n = 1; n <= document.numPages; n++) pages.push(await pageRuns(document, n));
    const fallback = fileName.replace(/\.pdf$/i, '').trim() || 'Added source';
    return { title: ((await title(document)) || fallback).slice(0, 200), text: pdfText(pages) };
  } catch (error) {
    throw new PdfRefused(reason(error));
  } finally {
    await task.destroy();
  }
}

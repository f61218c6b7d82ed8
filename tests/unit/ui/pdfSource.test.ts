/**
 * A PDF read into a source's text with pdf.js (the same module "Add source…" loads), on the
 * fixtures of tests/fixtures/sources (made by make-pdf-fixtures.ts there).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../../src/domain/sourceText';
import { PdfRefused, pdfSourceDocument } from '../../../src/ui/sources/pdfSource';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(resolve(process.cwd(), 'tests/fixtures/sources', name)));

describe('a PDF read as a source', () => {
  it('takes the title from its metadata and its text in paragraphs, verbatim', async () => {
    const document = await pdfSourceDocument('field-report.pdf', fixture('field-report.pdf'));
    expect(document.title).toBe('Northern depot: field report');
    expect(splitParagraphs(document.text).map((p) => p.text)).toEqual([
      'The northern depot',
      'The convoy reached the northern depot at dawn on 3 May. Guards said the unit “answers only to its own” and refused to name a commander.',
      'Supplies were reportedly moved by night along a well-known route by the river.',
      'The depot’s keeper, who gave his name only as Karim, said the stores had been emptied twice since January.',
      'Status: unconfirmed.',
    ]);
  });

  it('is named after its file when its metadata gives no title', async () => {
    expect(await pdfSourceDocument('No title.PDF', fixture('no-title.pdf'))).toEqual({
      title: 'No title',
      text: 'A note with no title.',
    });
  });

  it('refuses, saying why, a PDF locked by a password and a file that is no PDF', async () => {
    await expect(pdfSourceDocument('locked.pdf', fixture('encrypted.pdf'))).rejects.toThrow(
      new PdfRefused('It is protected by a password. Save a copy without one and add that.'),
    );
    const notPdf = new TextEncoder().encode('Just some text, named as if it were a PDF.');
    await expect(pdfSourceDocument('fake.pdf', notPdf)).rejects.toThrow(
      /not a PDF, or it is damaged/,
    );
    const truncated = fixture('field-report.pdf').slice(0, 400);
    await expect(pdfSourceDocument('cut.pdf', truncated)).rejects.toThrow(PdfRefused);
  });
});

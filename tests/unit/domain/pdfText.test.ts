import { describe, expect, it } from 'vitest';
import { pdfText, type PdfTextRun } from '../../../src/domain/pdfText';

/** A line of body text as pdf.js gives it: one run, then the empty run marking its end. */
function line(str: string, y: number, { x = 72, size = 10, width = str.length * 5 } = {}) {
  return [
    { str, hasEOL: false, x, y, width, height: size },
    { str: '', hasEOL: true, x, y: y - 12, width: 0, height: 0 },
  ] satisfies PdfTextRun[];
}

const paragraphs = (pages: PdfTextRun[][]) => pdfText(pages).split('\n\n');

describe('text of a PDF in paragraphs', () => {
  it('joins the lines of a paragraph and breaks where the gap is wider', () => {
    const page = [
      ...line('First line of the', 700),
      ...line('first paragraph.', 688),
      ...line('Second paragraph, after', 664),
      ...line('a wider gap, and', 652),
      ...line('its second', 640),
      ...line('line.', 628),
    ];
    expect(paragraphs([page])).toEqual([
      'First line of the first paragraph.',
      'Second paragraph, after a wider gap, and its second line.',
    ]);
  });

  it('sets a heading apart by its size, and a paragraph by its indent', () => {
    const page = [
      ...line('A heading', 700, { size: 14 }),
      ...line('Body text right under', 686),
      ...line('it, in two lines.', 674),
      ...line('An indented new', 662, { x: 90 }),
      ...line('paragraph.', 650),
    ];
    expect(paragraphs([page])).toEqual([
      'A heading',
      'Body text right under it, in two lines.',
      'An indented new paragraph.',
    ]);
  });

  it('ends a paragraph at a sentence that stops well short of the margin', () => {
    const page = [
      ...line('A line as long as the text is wide, ending.', 700),
      ...line('Short last line.', 688),
      ...line('A new paragraph with no gap above it.', 676),
      ...line('A line ending in a full stop', 664),
    ];
    expect(paragraphs([page])).toEqual([
      'A line as long as the text is wide, ending. Short last line.',
      'A new paragraph with no gap above it. A line ending in a full stop',
    ]);
  });

  it('keeps a hyphen between letters, drops a soft hyphen, and spaces runs apart on the page', () => {
    const page: PdfTextRun[] = [
      ...line('An Iran-', 700),
      ...line('backed group, a mili\u00ad', 688),
      ...line('tia; in 2019-', 676),
      ...line('2020 it grew.', 664),
      { str: 'Status:', hasEOL: false, x: 72, y: 640, width: 35, height: 10 },
      { str: 'open', hasEOL: false, x: 112, y: 640, width: 25, height: 10 },
      { str: 'Touching', hasEOL: false, x: 72, y: 628, width: 40, height: 10 },
      { str: 'runs', hasEOL: false, x: 112, y: 628, width: 20, height: 10 },
    ];
    expect(paragraphs([page])).toEqual([
      'An Iran-backed group, a militia; in 2019- 2020 it grew.',
      'Status: open Touchingruns',
    ]);
  });

  it('runs a paragraph on over a page break only mid-sentence into lower case', () => {
    const first = [...line('The text goes on', 700), ...line('over the', 688)];
    const second = [...line('page break here.', 700), ...line('Page two, new.', 676)];
    const third = [...line('A heading at the foot', 700, { size: 14 })];
    const fourth = [...line('Next page, new paragraph.', 700)];
    expect(paragraphs([first, second, third, fourth])).toEqual([
      'The text goes on over the page break here.',
      'Page two, new.',
      'A heading at the foot',
      'Next page, new paragraph.',
    ]);
  });

  it('starts a paragraph where the text moves back up the page, and keeps nothing empty', () => {
    const page = [
      ...line('Left column ends', 200),
      ...line('right column starts', 700, { x: 320 }),
    ];
    expect(paragraphs([page])).toEqual(['Left column ends', 'right column starts']);
    expect(pdfText([[], [{ str: '  ', hasEOL: true, x: 0, y: 0, width: 3, height: 10 }]])).toBe('');
  });
});

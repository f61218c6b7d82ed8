import { describe, expect, it } from 'vitest';
import { parseCsv, writeCsv } from '../../../../src/domain/formats/csv';

function cells(text: string): string[][] {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.message);
  return result.records.map((r) => r.cells);
}

describe('parseCsv', () => {
  it('splits records on LF, CRLF and CR, and fields on commas', () => {
    expect(cells('a,b\nc,d\r\ne,f\rg,h')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });

  it('keeps commas, line breaks and doubled quotes inside quoted fields', () => {
    expect(cells('"a, b","line 1\r\nline 2","say ""hi"""\n')).toEqual([
      ['a, b', 'line 1\r\nline 2', 'say "hi"'],
    ]);
  });

  it('ignores a byte-order mark and keeps empty fields', () => {
    expect(cells('\uFEFFid,label\nx,,\n,')).toEqual([
      ['id', 'label'],
      ['x', '', ''],
      ['', ''],
    ]);
  });

  it('treats semicolons as part of a field: only commas separate', () => {
    expect(cells('a;b,c')).toEqual([['a;b', 'c']]);
  });

  it('numbers rows as a spreadsheet does, counting the header and blank lines', () => {
    const result = parseCsv('h1,h2\n\na,b\n"multi\nline",c\nd,e\n');
    expect(result.ok && result.records.map((r) => r.row)).toEqual([1, 3, 4, 5]);
  });

  it('reports an unclosed quote and stray text after a closing quote by row', () => {
    expect(parseCsv('a,b\n"open,c\n')).toEqual({
      ok: false,
      row: 2,
      message: 'a quoted field is never closed',
    });
    expect(parseCsv('a\n"x"y,z')).toMatchObject({ ok: false, row: 2 });
  });

  it('guards cells a spreadsheet would run as formulas, and reads them back unchanged', () => {
    const records = [['=SUM(A1)', '+1', '-2', '@x', "'=already", "it's", 'a=b']];
    const text = writeCsv(records);
    expect(text).toBe(`'=SUM(A1),'+1,'-2,'@x,''=already,it's,a=b\r\n`);
    expect(cells(text)).toEqual(records);
  });

  it('reads back what it writes', () => {
    const records = [
      ['plain', 'with, comma', 'with "quote"', 'two\nlines', ' padded ', ''],
      ['<script>alert(1)</script>', '=SUM(A1)', 'ünïcødé ✓', '|', '""', ','],
    ];
    const text = writeCsv(records);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(cells(text)).toEqual(records);
  });
});

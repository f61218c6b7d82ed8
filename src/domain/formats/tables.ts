/**
 * Tables as spreadsheets hold them: a name (the file, or the sheet of a workbook) and rows of
 * text cells, numbered as the spreadsheet numbers them (the header is row 1). CSV and TSV are read
 * by our CSV parser (the delimiter told by the extension or the first line); workbooks by
 * exceljs (see xlsx.ts).
 */
import { parseCsv, type CsvRecord } from './csv';

export interface Table {
  /** The file name, or `file — sheet` for a sheet of a workbook. */
  name: string;
  /** The sheet's own name, for the sheet picker. */
  sheet?: string;
  rows: CsvRecord[];
}

export type TableReadResult =
  { ok: true; tables: Table[] } | { ok: false; format: string; row: number; message: string };

/** At most this many rows are read from one table: far beyond any dataset we draw. */
export const MAX_TABLE_ROWS = 1_000_000;

/** Tab for `.tsv` and `.tab`; otherwise whichever of comma, tab and semicolon the header uses most. */
export function delimiterOf(name: string, text: string): ',' | '\t' | ';' {
  if (/\.(tsv|tab)$/i.test(name)) return '\t';
  if (/\.csv$/i.test(name) && !/^[^\n,]*;/.test(text)) return ',';
  const header = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/, 1)[0] ?? '';
  const outsideQuotes = header.replace(/"[^"]*"/g, '');
  const counts = (['\t', ',', ';'] as const).map(
    (d) => [d, outsideQuotes.split(d).length - 1] as const,
  );
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

export function formatOfDelimiter(delimiter: string): string {
  return delimiter === '\t' ? 'TSV' : 'CSV';
}

export function readDelimitedTable(name: string, text: string): TableReadResult {
  const delimiter = delimiterOf(name, text);
  const parsed = parseCsv(text, delimiter);
  const format = formatOfDelimiter(delimiter);
  if (!parsed.ok) return { ok: false, format, row: parsed.row, message: parsed.message };
  if (parsed.records.length > MAX_TABLE_ROWS)
    return {
      ok: false,
      format,
      row: MAX_TABLE_ROWS + 1,
      message: `more than ${MAX_TABLE_ROWS.toLocaleString('en')} rows`,
    };
  return { ok: true, tables: [{ name, rows: parsed.records }] };
}

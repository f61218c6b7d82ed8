/**
 * Comma-separated values as RFC 4180 describes them: fields separated by commas (only commas),
 * records by CRLF, LF or CR; a field in double quotes may hold commas, line breaks and doubled
 * quotes (""). A byte-order mark at the start is ignored. Pure, and linear in the text's length.
 *
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a formula
 * (CSV injection). The writer puts an apostrophe before such a cell, which spreadsheets show as
 * text, and the reader takes one apostrophe off again, so what is written reads back the same.
 */

export interface CsvRecord {
  /** 1-based, counting the header and blank lines, as a spreadsheet numbers its rows. */
  row: number;
  cells: string[];
}

export type CsvParseResult =
  { ok: true; records: CsvRecord[] } | { ok: false; row: number; message: string };

const QUOTE = '"';
/** Apostrophes already there are counted, so that reading takes off exactly the one added. */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const GUARDED_FORMULA = /^'+[=+\-@\t\r]/;

function unguard(cell: string): string {
  return cell.charCodeAt(0) === 0x27 && GUARDED_FORMULA.test(cell) ? cell.slice(1) : cell;
}

/**
 * Splits CSV text into records of cells. Blank lines are skipped but counted. `delimiter` is a
 * comma by default; a tab reads TSV, a semicolon what spreadsheets in many locales write.
 */
export function parseCsv(text: string, delimiter = ','): CsvParseResult {
  const delimiterCode = delimiter.charCodeAt(0);
  const records: CsvRecord[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let row = 1;
  let cells: string[] = [];
  const end = text.length;

  const endRecord = () => {
    const blank = cells.length === 1 && cells[0] === '';
    if (!blank) records.push({ row, cells });
    cells = [];
    row++;
  };

  while (i < end) {
    let cell: string;
    if (text[i] === QUOTE) {
      const startRow = row;
      let value = '';
      let from = i + 1;
      for (;;) {
        const close = text.indexOf(QUOTE, from);
        if (close < 0)
          return { ok: false, row: startRow, message: 'a quoted field is never closed' };
        value += text.slice(from, close);
        if (text[close + 1] === QUOTE) {
          value += QUOTE;
          from = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      const next = text[i];
      if (i < end && next !== delimiter && next !== '\n' && next !== '\r')
        return {
          ok: false,
          row: startRow,
          message: `a quoted field must end at a ${delimiter === '\t' ? 'tab' : delimiter === ',' ? 'comma' : `"${delimiter}"`} or the end of the line (double any " inside it)`,
        };
      cell = value;
    } else {
      let stop = i;
      while (stop < end) {
        const c = text.charCodeAt(stop);
        if (c === delimiterCode || c === 0x0a /* \n */ || c === 0x0d /* \r */) break;
        stop++;
      }
      cell = text.slice(i, stop);
      i = stop;
    }
    cells.push(unguard(cell));
    if (i >= end) break;
    const separator = text[i];
    i++;
    if (separator === delimiter) {
      if (i >= end) cells.push('');
      continue;
    }
    if (separator === '\r' && text[i] === '\n') i++;
    endRecord();
  }
  if (cells.length > 0) endRecord();
  return { ok: true, records };
}

/** One cell, guarded against formulas and quoted where RFC 4180 needs it (or spaces would be lost). */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  // trim() also strips a byte-order mark, which a reader would take for the file's own.
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replaceAll(QUOTE, '""')}"` : safe;
}

/** Writes records as RFC 4180 CSV with CRLF line ends. */
export function writeCsv(records: readonly (readonly string[])[]): string {
  return records.map((cells) => cells.map(csvCell).join(',') + '\r\n').join('');
}

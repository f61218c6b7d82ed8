/**
 * Excel workbooks (.xlsx) as tables, one per sheet, through exceljs: maintained, on the npm
 * registry, reading and writing workbooks. (The `xlsx` package on the registry is frozen at a
 * version with known advisories; its fixes are published elsewhere.) exceljs is large, so this
 * module is loaded only when a workbook is opened, and runs in the file worker.
 *
 * Cells become text: dates as ISO dates (`2019-05-14`, with the time when there is one), formulas
 * as their last computed result, rich text as its plain text, hyperlinks as their text.
 */
import type { CellValue, Workbook } from 'exceljs';
import { MAX_TABLE_ROWS, type Table, type TableReadResult } from './tables';

export const XLSX_NAME = 'Excel workbook';

const MAX_SHEETS = 100;

function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText))
      return value.richText.map((r) => r.text).join('');
    if ('hyperlink' in value && 'text' in value)
      return typeof value.text === 'string' ? value.text : cellText(value.text as CellValue);
    if ('result' in value) return cellText(value.result as CellValue);
    if ('error' in value) return String(value.error);
    if ('formula' in value || 'sharedFormula' in value) return '';
  }
  return String(value);
}

async function newWorkbook(): Promise<Workbook> {
  const module = (await import('exceljs')) as unknown as {
    Workbook?: new () => Workbook;
    default?: { Workbook: new () => Workbook };
  };
  const WorkbookClass = module.Workbook ?? module.default?.Workbook;
  if (!WorkbookClass) throw new Error('the spreadsheet library did not load');
  return new WorkbookClass();
}

/** Every sheet of a workbook that has any rows, named `file — sheet`. */
export async function readXlsxTables(name: string, bytes: ArrayBuffer): Promise<TableReadResult> {
  const workbook = await newWorkbook();
  try {
    await workbook.xlsx.load(bytes as never);
  } catch (error) {
    return {
      ok: false,
      format: XLSX_NAME,
      row: 0,
      message: `it could not be read as a workbook: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const tables: Table[] = [];
  for (const sheet of workbook.worksheets.slice(0, MAX_SHEETS)) {
    const rows: Table['rows'] = [];
    let tooMany = false;
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (rows.length >= MAX_TABLE_ROWS) {
        tooMany = true;
        return;
      }
      const values = Array.isArray(row.values) ? row.values : [];
      const cells: string[] = [];
      for (let i = 1; i < values.length; i++) cells.push(cellText(values[i] as CellValue).trim());
      while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
      if (cells.length > 0) rows.push({ row: rowNumber, cells });
    });
    if (tooMany)
      return {
        ok: false,
        format: XLSX_NAME,
        row: MAX_TABLE_ROWS + 1,
        message: `sheet "${sheet.name}" has more than ${MAX_TABLE_ROWS.toLocaleString('en')} rows`,
      };
    if (rows.length > 0) tables.push({ name: `${name} — ${sheet.name}`, sheet: sheet.name, rows });
  }
  if (tables.length === 0)
    return {
      ok: false,
      format: XLSX_NAME,
      row: 1,
      message: 'every sheet of the workbook is empty',
    };
  return { ok: true, tables };
}

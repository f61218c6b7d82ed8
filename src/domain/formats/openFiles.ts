/**
 * Opening the files a user chose: tells each one's format (registry.ts), reads it with its
 * reader, and answers with a dataset (or readable errors naming the format) — or, for tables
 * that are not in our own CSV format, with the tables and guessed column roles for the Import
 * dialog, kept here under a token until the analyst has chosen. Runs in the file worker
 * (src/app/fileWorker.ts) so that large files parse off the main thread, or in place where there
 * is no Worker (tests).
 */
import type { ReadResult } from './readResult';
import { detectFormat, type ImportFormat } from './registry';
import type { TableMapping } from './tableImport';
import type { Table } from './tables';

/** A file as the browser hands it over: its name and its bytes. */
export interface RawFile {
  name: string;
  bytes: ArrayBuffer;
}

/** What the Import dialog shows of a table: its columns and first rows. */
export interface TablePreview {
  name: string;
  sheet?: string;
  headers: string[];
  /** The first rows after the header, as text. */
  rows: string[][];
  /** Rows after the header. */
  rowCount: number;
}

export const PREVIEW_ROWS = 8;

export type OpenOutcome =
  | { kind: 'dataset'; format: string; result: ReadResult }
  | {
      kind: 'tables';
      format: string;
      token: number;
      tables: TablePreview[];
      guesses: TableMapping[];
      signature: string;
      title: string;
    };

/** Text in UTF-8, or UTF-16 where a byte-order mark says so (Excel's "Unicode text"). */
export function decodeText(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  const encoding =
    view[0] === 0xff && view[1] === 0xfe
      ? 'utf-16le'
      : view[0] === 0xfe && view[1] === 0xff
        ? 'utf-16be'
        : 'utf-8';
  return new TextDecoder(encoding).decode(view);
}

/** The first bytes as Latin-1 text, enough to tell a format. */
export function headOf(bytes: ArrayBuffer, length = 4096): string {
  const view = new Uint8Array(bytes, 0, Math.min(length, bytes.byteLength));
  let text = '';
  for (const byte of view) text += String.fromCharCode(byte);
  // UTF-16 text: drop the zero bytes so the detectors see the characters.
  return /^(\u00FF\u00FE|\u00FE\u00FF)/.test(text)
    ? text.split(String.fromCharCode(0)).join('')
    : text;
}

function refuse(format: string, headline: string, message: string, path = '$'): OpenOutcome {
  return {
    kind: 'dataset',
    format,
    result: { ok: false, headline, errors: [{ path, message }], warnings: [] },
  };
}

function preview(table: Table): TablePreview {
  return {
    name: table.name,
    sheet: table.sheet,
    headers: (table.rows[0]?.cells ?? []).map((c) => c.trim()),
    rows: table.rows.slice(1, 1 + PREVIEW_ROWS).map((r) => r.cells),
    rowCount: Math.max(0, table.rows.length - 1),
  };
}

const RECOGNISED =
  'Linkboard JSON, GraphML, GEXF, Cytoscape.js JSON, CSV, TSV or an Excel workbook';

export class FileOpener {
  private readonly pending = new Map<
    number,
    { tables: Table[]; title: string; build: typeof import('./tableImport').buildDatasetFromTables }
  >();
  private nextToken = 1;

  async open(files: readonly RawFile[]): Promise<OpenOutcome> {
    if (files.length === 0) return refuse('', 'no file was given', `choose a file: ${RECOGNISED}`);
    const formats = files.map((f) => detectFormat({ name: f.name, head: headOf(f.bytes) }));
    const unknown = files.findIndex((_, i) => formats[i] === null);
    if (unknown >= 0)
      return refuse(
        '',
        'its format is not one Linkboard reads',
        `${files[unknown]!.name}: expected ${RECOGNISED}`,
      );
    const known = formats as ImportFormat[];
    if (known.every((f) => f.tabular)) return this.openTables(files, known);
    if (files.length > 1)
      return refuse(
        '',
        'open one dataset at a time',
        'choose one file, or several tables (CSV, TSV, Excel) that together make one dataset',
      );
    const [file] = files;
    const format = known[0]!;
    return { kind: 'dataset', format: format.label, result: await this.readOne(file!, format) };
  }

  /** Each reader is fetched when a file of its format is first opened. */
  private async readOne(file: RawFile, format: ImportFormat): Promise<ReadResult> {
    const text = decodeText(file.bytes);
    switch (format.id) {
      case 'graphml':
        return (await import('./graphml')).readGraphml(file.name, text);
      case 'gexf':
        return (await import('./gexf')).readGexf(file.name, text);
      default:
        return (await import('./json')).readJsonValue(file.name, text);
    }
  }

  private async openTables(
    files: readonly RawFile[],
    formats: readonly ImportFormat[],
  ): Promise<OpenOutcome> {
    const { readDelimitedTable } = await import('./tables');
    const { ownCsvKind, readOwnCsvTables } = await import('./csvDataset');
    const { guessMapping, headerSignature, titleOfTables } = await import('./tableImport');
    const tables: Table[] = [];
    const label = [...new Set(formats.map((f) => f.label))].join(' and ');
    for (const [i, file] of files.entries()) {
      const read =
        formats[i]!.id === 'xlsx'
          ? await (await import('./xlsx')).readXlsxTables(file.name, file.bytes)
          : readDelimitedTable(file.name, decodeText(file.bytes));
      if (!read.ok)
        return refuse(
          read.format,
          `it could not be read as ${read.format}`,
          read.message,
          read.row > 0 ? `${files.length > 1 ? `${file.name} ` : ''}row ${read.row}` : file.name,
        );
      tables.push(...read.tables.filter((t) => t.rows.length > 0));
    }
    if (tables.length === 0)
      return refuse(label, 'it is empty', 'the first row must name the columns');
    const title = files.length === 1 ? files[0]!.name : titleOfTables(tables);
    // Our own edge and node lists open directly.
    const kinds = tables.map(ownCsvKind);
    const edgeLists = kinds.filter((k) => k === 'edges').length;
    const nodeLists = kinds.filter((k) => k === 'nodes').length;
    if (
      formats.every((f) => f.id === 'csv') &&
      kinds.every((k) => k !== null) &&
      edgeLists <= 1 &&
      nodeLists <= 1
    ) {
      const edges = tables[kinds.indexOf('edges')]?.name;
      const nodes = tables[kinds.indexOf('nodes')]?.name;
      const ownTitle = [edges, nodes].filter(Boolean).join(' and ');
      return { kind: 'dataset', format: label, result: readOwnCsvTables(tables, ownTitle) };
    }
    const token = this.nextToken++;
    this.pending.set(token, {
      tables,
      title,
      build: (await import('./tableImport')).buildDatasetFromTables,
    });
    return {
      kind: 'tables',
      format: label,
      token,
      tables: tables.map(preview),
      guesses: tables.map(guessMapping),
      signature: headerSignature(tables),
      title,
    };
  }

  /** Builds the dataset from tables kept under `token`, as the Import dialog's choices say. */
  importTables(token: number, mappings: readonly TableMapping[]): ReadResult {
    const pending = this.pending.get(token);
    if (!pending)
      return {
        ok: false,
        headline: 'the tables are no longer open',
        errors: [{ path: '$', message: 'open the file again' }],
        warnings: [],
      };
    const result = pending.build(pending.tables, mappings, {
      title: pending.title,
      nameTables: pending.tables.length > 1,
    });
    if (result.ok) this.pending.delete(token);
    return result;
  }

  forget(token: number): void {
    this.pending.delete(token);
  }
}

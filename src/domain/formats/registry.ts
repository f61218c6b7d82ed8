/**
 * The formats, in one table each way. Import formats: how each is told apart (by its first bytes,
 * then its name) and whether it is a table, which goes through the Import dialog unless its
 * headers are our own. Export formats: the writers the Dataset menu and the export dialog both
 * offer. The readers and writers themselves are loaded on first use (openFiles.ts, and `write`).
 */
import type { Dataset } from '../schema';

export type ImportFormatId =
  'linkboard-json' | 'cytoscape-json' | 'graphml' | 'gexf' | 'csv' | 'tsv' | 'xlsx';

/** A file's name and its first few kilobytes, read as Latin-1 so that binary magic survives. */
export interface FileHead {
  name: string;
  head: string;
}

export interface ImportFormat {
  id: ImportFormatId;
  /** As messages and the README name it. */
  label: string;
  extensions: readonly string[];
  mimeTypes: readonly string[];
  /** Rows and columns: the analyst may have to say which column is what. */
  tabular: boolean;
  /** Whether the file is in this format; asked in the table's order, content before names. */
  detect: (file: FileHead) => boolean;
}

function extensionOf(name: string): string {
  const match = /\.[A-Za-z0-9]+$/.exec(name);
  return match ? match[0].toLowerCase() : '';
}

/** The text after any byte-order mark (UTF-8 read as Latin-1, or UTF-16) and leading space. */
function content(head: string): string {
  return head.replace(/^(\uFEFF|\u00EF\u00BB\u00BF|\u00FF\u00FE|\u00FE\u00FF)/, '').trimStart();
}

function xmlRoot(head: string): string | null {
  const text = content(head);
  if (!text.startsWith('<')) return null;
  return /<(?:[A-Za-z_][\w.-]*:)?(graphml|gexf)\b/.exec(text)?.[1] ?? '';
}

function isJson(head: string): boolean {
  return /^[[{]/.test(content(head));
}

function firstLine(head: string): string {
  return content(head).split(/\r\n|\n|\r/, 1)[0] ?? '';
}

export const IMPORT_FORMATS: readonly ImportFormat[] = [
  {
    id: 'xlsx',
    label: 'Excel workbook',
    extensions: ['.xlsx'],
    mimeTypes: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    tabular: true,
    // A workbook is a zip archive.
    detect: ({ head }) => head.startsWith('PK\u0003\u0004'),
  },
  {
    id: 'graphml',
    label: 'GraphML',
    extensions: ['.graphml'],
    mimeTypes: ['application/graphml+xml'],
    tabular: false,
    detect: ({ name, head }) => {
      const root = xmlRoot(head);
      return root === 'graphml' || (root === '' && extensionOf(name) === '.graphml');
    },
  },
  {
    id: 'gexf',
    label: 'GEXF',
    extensions: ['.gexf'],
    mimeTypes: ['application/gexf+xml'],
    tabular: false,
    detect: ({ name, head }) => {
      const root = xmlRoot(head);
      return root === 'gexf' || (root === '' && extensionOf(name) === '.gexf');
    },
  },
  {
    id: 'cytoscape-json',
    label: 'Cytoscape.js JSON',
    extensions: ['.cyjs'],
    mimeTypes: [],
    tabular: false,
    detect: ({ name, head }) =>
      isJson(head) &&
      (extensionOf(name) === '.cyjs' ||
        (/"elements"\s*:/.test(head) && !/"schemaVersion"\s*:/.test(head))),
  },
  {
    id: 'linkboard-json',
    label: 'Linkboard JSON',
    extensions: ['.json'],
    mimeTypes: ['application/json'],
    tabular: false,
    // A `.json` file that is not JSON at all is still meant as one: its error says why.
    detect: ({ name, head }) => isJson(head) || extensionOf(name) === '.json',
  },
  {
    id: 'tsv',
    label: 'TSV',
    extensions: ['.tsv', '.tab'],
    mimeTypes: ['text/tab-separated-values'],
    tabular: true,
    detect: ({ name, head }) =>
      xmlRoot(head) === null &&
      (['.tsv', '.tab'].includes(extensionOf(name)) ||
        (extensionOf(name) !== '.csv' && firstLine(head).includes('\t'))),
  },
  {
    id: 'csv',
    label: 'CSV',
    extensions: ['.csv'],
    mimeTypes: ['text/csv'],
    tabular: true,
    detect: ({ name, head }) =>
      xmlRoot(head) === null && (extensionOf(name) === '.csv' || /[,;]/.test(firstLine(head))),
  },
];

export function importFormat(id: ImportFormatId): ImportFormat {
  return IMPORT_FORMATS.find((f) => f.id === id)!;
}

/** What the file picker offers; other files can still be dropped and are told apart by content. */
export const OPENABLE_FILE_TYPES = [
  ...IMPORT_FORMATS.flatMap((f) => [...f.extensions, ...f.mimeTypes]),
  '.xml',
  '.txt',
].join(',');

/**
 * The format of a file from its first bytes, then its name: a GraphML file named `.xml` is
 * GraphML, a JSON file named `.csv` is JSON. Null when nothing fits (an XML file that is neither
 * GraphML nor GEXF, an empty file).
 */
export function detectFormat(file: FileHead): ImportFormat | null {
  return IMPORT_FORMATS.find((f) => f.detect(file)) ?? null;
}

export type ExportFormatId = 'json' | 'graphml' | 'gexf' | 'csv';

export interface ExportFormat {
  id: ExportFormatId;
  label: string;
  extension: string;
  mimeType: string;
  /** For the menus: what the file opens in. */
  description: string;
  /** The writer, fetched on first use. */
  write: () => Promise<(dataset: Dataset) => string>;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'json',
    label: 'JSON',
    extension: 'json',
    mimeType: 'application/json',
    description: 'Linkboard’s own format: opens here unchanged',
    write: async () => (await import('./json')).writeJsonDataset,
  },
  {
    id: 'graphml',
    label: 'GraphML',
    extension: 'graphml',
    mimeType: 'application/graphml+xml',
    description: 'yEd, Cytoscape desktop, networkx',
    write: async () => (await import('./graphml')).writeGraphml,
  },
  {
    id: 'gexf',
    label: 'GEXF',
    extension: 'gexf',
    mimeType: 'application/gexf+xml',
    description: 'Gephi, with dates for its timeline',
    write: async () => (await import('./gexf')).writeGexf,
  },
  {
    id: 'csv',
    label: 'CSV',
    extension: 'csv',
    mimeType: 'text/csv;charset=utf-8',
    description: 'the relations, one row per quote, for a spreadsheet',
    write: async () => (await import('./csvDataset')).writeEdgeCsv,
  },
];

/** Messages between the page and the file worker (fileWorker.ts, fileService.ts). */
import type { OpenOutcome, RawFile } from '../domain/formats/openFiles';
import type { ReadResult } from '../domain/formats/readResult';
import type { TableMapping } from '../domain/formats/tableImport';

export type FileRequest =
  | { id: number; op: 'open'; files: RawFile[] }
  | { id: number; op: 'import'; token: number; mappings: TableMapping[] }
  | { id: number; op: 'forget'; token: number };

export type FileResponse =
  | { id: number; op: 'open'; outcome: OpenOutcome }
  | { id: number; op: 'import'; result: ReadResult }
  | { id: number; op: 'failed'; message: string };

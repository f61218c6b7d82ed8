/**
 * Where files are read: in the file worker (fileWorker.ts) where the browser has workers, so that
 * a large file parses off the main thread, or in place where it has none (tests in Node and
 * jsdom). The readers are fetched on first use either way. A worker that crashes (a workbook
 * that decompresses beyond memory) or takes longer than READ_TIMEOUT_MS is ended, the read fails
 * with a message, and the next file gets a fresh worker; the graph on screen is never touched.
 */
import type { OpenOutcome, RawFile } from '../domain/formats/openFiles';
import type { ReadResult } from '../domain/formats/readResult';
import type { TableMapping } from '../domain/formats/tableImport';
import type { FileRequest, FileResponse } from './fileProtocol';

export interface FileService {
  open(files: RawFile[]): Promise<OpenOutcome>;
  importTables(token: number, mappings: TableMapping[]): Promise<ReadResult>;
  forget(token: number): void;
  /** Ends the worker, if any. */
  dispose(): void;
}

export const READ_TIMEOUT_MS = 120_000;

/** Reads in the page itself: for environments without workers. */
export function createInPlaceFileService(): FileService {
  const opener = import('../domain/formats/openFiles').then((m) => new m.FileOpener());
  return {
    open: async (files) => (await opener).open(files),
    importTables: async (token, mappings) => (await opener).importTables(token, mappings),
    forget: (token) => void opener.then((o) => o.forget(token)),
    dispose: () => {},
  };
}

type Waiting = { resolve: (response: FileResponse) => void; reject: (error: Error) => void };

function createWorkerFileService(): FileService {
  let worker: Worker | null = null;
  let nextId = 1;
  const waiting = new Map<number, Waiting>();

  const stop = (reason: string) => {
    worker?.terminate();
    worker = null;
    for (const w of waiting.values()) w.reject(new Error(reason));
    waiting.clear();
  };

  const current = (): Worker => {
    if (worker) return worker;
    const created = new Worker(new URL('./fileWorker.ts', import.meta.url), { type: 'module' });
    created.onmessage = (event: MessageEvent<FileResponse>) => {
      const entry = waiting.get(event.data.id);
      waiting.delete(event.data.id);
      entry?.resolve(event.data);
    };
    created.onerror = (event) => {
      event.preventDefault();
      stop(`the file reader stopped${event.message ? `: ${event.message}` : ''}`);
    };
    worker = created;
    return created;
  };

  const send = (request: FileRequest, transfer: Transferable[] = []): Promise<FileResponse> =>
    new Promise((resolve, reject) => {
      const target = current();
      const timer = setTimeout(
        () => stop(`reading took longer than ${READ_TIMEOUT_MS / 1000} s`),
        READ_TIMEOUT_MS,
      );
      waiting.set(request.id, {
        resolve: (response) => {
          clearTimeout(timer);
          resolve(response);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      target.postMessage(request, transfer);
    });

  const failure = (response: FileResponse): never => {
    throw new Error(response.op === 'failed' ? response.message : 'unexpected answer');
  };

  return {
    async open(files) {
      const response = await send(
        { id: nextId++, op: 'open', files },
        files.map((f) => f.bytes),
      );
      return response.op === 'open' ? response.outcome : failure(response);
    },
    async importTables(token, mappings) {
      const response = await send({ id: nextId++, op: 'import', token, mappings });
      return response.op === 'import' ? response.result : failure(response);
    },
    forget(token) {
      worker?.postMessage({ id: nextId++, op: 'forget', token } satisfies FileRequest);
    },
    dispose() {
      stop('closed');
    },
  };
}

export function createFileService(): FileService {
  return typeof Worker === 'undefined' ? createInPlaceFileService() : createWorkerFileService();
}

/**
 * Where files are read: large files and workbooks in the file worker (fileWorker.ts), so that
 * they parse off the main thread; small files in place, where they parse faster than a worker
 * starts, as everything does where there are no workers (tests in Node and jsdom). The readers are fetched on first use either way. A worker that crashes (a workbook
 * that decompresses beyond memory) or takes longer than READ_TIMEOUT_MS is ended, the read fails
 * with a message, and the next file gets a fresh worker; the graph on screen is never touched.
 */
import type { OpenOutcome, RawFile } from '../domain/formats/openFiles';
import type { ReadResult } from '../domain/formats/readResult';
import type { TableMapping } from '../domain/formats/tableImport';
import type { FileRequest, FileResponse, FileSlice } from './fileProtocol';

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

type Waiting = {
  resolve: (response: FileResponse) => void;
  reject: (error: Error) => void;
  /** The slices of the answer received so far (fileProtocol.ts). */
  slices: FileSlice[];
};

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
    created.onmessage = (event: MessageEvent<FileResponse | FileSlice>) => {
      const message = event.data;
      const entry = waiting.get(message.id);
      if (message.op === 'slice') {
        entry?.slices.push(message);
        return;
      }
      waiting.delete(message.id);
      if (!entry) return;
      if (entry.slices.length === 0) return entry.resolve(message);
      // The code that joins slices is fetched with the first large answer.
      import('./fileProtocol').then(
        ({ joinSlices }) => entry.resolve(joinSlices(message, entry.slices)),
        (error: unknown) =>
          entry.reject(new Error(`the file reader's answer was lost: ${String(error)}`)),
      );
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
        slices: [],
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

/**
 * Files up to this size are read in the page: they parse in a few milliseconds, less than a
 * worker takes to start. Larger ones, and workbooks (whose library is large), go to the worker.
 */
export const IN_PLACE_MAX_BYTES = 1024 * 1024;

function isWorkbook(file: RawFile): boolean {
  const head = new Uint8Array(file.bytes, 0, Math.min(4, file.bytes.byteLength));
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

/** Small files in place, the rest in the worker; tables stay with the one that read them. */
function createHybridFileService(): FileService {
  const inPlace = createInPlaceFileService();
  const worker = createWorkerFileService();
  const owners = new Map<number, { service: FileService; token: number }>();
  let nextToken = 1;
  return {
    async open(files) {
      const bytes = files.reduce((sum, f) => sum + f.bytes.byteLength, 0);
      const service = bytes > IN_PLACE_MAX_BYTES || files.some(isWorkbook) ? worker : inPlace;
      const outcome = await service.open(files);
      if (outcome.kind !== 'tables') return outcome;
      const token = nextToken++;
      owners.set(token, { service, token: outcome.token });
      return { ...outcome, token };
    },
    async importTables(token, mappings) {
      const owner = owners.get(token);
      if (!owner) throw new Error('the tables are no longer open: open the file again');
      const result = await owner.service.importTables(owner.token, mappings);
      if (result.ok) owners.delete(token);
      return result;
    },
    forget(token) {
      const owner = owners.get(token);
      owners.delete(token);
      owner?.service.forget(owner.token);
    },
    dispose() {
      worker.dispose();
    },
  };
}

export function createFileService(): FileService {
  return typeof Worker === 'undefined' ? createInPlaceFileService() : createHybridFileService();
}

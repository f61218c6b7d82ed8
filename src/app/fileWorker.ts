/**
 * The file worker: reads the files a user opens (GraphML, GEXF, JSON, CSV, workbooks) off the main
 * thread, so that parsing a large file never freezes the page, and keeps tables waiting for the
 * Import dialog's choices. See src/domain/formats/openFiles.ts.
 */
import { FileOpener } from '../domain/formats/openFiles';
import { sliceResponse, type FileRequest, type FileResponse } from './fileProtocol';

const opener = new FileOpener();

/** Long lists go first, in slices, so that the page decodes them in short tasks. */
function reply(response: FileResponse): void {
  const { slices, last } = sliceResponse(response);
  for (const slice of slices) (self as unknown as Worker).postMessage(slice);
  (self as unknown as Worker).postMessage(last);
}

self.onmessage = async (event: MessageEvent<FileRequest>) => {
  const request = event.data;
  try {
    if (request.op === 'open')
      reply({ id: request.id, op: 'open', outcome: await opener.open(request.files) });
    else if (request.op === 'import')
      reply({
        id: request.id,
        op: 'import',
        result: opener.importTables(request.token, request.mappings),
      });
    else opener.forget(request.token);
  } catch (error) {
    reply({
      id: request.id,
      op: 'failed',
      message: error instanceof Error ? error.message : String(error),
    });
  }
};

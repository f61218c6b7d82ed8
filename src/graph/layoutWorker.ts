/**
 * The layout worker: runs heavy layouts (fcose) off the main thread (see layoutCompute.ts) and
 * sends back positions, which the layout runner applies in one batch (see layoutRunner.ts).
 */
import { computeLayout } from './layoutCompute';
import { loadLayoutExtensions } from './layouts';
import type { LayoutRequest, LayoutResponse } from './layoutProtocol';

self.onmessage = async (event: MessageEvent<LayoutRequest>) => {
  const request = event.data;
  let response: LayoutResponse;
  try {
    await loadLayoutExtensions();
    response = { id: request.id, positions: computeLayout(request) };
  } catch (error) {
    response = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  const transfer = 'positions' in response ? [response.positions.buffer] : [];
  (self as unknown as Worker).postMessage(response, transfer);
};

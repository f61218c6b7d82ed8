/**
 * The layout worker: runs heavy layouts (fcose on large graphs, ELK layered) off the main thread
 * (see layoutCompute.ts) and sends back positions, which the layout runner hands to the layout
 * controller to apply in one batch (see layoutRunner.ts).
 */
import { computeLayout } from './layoutCompute';
import type { LayoutRequest } from './layoutProtocol';

const onMessage = async (event: MessageEvent<LayoutRequest>) => {
  const response = await computeLayout(event.data);
  // elkjs's bundle, loaded by the first layered layout, finds no document and takes
  // self.onmessage for a worker protocol of its own: without this, the next request would
  // never be answered (switching the chain of command, or a second layered layout).
  self.onmessage = onMessage;
  const transfer = 'positions' in response ? [response.positions.buffer] : [];
  (self as unknown as Worker).postMessage(response, transfer);
};

self.onmessage = onMessage;

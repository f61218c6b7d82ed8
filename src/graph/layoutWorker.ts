/**
 * The layout worker: runs heavy layouts (fcose on large graphs, ELK layered) off the main thread
 * (see layoutCompute.ts) and sends back positions, which the layout runner hands to the layout
 * controller to apply in one batch (see layoutRunner.ts).
 */
import { computeLayout } from './layoutCompute';
import type { LayoutRequest } from './layoutProtocol';

self.onmessage = async (event: MessageEvent<LayoutRequest>) => {
  const response = await computeLayout(event.data);
  const transfer = 'positions' in response ? [response.positions.buffer] : [];
  (self as unknown as Worker).postMessage(response, transfer);
};

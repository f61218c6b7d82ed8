/**
 * The layout worker: runs heavy layouts (fcose on large graphs, ELK layered) off the main thread
 * (see layoutCompute.ts) and sends back positions, which the layout runner hands to the layout
 * controller to apply in one batch (see layoutRunner.ts).
 */
import { computeLayout } from './layoutCompute';
import type { LayoutRequest } from './layoutProtocol';

// A listener, not `self.onmessage`: ELK's bundle, once loaded in a worker, assigns
// `self.onmessage` to its own dispatcher (elk.bundled.js, where there is no `document`), which
// ignores our requests. With `onmessage` every layout after the first layered one went unanswered,
// so switching the chain of command left the old layout on screen. ELK's dispatcher only acts on
// messages with a `cmd`, which ours do not have.
self.addEventListener('message', (event: MessageEvent<LayoutRequest>) => {
  void computeLayout(event.data).then((response) => {
    const transfer = 'positions' in response ? [response.positions.buffer] : [];
    (self as unknown as Worker).postMessage(response, transfer);
  });
});

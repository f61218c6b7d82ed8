/**
 * Works around a Cytoscape 3.34 canvas-renderer quirk that restyles every entity each time it is
 * drawn. Drawing a node paints its background images twice (under and over the border, for
 * `background-image-containment`), and each pass recomputes the node's "background images still
 * loading" state from its own subset of images. With no image at all the two passes disagree
 * (`false`, then `true`), so every draw flips the state twice and calls `updateStyle(false)` for
 * each flip. Each call marks the node's style dirty and emits a `style` event, on which the
 * renderer drops the node's texture and its whole layer of cached drawing: the next frames
 * restyle and redraw everything again, and a large graph never settles into its caches.
 *
 * Linkboard's entities have no background images, so nothing is ever loading and those calls
 * change nothing: they are dropped. Every other style update goes through untouched, including
 * Cytoscape's other quiet one (a node grabbed or freed by the pointer).
 */
import cytoscape, { type Core } from 'cytoscape';
import { decide } from './workarounds';

interface ElementInternals {
  _private: { group?: string; backgrounding?: boolean; grabbed?: boolean };
}

interface CollectionPrototype {
  updateStyle(this: ArrayLike<ElementInternals>, notifyRenderer?: boolean): unknown;
}

/** Per node: the loading and grabbed states at its last quiet style update. */
const lastQuietState = new WeakMap<object, { backgrounding: boolean; grabbed: boolean }>();

let installed = false;

/** Whether a quiet update only reports a flip of the loading state, which cannot change a thing. */
function isLoadingFlip(elements: ArrayLike<ElementInternals>): boolean {
  if (elements.length !== 1) return false;
  const internals = elements[0]!._private;
  if (internals.group !== 'nodes') return false;
  const now = {
    backgrounding: internals.backgrounding === true,
    grabbed: internals.grabbed === true,
  };
  const last = lastQuietState.get(internals) ?? { backgrounding: false, grabbed: false };
  lastQuietState.set(internals, now);
  return now.grabbed === last.grabbed && now.backgrounding !== last.backgrounding;
}

/** What this workaround relies on that the loaded Cytoscape lacks; null if nothing. */
function missingStyleInternals(prototype: Partial<CollectionPrototype>): string | null {
  if (typeof prototype.updateStyle !== 'function') return 'collections have no updateStyle()';
  // The state it reads lives on each element; a throwaway instance shows whether it is there.
  const probe = cytoscape({ headless: true, elements: [{ data: { id: 'probe' } }] });
  try {
    const internals = (probe.nodes()[0] as unknown as Partial<ElementInternals>)._private;
    if (!internals || internals.group !== 'nodes') return 'elements have no _private.group';
    if (!('backgrounding' in internals) || !('grabbed' in internals))
      return 'elements have no _private.backgrounding and grabbed states';
    return null;
  } finally {
    probe.destroy();
  }
}

/** Drops the renderer's redundant restyles of nodes (see above), for every instance. */
export function keepNodeStyleSteady(cy: Core): void {
  if (installed) return;
  const prototype = Object.getPrototypeOf(cy.collection()) as CollectionPrototype;
  if (!decide('steady-node-style', () => missingStyleInternals(prototype))) return;
  const updateStyle = prototype.updateStyle;
  installed = true;
  prototype.updateStyle = function (this: ArrayLike<ElementInternals>, notifyRenderer?: boolean) {
    if (notifyRenderer === false && isLoadingFlip(this)) return this;
    return updateStyle.call(this, notifyRenderer);
  };
}

/**
 * The contract between the graph adapter (src/graph/adapter.ts) and the controllers around it.
 *
 * The adapter's one job is to keep the elements in Cytoscape equal to the view: it adds and
 * removes them inside `cy.batch()` and sends taps back to the store. Everything else a canvas
 * does (names at overview zoom, pins, selection, emphasis, layout, the renderer's caches) is a
 * controller: an object that owns one concern, reads what it needs from the store and from the
 * drawn graph, and can be read on its own. Controllers draw nothing themselves that the view did
 * not ask for; they set classes, positions and the viewport of the elements the adapter drew.
 *
 * Adding a controller (groups, annotations, edge labels…):
 * 1. Write a class implementing `GraphController` in this folder. Implement only the hooks it needs:
 *    `attach` to listen to a new Cytoscape instance, `sync` to apply its part of the store,
 *    `removing` to remember something about elements before they leave.
 * 2. In `sync`, compare what you applied last with the state and `graph.elementsVersion` (new
 *    elements arrive without your classes), and return at once when nothing changed: `sync` runs
 *    on every store change.
 * 3. Add it to the list in the adapter's constructor. The list's order is the order of `sync`:
 *    a controller that reads classes another one sets goes after it (names go last, as they rank
 *    selected and highlighted entities first).
 */
import type { CollectionReturnValue, Core } from 'cytoscape';
import type { GraphIndex } from '../../domain/graphIndex';
import type { DrawnView } from '../../store/selectors';
import type { LinkboardState } from '../../store/store';
import type { DrawnLookup } from '../groupElements';
import type { RenderMode } from '../renderMode';

/** What Cytoscape holds now: the elements of `view` over `index`. */
export interface DrawnGraph {
  readonly cy: Core;
  /** The render mode the instance was made for (null where the host gave none, as in tests). */
  readonly mode: RenderMode | null;
  readonly index: GraphIndex;
  /** Entities and groups, relations and bundles (see selectDrawnView). */
  readonly view: DrawnView;
  /** The view's groups and bundles by id; null when nothing is grouped. */
  readonly lookup: DrawnLookup | null;
  /** Changes whenever elements enter or leave Cytoscape: a fresh draw or a view difference. */
  readonly elementsVersion: number;
  /** How the elements of this version came: drawn from nothing, or by a view difference. */
  readonly drawnBy: 'fresh' | 'difference';
}

export interface GraphController {
  /**
   * A new Cytoscape instance (one per render mode; two under StrictMode). Bind listeners here;
   * return what unbinds them (called when the next instance arrives or the adapter stops).
   */
  attach?(cy: Core, mode: RenderMode | null): (() => void) | void;
  /** Elements about to leave Cytoscape, inside the batch that removes them. */
  removing?(cy: Core, leaving: CollectionReturnValue): void;
  /** Brings this controller's part of the canvas in step with the state, after the elements. */
  sync?(graph: DrawnGraph, state: LinkboardState): void;
}

/** Adds or removes a class only where it changes: toggleClass restyles every element it is given. */
export function setClass(
  ele: { hasClass(name: string): boolean; toggleClass(name: string, on: boolean): unknown },
  name: string,
  on: boolean,
): void {
  if (ele.hasClass(name) !== on) ele.toggleClass(name, on);
}

/**
 * The id an entity or relation of the dataset is drawn under: itself, or the collapsed group or
 * the bundle it is folded into.
 */
export function drawnIdOf(graph: Pick<DrawnGraph, 'view'>, id: string): string {
  return graph.view.grouped?.drawnAs.get(id) ?? id;
}

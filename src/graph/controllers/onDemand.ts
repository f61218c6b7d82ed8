/**
 * A controller whose code loads only once the state first needs it (verbs on arrows,
 * annotations): the first page's JavaScript stays inside its budget. Until then it does
 * nothing; once loaded it is attached to the current Cytoscape instance and the adapter syncs
 * again, and from then on it stands in for the loaded controller in every hook.
 */
import type { CollectionReturnValue, Core } from 'cytoscape';
import type { LinkboardState } from '../../store/store';
import type { RenderMode } from '../renderMode';
import type { DrawnGraph, GraphController } from './types';

export class OnDemandController implements GraphController {
  private loaded: GraphController | null = null;
  private loading = false;
  private cy: Core | null = null;
  private mode: RenderMode | null = null;
  private detachLoaded: (() => void) | undefined;

  constructor(
    /** Whether the state needs the controller now. */
    private readonly needed: (state: LinkboardState) => boolean,
    private readonly load: () => Promise<GraphController>,
    /** Asks the adapter to sync again, once the controller is there. */
    private readonly resync: () => void,
  ) {}

  attach(cy: Core, mode: RenderMode | null): () => void {
    this.cy = cy;
    this.mode = mode;
    this.detachLoaded = this.loaded?.attach?.(cy, mode) ?? undefined;
    return () => {
      this.detachLoaded?.();
      this.detachLoaded = undefined;
      if (this.cy === cy) this.cy = null;
    };
  }

  removing(cy: Core, leaving: CollectionReturnValue): void {
    this.loaded?.removing?.(cy, leaving);
  }

  sync(graph: DrawnGraph, state: LinkboardState): void {
    if (this.loaded) {
      this.loaded.sync?.(graph, state);
      return;
    }
    if (this.loading || !this.needed(state)) return;
    this.loading = true;
    this.load().then(
      (controller) => {
        this.loaded = controller;
        const cy = this.cy;
        if (cy && !cy.destroyed())
          this.detachLoaded = controller.attach?.(cy, this.mode) ?? undefined;
        this.resync();
      },
      (error: unknown) => {
        // A failed download (offline) is tried again at the next change that needs it.
        this.loading = false;
        console.warn('Linkboard: could not load a canvas controller', error);
      },
    );
  }
}

/**
 * The viewport: Fit, centring on an entity, and keeping the graph in view when the canvas changes
 * size, until the user pans or zooms (the viewport is then theirs).
 */
import type { Core } from 'cytoscape';
import type { GraphController } from './types';

const FIT_PADDING = 40;
const FIT_GLIDE_MS = 450;

export class ViewportController implements GraphController {
  private cy: Core | null = null;
  /** Set once the user pans or zooms: resizes then stop re-fitting the graph. */
  private touched = false;

  attach(cy: Core): () => void {
    this.cy = cy;
    this.touched = false;
    cy.on('dragpan scrollzoom pinchzoom', this.onUserViewport);
    return () => {
      if (!cy.destroyed()) cy.off('dragpan scrollzoom pinchzoom', this.onUserViewport);
    };
  }

  /** A graph was drawn from nothing: the viewport is the app's again. */
  drawnFresh(): void {
    this.touched = false;
  }

  /** Shows the whole graph; `animate` glides there (a presentation moving between slides). */
  fit(animate = false): void {
    const cy = this.live();
    if (!cy) return;
    if (animate) {
      cy.stop(true);
      cy.animate({ fit: { eles: cy.elements(), padding: FIT_PADDING }, duration: FIT_GLIDE_MS });
    } else cy.fit(undefined, FIT_PADDING);
    this.touched = false;
  }

  centerOn(nodeId: string): void {
    const cy = this.live();
    const node = cy?.getElementById(nodeId);
    if (cy && node && node.nonempty()) cy.animate({ center: { eles: node }, duration: 250 });
  }

  /** The container changed size; `settled` is false while a graph is still being added. */
  resized(settled: boolean): void {
    const cy = this.live();
    if (!cy) return;
    cy.resize();
    // A graph still being added is fitted once laid out.
    if (settled && !this.touched && cy.nodes().nonempty()) cy.fit(undefined, FIT_PADDING);
  }

  private live(): Core | null {
    return this.cy && !this.cy.destroyed() ? this.cy : null;
  }

  private readonly onUserViewport = (): void => {
    this.touched = true;
  };
}

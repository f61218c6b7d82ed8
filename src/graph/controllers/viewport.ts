/**
 * The viewport: Fit, centring on an entity, and keeping the graph in view when the canvas changes
 * size, until the user pans or zooms (the viewport is then theirs).
 *
 * Where the user framed the canvas is view state (`camera`): written to the store once the
 * viewport has been still for a moment, and shown again when the view state brings one (a shared
 * address, a saved view, a slide, Back), once the graph is drawn and laid out.
 */
import type { Core } from 'cytoscape';
import type { Camera } from '../../domain/viewState';
import type { LinkboardState, LinkboardStore } from '../../store/store';
import type { DrawnGraph, GraphController } from './types';

const FIT_PADDING = 40;
/**
 * Wheel zoom: a mouse notch (about 100 px of scroll) zooms by 2^(100/350), about 1.22×, as map
 * tools do; a trackpad's small deltas add up at the same pace. Cytoscape's own wheel zoom, once it
 * decides a mouse is an "inaccurate" device, zooms 1.03× per notch (15 notches from 0.47 to 0.76).
 */
const WHEEL_PIXELS_PER_DOUBLING = 350;
/** What a line or a page of scroll counts for, where the browser reports those (Firefox). */
const WHEEL_LINE_PIXELS = 33;
const WHEEL_PAGE_PIXELS = 800;
const FIT_GLIDE_MS = 450;
/** A zoom button or key press: 1.5× about the middle of the canvas, gliding there briefly. */
export const ZOOM_STEP = 1.5;
const ZOOM_GLIDE_MS = 160;
/** How long the viewport stays still before the camera is written (a drag writes once). */
export const CAMERA_WRITE_DELAY_MS = 250;

/** Whether two cameras show the same picture, to within half a pixel and a thousandth of zoom. */
function sameCamera(a: Camera, b: Camera): boolean {
  return (
    Math.abs(a.zoom - b.zoom) <= a.zoom * 1e-3 &&
    Math.abs(a.x - b.x) * a.zoom < 0.5 &&
    Math.abs(a.y - b.y) * a.zoom < 0.5
  );
}

export class ViewportController implements GraphController {
  private cy: Core | null = null;
  /** Set once the user pans or zooms: resizes then stop re-fitting the graph. */
  private touched = false;
  /** Where the latest zoom button or key glides to. */
  private zoomGoal: { zoom: number; pan: { x: number; y: number } } | null = null;
  /** The camera the store holds as far as this controller knows: last read there or written. */
  private knownCamera: Camera | null = null;
  /** A camera from the store waiting for the graph to be laid out; nothing is written meanwhile. */
  private pendingCamera = false;
  private writeTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * `store` receives the camera the user framed; `whenSettled` resolves once the graph shows the
   * current view (laid out), when a camera from the store can be shown. Without a store (tests of
   * the controller alone) the camera is neither read nor written.
   */
  constructor(
    private readonly store: LinkboardStore | null = null,
    private readonly whenSettled: () => Promise<void> = () => Promise.resolve(),
  ) {}

  attach(cy: Core): () => void {
    this.cy = cy;
    this.touched = false;
    cy.on('viewport', this.onViewport);
    cy.on('dragpan scrollzoom pinchzoom', this.onUserViewport);
    // Caught on the way down, before Cytoscape's own wheel listener on its container.
    const host = cy.container()?.parentElement ?? null;
    host?.addEventListener('wheel', this.onWheel, { capture: true, passive: false });
    return () => {
      host?.removeEventListener('wheel', this.onWheel, { capture: true });
      clearTimeout(this.writeTimer);
      if (!cy.destroyed()) {
        cy.off('viewport', this.onViewport);
        cy.off('dragpan scrollzoom pinchzoom', this.onUserViewport);
      }
    };
  }

  /** Shows a camera the view state brings, once the graph is laid out; none: fitted again. */
  sync(_graph: DrawnGraph, state: LinkboardState): void {
    const camera = state.view.camera;
    if (!this.store || camera === this.knownCamera) return;
    this.knownCamera = camera;
    const cy = this.live();
    if (camera && cy && sameCamera(camera, this.cameraOf(cy))) return;
    this.pendingCamera = true;
    void this.whenSettled().then(() => {
      // A later camera (or none) overtook this one.
      if (this.knownCamera !== camera) return;
      this.pendingCamera = false;
      const live = this.live();
      if (!live) return;
      if (camera) this.show(live, camera);
      else if (this.touched) this.fit();
    });
  }

  /** The camera of what the canvas shows now: the graph point at its middle, and the zoom. */
  private cameraOf(cy: Core): Camera {
    const zoom = cy.zoom();
    const pan = cy.pan();
    return { zoom, x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom };
  }

  private show(cy: Core, camera: Camera): void {
    cy.stop(true);
    const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), camera.zoom));
    cy.viewport({
      zoom,
      pan: { x: cy.width() / 2 - camera.x * zoom, y: cy.height() / 2 - camera.y * zoom },
    });
    this.touched = true;
  }

  private readonly onViewport = (): void => {
    if (!this.store) return;
    clearTimeout(this.writeTimer);
    this.writeTimer = setTimeout(this.writeCamera, CAMERA_WRITE_DELAY_MS);
  };

  /** The user's framing goes to the view state; the app's own (fitted) is no camera. */
  private readonly writeCamera = (): void => {
    const cy = this.live();
    if (!cy || !this.store || this.pendingCamera) return;
    if (cy.animated()) {
      this.onViewport();
      return;
    }
    const camera = this.touched && cy.nodes().nonempty() ? this.cameraOf(cy) : null;
    const known = this.knownCamera;
    if (camera === null ? known === null : known !== null && sameCamera(camera, known)) return;
    this.knownCamera = camera;
    this.store.getState().setView({ camera });
  };

  /** A graph was drawn from nothing: the viewport is the app's again. */
  drawnFresh(): void {
    this.touched = false;
  }

  /** Shows the whole graph; `animate` glides there (a presentation moving between slides). */
  fit(animate = false): void {
    const cy = this.live();
    if (!cy) return;
    // A zoom still gliding (+ pressed just before) would otherwise carry on past the fit.
    cy.stop(true);
    if (animate)
      cy.animate({ fit: { eles: cy.elements(), padding: FIT_PADDING }, duration: FIT_GLIDE_MS });
    else cy.fit(undefined, FIT_PADDING);
    this.touched = false;
  }

  /** Zooms by `factor` about the middle of the canvas (the zoom buttons and keys). */
  zoomBy(factor: number): void {
    const cy = this.live();
    if (!cy || cy.nodes().empty()) return;
    // Pressed again while gliding: on from where the glide was going, not from where it is.
    const from =
      cy.animated() && this.zoomGoal ? this.zoomGoal : { zoom: cy.zoom(), pan: cy.pan() };
    const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), from.zoom * factor));
    const middle = { x: cy.width() / 2, y: cy.height() / 2 };
    // The graph point in the middle of the canvas stays there.
    const at = { x: (middle.x - from.pan.x) / from.zoom, y: (middle.y - from.pan.y) / from.zoom };
    const goal = { zoom: level, pan: { x: middle.x - at.x * level, y: middle.y - at.y * level } };
    this.zoomGoal = goal;
    cy.stop(true);
    cy.animate({ zoom: goal.zoom, pan: goal.pan, duration: ZOOM_GLIDE_MS });
    this.touched = true;
  }

  /** Brings an entity into view if it is off the canvas (or under its edge), else leaves the view. */
  reveal(nodeId: string): void {
    const cy = this.live();
    const node = cy?.getElementById(nodeId);
    if (!cy || !node || node.empty()) return;
    const { x, y } = node.renderedPosition();
    const margin = 40;
    if (x < margin || y < margin || x > cy.width() - margin || y > cy.height() - margin)
      this.centerOn(nodeId);
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

  private readonly onWheel = (event: WheelEvent): void => {
    const cy = this.live();
    const container = cy?.container();
    if (!cy || !container || !cy.userZoomingEnabled() || event.deltaY === 0) return;
    event.preventDefault();
    event.stopPropagation();
    const unit =
      event.deltaMode === 1 ? WHEEL_LINE_PIXELS : event.deltaMode === 2 ? WHEEL_PAGE_PIXELS : 1;
    const factor = 2 ** ((-event.deltaY * unit) / WHEEL_PIXELS_PER_DOUBLING);
    const bounds = container.getBoundingClientRect();
    cy.zoom({
      level: cy.zoom() * factor,
      renderedPosition: { x: event.clientX - bounds.left, y: event.clientY - bounds.top },
    });
    this.touched = true;
  };

  private readonly onUserViewport = (): void => {
    this.touched = true;
  };
}

/**
 * react-cytoscapejs hosts the Cytoscape instance (container, updates, destroy on unmount), but
 * creates it with a fixed list of options that leaves out the renderer (`webgl`). This subclass
 * overrides only that creation step, adding the options of its `renderMode`; everything else stays
 * react-cytoscapejs's. The mode is read once, at creation: give the host `key={mode.key}` so that
 * a new mode remounts it.
 */
import cytoscape, { type Core } from 'cytoscape';
import type { ComponentProps, ComponentType, RefObject } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import { rendererOptions, type RenderMode } from '../renderMode';

/** The fields react-cytoscapejs 2.0.0 keeps on its component (see its src/component.js). */
interface HostInternals {
  containerRef: RefObject<HTMLDivElement | null>;
  _cy: Core;
  updateCytoscape(previousProps: unknown, nextProps: unknown): void;
}

export type CytoscapeHostProps = ComponentProps<typeof CytoscapeComponent> & {
  renderMode: RenderMode;
};

class ModeAwareCytoscape extends CytoscapeComponent {
  override componentDidMount(): void {
    const host = this as unknown as HostInternals;
    const { headless, styleEnabled, minZoom, maxZoom, boxSelectionEnabled, renderMode } = this
      .props as CytoscapeHostProps;
    host._cy = cytoscape({
      container: host.containerRef.current ?? undefined,
      headless,
      styleEnabled,
      minZoom,
      maxZoom,
      boxSelectionEnabled,
      ...(headless ? {} : rendererOptions(renderMode)),
    });
    host.updateCytoscape(null, this.props);
  }
}

export const CytoscapeHost = ModeAwareCytoscape as unknown as ComponentType<CytoscapeHostProps>;

/**
 * react-cytoscapejs hosts the Cytoscape instance (container, updates, destroy on unmount), but
 * creates it with a fixed list of options that leaves out the renderer (`webgl`). These
 * subclasses override only that creation step, passing the render mode's options; everything else
 * stays react-cytoscapejs's. One class per mode: switching mode remounts the host.
 */
import cytoscape, { type Core, type CytoscapeOptions } from 'cytoscape';
import type { RefObject } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import { rendererOptions, type RenderMode } from './renderMode';

/** The fields react-cytoscapejs 2.0.0 keeps on its component (see its src/component.js). */
interface HostInternals {
  containerRef: RefObject<HTMLDivElement | null>;
  _cy: Core;
  updateCytoscape(previousProps: unknown, nextProps: unknown): void;
}

const hosts = new Map<string, typeof CytoscapeComponent>();

export function cytoscapeHostFor(mode: RenderMode): typeof CytoscapeComponent {
  const known = hosts.get(mode.key);
  if (known) return known;
  const options = rendererOptions(mode);
  class ModeHost extends CytoscapeComponent {
    override componentDidMount(): void {
      const host = this as unknown as HostInternals;
      const { headless, styleEnabled, minZoom, maxZoom, boxSelectionEnabled } = this.props;
      const creation: CytoscapeOptions = {
        container: host.containerRef.current ?? undefined,
        headless,
        styleEnabled,
        minZoom,
        maxZoom,
        boxSelectionEnabled,
        ...(headless ? {} : options),
      };
      host._cy = cytoscape(creation);
      host.updateCytoscape(null, this.props);
    }
  }
  hosts.set(mode.key, ModeHost);
  return ModeHost;
}

/**
 * react-cytoscapejs hosts the Cytoscape instance (container, updates, destroy on unmount), but
 * creates it with a fixed list of options that leaves out the renderer (`webgl`). This subclass
 * overrides only that creation step: it passes Cytoscape every option the upstream creation step
 * passes, read from the same props, plus the renderer options of its `renderMode`; everything else
 * stays react-cytoscapejs's. The mode is read once, at creation: give the host `key={mode.key}` so
 * that a new mode remounts it.
 *
 * The creation step relies on fields react-cytoscapejs 2.0.0 keeps on its component (see its
 * src/component.js). They are checked at the first mount; without them the upstream creation
 * runs instead and the renderer options are left out (reported, see workarounds.ts).
 */
import cytoscape, { type Core, type CytoscapeOptions } from 'cytoscape';
import type { ComponentProps, ComponentType, RefObject } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import { rendererOptions, type RenderMode } from '../renderMode';
import { decide } from './workarounds';

/** The fields react-cytoscapejs 2.0.0 keeps on its component. */
interface HostInternals {
  containerRef: RefObject<HTMLDivElement | null>;
  _cy: Core;
  updateCytoscape(previousProps: unknown, nextProps: unknown): void;
}

export type CytoscapeHostProps = ComponentProps<typeof CytoscapeComponent> & {
  renderMode: RenderMode;
  /** Exposes the instance as `window[global]`, as react-cytoscapejs does (absent from its types). */
  global?: string;
};

/**
 * The props react-cytoscapejs 2.0.0 passes to Cytoscape when it creates the instance, by the
 * names of Cytoscape's options (a unit test compares this list with its source). `global` is not
 * an option: it names a window property the instance is exposed under.
 */
export const UPSTREAM_CREATION_PROPS = [
  'headless',
  'styleEnabled',
  'hideEdgesOnViewport',
  'textureOnViewport',
  'motionBlur',
  'motionBlurOpacity',
  'wheelSensitivity',
  'pixelRatio',
] as const satisfies readonly (keyof CytoscapeOptions & keyof CytoscapeHostProps)[];

/**
 * Props react-cytoscapejs applies just after creating the instance (through its patch), given at
 * creation too so that the instance never has other bounds, even for a moment.
 */
const CREATION_ONLY_HERE = [
  'minZoom',
  'maxZoom',
  'boxSelectionEnabled',
] as const satisfies readonly (keyof CytoscapeOptions & keyof CytoscapeHostProps)[];

/** What the subclass needs of the upstream component that it lacks; null if nothing. */
function missingHostInternals(host: Partial<HostInternals>): string | null {
  if (!host.containerRef || !('current' in host.containerRef))
    return 'the component has no containerRef';
  if (typeof host.updateCytoscape !== 'function') return 'the component has no updateCytoscape()';
  return null;
}

class ModeAwareCytoscape extends CytoscapeComponent {
  override componentDidMount(): void {
    const host = this as unknown as HostInternals;
    if (!decide('renderer-options', () => missingHostInternals(host))) {
      super.componentDidMount?.();
      return;
    }
    const props = this.props as CytoscapeHostProps;
    const options: CytoscapeOptions = { container: host.containerRef.current ?? undefined };
    for (const name of [...UPSTREAM_CREATION_PROPS, ...CREATION_ONLY_HERE])
      if (props[name] !== undefined) Object.assign(options, { [name]: props[name] });
    host._cy = cytoscape({
      ...options,
      ...(props.headless ? {} : rendererOptions(props.renderMode)),
    });
    if (props.global) Object.assign(window, { [props.global]: host._cy });
    host.updateCytoscape(null, this.props);
  }
}

export const CytoscapeHost = ModeAwareCytoscape as unknown as ComponentType<CytoscapeHostProps>;

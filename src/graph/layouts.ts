/** Layout options, and the registration of layout extensions with Cytoscape. */
import cytoscape, { type LayoutOptions } from 'cytoscape';
import type { LayoutName } from '../domain/viewState';

let extensionsLoaded: Promise<void> | null = null;

/** fcose is loaded on first use, so that it stays out of the initial bundle. */
export function loadLayoutExtensions(): Promise<void> {
  extensionsLoaded ??= import('cytoscape-fcose').then(({ default: fcose }) => {
    cytoscape.use(fcose);
  });
  return extensionsLoaded;
}

/** Force-directed layout tuned for readable labels at 1280×800 with about a hundred entities. */
export function forceLayout(nodeCount: number, options: { animate?: boolean } = {}): LayoutOptions {
  const large = nodeCount > 800;
  return {
    name: 'fcose',
    quality: large ? 'draft' : 'default',
    randomize: true,
    animate: options.animate ?? false,
    fit: true,
    padding: 40,
    nodeDimensionsIncludeLabels: true,
    uniformNodeDimensions: false,
    packComponents: true,
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => 95,
    edgeElasticity: () => 0.35,
    nestingFactor: 0.1,
    gravity: 0.3,
    gravityRange: 3.2,
    numIter: large ? 1500 : 3000,
    tile: true,
    tilingPaddingVertical: 20,
    tilingPaddingHorizontal: 20,
  } as LayoutOptions;
}

export function concentricLayout(): LayoutOptions {
  return {
    name: 'concentric',
    fit: true,
    padding: 40,
    minNodeSpacing: 18,
    concentric: (node: cytoscape.NodeSingular) => node.degree(false),
    levelWidth: () => 3,
    avoidOverlap: true,
  } as LayoutOptions;
}

export function layoutOptions(name: LayoutName, nodeCount: number): LayoutOptions {
  switch (name) {
    case 'concentric':
      return concentricLayout();
    case 'hierarchical':
      return {
        name: 'breadthfirst',
        directed: true,
        fit: true,
        padding: 40,
        spacingFactor: 1.1,
      } as LayoutOptions;
    case 'force':
    default:
      return forceLayout(nodeCount);
  }
}

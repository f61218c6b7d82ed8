/**
 * Layouts: which one a view asks for and its options. Force (fcose) and concentric run inside
 * Cytoscape; the hierarchical layout is ELK's layered algorithm, loaded on first use so it stays
 * out of the initial bundle, and laid out on rank (superior above subordinate) rather than on the
 * direction edges happen to point. Entities the user pinned stay where they are.
 */
import cytoscape, { type LayoutOptions, type Position } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayeringLink } from '../domain/hierarchy';
import type { LayoutName, ViewState } from '../domain/viewState';

let registered = false;

export function registerLayoutExtensions(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}

/** An entity as the layered layout sees it: its box with the label, and where its centre sits in it. */
export interface LayoutNode {
  id: string;
  width: number;
  height: number;
  /** From the box's top-left corner to the node's position (its body's centre). */
  centre: Position;
}

/** What a layout needs to know about the drawn graph. */
export interface LayoutInput {
  nodes: LayoutNode[];
  /** Drawn links oriented top-down (see layeringLinks in src/domain/hierarchy.ts). */
  links: LayeringLink[];
  /** Pinned entities and where they stay. */
  fixed: { nodeId: string; position: Position }[];
}

/**
 * What decides the arrangement: the layout, and for the hierarchical one the links it ranks by
 * (the mode and the chain change them). A change of key lays the graph out again; filters never do.
 */
export function layoutKey(view: Pick<ViewState, 'layout' | 'mode' | 'commandChain'>): string {
  return view.layout === 'hierarchical'
    ? `${view.layout}:${view.mode}:${view.commandChain}`
    : view.layout;
}

/** Force-directed layout tuned for readable labels at 1280×800 with about a hundred entities. */
export function forceLayout(
  nodeCount: number,
  options: { animate?: boolean; fixed?: LayoutInput['fixed'] } = {},
): LayoutOptions {
  const large = nodeCount > 800;
  const fixed = options.fixed ?? [];
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
    fixedNodeConstraint: fixed.length > 0 ? fixed : undefined,
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

/** ELK layered, top-down; spacing chosen so labels of one rank do not touch at 1280×800. */
const LAYERED_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.spacing.nodeNode': '24',
  'elk.layered.spacing.nodeNodeBetweenLayers': '56',
  'elk.spacing.componentComponent': '56',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.separateConnectedComponents': 'true',
  'elk.aspectRatio': '1.6',
};

/** Centres of the entities, laid out in ranks with superiors above their subordinates. */
export async function layeredPositions(input: LayoutInput): Promise<Map<string, Position>> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const ids = new Set(input.nodes.map((n) => n.id));
  const graph = await new ELK().layout({
    id: 'root',
    layoutOptions: LAYERED_OPTIONS,
    children: input.nodes.map(({ id, width, height }) => ({ id, width, height })),
    edges: input.links
      .filter((link) => ids.has(link.upper) && ids.has(link.lower))
      .map((link) => ({ id: link.id, sources: [link.upper], targets: [link.lower] })),
  });
  const byId = new Map(input.nodes.map((n) => [n.id, n]));
  const positions = new Map<string, Position>();
  for (const child of graph.children ?? []) {
    const node = byId.get(child.id);
    if (node) {
      positions.set(child.id, {
        x: (child.x ?? 0) + node.centre.x,
        y: (child.y ?? 0) + node.centre.y,
      });
    }
  }
  return positions;
}

export async function hierarchicalLayout(input: LayoutInput): Promise<LayoutOptions> {
  const positions = await layeredPositions(input);
  return {
    name: 'preset',
    positions: (node: cytoscape.NodeSingular) => positions.get(node.id()),
    fit: true,
    padding: 40,
    animate: false,
  } as LayoutOptions;
}

/** Options for the named layout: at once for the built-in ones, after loading ELK for the layered one. */
export function planLayout(
  name: LayoutName,
  input: LayoutInput,
): LayoutOptions | Promise<LayoutOptions> {
  switch (name) {
    case 'hierarchical':
      return hierarchicalLayout(input);
    case 'concentric':
      return concentricLayout();
    case 'force':
    default:
      return forceLayout(input.nodes.length, { fixed: input.fixed });
  }
}

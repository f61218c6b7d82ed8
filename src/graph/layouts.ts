/**
 * Layouts: which one a view asks for and its options. Force (fcose) and concentric run inside
 * Cytoscape; the hierarchical layout is ELK's layered algorithm, and laid out on rank (superior
 * above subordinate) rather than on the direction edges happen to point. fcose and ELK are loaded
 * on first use so they stay out of the initial bundle; large graphs are laid out in a Web Worker
 * (see layoutRunner.ts). Entities the user pinned stay where they are.
 */
import cytoscape, { type LayoutOptions, type Position } from 'cytoscape';
import type { LayeringLink } from '../domain/hierarchy';
import type { LayoutName, ViewState } from '../domain/viewState';
import { LOWEST_LEGIBLE_ZOOM } from './labelScale';

let extensionsLoaded: Promise<void> | null = null;

/** Registers fcose with Cytoscape, loading it the first time. */
export function loadLayoutExtensions(): Promise<void> {
  extensionsLoaded ??= import('cytoscape-fcose').then(({ default: fcose }) => {
    cytoscape.use(fcose);
  });
  return extensionsLoaded;
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
  /** Width over height of the canvas, so that separate parts are packed to fill it. */
  aspectRatio: number;
}

// Node labels as the stylesheet draws them: 11 px semibold, wrapped at 120 px, below the node.
const LABEL_CHAR_WIDTH = 6.4;
const LABEL_MAX_WIDTH = 120;
const LABEL_LINE_HEIGHT = 14;
const LABEL_MARGIN = 4;

/**
 * An entity's box with its label, estimated from the text rather than measured: the first layout
 * runs before anything is drawn, when Cytoscape knows no label sizes yet.
 */
export function labelledBox(id: string, label: string, size: number): LayoutNode {
  const textWidth = label.length * LABEL_CHAR_WIDTH;
  const lines = Math.max(1, Math.ceil(textWidth / LABEL_MAX_WIDTH));
  const width = Math.max(size, Math.min(textWidth, LABEL_MAX_WIDTH));
  return {
    id,
    width,
    height: size + LABEL_MARGIN + lines * LABEL_LINE_HEIGHT,
    centre: { x: width / 2, y: size / 2 },
  };
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

/**
 * How much larger than the largest entity (64 px) a node is drawn: 1 for any entity, more for a
 * collapsed group (its `size`). Boxes and the layout worker's nodes, which carry no size, count 1.
 */
function oversize(node: cytoscape.NodeSingular): number {
  const size = Number(node.data('size'));
  return Number.isFinite(size) && !node.isParent() ? Math.max(1, size / 64) : 1;
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
    // Entities are at most 64 px across; larger nodes are collapsed groups. Held by many thick
    // bundles, they pile up unless they push like ten entities, keep longer and looser lines.
    nodeRepulsion: (node: cytoscape.NodeSingular) => {
      const o = oversize(node);
      return o > 1 ? 90_000 * o ** 2 : 9000;
    },
    idealEdgeLength: (edge: cytoscape.EdgeSingular) => {
      const o = Math.max(oversize(edge.source()), oversize(edge.target()));
      return o > 1 ? 200 * o : 95;
    },
    edgeElasticity: (edge: cytoscape.EdgeSingular) =>
      Math.max(oversize(edge.source()), oversize(edge.target())) > 1 ? 0.1 : 0.35,
    gravity: 0.3,
    gravityRange: 3.2,
    // Groups drawn as boxes (compound nodes): members held close together, so that a box does
    // not stretch across the canvas towards its members' many outside relations. No effect on
    // a graph without boxes.
    nestingFactor: 0.8,
    gravityCompound: 8,
    gravityRangeCompound: 0.6,
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
  'elk.spacing.nodeNode': '16',
  'elk.layered.spacing.nodeNodeBetweenLayers': '44',
  'elk.spacing.componentComponent': '40',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.separateConnectedComponents': 'true',
  // Components are packed in the order given: the largest first, so the main hierarchy is on top.
  'elk.layered.considerModelOrder.components': 'MODEL_ORDER',
};

/** Below this many leaves under one superior, they stay in a row; from it on, they wrap. */
const LEAF_BLOCK_MIN = 6;
const BLOCK_GAP = { x: 14, y: 12 };

/** Leaves of one superior, laid out as a grid that ELK places as one box. */
interface LeafBlock {
  id: string;
  members: LayoutNode[];
  columns: number;
  cell: { width: number; height: number };
}

/**
 * Groups the subordinates that have nothing below them and no other link into one block per
 * superior, when there are many: a long row of leaves would make the hierarchy too wide to read
 * at screen size, so they wrap into a grid under their superior instead.
 */
export function groupLeaves(input: LayoutInput): {
  nodes: LayoutNode[];
  links: LayeringLink[];
  blocks: LeafBlock[];
} {
  const linksOf = new Map<string, LayeringLink[]>();
  for (const link of input.links)
    for (const end of [link.upper, link.lower])
      linksOf.set(end, [...(linksOf.get(end) ?? []), link]);
  const fixed = new Set(input.fixed.map((f) => f.nodeId));
  const leavesOf = new Map<string, LayoutNode[]>();
  for (const node of input.nodes) {
    const links = linksOf.get(node.id) ?? [];
    const uppers = new Set(links.map((l) => (l.lower === node.id ? l.upper : null)));
    const [upper] = uppers;
    if (links.length === 0 || uppers.size !== 1 || !upper || fixed.has(node.id)) continue;
    leavesOf.set(upper, [...(leavesOf.get(upper) ?? []), node]);
  }
  const blocks: LeafBlock[] = [];
  const grouped = new Map<string, string>();
  for (const [upper, members] of leavesOf) {
    if (members.length < LEAF_BLOCK_MIN) continue;
    const id = `leaves-of:${upper}`;
    // Taller than wide: width is what runs short on screen.
    const columns = Math.ceil(Math.sqrt(members.length / 2));
    const cell = {
      width: Math.max(...members.map((m) => m.width)) + BLOCK_GAP.x,
      height: Math.max(...members.map((m) => m.height)) + BLOCK_GAP.y,
    };
    blocks.push({ id, members, columns, cell });
    for (const member of members) grouped.set(member.id, id);
  }
  const nodes: LayoutNode[] = input.nodes.filter((n) => !grouped.has(n.id));
  for (const block of blocks) {
    const rows = Math.ceil(block.members.length / block.columns);
    nodes.push({
      id: block.id,
      width: block.columns * block.cell.width,
      height: rows * block.cell.height,
      centre: { x: 0, y: 0 },
    });
  }
  const links: LayeringLink[] = [];
  const seen = new Set<string>();
  for (const link of input.links) {
    const upper = grouped.get(link.upper) ?? link.upper;
    const lower = grouped.get(link.lower) ?? link.lower;
    const key = `${upper}\u0000${lower}`;
    if (upper === lower || seen.has(key)) continue;
    seen.add(key);
    links.push({ id: link.id, upper, lower });
  }
  return { nodes, links, blocks };
}

/** The nodes reordered so that those of bigger connected parts come first (stable otherwise). */
export function largestComponentsFirst<T extends { id: string }>(
  nodes: T[],
  links: readonly LayeringLink[],
): T[] {
  const parent = new Map(nodes.map((n) => [n.id, n.id]));
  const root = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r && parent.has(r)) r = parent.get(r)!;
    parent.set(id, r);
    return r;
  };
  for (const link of links)
    if (parent.has(link.upper) && parent.has(link.lower))
      parent.set(root(link.upper), root(link.lower));
  const size = new Map<string, number>();
  for (const node of nodes) size.set(root(node.id), (size.get(root(node.id)) ?? 0) + 1);
  const order = new Map(nodes.map((n, i) => [n.id, i]));
  return [...nodes].sort(
    (a, b) => size.get(root(b.id))! - size.get(root(a.id))! || order.get(a.id)! - order.get(b.id)!,
  );
}

/** Centres of the entities, laid out in ranks with superiors above their subordinates. */
export async function layeredPositions(input: LayoutInput): Promise<Map<string, Position>> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const { nodes, links, blocks } = groupLeaves(input);
  const ids = new Set(nodes.map((n) => n.id));
  const graph = await new ELK().layout({
    id: 'root',
    layoutOptions: { ...LAYERED_OPTIONS, 'elk.aspectRatio': input.aspectRatio.toFixed(2) },
    children: largestComponentsFirst(nodes, links).map(({ id, width, height }) => ({
      id,
      width,
      height,
    })),
    edges: links
      .filter((link) => ids.has(link.upper) && ids.has(link.lower))
      .map((link) => ({ id: link.id, sources: [link.upper], targets: [link.lower] })),
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const blocksById = new Map(blocks.map((b) => [b.id, b]));
  const positions = new Map<string, Position>();
  for (const child of graph.children ?? []) {
    const corner = { x: child.x ?? 0, y: child.y ?? 0 };
    const block = blocksById.get(child.id);
    if (block) {
      block.members.forEach((member, i) => {
        const column = i % block.columns;
        const row = Math.floor(i / block.columns);
        positions.set(member.id, {
          x:
            corner.x +
            column * block.cell.width +
            (block.cell.width - member.width) / 2 +
            member.centre.x,
          y: corner.y + row * block.cell.height + member.centre.y,
        });
      });
      continue;
    }
    const node = byId.get(child.id);
    if (node) positions.set(child.id, { x: corner.x + node.centre.x, y: corner.y + node.centre.y });
  }
  return positions;
}

/**
 * A hierarchy fitted whole may be too small to name its entities. Then the top of it is shown at
 * the smallest zoom that keeps names, centred across: a hierarchy is read from the top, and the
 * rest is a scroll away (Fit still shows everything).
 */
export function keepNamesLegible(cy: cytoscape.Core): void {
  if (cy.zoom() >= LOWEST_LEGIBLE_ZOOM) return;
  const box = cy.elements().boundingBox();
  cy.zoom(LOWEST_LEGIBLE_ZOOM);
  cy.pan({
    x: cy.width() / 2 - ((box.x1 + box.x2) / 2) * LOWEST_LEGIBLE_ZOOM,
    y: 24 - box.y1 * LOWEST_LEGIBLE_ZOOM,
  });
}

export async function hierarchicalLayout(input: LayoutInput): Promise<LayoutOptions> {
  return layeredPresetLayout(await layeredPositions(input));
}

/** Applies positions the layered layout computed (here or in the layout worker). */
export function layeredPresetLayout(positions: ReadonlyMap<string, Position>): LayoutOptions {
  return {
    name: 'preset',
    positions: (node: cytoscape.NodeSingular) => positions.get(node.id()),
    fit: true,
    padding: 40,
    animate: false,
    stop: (event: cytoscape.LayoutEventObject) => keepNamesLegible(event.cy),
  } as LayoutOptions;
}

/** Options for the named layout, once fcose or ELK is loaded. */
export async function planLayout(name: LayoutName, input: LayoutInput): Promise<LayoutOptions> {
  switch (name) {
    case 'hierarchical':
      return hierarchicalLayout(input);
    case 'concentric':
      return concentricLayout();
    case 'force':
    default:
      await loadLayoutExtensions();
      return forceLayout(input.nodes.length, { fixed: input.fixed });
  }
}

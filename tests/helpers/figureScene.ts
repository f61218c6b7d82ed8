/**
 * Scenes for figure tests without a browser: the view's entities and relations, laid out by the
 * app's own layouts (fcose on a headless Cytoscape, or ELK's layered layout for the hierarchical
 * one), styled as the stylesheet draws them by default.
 */
import { buildGraphIndex } from '../../src/domain/graphIndex';
import { layeringLinks } from '../../src/domain/hierarchy';
import type { Dataset } from '../../src/domain/schema';
import { computeView } from '../../src/domain/view';
import { getDefaultViewState, type ViewState } from '../../src/domain/viewState';
import { nodeSize } from '../../src/graph/elements';
import type { MeasureText } from '../../src/graph/export/measure';
import type { GraphScene } from '../../src/graph/export/plan';
import { computeForceLayout } from '../../src/graph/layoutCompute';
import { labelledBox, layeredPositions, loadLayoutExtensions } from '../../src/graph/layouts';

/** An estimate of the browser's measure: the sans-serif's average character width. */
export const estimateMeasure: MeasureText = (text, font) =>
  [...text].length * font.size * (font.weight >= 600 ? 0.58 : 0.51);

export async function sceneOf(
  dataset: Dataset,
  patch: Partial<ViewState> = {},
): Promise<GraphScene> {
  const index = buildGraphIndex(dataset);
  const view = { ...getDefaultViewState(), ...patch };
  const graphView = computeView(index, view);
  const nodes = dataset.nodes.filter((n) => graphView.nodeIds.has(n.id));
  const edges = dataset.edges.filter((e) => graphView.edgeIds.has(e.id));
  const degree = (id: string) => index.edgesByNode.get(id)?.length ?? 0;
  const boxes = nodes.map((n) => labelledBox(n.id, n.label, nodeSize(degree(n.id))));
  let positionOf: (id: string, i: number) => { x: number; y: number };
  if (view.layout === 'hierarchical') {
    const placed = await layeredPositions({
      nodes: boxes,
      links: layeringLinks(
        index,
        edges.map((e) => e.id),
      ),
      fixed: [],
      aspectRatio: 1.6,
    });
    positionOf = (id) => placed.get(id) ?? { x: 0, y: 0 };
  } else {
    await loadLayoutExtensions();
    const at = new Map(nodes.map((n, i) => [n.id, i]));
    const positions = computeForceLayout({
      kind: 'force',
      id: 1,
      sizes: new Float32Array(boxes.flatMap((b) => [b.width, b.height])),
      ends: new Uint32Array(edges.flatMap((e) => [at.get(e.source)!, at.get(e.target)!])),
      fixed: [],
    });
    positionOf = (_id, i) => ({ x: positions[2 * i]!, y: positions[2 * i + 1]! });
  }
  return {
    nodes: nodes.map((n, i) => {
      const size = nodeSize(degree(n.id));
      return {
        id: n.id,
        ...positionOf(n.id, i),
        width: size,
        height: size,
        shape: 'ellipse',
        fill: '#2f6db5',
        border: { colour: '#ffffff', width: 2, dashed: false },
        opacity: 1,
        underlay: null,
        label: n.label,
        labelColour: '#1d232b',
        outlineColour: '#ffffff',
        textOpacity: 1,
        rank: degree(n.id),
      };
    }),
    edges: edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      colour: '#b2182b',
      width: 1.6,
      lineStyle: 'solid',
      opacity: 0.85,
      arrow: 'filled' as const,
      arrowScale: 0.9,
      underlay: null,
      bundled: false,
      verb: null,
      verbColour: '#3b4450',
      verbBackground: '#ffffff',
    })),
  };
}

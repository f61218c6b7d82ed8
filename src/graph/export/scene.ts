/**
 * Reads what a figure shows out of Cytoscape, once, into plain data (plan.ts plans it, draw.ts and
 * svg.ts paint it): each entity's place, shape and computed colours, each relation's ends and line
 * style. Names come from the data, not the label style: the canvas may hide a name at overview
 * zoom, a figure never leaves one out.
 */
import type { Collection, EdgeSingular, NodeSingular } from 'cytoscape';
import { GROUP_BUNDLE_CLASS } from '../groupElements';
import type { GraphScene, SceneEdge, SceneNode } from './plan';

function underlayOf(ele: NodeSingular | EdgeSingular): SceneNode['underlay'] {
  const opacity = ele.numericStyle('underlay-opacity');
  return opacity > 0
    ? {
        colour: String(ele.style('underlay-color')),
        opacity,
        padding: ele.numericStyle('underlay-padding'),
      }
    : null;
}

/** Selected entities are named first, then highlighted ones, then by how connected they are. */
function rankOf(node: NodeSingular): number {
  return (
    (node.selected() ? 1_000_000 : 0) +
    (node.hasClass('highlighted') ? 100_000 : 0) +
    node.degree(false)
  );
}

function sceneNode(node: NodeSingular): SceneNode {
  const { x, y } = node.position();
  return {
    id: node.id(),
    x,
    y,
    width: node.width(),
    height: node.height(),
    shape: String(node.style('shape')),
    fill: String(node.style('background-color')),
    border: {
      colour: String(node.style('border-color')),
      width: node.numericStyle('border-width'),
      dashed: node.style('border-style') === 'dashed',
    },
    opacity: node.effectiveOpacity(),
    underlay: underlayOf(node),
    label: String(node.data('label') ?? ''),
    labelColour: String(node.style('color')),
    outlineColour: String(node.style('text-outline-color')),
    textOpacity: Math.max(0, Math.min(1, node.numericStyle('text-opacity'))),
    rank: rankOf(node),
  };
}

function sceneEdge(edge: EdgeSingular, verbFamilies: ReadonlySet<string>): SceneEdge {
  const shape = String(edge.style('target-arrow-shape'));
  return {
    id: edge.id(),
    source: String(edge.data('source')),
    target: String(edge.data('target')),
    colour: String(edge.style('line-color')),
    width: edge.numericStyle('width'),
    lineStyle: String(edge.style('line-style')),
    opacity: edge.effectiveOpacity(),
    arrow:
      shape === 'none'
        ? 'none'
        : edge.style('target-arrow-fill') === 'hollow'
          ? 'hollow'
          : 'filled',
    arrowScale: edge.numericStyle('arrow-scale'),
    underlay: underlayOf(edge),
    bundled: edge.hasClass('bundled') || edge.style('curve-style') === 'haystack',
    // A bundle's label is its count, not a verb.
    verb:
      verbFamilies.has(String(edge.data('family'))) && !edge.hasClass(GROUP_BUNDLE_CLASS)
        ? String(edge.data('label') ?? '') || null
        : null,
    verbColour: String(edge.style('color')),
    verbBackground: String(edge.style('text-background-color')),
  };
}

/**
 * The scene of these elements: their entities, and the relations whose both ends are among them
 * (a relation leading out of the figure has nowhere to end).
 */
export function readScene(elements: Collection, verbFamilies: ReadonlySet<string>): GraphScene {
  const nodes = elements.nodes().map(sceneNode);
  const ids = new Set(nodes.map((n) => n.id));
  const edges: SceneEdge[] = [];
  elements.edges().forEach((edge) => {
    if (ids.has(edge.source().id()) && ids.has(edge.target().id()))
      edges.push(sceneEdge(edge, verbFamilies));
  });
  return { nodes, edges };
}

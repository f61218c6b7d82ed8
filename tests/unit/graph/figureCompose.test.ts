import { beforeAll, describe, expect, it } from 'vitest';
import { boxesOverlap, type Box } from '../../../src/domain/labelPlacement';
import { parseDataset } from '../../../src/domain/schema';
import { composeFigure, type Composition } from '../../../src/graph/export/compose';
import type { LegendContent } from '../../../src/graph/export/legend';
import {
  normalisedCentres,
  overlappingTexts,
  type GraphScene,
  type PlannedGraph,
} from '../../../src/graph/export/plan';
import { generateSyntheticDataset } from '../../../scripts/lib/synthetic';
import { loadDefaultDataset, visibleEntityCount } from '../../helpers/defaultDataset';
import { estimateMeasure, sceneOf } from '../../helpers/figureScene';

const SLIDE = { width: 1280, height: 720 };
const TEXTS = {
  title: "Kata'ib Hizballah: Iran's chosen proxy in Iraq",
  subtitleLines: ['All dates · 57 of 91 entities, 64 of 174 relations', 'Command view (de facto)'],
  footer: 'Source: War on the Rocks, “The Still-Growing Threat of Iran’s Chosen Proxy in Iraq”',
};
const LEGEND: LegendContent = {
  entityTypes: ['Organization', 'Person', 'Place', 'Concept'].map((label) => ({
    label,
    colour: '#2f6db5',
    shape: 'ellipse',
  })),
  families: ['Command', 'Membership', 'Support'].map((label) => ({ label, colour: '#b2182b' })),
  lineStyles: [{ style: 'dashed', label: 'Claimed or suspected' }],
  changes: [],
  undated: false,
};

function compose(scene: GraphScene, nameSize = 14, page: typeof SLIDE | null = SLIDE) {
  return composeFigure({ scene, texts: TEXTS, legend: LEGEND, page, nameSize }, estimateMeasure);
}

function bodyOf(node: PlannedGraph['nodes'][number]): Box {
  return {
    x1: node.px - node.w / 2,
    y1: node.py - node.h / 2,
    x2: node.px + node.w / 2,
    y2: node.py + node.h / 2,
  };
}

/** Names over names or entities, entities or names over the legend, anything outside the page. */
function problems({ layout, plan }: Composition): string[] {
  const found: string[] = [];
  if (!plan) return ['no plan'];
  if (overlappingTexts(plan) > 0) found.push(`${overlappingTexts(plan)} overlapping texts`);
  for (const node of plan.nodes) {
    if (!node.labelBox) found.push(`${node.id} has no name`);
    for (const other of plan.nodes)
      if (node.labelBox && boxesOverlap(node.labelBox, bodyOf(other)))
        found.push(`name of ${node.id} over ${other.id}`);
    const legend = layout.legendBox;
    if (legend) {
      const box = {
        x1: legend.x,
        y1: legend.y,
        x2: legend.x + legend.width,
        y2: legend.y + legend.height,
      };
      if (boxesOverlap(bodyOf(node), box)) found.push(`${node.id} under the legend`);
      if (node.labelBox && boxesOverlap(node.labelBox, box))
        found.push(`name of ${node.id} under the legend`);
    }
  }
  const { graph } = layout;
  const { extent } = plan;
  if (extent.x1 < graph.x - 1 || extent.x2 > graph.x + graph.width + 1)
    found.push('wider than its room');
  if (extent.y1 < graph.y - 1 || extent.y2 > graph.y + graph.height + 1)
    found.push('taller than its room');
  return found;
}

describe('a figure for a slide', () => {
  let network: GraphScene;
  let command: GraphScene;
  beforeAll(async () => {
    const dataset = loadDefaultDataset();
    network = await sceneOf(dataset);
    command = await sceneOf(dataset, { mode: 'command' });
  }, 120_000);

  it('fits the command view on a 16:9 slide with names of at least 12 px, none over another', () => {
    const figure = compose(command);
    expect(figure.layout.width / figure.layout.height).toBeCloseTo(16 / 9, 2);
    expect(problems(figure)).toEqual([]);
    expect(figure.plan!.nodes).toHaveLength(visibleEntityCount({ mode: 'command' }));
    expect(figure.placement.nameSizeOnPage).toBeGreaterThanOrEqual(12);
  });

  it('draws the whole default network with every name and none over another, on a larger page if need be, and says so', () => {
    const figure = compose(network);
    expect(problems(figure)).toEqual([]);
    expect(figure.plan!.nodes).toHaveLength(visibleEntityCount());
    const { growth } = figure.placement;
    expect(figure.layout.width / figure.layout.height).toBeCloseTo(16 / 9, 2);
    expect(figure.layout.width).toBe(Math.round(1280 * growth));
    if (growth > 1) expect(figure.notes.join(' ')).toMatch(/drawn [\d.]+× larger/);
  });

  it('fills its room: the graph spans the width or the height of what the texts leave', () => {
    for (const scene of [network, command]) {
      const { layout, plan } = compose(scene);
      const width = (plan!.extent.x2 - plan!.extent.x1) / layout.graph.width;
      const height = (plan!.extent.y2 - plan!.extent.y1) / layout.graph.height;
      expect(Math.max(width, height)).toBeGreaterThan(0.95);
      expect(Math.min(width, height)).toBeGreaterThan(0.8);
    }
  });

  it('keeps larger names legible by giving them room, never by dropping any', () => {
    const figure = compose(command, 22);
    expect(problems(figure)).toEqual([]);
    expect(figure.plan!.nameFont.size).toBe(22);
  });

  it('draws at the graph’s own size without a page: every name, none over another', () => {
    const figure = compose(network, 11, null);
    expect(problems(figure)).toEqual([]);
    expect(figure.placement.growth).toBe(1);
  });

  it('places the names of a dense synthetic graph on a slide without two intersecting', async () => {
    const parsed = parseDataset(generateSyntheticDataset({ entities: 200, seed: 5 }));
    if (!parsed.ok) throw new Error('the synthetic dataset does not parse');
    const figure = compose(await sceneOf(parsed.dataset));
    expect(problems(figure)).toEqual([]);
    expect(figure.placement.growth).toBeGreaterThan(1);
    expect(figure.plan!.nodes.filter((n) => n.labelBox)).toHaveLength(200);
  }, 120_000);
});

describe('normalisedCentres', () => {
  it('keeps every entity’s order along each axis and spans 0 to 1', () => {
    const nodes = [
      { x: 0, y: 5 },
      { x: 1, y: 0 },
      { x: 2, y: 100 },
      { x: 100, y: 50 },
    ];
    const { u, v } = normalisedCentres(nodes, 0.7);
    expect([...u]).toEqual([...u].sort((a, b) => a - b));
    expect(u[0]).toBe(0);
    expect(u[3]).toBe(1);
    expect(v[1]).toBe(0);
    expect(v[2]).toBe(1);
    // The crowded left three are opened up: more room between them than their share of the span.
    expect(u[2]! - u[0]!).toBeGreaterThan(0.3);
  });

  it('puts equal coordinates at the same place, and a lone entity in the middle', () => {
    expect([
      ...normalisedCentres(
        [
          { x: 3, y: 3 },
          { x: 3, y: 9 },
        ],
        0.5,
      ).u,
    ]).toEqual([0.5, 0.5]);
    expect([...normalisedCentres([{ x: 3, y: 3 }], 0.5).v]).toEqual([0.5]);
  });
});

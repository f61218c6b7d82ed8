import { beforeAll, describe, expect, it } from 'vitest';
import { boxesOverlap, type Box } from '../../../src/domain/labelPlacement';
import type { Annotation } from '../../../src/domain/annotations';
import { axisMap } from '../../../src/graph/export/annotations';
import { composeFigure } from '../../../src/graph/export/compose';
import type { GraphScene } from '../../../src/graph/export/plan';
import { annotationsOverMarkup, figureSvg } from '../../../src/graph/export/svg';
import { FIGURE_THEMES } from '../../../src/graph/export/theme';
import { loadDefaultDataset } from '../../helpers/defaultDataset';
import { estimateMeasure, sceneOf } from '../../helpers/figureScene';

const TEXTS = { title: 'Briefing', subtitleLines: ['All dates'], footer: 'Source: test' };
const SLIDE = { width: 1280, height: 720 };

describe('annotations in a figure', () => {
  let command: GraphScene;
  beforeAll(async () => {
    command = await sceneOf(loadDefaultDataset(), { mode: 'command' });
  }, 120_000);

  function compose(annotations: Annotation[]) {
    return composeFigure(
      { scene: command, texts: TEXTS, legend: null, page: SLIDE, nameSize: 14, annotations },
      estimateMeasure,
    );
  }

  /** Every name, entity and verb the figure placed. */
  function drawnBoxes(figure: ReturnType<typeof compose>): Box[] {
    return figure.plan!.nodes.flatMap((n) => [
      { x1: n.px - n.w / 2, y1: n.py - n.h / 2, x2: n.px + n.w / 2, y2: n.py + n.h / 2 },
      ...(n.labelBox ? [n.labelBox] : []),
    ]);
  }

  it('places notes and callouts clear of every name and entity, inside the graph’s room', () => {
    const [first, second] = command.nodes;
    const figure = compose([
      { kind: 'note', id: 1, x: first!.x, y: first!.y, text: 'Right on top of an entity' },
      {
        kind: 'callout',
        id: 2,
        target: { kind: 'node', id: second!.id },
        dx: 40,
        dy: -40,
        text: 'A callout\nover two lines',
      },
      {
        kind: 'ring',
        id: 3,
        label: 'Inner circle',
        colour: 'red',
        members: [first!.id, second!.id],
      },
    ]);
    const planned = figure.annotations!;
    expect(planned.cards.map((c) => c.kind)).toEqual(['note', 'callout']);
    expect(planned.overlapping).toBe(0);
    const { graph } = figure.layout;
    for (const card of planned.cards) {
      for (const box of drawnBoxes(figure)) expect(boxesOverlap(card.box, box)).toBe(false);
      expect(card.box.x1).toBeGreaterThanOrEqual(graph.x);
      expect(card.box.x2).toBeLessThanOrEqual(graph.x + graph.width);
      expect(card.box.y1).toBeGreaterThanOrEqual(graph.y);
      expect(card.box.y2).toBeLessThanOrEqual(graph.y + graph.height);
    }
    // The callout's line ends by its entity, the ring goes round both members with its label.
    const callout = planned.cards[1]!;
    const target = figure.plan!.nodes.find((n) => n.id === second!.id)!;
    expect(
      Math.hypot(callout.leader!.to.x - target.px, callout.leader!.to.y - target.py),
    ).toBeLessThan(Math.max(target.w, target.h));
    expect(callout.lines).toEqual(['A callout', 'over two lines']);
    expect(planned.rings).toHaveLength(1);
    expect(planned.rings[0]!.shape.members).toHaveLength(2);
    expect(planned.rings[0]!.shape.links).toEqual([[0, 1]]);
    const label = planned.rings[0]!.label!.box;
    for (const box of drawnBoxes(figure)) expect(boxesOverlap(label, box)).toBe(false);
  });

  it('leaves out what points at nothing in the figure and notes far from what it shows', () => {
    const figure = compose([
      {
        kind: 'callout',
        id: 1,
        target: { kind: 'node', id: 'not-drawn' },
        dx: 0,
        dy: 0,
        text: 'x',
      },
      { kind: 'ring', id: 2, label: '', colour: 'blue', members: ['not-drawn'] },
      { kind: 'note', id: 3, x: 1e5, y: 1e5, text: 'Far away' },
    ]);
    expect(figure.annotations!.cards).toEqual([]);
    expect(figure.annotations!.rings).toEqual([]);
  });

  it('writes hostile text as text in the SVG', () => {
    const figure = compose([
      {
        kind: 'note',
        id: 1,
        x: command.nodes[0]!.x,
        y: command.nodes[0]!.y,
        text: '<script>alert(1)</script> & "x"',
      },
    ]);
    const markup = annotationsOverMarkup(figure.annotations!);
    expect(markup).not.toContain('<script>');
    expect(markup).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
    const svg = figureSvg(figure.layout, FIGURE_THEMES.white, figure.plan, 'T', figure.annotations);
    expect(svg).toContain('class="annotation-note"');
  });
});

describe('carrying graph coordinates into a figure', () => {
  it('interpolates between entities, keeps order, and extends past the ends', () => {
    const map = axisMap([
      { from: 0, to: 100 },
      { from: 10, to: 300 },
      { from: 20, to: 350 },
      // A nudged entity out of order does not fold the map back.
      { from: 15, to: 200 },
    ]);
    expect(map(5)).toBe(200);
    expect(map(10)).toBe(300);
    expect(map(12.5)).toBe(300);
    expect(map(-10)).toBeLessThan(100);
    expect(map(30)).toBeGreaterThan(350);
  });
});

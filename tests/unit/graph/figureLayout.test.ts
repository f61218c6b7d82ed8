import { describe, expect, it } from 'vitest';
import {
  EMPTY_GRAPH_TEXT,
  fitWithEllipsis,
  layoutFigure,
  MARGIN,
  wrapText,
  type FigureItem,
  type LayoutInput,
} from '../../../src/graph/export/layout';
import type { LegendContent } from '../../../src/graph/export/legend';
import type { MeasureText } from '../../../src/graph/export/measure';

/** Every character half as wide as the font is tall: predictable, like a monospace font. */
const measure: MeasureText = (text, font) => [...text].length * font.size * 0.5;
const FONT = { size: 10, weight: 400 };

const legend: LegendContent = {
  entityTypes: [{ label: 'Organization', colour: '#2f6db5', shape: 'round-rectangle' }],
  families: [{ label: 'Command', colour: '#b2182b' }],
  lineStyles: [{ style: 'dashed', label: 'Claimed or suspected' }],
  changes: [],
  undated: false,
};

function input(patch: Partial<LayoutInput> = {}): LayoutInput {
  return {
    texts: {
      title: 'A title',
      subtitleLines: ['All dates · 2 of 2 entities'],
      footer: 'Source: X',
    },
    legend,
    graph: { width: 800, height: 600, empty: false },
    ...patch,
  };
}

function textItem(items: FigureItem[], text: string) {
  const item = items.find((i) => i.kind === 'text' && i.text === text);
  if (item?.kind !== 'text') throw new Error(`no text "${text}"`);
  return item;
}

const texts = (items: FigureItem[]) =>
  items.flatMap((item) => (item.kind === 'text' ? [item.text] : []));

describe('wrapText', () => {
  it('breaks at spaces to fit the width', () => {
    expect(wrapText('aaa bbb ccc', 30, FONT, measure, 5)).toEqual(['aaa', 'bbb', 'ccc']);
    expect(wrapText('aaa bbb ccc', 40, FONT, measure, 5)).toEqual(['aaa bbb', 'ccc']);
  });

  it('breaks words longer than a line, and ends the last kept line with an ellipsis', () => {
    expect(wrapText('abcdefghij', 30, FONT, measure, 5)).toEqual(['abcdef', 'ghij']);
    expect(wrapText('aa bb cc dd', 20, FONT, measure, 2)).toEqual(['aa', 'bb…']);
  });
});

describe('fitWithEllipsis', () => {
  it('keeps what fits and cuts the rest with an ellipsis', () => {
    expect(fitWithEllipsis('short', 100, FONT, measure)).toBe('short');
    expect(fitWithEllipsis('a long label', 30, FONT, measure)).toBe('a lon…');
  });
});

describe('layoutFigure', () => {
  it('stacks title, subtitle, graph and footer, with the legend beside the graph', () => {
    const layout = layoutFigure(input(), measure);
    expect(texts(layout.items)).toEqual([
      'A title',
      'All dates · 2 of 2 entities',
      'ENTITIES',
      'Organization',
      'RELATIONS',
      'Command',
      'LINE STYLES',
      'Claimed or suspected',
      'Source: X',
    ]);
    const title = textItem(layout.items, 'A title');
    const subtitle = textItem(layout.items, 'All dates · 2 of 2 entities');
    expect(title.y).toBeLessThan(subtitle.y);
    expect(layout.graph.x).toBe(MARGIN);
    expect(layout.graph.y).toBeGreaterThan(subtitle.y);
    expect(textItem(layout.items, 'ENTITIES').x).toBeGreaterThan(
      layout.graph.x + layout.graph.width,
    );
    expect(textItem(layout.items, 'Source: X').y).toBeGreaterThan(
      layout.graph.y + layout.graph.height,
    );
    expect(layout.height).toBeGreaterThan(layout.graph.y + layout.graph.height + MARGIN);
  });

  it('says what changed and what is faded for lack of dates, when the view shows it', () => {
    const layout = layoutFigure(
      input({
        legend: {
          ...legend,
          changes: [
            { label: 'Appeared', colour: '#009e73' },
            { label: 'Ended', colour: '#d55e00' },
          ],
          undated: true,
        },
      }),
      measure,
    );
    const shown = texts(layout.items);
    expect(shown.slice(shown.indexOf('WHAT CHANGED'), -1)).toEqual([
      'WHAT CHANGED',
      'Appeared',
      'Ended',
      'Unchanged (dimmed)',
      'DATES',
      'Undated: drawn faded',
    ]);
    const appeared = layout.items.find((i) => i.kind === 'line' && i.colour === '#009e73');
    expect(appeared).toBeDefined();
  });

  it('keeps every item inside the figure', () => {
    const layout = layoutFigure(
      input({
        texts: {
          title: 'word '.repeat(200),
          subtitleLines: ['x'.repeat(5000)],
          footer: 'y '.repeat(900),
        },
        legend: { ...legend, entityTypes: [{ ...legend.entityTypes[0]!, label: 'z'.repeat(300) }] },
      }),
      measure,
    );
    for (const item of layout.items) {
      if (item.kind !== 'text') continue;
      const width = measure(item.text, item.font);
      expect(item.x).toBeGreaterThanOrEqual(MARGIN);
      expect(item.x + width).toBeLessThanOrEqual(layout.width - MARGIN + 0.001);
      expect(item.y).toBeLessThan(layout.height - MARGIN);
    }
  });

  it('leaves out what is empty and widens a small graph to a readable width', () => {
    const layout = layoutFigure(
      input({
        texts: { title: '', subtitleLines: ['', ''], footer: '' },
        legend: null,
        graph: { width: 100, height: 80, empty: false },
      }),
      measure,
    );
    expect(layout.items).toEqual([]);
    expect(layout.graph.y).toBe(MARGIN);
    expect(layout.width).toBeGreaterThan(100 + 2 * MARGIN);
    expect(layout.graph.x).toBeGreaterThan(MARGIN); // centred
    expect(layout.height).toBe(80 + 2 * MARGIN);
  });

  it('says so when nothing is visible', () => {
    const layout = layoutFigure(
      input({ legend: null, graph: { width: 0, height: 0, empty: true } }),
      measure,
    );
    expect(texts(layout.items)).toContain(EMPTY_GRAPH_TEXT);
    expect(layout.graph.width).toBeGreaterThan(0);
  });
});

describe('layoutFigure on a page', () => {
  const page = { width: 1280, height: 720 };

  it('is exactly the page, the graph taking what the texts leave, the legend framed in its corner', () => {
    const layout = layoutFigure(input({ page }), measure);
    expect(layout).toMatchObject(page);
    const { graph, legendBox } = layout;
    // The subtitle lines share one line on a page.
    expect(texts(layout.items)).toContain('All dates · 2 of 2 entities');
    expect(graph.y).toBeGreaterThan(textItem(layout.items, 'A title').y);
    expect(textItem(layout.items, 'Source: X').y).toBeGreaterThan(graph.y + graph.height);
    expect(textItem(layout.items, 'Source: X').y).toBeLessThan(page.height);
    expect(legendBox).not.toBeNull();
    expect(legendBox!.x + legendBox!.width).toBe(graph.x + graph.width);
    expect(legendBox!.y).toBe(graph.y);
    expect(layout.items).toContainEqual(
      expect.objectContaining({ kind: 'rect', ...legendBox, fill: 'panel' }),
    );
    const heading = textItem(layout.items, 'ENTITIES');
    expect(heading.x).toBeGreaterThan(legendBox!.x);
    expect(heading.y).toBeLessThan(legendBox!.y + legendBox!.height);
  });

  it('puts the legend in the corner asked for', () => {
    const layout = layoutFigure(input({ page, legendCorner: 'bottom-left' }), measure);
    const { graph, legendBox } = layout;
    expect(legendBox!.x).toBe(graph.x);
    expect(legendBox!.y + legendBox!.height).toBe(graph.y + graph.height);
  });

  it('keeps separate subtitle lines when together they would not fit', () => {
    const long = 'w'.repeat(150);
    const layout = layoutFigure(
      input({ page, texts: { title: 'T', subtitleLines: [long, long], footer: '' } }),
      measure,
    );
    expect(texts(layout.items).filter((t) => t === long)).toHaveLength(2);
  });
});

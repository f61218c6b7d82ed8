import { describe, expect, it } from 'vitest';
import type { StylesheetStyle } from 'cytoscape';
import { graphStylesheet, stylesheetFor } from '../../../src/graph/stylesheet';

function styleOf(sheet: ReturnType<typeof stylesheetFor>, selector: string) {
  const block = sheet.find((b) => b.selector === selector) as StylesheetStyle | undefined;
  return block?.style as Record<string, unknown>;
}

describe('stylesheetFor', () => {
  it('gives small graphs the full style', () => {
    expect(stylesheetFor(false)).toBe(graphStylesheet);
  });

  it('gives large graphs straight edges without labels or arrows, and labels only zoomed in', () => {
    const sheet = stylesheetFor(true);
    expect(styleOf(sheet, 'edge')).toMatchObject({ 'curve-style': 'haystack' });
    expect(styleOf(sheet, 'edge')).not.toHaveProperty('label');
    expect(styleOf(sheet, 'edge')).not.toHaveProperty('target-arrow-shape');
    const node = styleOf(sheet, 'node');
    expect(node['min-zoomed-font-size']).toBeGreaterThan(
      styleOf(graphStylesheet, 'node')['min-zoomed-font-size'] as number,
    );
    expect(node).not.toHaveProperty('text-outline-width');
    // Colours, shapes and sizes are the full style's.
    for (const key of ['background-color', 'shape', 'width', 'label'])
      expect(node[key]).toBe(styleOf(graphStylesheet, 'node')[key]);
  });

  it('keeps the selection, highlight and export blocks', () => {
    const selectors = (sheet: ReturnType<typeof stylesheetFor>) => sheet.map((b) => b.selector);
    expect(selectors(stylesheetFor(true))).toEqual(selectors(graphStylesheet));
  });
});

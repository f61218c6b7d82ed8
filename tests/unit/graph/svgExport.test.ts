import { describe, expect, it } from 'vitest';
import { nodeShapePath } from '../../../src/graph/export/shapes';
import { escapeXml } from '../../../src/graph/export/svg';

describe('escapeXml', () => {
  it('escapes markup so a label stays text', () => {
    expect(escapeXml(`<img src=x onerror="alert('x')"> & co`)).toBe(
      '&lt;img src=x onerror=&quot;alert(&apos;x&apos;)&quot;&gt; &amp; co',
    );
  });

  it('drops characters XML 1.0 forbids but keeps tabs, line breaks and astral characters', () => {
    expect(escapeXml('a\u0000b\u0007c\u001Fd\uFFFEe')).toBe('abcde');
    expect(escapeXml('lone \uD800 high, lone \uDC00 low')).toBe('lone  high, lone  low');
    expect(escapeXml('tab\tline\nemoji 😀')).toBe('tab\tline\nemoji 😀');
  });
});

describe('nodeShapePath', () => {
  const coordinates = (path: string) => (path.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

  it.each(['diamond', 'hexagon', 'octagon', 'triangle', 'star', 'round-tag'])(
    'draws a closed %s inside the node box',
    (shape) => {
      const path = nodeShapePath(shape, 100, 50, 40, 20);
      expect(path).toMatch(/^M.*Z$/);
      const values = coordinates(path);
      const xs = values.filter((_, i) => i % 2 === 0);
      const ys = values.filter((_, i) => i % 2 === 1);
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(80);
      expect(Math.max(...xs)).toBeLessThanOrEqual(120);
      expect(Math.min(...ys)).toBeGreaterThanOrEqual(40);
      expect(Math.max(...ys)).toBeLessThanOrEqual(60);
      // It fills the box: the extreme points reach its edges.
      expect(Math.max(...xs) - Math.min(...xs)).toBeCloseTo(40, 0);
      expect(Math.max(...ys) - Math.min(...ys)).toBeCloseTo(20, 0);
    },
  );

  it('draws a round rectangle with corners of at most 8 px, and falls back to it', () => {
    const path = 'M85 40H115Q120 40 120 45V55Q120 60 115 60H85Q80 60 80 55V45Q80 40 85 40Z';
    expect(nodeShapePath('round-rectangle', 100, 50, 40, 20)).toBe(path);
    expect(nodeShapePath('no-such-shape', 100, 50, 40, 20)).toBe(path);
  });

  it('draws an ellipse as two arcs', () => {
    expect(nodeShapePath('ellipse', 10, 10, 20, 10)).toBe(
      'M0 10a10 5 0 1 0 20 0a10 5 0 1 0 -20 0Z',
    );
  });
});

import type { StylesheetStyle } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  RELATION_END_HOVERED_CLASS,
  RELATION_HOVERED_CLASS,
  SELECTED_RELATION_END_CLASS,
} from '../../../src/graph/controllers/relationHover';
import { graphStylesheet, RELATION_EMPHASIS } from '../../../src/graph/stylesheet';

function styleOf(selector: string): Record<string, unknown> {
  const block = graphStylesheet.find((b) => b.selector === selector) as StylesheetStyle | undefined;
  if (!block) throw new Error(`no block for ${selector}`);
  return block.style as Record<string, unknown>;
}

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('relations under the pointer and selected', () => {
  const base = Number(styleOf('edge').width);

  it('draws the hovered relation wider, over a band, and rings its ends', () => {
    const hovered = styleOf(`edge.${RELATION_HOVERED_CLASS}`);
    expect(Number(hovered.width)).toBeGreaterThanOrEqual(base * 1.8);
    expect(Number(hovered['underlay-opacity'])).toBeGreaterThan(0);
    expect(hovered.opacity).toBe(1);
    expect(styleOf(`node.${RELATION_END_HOVERED_CLASS}`)['border-color']).toBe(
      RELATION_EMPHASIS.colour,
    );
  });

  it('draws the selected relation wider still than a hovered one, its ends ringed', () => {
    const selected = styleOf('edge:selected');
    expect(Number(selected.width)).toBeGreaterThan(
      Number(styleOf(`edge.${RELATION_HOVERED_CLASS}`).width),
    );
    // A band in the darker blue itself (the hovered one's is a lighter tint).
    expect(selected['underlay-color']).toBe(RELATION_EMPHASIS.colour);
    expect(Number(selected['underlay-opacity'])).toBeGreaterThan(0);
    expect(styleOf(`node.${SELECTED_RELATION_END_CLASS}`)['border-color']).toBe(
      RELATION_EMPHASIS.colour,
    );
  });

  it('rings ends in a blue that stands out on white (contrast at least 4.5:1)', () => {
    const ratio = (1 + 0.05) / (luminance(RELATION_EMPHASIS.colour) + 0.05);
    expect(ratio).toBeGreaterThanOrEqual(4.5);
  });
});

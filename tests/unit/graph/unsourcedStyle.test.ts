/** What no quote backs is marked in the element data the stylesheet reads; added types keep their colours. */
import { describe, expect, it } from 'vitest';
import { toEdgeElement, toNodeElement } from '../../../src/graph/elements';
import { colourOfEntityType, shapeOfEntityType } from '../../../src/graph/palette';
import { graphStylesheet, stylesheetFor } from '../../../src/graph/stylesheet';
import { buildIndex, edge, node } from '../../helpers/datasetBuilder';

describe('unsourced items on the canvas', () => {
  const index = buildIndex({
    nodes: [node('a'), node('b', { evidence: [] })],
    edges: [
      edge('a', 'commands', 'b', { id: 'bare', evidence: [] }),
      edge('b', 'trains', 'a', { id: 'quoted' }),
    ],
  });

  it('carry an unsourced flag in their data', () => {
    expect(toNodeElement(index, index.dataset.nodes[0]!).data.unsourced).toBe(false);
    expect(toNodeElement(index, index.dataset.nodes[1]!).data.unsourced).toBe(true);
    expect(toEdgeElement(index, index.edgesById.get('bare')!).data.unsourced).toBe(true);
    expect(toEdgeElement(index, index.edgesById.get('quoted')!).data.unsourced).toBe(false);
  });

  it('are styled hollow and dotted, and grey even in the economical style of large graphs', () => {
    const selectors = graphStylesheet.map((b) => b.selector);
    expect(selectors).toContain('node[?unsourced]');
    expect(selectors).toContain('edge[?unsourced]');
    const economical = stylesheetFor(true).find((b) => b.selector === 'edge[?unsourced]');
    expect(economical && 'style' in economical && economical.style).toEqual({
      'line-color': '#8a9099',
    });
  });
});

describe('colours of entity types a dataset adds', () => {
  it('depend on the type alone, not on the order types are met in', () => {
    const first = ['vehicle', 'company', 'unit'].map(colourOfEntityType);
    // Other types asked for first change nothing.
    ['ship', 'bank', 'militia'].forEach(colourOfEntityType);
    expect(['vehicle', 'company', 'unit'].map(colourOfEntityType)).toEqual(first);
    expect(colourOfEntityType('person')).toBe('#d55e00');
    expect(shapeOfEntityType('organization')).toBe('round-rectangle');
    expect(['company', 'vehicle'].map(shapeOfEntityType).every((s) => typeof s === 'string')).toBe(
      true,
    );
  });
});

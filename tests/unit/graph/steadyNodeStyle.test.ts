import cytoscape, { type Core, type NodeCollection, type NodeSingular } from 'cytoscape';
import { beforeEach, describe, expect, it } from 'vitest';
import { keepNodeStyleSteady, workaroundReport } from '../../../src/graph/internals';

/** Cytoscape's own restyle call (not in its typings), as its renderer makes it. */
function updateStyle(elements: NodeSingular | NodeCollection, notifyRenderer?: boolean): void {
  (elements as unknown as { updateStyle(notify?: boolean): void }).updateStyle(notifyRenderer);
}

/** What Cytoscape's canvas renderer does to a node as it draws it, or as the pointer grabs it. */
function internals(node: NodeSingular): { backgrounding: boolean; grabbed: boolean } {
  return (node as unknown as { _private: { backgrounding: boolean; grabbed: boolean } })._private;
}

describe('keepNodeStyleSteady', () => {
  let cy: Core;
  let node: NodeSingular;
  let styleEvents: number;

  beforeEach(() => {
    cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [{ data: { id: 'a' } }, { data: { id: 'b' } }],
    });
    keepNodeStyleSteady(cy);
    node = cy.getElementById('a');
    styleEvents = 0;
    cy.on('style', () => styleEvents++);
  });

  it('finds what it relies on in the installed Cytoscape', () => {
    expect(workaroundReport().find((w) => w.name === 'steady-node-style')?.state).toBe('on');
  });

  it('drops the restyles of a node whose images-loading state flips while it is drawn', () => {
    for (const loading of [true, false, true, false]) {
      internals(node).backgrounding = loading;
      updateStyle(node, false);
    }
    expect(styleEvents).toBe(0);
  });

  it('still restyles a node grabbed and freed by the pointer', () => {
    for (const grabbed of [true, false]) {
      internals(node).grabbed = grabbed;
      updateStyle(node, false);
    }
    expect(styleEvents).toBe(2);
  });

  it('still restyles on class changes and on explicit updates', () => {
    node.addClass('pinned');
    updateStyle(cy.nodes());
    expect(styleEvents).toBe(3);
  });
});

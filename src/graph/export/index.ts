/**
 * Figures for briefings: the graph with its title, subtitle, legend and sources, as PNG or SVG.
 * The only code that reads Cytoscape for an export (scene.ts); the composition is pure
 * (compose.ts, plan.ts) and the painters draw it (draw.ts, svg.ts). The adapter loads this module
 * on demand.
 */
import type { Collection, Core } from 'cytoscape';
import { rebuildLayersNow } from '../internals';
import { POINTER_CLASSES } from '../controllers/relationHover';
import { DARK_EXPORT_CLASS } from '../stylesheet';
import { composeFigure, type Composition } from './compose';
import { collectLegend, elementsInArea } from './legend';
import { createTextMeasurer } from './measure';
import { renderPng } from './png';
import { readScene } from './scene';
import { figureSvg } from './svg';
import { FIGURE_THEMES } from './theme';
import { pageOf, type FigureRequest, type FigureResult } from './types';

/** The elements a request draws: the viewport's, all, or the selection's. */
function elementsOf(cy: Core, request: FigureRequest): Collection {
  if (request.area !== 'selection') return elementsInArea(cy, request.area);
  const chosen = cy.collection();
  for (const id of [...(request.selection?.nodeIds ?? []), ...(request.selection?.edgeIds ?? [])])
    chosen.merge(cy.getElementById(id));
  return chosen;
}

/** Reads the scene and composes the figure; no pixels yet (the dialog's preview stops here). */
export function composeFromGraph(cy: Core, request: FigureRequest): Composition {
  const measure = createTextMeasurer();
  const elements = elementsOf(cy, request);
  // The dark style is on only while the scene is read, synchronously, so the screen never shows it.
  const dark = request.background === 'dark' ? cy.elements() : cy.collection();
  // Where the pointer rests is no part of a figure.
  const pointed = cy.$(POINTER_CLASSES.map((name) => `.${name}`).join(', '));
  cy.batch(() => {
    dark.addClass(DARK_EXPORT_CLASS);
    pointed.removeClass(POINTER_CLASSES.join(' '));
  });
  let scene;
  try {
    scene = readScene(elements, new Set(request.verbFamilies ?? []));
  } finally {
    if (dark.nonempty()) {
      cy.batch(() => dark.removeClass(DARK_EXPORT_CLASS));
      // The restyle dropped the screen's cached picture: rebuilt now, panning stays smooth.
      rebuildLayersNow(cy);
    }
  }
  return composeFigure(
    {
      scene,
      texts: request,
      legend: request.legend ? collectLegend(elements, request.entityTypeLabels) : null,
      page: pageOf(request.size),
      nameSize: request.nameSize,
      annotations: request.annotations,
      background: FIGURE_THEMES[request.background].background,
    },
    measure,
  );
}

export async function exportFigure(cy: Core, request: FigureRequest): Promise<FigureResult> {
  const composition = composeFromGraph(cy, request);
  const theme = FIGURE_THEMES[request.background];
  const { layout, plan, placement, notes, annotations } = composition;
  if (request.format === 'svg') {
    const svg = figureSvg(
      layout,
      theme,
      plan,
      request.title.trim() || 'Linkboard graph',
      annotations,
    );
    return {
      blob: new Blob([svg], { type: 'image/svg+xml' }),
      width: layout.width,
      height: layout.height,
      scale: 1,
      notes,
      placement,
    };
  }
  return renderPng({
    layout,
    theme,
    requestedScale: request.scale,
    plan,
    annotations,
    placement,
    notes,
  });
}

export type { FigureRequest, FigureResult } from './types';

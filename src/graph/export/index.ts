/**
 * Figures for briefings: the graph with its title, subtitle, legend and sources, as PNG or SVG.
 * The only code that reads Cytoscape for an export; the adapter loads it on demand.
 */
import type { Core } from 'cytoscape';
import { DARK_EXPORT_CLASS } from '../stylesheet';
import { collectLegend, elementsInArea } from './legend';
import { layoutFigure } from './layout';
import { createTextMeasurer } from './measure';
import { renderPng } from './png';
import type { GraphViewport } from './svg';
import { FIGURE_THEMES } from './theme';
import type { FigureArea, FigureRequest, FigureResult } from './types';

/** The graph's size on the figure at 1×, and how model coordinates map onto it. */
function graphFrame(cy: Core, area: FigureArea): GraphViewport & { width: number; height: number } {
  if (area === 'full') {
    // The box cy.png({ full: true }) draws: every element with its labels, at zoom 1.
    const box = cy.elements().boundingBox();
    return {
      width: Math.ceil(box.w),
      height: Math.ceil(box.h),
      left: box.x1,
      top: box.y1,
      zoom: 1,
    };
  }
  const extent = cy.extent();
  return {
    width: cy.width(),
    height: cy.height(),
    left: extent.x1,
    top: extent.y1,
    zoom: cy.zoom(),
  };
}

export async function exportFigure(cy: Core, request: FigureRequest): Promise<FigureResult> {
  const measure = createTextMeasurer();
  const theme = FIGURE_THEMES[request.background];
  const elements = elementsInArea(cy, request.area);
  const frame = graphFrame(cy, request.area);
  const graphEmpty = elements.empty() || frame.width <= 0 || frame.height <= 0;
  const layout = layoutFigure(
    {
      texts: request,
      legend: request.legend ? collectLegend(elements, request.entityTypeLabels) : null,
      graph: { width: frame.width, height: frame.height, empty: graphEmpty },
    },
    measure,
  );

  // Dark figures get light labels. The class is on only while Cytoscape draws, synchronously,
  // so the canvas on screen never shows it.
  const restyled = <T>(draw: () => T): T => {
    if (request.background !== 'dark') return draw();
    cy.batch(() => cy.elements().addClass(DARK_EXPORT_CLASS));
    try {
      return draw();
    } finally {
      cy.batch(() => cy.elements().removeClass(DARK_EXPORT_CLASS));
    }
  };

  if (request.format === 'svg') {
    const { figureSvg, graphMarkup } = await import('./svg');
    const graph = graphEmpty
      ? null
      : { markup: restyled(() => graphMarkup(elements, measure)), viewport: frame };
    const svg = figureSvg(layout, theme, graph, request.title.trim() || 'Linkboard graph');
    return {
      blob: new Blob([svg], { type: 'image/svg+xml' }),
      width: layout.width,
      height: layout.height,
      scale: 1,
      notes: [],
    };
  }

  return renderPng({
    layout,
    theme,
    requestedScale: request.scale,
    graphEmpty,
    drawGraph: (scale) =>
      restyled(() =>
        cy.png({
          output: 'blob-promise',
          full: request.area === 'full',
          // cy.png multiplies by the device pixel ratio itself; the figure's scale is per CSS pixel.
          scale: scale / (window.devicePixelRatio || 1),
        }),
      ),
  });
}

export type { FigureRequest, FigureResult } from './types';

/**
 * Figures for briefings: the graph with its title, subtitle, legend and sources, as PNG or SVG.
 * The only code that reads Cytoscape for an export; the adapter loads it on demand.
 */
import type { Core, SingularElementArgument } from 'cytoscape';
import { rebuildLayersNow } from '../internals';
import { LABEL_SCALE_CLASSES, MINOR_LABEL_CLASS } from '../labelScale';
import { DARK_EXPORT_CLASS, UNLABELLED_EXPORT_CLASS } from '../stylesheet';
import { collectLegend, elementsInArea } from './legend';
import { layoutFigure } from './layout';
import { createTextMeasurer } from './measure';
import { renderPng } from './png';
import type { GraphViewport } from './svg';
import { FIGURE_THEMES } from './theme';
import type { FigureArea, FigureRequest, FigureResult } from './types';

/**
 * The figure never draws the graph smaller than its natural size (zoom 1), where entity labels
 * have their designed size: a briefing figure is read without zooming, and a zoomed-out view
 * would otherwise come out as unnamed dots.
 */
const MIN_FIGURE_ZOOM = 1;

/**
 * The graph's size on the figure at 1×, how model coordinates map onto it, and the scale at
 * which cy.png draws it at 1× (the current view is enlarged to MIN_FIGURE_ZOOM when zoomed out).
 */
function graphFrame(
  cy: Core,
  area: FigureArea,
): GraphViewport & { width: number; height: number; drawScale: number } {
  if (area === 'full') {
    // The box cy.png({ full: true }) draws: every element with its labels, at zoom 1.
    const box = cy.elements().boundingBox();
    return {
      width: Math.ceil(box.w),
      height: Math.ceil(box.h),
      left: box.x1,
      top: box.y1,
      zoom: 1,
      drawScale: 1,
    };
  }
  const extent = cy.extent();
  const zoom = Math.max(cy.zoom(), MIN_FIGURE_ZOOM);
  const enlargement = zoom / cy.zoom();
  return {
    width: Math.ceil(cy.width() * enlargement),
    height: Math.ceil(cy.height() * enlargement),
    left: extent.x1,
    top: extent.y1,
    zoom,
    drawScale: enlargement,
  };
}

/**
 * The canvas hides labels too small to read at the current zoom (min-zoomed-font-size), but
 * cy.png draws them all; the figure keeps the screen's choice, judged at the figure's own zoom.
 */
function labelTooSmall(ele: SingularElementArgument, zoom: number): boolean {
  const textureScale = 2 ** Math.ceil(Math.log2(zoom));
  return ele.numericStyle('font-size') * textureScale < ele.numericStyle('min-zoomed-font-size');
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

  // Export styles are on only while Cytoscape draws, synchronously, so the screen never shows them.
  // The screen's overview treatment of names (labelScale.ts: enlarged, only the best-connected
  // shown) is dropped too: the figure is drawn at zoom 1 or more, where every name is legible.
  const restyled = <T>(draw: () => T): T => {
    // The adapter gives every entity the same scale class, or none; minor names are all back.
    const scaleClass = LABEL_SCALE_CLASSES.find((name) => cy.nodes(`.${name}`).nonempty());
    const scaled = scaleClass ? cy.nodes(`.${scaleClass}`) : cy.collection();
    const minor = cy.nodes(`.${MINOR_LABEL_CLASS}`);
    cy.batch(() => {
      if (scaleClass) scaled.removeClass(scaleClass);
      minor.removeClass(MINOR_LABEL_CLASS);
    });
    const unlabelled = elements.filter((ele) => labelTooSmall(ele, frame.zoom));
    const dark = request.background === 'dark' ? cy.elements() : cy.collection();
    cy.batch(() => {
      unlabelled.addClass(UNLABELLED_EXPORT_CLASS);
      dark.addClass(DARK_EXPORT_CLASS);
    });
    try {
      return draw();
    } finally {
      cy.batch(() => {
        unlabelled.removeClass(UNLABELLED_EXPORT_CLASS);
        dark.removeClass(DARK_EXPORT_CLASS);
        if (scaleClass) scaled.addClass(scaleClass);
        minor.addClass(MINOR_LABEL_CLASS);
      });
      rebuildLayersNow(cy);
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
          scale: (scale * frame.drawScale) / (window.devicePixelRatio || 1),
        }),
      ),
  });
}

export type { FigureRequest, FigureResult } from './types';

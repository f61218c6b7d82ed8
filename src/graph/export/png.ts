/**
 * PNG export: Cytoscape draws the graph (`cy.png`) at the output scale, and the figure around it
 * is painted on a canvas of our own. Sizes are kept inside the browser's canvas limits, and every
 * image is checked before it is handed over, since past those limits browsers fail silently.
 */
import type { FigureLayout } from './layout';
import { fitScaleToCanvasLimits, formatScale, MIN_SCALE } from './limits';
import { paintFigure } from './paint';
import type { FigureTheme } from './theme';
import type { FigureResult } from './types';

export interface PngJob {
  layout: FigureLayout;
  theme: FigureTheme;
  requestedScale: number;
  /** Nothing to draw: the figure says so instead of showing a graph. */
  graphEmpty: boolean;
  /** Draws the graph image; done in a callback so the caller can restyle the graph around it. */
  drawGraph: (scale: number) => Promise<Blob>;
}

/** True when a picture has at least one pixel that is not fully transparent. */
function hasInk(image: ImageBitmap): boolean {
  const probe = document.createElement('canvas');
  probe.width = Math.min(image.width, 256);
  probe.height = Math.min(image.height, 256);
  const ctx = probe.getContext('2d', { willReadFrequently: true });
  if (!ctx) return false;
  ctx.drawImage(image, 0, 0, probe.width, probe.height);
  const { data } = ctx.getImageData(0, 0, probe.width, probe.height);
  for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) return true;
  return false;
}

async function graphImage(job: PngJob, scale: number): Promise<ImageBitmap | null> {
  const blob = await job.drawGraph(scale).catch(() => null);
  if (!blob || blob.size === 0) return null;
  const image = await createImageBitmap(blob).catch(() => null);
  if (!image) return null;
  if (image.width === 0 || image.height === 0 || !hasInk(image)) {
    image.close();
    return null;
  }
  return image;
}

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob | null> {
  return new Promise((resolve) => {
    try {
      canvas.toBlob(resolve, 'image/png');
    } catch {
      resolve(null);
    }
  });
}

/** One attempt at a scale; null when the browser handed back an empty or missing image. */
async function composeAt(job: PngJob, scale: number): Promise<Blob | null> {
  const { layout } = job;
  const graph = layout.graph;
  let image: ImageBitmap | null = null;
  if (!job.graphEmpty) {
    image = await graphImage(job, scale);
    if (!image) return null;
  }
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(layout.width * scale);
  canvas.height = Math.ceil(layout.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  paintFigure(ctx, layout, job.theme, scale);
  if (image) {
    // Pixel for pixel, on whole device pixels: no resampling blur.
    ctx.drawImage(image, Math.round(graph.x * scale), Math.round(graph.y * scale));
    image.close();
  }
  const blob = await canvasBlob(canvas);
  canvas.width = 0; // frees the backing store at once rather than at garbage collection
  return blob && blob.size > 0 ? blob : null;
}

export async function renderPng(job: PngJob): Promise<FigureResult> {
  const notes: string[] = [];
  const { layout, requestedScale } = job;
  let scale = fitScaleToCanvasLimits(layout.width, layout.height, requestedScale);
  if (scale < requestedScale)
    notes.push(
      `Exported at ${formatScale(scale)} instead of ${formatScale(requestedScale)}: at ${formatScale(requestedScale)} the image (${Math.ceil(layout.width * requestedScale)} × ${Math.ceil(layout.height * requestedScale)} px) would pass the browser's canvas size limit.`,
    );
  while (scale >= MIN_SCALE) {
    const blob = await composeAt(job, scale);
    if (blob)
      return {
        blob,
        width: Math.ceil(layout.width * scale),
        height: Math.ceil(layout.height * scale),
        scale,
        notes,
      };
    const lower = Math.floor((scale / 2) * 100) / 100;
    notes.push(
      `The browser returned an empty image at ${formatScale(scale)}; tried again at ${formatScale(lower)}.`,
    );
    scale = lower;
  }
  throw new Error(
    'The browser could not draw this image at any usable size. Try the current view instead of the whole graph, or a smaller scale.',
  );
}

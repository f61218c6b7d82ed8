/**
 * PNG export: the figure's texts and legend (paint.ts) and its planned graph (draw.ts) painted on
 * one canvas at the output scale. Sizes are kept inside the browser's canvas limits, and the image
 * is checked before it is handed over, since past those limits browsers fail silently.
 */
import type { PlannedAnnotations } from './annotations';
import { drawAnnotationsOver, drawAnnotationsUnder, drawPlan } from './draw';
import type { FigureLayout } from './layout';
import { fitScaleToCanvasLimits, formatScale, MIN_SCALE } from './limits';
import { paintFigure } from './paint';
import type { PlannedGraph } from './plan';
import type { FigureTheme } from './theme';
import type { FigurePlacement, FigureResult } from './types';

export interface PngJob {
  layout: FigureLayout;
  theme: FigureTheme;
  requestedScale: number;
  /** The graph, planned in figure units; null when there is nothing to draw. */
  plan: PlannedGraph | null;
  /** Notes, callouts and rings, placed in figure units; null without any. */
  annotations?: PlannedAnnotations | null;
  placement: FigurePlacement;
  /** What the composition had to say (a page drawn larger, verbs left out). */
  notes: string[];
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

/**
 * One attempt at a scale; null when the browser handed back no image. The context is scaled
 * rather than a 1× picture enlarged, so that every line and letter is drawn at the output
 * resolution.
 */
async function composeAt(job: PngJob, scale: number): Promise<Blob | null> {
  const { layout } = job;
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(layout.width * scale);
  canvas.height = Math.ceil(layout.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const { plan, annotations } = job;
  paintFigure(
    ctx,
    layout,
    job.theme,
    scale,
    plan
      ? (c) => {
          if (annotations) drawAnnotationsUnder(c, annotations);
          drawPlan(c, plan);
          if (annotations) drawAnnotationsOver(c, annotations);
        }
      : undefined,
  );
  const blob = await canvasBlob(canvas);
  canvas.width = 0; // frees the backing store at once rather than at garbage collection
  return blob && blob.size > 0 ? blob : null;
}

export async function renderPng(job: PngJob): Promise<FigureResult> {
  const notes: string[] = [...job.notes];
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
        placement: job.placement,
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

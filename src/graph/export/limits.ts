/**
 * Browser canvas limits. Chromium allows 32,767 px per side and about 268 million pixels in all,
 * other browsers less; past the limit drawing fails silently (an empty image, a null blob), so
 * exports stay well inside these conservative bounds.
 */
export const MAX_CANVAS_SIDE = 16_384;
export const MAX_CANVAS_AREA = 100_000_000;
/** Below this an image is not worth having: the export gives up and says so. */
export const MIN_SCALE = 0.25;

/** The largest scale up to `requested` at which a figure of this size (at 1×) fits the limits. */
export function fitScaleToCanvasLimits(width: number, height: number, requested: number): number {
  const bySide = MAX_CANVAS_SIDE / Math.max(width, height, 1);
  const byArea = Math.sqrt(MAX_CANVAS_AREA / Math.max(width * height, 1));
  const allowed = Math.min(bySide, byArea);
  if (requested <= allowed) return requested;
  // Two decimals, rounded down, so that the rounded size still fits.
  return Math.floor(allowed * 100) / 100;
}

export function formatScale(scale: number): string {
  return `${Number(scale.toFixed(2))}×`;
}

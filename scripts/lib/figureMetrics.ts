/**
 * Measures of an exported figure, taken in Chromium: a PNG's size, aspect and empty area; an
 * SVG's text boxes, how many pairs of them overlap, and how high the entity names come out when
 * the figure fills a 1280 px wide slide. Shared by scripts/figure-metrics.ts and the end-to-end
 * tests, so the numbers published and the numbers tested are the same ones.
 */
import type { Page } from 'playwright-core';

export interface PngMetrics {
  width: number;
  height: number;
  aspect: number;
  /**
   * Share of the image in empty areas, judged as if it were shown 1280 px wide: 8 px tiles with
   * no ink within 40 px (a band of empty margin, an empty third of the page), as opposed to the
   * white between nearby entities.
   */
  emptyFraction: number;
}

/** The width the image is judged at; a tile is 8 px there, and empty with no ink within 5 tiles. */
const SHOWN_WIDTH = 1280;
const TILE = 8;
const EMPTY_REACH_TILES = 5;

/** Decodes a PNG in the page; ink is any pixel that differs from the top-left (background) one. */
export function measurePng(page: Page, png: Buffer): Promise<PngMetrics> {
  return page.evaluate(
    async ({ base64, shownWidth, shownTile, reach }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
      ctx.drawImage(image, 0, 0);
      const { data, width, height } = ctx.getImageData(0, 0, image.width, image.height);
      const tile = Math.max(1, (shownTile * width) / shownWidth);
      const [r0, g0, b0, a0] = [data[0]!, data[1]!, data[2]!, data[3]!];
      const cols = Math.ceil(width / tile);
      const rows = Math.ceil(height / tile);
      const inked = new Uint8Array(cols * rows);
      for (let y = 0; y < height; y++)
        for (let x = 0; x < width; x++) {
          const i = 4 * (y * width + x);
          if (
            Math.abs(data[i]! - r0) > 24 ||
            Math.abs(data[i + 1]! - g0) > 24 ||
            Math.abs(data[i + 2]! - b0) > 24 ||
            Math.abs(data[i + 3]! - a0) > 24
          )
            inked[Math.floor(y / tile) * cols + Math.floor(x / tile)] = 1;
        }
      let empty = 0;
      for (let ty = 0; ty < rows; ty++)
        for (let tx = 0; tx < cols; tx++) {
          let near = false;
          for (let dy = -reach; dy <= reach && !near; dy++)
            for (let dx = -reach; dx <= reach && !near; dx++) {
              const [x, y] = [tx + dx, ty + dy];
              if (x >= 0 && y >= 0 && x < cols && y < rows && inked[y * cols + x]) near = true;
            }
          if (!near) empty++;
        }
      return {
        width,
        height,
        aspect: width / height,
        emptyFraction: empty / (cols * rows),
      };
    },
    {
      base64: png.toString('base64'),
      shownWidth: SHOWN_WIDTH,
      shownTile: TILE,
      reach: EMPTY_REACH_TILES,
    },
  );
}

export interface TextBox {
  text: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  fontSize: number;
}

export interface SvgMetrics {
  width: number;
  height: number;
  texts: TextBox[];
  /** Pairs of <text> boxes that intersect by more than half a pixel each way. */
  overlaps: [string, string][];
}

/** Puts the SVG in the page at its own size and reads every <text>'s box as Chromium lays it out. */
export function measureSvg(page: Page, svg: Buffer): Promise<SvgMetrics> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
    const host = document.createElement('div');
    host.style.cssText = 'position:absolute;left:0;top:0;';
    host.append(root);
    document.body.append(host);
    const origin = root.getBoundingClientRect();
    const texts = [...root.querySelectorAll('text')].map((t) => {
      const box = t.getBoundingClientRect();
      return {
        text: (t.textContent ?? '').replace(/\s+/g, ' ').trim(),
        x1: box.left - origin.left,
        y1: box.top - origin.top,
        x2: box.right - origin.left,
        y2: box.bottom - origin.top,
        fontSize: Number(getComputedStyle(t).fontSize.replace('px', '')),
      };
    });
    const overlaps: [string, string][] = [];
    const cut = 0.5;
    for (let i = 0; i < texts.length; i++)
      for (let j = i + 1; j < texts.length; j++) {
        const [a, b] = [texts[i]!, texts[j]!];
        const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
        const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
        if (w > cut && h > cut) overlaps.push([a.text, b.text]);
      }
    const size = { width: origin.width, height: origin.height };
    host.remove();
    return { ...size, texts, overlaps };
  }, svg.toString('utf8'));
}

/**
 * The font size, in px, of the entity names (texts equal to one of `names`) when the figure fills
 * a 1280×720 slide (as large as fits, its aspect kept): the smallest and the median.
 */
export function namesOnSlide(
  metrics: SvgMetrics,
  names: readonly string[],
  slide = { width: 1280, height: 720 },
): { count: number; smallest: number; median: number } {
  const shown = Math.min(slide.width / metrics.width, slide.height / metrics.height);
  // Wrapped names are several <tspan>s: compare without whitespace.
  const squeeze = (text: string) => text.replace(/\s+/g, '');
  const wanted = new Set(names.map(squeeze));
  const sizes = metrics.texts
    .filter((t) => wanted.has(squeeze(t.text)))
    .map((t) => t.fontSize * shown)
    .sort((a, b) => a - b);
  const mid = sizes.length / 2;
  const median =
    sizes.length === 0
      ? 0
      : sizes.length % 2 === 1
        ? sizes[Math.floor(mid)]!
        : (sizes[mid - 1]! + sizes[mid]!) / 2;
  return { count: sizes.length, smallest: sizes[0] ?? 0, median };
}

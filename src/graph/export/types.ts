/** What the export dialog asks the graph for, and what it gets back. */
import type { Annotation } from '../../domain/annotations';

export type FigureFormat = 'png' | 'svg';
/** The part of the graph in the viewport, the whole filtered graph, or the user's selection. */
export type FigureArea = 'view' | 'full' | 'selection';
export type FigureBackground = 'white' | 'dark' | 'transparent';

export const FIGURE_SCALES = [1, 2, 4] as const;

/** Page sizes at 1×, in pixels; a slide is 1280 px wide so that names keep their size on it. */
export const FIGURE_PAGES = {
  '16:9': { width: 1280, height: 720, label: 'Slide 16:9' },
  '4:3': { width: 960, height: 720, label: 'Slide 4:3' },
  a4: { width: 1123, height: 794, label: 'A4 landscape' },
} as const;

export type FigurePageName = keyof typeof FIGURE_PAGES;

/**
 * A page of a preset or custom size, or `natural`: the graph at one pixel per graph unit, the
 * page as large as it needs.
 */
export type FigureSize =
  | { kind: 'page'; page: FigurePageName }
  | { kind: 'custom'; width: number; height: number }
  | { kind: 'natural' };

export const CUSTOM_SIZE_LIMITS = { min: 320, max: 8000 } as const;
/** Names' font size at 1×, in pixels: the choices offered, and the default. */
export const NAME_SIZES = [12, 14, 16, 18, 22] as const;
export const DEFAULT_NAME_SIZE = 14;

export function pageOf(size: FigureSize): { width: number; height: number } | null {
  if (size.kind === 'page') return FIGURE_PAGES[size.page];
  if (size.kind === 'custom') {
    const clamp = (v: number) =>
      Math.round(Math.min(CUSTOM_SIZE_LIMITS.max, Math.max(CUSTOM_SIZE_LIMITS.min, v || 0)));
    return { width: clamp(size.width), height: clamp(size.height) };
  }
  return null;
}

export interface FigureRequest {
  format: FigureFormat;
  /** Output pixels per figure pixel at 1× (PNG only; an SVG scales by itself). */
  scale: number;
  area: FigureArea;
  /** What `area: 'selection'` draws. */
  selection?: { nodeIds: readonly string[]; edgeIds: readonly string[] } | null;
  size: FigureSize;
  /** Entity names' font size at 1×, in pixels. */
  nameSize: number;
  /** Relation families whose verbs are written on their arrows. */
  verbFamilies?: readonly string[];
  /** Notes, callouts and rings drawn over the graph (the view's). */
  annotations?: readonly Annotation[];
  background: FigureBackground;
  /** Empty strings and lists leave their part out. */
  title: string;
  subtitleLines: string[];
  footer: string;
  legend: boolean;
  /** Labels of the entity types a dataset declares; built-in types are named by their id. */
  entityTypeLabels: Readonly<Record<string, string>>;
}

export interface FigureResult {
  blob: Blob;
  /** In pixels for a PNG, in user units for an SVG. */
  width: number;
  height: number;
  /** The scale used, lower than asked when the browser's canvas limits required it. */
  scale: number;
  /** What the user should know about this export, such as a reduced scale. */
  notes: string[];
  /** How the names came out: moved, on leaders, entities nudged, the page grown. */
  placement: FigurePlacement;
}

export interface FigurePlacement {
  names: number;
  moved: number;
  leaders: number;
  nudged: number;
  /** How much larger than asked the page had to be for every name to fit (1: not at all). */
  growth: number;
  /** Names' size when the figure fills its page (a 1280 px slide for slide presets). */
  nameSizeOnPage: number;
  verbsLeftOut: number;
  /** Notes and callouts that found no spot clear of names and entities. */
  annotationsOverlapping?: number;
}

/** What the export dialog asks the graph for, and what it gets back. */

export type FigureFormat = 'png' | 'svg';
/** The part of the graph in the viewport, or the whole filtered graph. */
export type FigureArea = 'view' | 'full';
export type FigureBackground = 'white' | 'dark' | 'transparent';

export const FIGURE_SCALES = [1, 2, 4] as const;

export interface FigureRequest {
  format: FigureFormat;
  /** Output pixels per figure pixel at 1× (PNG only; an SVG scales by itself). */
  scale: number;
  area: FigureArea;
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
}

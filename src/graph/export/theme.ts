/** Colours of the text and rules around the graph, per background. */
import type { FigureBackground } from './types';

export interface FigureTheme {
  /** null leaves the image transparent. */
  background: string | null;
  title: string;
  text: string;
  muted: string;
  rule: string;
  /** Behind a legend drawn over the graph. */
  panel: string;
}

const LIGHT_TEXT = { title: '#111827', text: '#1f2937', muted: '#4b5563', rule: '#d1d5db' };

export const FIGURE_THEMES: Record<FigureBackground, FigureTheme> = {
  white: { background: '#ffffff', panel: '#ffffff', ...LIGHT_TEXT },
  transparent: { background: null, panel: 'rgba(255, 255, 255, 0.92)', ...LIGHT_TEXT },
  dark: {
    background: '#111827',
    title: '#f9fafb',
    text: '#e5e7eb',
    muted: '#b6bfcc',
    rule: '#374151',
    panel: '#111827',
  },
};

export type ThemeColour = Exclude<keyof FigureTheme, 'background'>;

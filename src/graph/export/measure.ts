/** Text measurement with the browser's own fonts, for laying out captions before drawing them. */
import { FONT_STACK } from '../stylesheet';

export interface FontSpec {
  size: number;
  weight: number;
}

export type MeasureText = (text: string, font: FontSpec) => number;

export function cssFont(font: FontSpec): string {
  return `${font.weight} ${font.size}px ${FONT_STACK}`;
}

export function createTextMeasurer(): MeasureText {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) throw new Error('This browser cannot measure text on a 2D canvas');
  return (text, font) => {
    context.font = cssFont(font);
    return context.measureText(text).width;
  };
}

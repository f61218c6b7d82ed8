/** Paints a figure layout's captions and legend on a 2D canvas, in layout units. */
import type { FigureColour, FigureItem, FigureLayout } from './layout';
import { cssFont } from './measure';
import { nodeShapePath } from './shapes';
import type { FigureTheme } from './theme';

export function resolveColour(colour: FigureColour, theme: FigureTheme): string {
  return colour in theme && colour !== 'background'
    ? (theme[colour as keyof FigureTheme] as string)
    : colour;
}

function paintItem(ctx: CanvasRenderingContext2D, item: FigureItem, theme: FigureTheme): void {
  switch (item.kind) {
    case 'text':
      ctx.font = cssFont(item.font);
      ctx.fillStyle = resolveColour(item.colour, theme);
      ctx.textAlign = item.centred ? 'center' : 'left';
      ctx.textBaseline = 'alphabetic';
      ctx.fillText(item.text, item.x, item.y);
      return;
    case 'shape': {
      ctx.fillStyle = item.colour;
      ctx.fill(new Path2D(nodeShapePath(item.shape, item.cx, item.cy, item.size, item.size)));
      return;
    }
    case 'rect':
      ctx.beginPath();
      ctx.roundRect(item.x, item.y, item.width, item.height, 6);
      ctx.fillStyle = resolveColour(item.fill, theme);
      ctx.fill();
      ctx.strokeStyle = resolveColour(item.stroke, theme);
      ctx.lineWidth = 1;
      ctx.stroke();
      return;
    case 'line':
      ctx.strokeStyle = resolveColour(item.colour, theme);
      ctx.lineWidth = item.width;
      ctx.setLineDash(item.dash);
      ctx.lineCap = item.dash.length > 0 ? 'butt' : 'round';
      ctx.beginPath();
      ctx.moveTo(item.x1, item.y1);
      ctx.lineTo(item.x2, item.y2);
      ctx.stroke();
      ctx.setLineDash([]);
      return;
  }
}

/**
 * Draws the background, then the graph (`drawGraph`, in layout units), then captions and legend
 * over it, at `scale`: the context is scaled rather than a 1× picture enlarged, so that lines and
 * text are rasterised at the output resolution and stay sharp.
 */
export function paintFigure(
  ctx: CanvasRenderingContext2D,
  layout: FigureLayout,
  theme: FigureTheme,
  scale: number,
  drawGraph: (ctx: CanvasRenderingContext2D) => void = () => {},
): void {
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  if (theme.background) {
    ctx.fillStyle = theme.background;
    ctx.fillRect(0, 0, layout.width, layout.height);
  }
  drawGraph(ctx);
  for (const item of layout.items) paintItem(ctx, item, theme);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
}

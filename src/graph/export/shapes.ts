/**
 * Node shapes as SVG path data, drawn the way Cytoscape draws them (polygons stretched to fill
 * the node's box). One outline serves the SVG export and, through Path2D, the PNG legend.
 */
import type { NodeShape } from '../palette';

type Points = readonly number[];

/** Corners of a regular polygon on the unit circle, first one at the top, as Cytoscape does. */
function regularPolygon(sides: number, rotation = 0): number[] {
  const step = (2 * Math.PI) / sides;
  const start = (sides % 2 === 0 ? Math.PI / 2 + step / 2 : Math.PI / 2) + rotation;
  const points: number[] = [];
  for (let i = 0; i < sides; i++) {
    const angle = start + i * step;
    points.push(Math.cos(angle), -Math.sin(angle));
  }
  return points;
}

/** Stretches a polygon to fill the square from -1 to 1 on both axes. */
function fitToSquare(points: Points): number[] {
  const xs = points.filter((_, i) => i % 2 === 0);
  const ys = points.filter((_, i) => i % 2 === 1);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  return points.map((v, i) =>
    i % 2 === 0 ? ((v - minX) / (maxX - minX)) * 2 - 1 : ((v - minY) / (maxY - minY)) * 2 - 1,
  );
}

function star(): number[] {
  const outer = regularPolygon(5);
  const innerRadius = 0.5 * (3 - Math.sqrt(5)) * 1.57;
  const inner = regularPolygon(5, Math.PI / 5).map((v) => v * innerRadius);
  const points: number[] = [];
  for (let i = 0; i < 5; i++)
    points.push(outer[2 * i]!, outer[2 * i + 1]!, inner[2 * i]!, inner[2 * i + 1]!);
  return fitToSquare(points);
}

const POLYGONS: Partial<Record<NodeShape, Points>> = {
  diamond: [0, -1, 1, 0, 0, 1, -1, 0],
  hexagon: fitToSquare(regularPolygon(6)),
  octagon: fitToSquare(regularPolygon(8)),
  triangle: fitToSquare(regularPolygon(3)),
  star: star(),
  'round-tag': [-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1],
};

const round = (v: number) => Math.round(v * 100) / 100;

/** The outline of a node of this shape, centred on (x, y), as SVG path data. */
export function nodeShapePath(shape: string, x: number, y: number, w: number, h: number): string {
  if (shape === 'ellipse') {
    const [rx, ry] = [round(w / 2), round(h / 2)];
    return `M${round(x - w / 2)} ${round(y)}a${rx} ${ry} 0 1 0 ${round(w)} 0a${rx} ${ry} 0 1 0 ${round(-w)} 0Z`;
  }
  const polygon = POLYGONS[shape as NodeShape];
  if (!polygon) {
    // round-rectangle, and the fallback for anything else
    const r = Math.min(w / 4, h / 4, 8);
    const [left, top, right, bottom] = [x - w / 2, y - h / 2, x + w / 2, y + h / 2];
    return [
      `M${round(left + r)} ${round(top)}`,
      `H${round(right - r)}Q${round(right)} ${round(top)} ${round(right)} ${round(top + r)}`,
      `V${round(bottom - r)}Q${round(right)} ${round(bottom)} ${round(right - r)} ${round(bottom)}`,
      `H${round(left + r)}Q${round(left)} ${round(bottom)} ${round(left)} ${round(bottom - r)}`,
      `V${round(top + r)}Q${round(left)} ${round(top)} ${round(left + r)} ${round(top)}Z`,
    ].join('');
  }
  let path = '';
  for (let i = 0; i < polygon.length; i += 2)
    path += `${i === 0 ? 'M' : 'L'}${round(x + (polygon[i]! * w) / 2)} ${round(y + (polygon[i + 1]! * h) / 2)}`;
  return `${path}Z`;
}

import type { NodeShape } from '../../graph/palette';

const POINTS: Partial<Record<NodeShape, string>> = {
  diamond: '8,1 15,8 8,15 1,8',
  hexagon: '4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8',
  triangle: '8,1 15,15 1,15',
  octagon: '5,1 11,1 15,5 15,11 11,15 5,15 1,11 1,5',
  star: '8,0.5 10,6 15.5,6 11,9.5 12.8,15 8,11.6 3.2,15 5,9.5 0.5,6 6,6',
  'round-tag': '1,2 11,2 15,8 11,14 1,14',
};

/** A small picture of a node shape, as the canvas draws it. */
export function ShapeSwatch({ shape, colour }: { shape: NodeShape; colour: string }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" className="shape-swatch">
      {shape === 'ellipse' ? (
        <circle cx="8" cy="8" r="7" fill={colour} />
      ) : shape === 'round-rectangle' ? (
        <rect x="1" y="1" width="14" height="14" rx="3.5" fill={colour} />
      ) : (
        <polygon points={POINTS[shape] ?? POINTS.diamond} fill={colour} />
      )}
    </svg>
  );
}

/** A short line as the canvas draws a relation: its family's colour, dashed by confidence. */
export function LineSwatch({ colour, dash }: { colour: string; dash?: string }) {
  return (
    <svg width="26" height="10" aria-hidden="true" className="line-swatch">
      <line x1="1" y1="5" x2="25" y2="5" stroke={colour} strokeWidth="2.5" strokeDasharray={dash} />
    </svg>
  );
}

/** An entity drawn hollow, as the canvas draws one that no quote backs. */
export function HollowSwatch({ colour }: { colour: string }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" className="shape-swatch">
      <circle cx="8" cy="8" r="6" fill="#fff" stroke={colour} strokeWidth="2.5" />
    </svg>
  );
}

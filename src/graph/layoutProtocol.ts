/**
 * Messages between the layout runner (main thread) and the layout worker. A force layout's
 * entities and relations travel as typed arrays indexed by position in the request, which copy
 * fast and carry no ids; a layered layout's input is small enough to travel as it is.
 */
import type { Position } from 'cytoscape';
import type { LayoutInput } from './layouts';

export interface ForceLayoutRequest {
  kind: 'force';
  id: number;
  /** Width and height of each entity, label included, interleaved: w0, h0, w1, h1, … */
  sizes: Float32Array;
  /** Relation ends as entity indexes, interleaved: source0, target0, source1, target1, … */
  ends: Uint32Array;
  /** Pinned entities (by index) and where they stay. */
  fixed: { index: number; x: number; y: number }[];
}

export interface LayeredLayoutRequest {
  kind: 'layered';
  id: number;
  input: LayoutInput;
}

export type LayoutRequest = ForceLayoutRequest | LayeredLayoutRequest;

export type LayoutResponse =
  /** Force: positions in request order, interleaved: x0, y0, x1, y1, … */
  | { id: number; positions: Float64Array }
  | { id: number; layered: Map<string, Position> }
  | { id: number; error: string };

/**
 * Messages between the layout runner (main thread) and the layout worker. Elements travel as
 * typed arrays indexed by position in the request, which copy fast and carry no ids.
 */
import type { LayoutName } from '../domain/viewState';

export interface LayoutRequest {
  id: number;
  layout: LayoutName;
  /** Width and height of each entity, label included, interleaved: w0, h0, w1, h1, … */
  sizes: Float32Array;
  /** 1 where an entity must stay where it is. */
  locked: Uint8Array;
  /** Current positions, interleaved: x0, y0, x1, y1, … */
  positions: Float64Array;
  /** Relation ends as entity indexes, interleaved: source0, target0, source1, target1, … */
  ends: Uint32Array;
}

export type LayoutResponse =
  { id: number; positions: Float64Array } | { id: number; error: string };

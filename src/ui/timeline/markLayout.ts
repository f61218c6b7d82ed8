/** Where event marks go on the strip: their horizontal span, and a lane so that few overlap. */

export interface MarkSpan {
  left: number;
  width: number;
}

/** The smallest width a mark is drawn at, so that a month on a long axis can still be seen and hit. */
export const MIN_MARK_WIDTH = 7;
const GAP = 2;

/**
 * The span a date covers, from the x of its first day to the x of the day after its last;
 * widened about its middle to MIN_MARK_WIDTH when narrower.
 */
export function markSpan(x0: number, x1: number): MarkSpan {
  const width = x1 - x0;
  if (width >= MIN_MARK_WIDTH) return { left: x0, width };
  return { left: (x0 + x1) / 2 - MIN_MARK_WIDTH / 2, width: MIN_MARK_WIDTH };
}

/**
 * Greedy lanes for spans sorted by left edge: each goes into the first lane where it does not
 * overlap the previous mark, or, when all are taken, the lane that frees up first.
 */
export function assignLanes(spans: readonly MarkSpan[], laneCount: number): number[] {
  const laneEnds = new Array<number>(laneCount).fill(Number.NEGATIVE_INFINITY);
  return spans.map((span) => {
    let lane = laneEnds.findIndex((end) => end + GAP <= span.left);
    if (lane < 0) lane = laneEnds.indexOf(Math.min(...laneEnds));
    laneEnds[lane] = Math.max(laneEnds[lane]!, span.left + span.width);
    return lane;
  });
}

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
 * A lane for each span so that few overlap. Spans are placed in order of width, narrowest first,
 * so that the wide bar of a year-long date does not claim a lane that a month's events need; each
 * takes the first lane where it overlaps nothing placed yet, or else the least crowded one.
 * Returns the lanes in the order of the spans given.
 */
export function assignLanes(spans: readonly MarkSpan[], laneCount: number): number[] {
  const placed: MarkSpan[][] = Array.from({ length: laneCount }, () => []);
  const overlapsIn = (lane: MarkSpan[], span: MarkSpan) =>
    lane.filter(
      (other) =>
        other.left < span.left + span.width + GAP && span.left < other.left + other.width + GAP,
    ).length;
  const lanes = new Array<number>(spans.length).fill(0);
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.width - spans[b]!.width || a - b);
  for (const i of order) {
    const span = spans[i]!;
    const counts = placed.map((lane) => overlapsIn(lane, span));
    const free = counts.indexOf(0);
    const lane = free >= 0 ? free : counts.indexOf(Math.min(...counts));
    placed[lane]!.push(span);
    lanes[i] = lane;
  }
  return lanes;
}

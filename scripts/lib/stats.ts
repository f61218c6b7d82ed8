/**
 * The statistics the benchmark reports. A median of an even count is the mean of the two middle
 * values, and percentiles interpolate between the two nearest ranks the same way, so that the 50th
 * percentile and the median agree and neither flatters a short list by picking its lower middle.
 */

/** The sorted copy of the finite values (NaN and infinities are missing measurements). */
function sortedFinite(values: readonly number[]): number[] {
  return values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
}

/**
 * The p-th percentile (0–100) by linear interpolation between closest ranks (the definition
 * spreadsheets call PERCENTILE.INC); NaN for an empty list.
 */
export function percentile(values: readonly number[], p: number): number {
  const sorted = sortedFinite(values);
  if (sorted.length === 0) return Number.NaN;
  const clamped = Math.min(100, Math.max(0, p));
  const rank = (clamped / 100) * (sorted.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  const fraction = rank - lower;
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * fraction;
}

/** The middle value; for an even count, the mean of the two middle values. NaN for an empty list. */
export function median(values: readonly number[]): number {
  const sorted = sortedFinite(values);
  if (sorted.length === 0) return Number.NaN;
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The largest value, NaN for an empty list. */
export function maximum(values: readonly number[]): number {
  const sorted = sortedFinite(values);
  return sorted.length === 0 ? Number.NaN : sorted[sorted.length - 1]!;
}

/** Median, 95th percentile and maximum of a sample of durations, with its size. */
export interface Spread {
  p50: number;
  p95: number;
  max: number;
  count: number;
}

export function spread(values: readonly number[]): Spread {
  return {
    p50: median(values),
    p95: percentile(values, 95),
    max: maximum(values),
    count: sortedFinite(values).length,
  };
}

/** Percentile by linear interpolation between closest ranks; NaN for no samples. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sorted[low] ?? Number.NaN;
  const highValue = sorted[high] ?? lowValue;
  return lowValue + (highValue - lowValue) * (rank - low);
}

export const median = (values: readonly number[]) => percentile(values, 50);

export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function max(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((a, b) => Math.max(a, b), -Infinity);
}

/** p50 / p90 / p99 / max, rounded for latest.json. */
export function summary(values: readonly number[], digits = 3) {
  const round = (value: number) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : null);
  return {
    count: values.length,
    p50: round(percentile(values, 50)),
    p90: round(percentile(values, 90)),
    p99: round(percentile(values, 99)),
    max: round(max(values)),
  };
}

/** Tokens per second between the first and the last of a list of arrival times (ms). */
export function tokensPerSecond(times: readonly number[]): number {
  const first = times[0];
  const last = times.at(-1);
  if (times.length < 2 || first === undefined || last === undefined || last <= first) return Number.NaN;
  return ((times.length - 1) * 1000) / (last - first);
}

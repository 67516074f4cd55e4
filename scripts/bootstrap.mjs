// Statistics the benchmarks share: quantiles, and 90 % intervals by bootstrap, so that a budget
// fails only when a run is over it beyond this machine's noise, never at random.

/** The `q` quantile of `values` (0.5: the median), by rank. */
export const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};

/**
 * The 90 % interval of `statistic` computed on the samples, by bootstrap: every sample resampled
 * with replacement, `rounds` times, with a fixed-seed generator (a rerun on the same samples
 * prints the same interval).
 */
export function interval(samples, statistic, rounds = 2000) {
  let state = 0x9e3779b9;
  const random = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const resample = (values) => values.map(() => values[Math.floor(random() * values.length)]);
  const values = Array.from({ length: rounds }, () => statistic(...samples.map(resample)));
  return [quantile(values, 0.05), quantile(values, 0.95)];
}

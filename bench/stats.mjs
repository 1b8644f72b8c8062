// The benchmarks' statistics, in one place: every figure they print is one of these.

/** The middle value (the upper of the two middles for an even count). */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Mean, p50 and p99 of timing samples (ms). */
export function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const q = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  return { mean: sorted.reduce((s, x) => s + x, 0) / sorted.length, p50: q(0.5), p99: q(0.99) };
}

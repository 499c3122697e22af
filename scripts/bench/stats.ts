export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/** Runs fn once per input, `rounds` times over, and returns p50/p95 in milliseconds. */
export function measure<T>(inputs: readonly T[], rounds: number, fn: (input: T) => unknown): { p50: number; p95: number } {
  for (const input of inputs) fn(input);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const input of inputs) {
      const start = process.hrtime.bigint();
      fn(input);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

export const ms = (n: number) => `${n.toFixed(2)} ms`;

export function median(values: readonly number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50);
}

/** Benchmarks print one JSON line per figure set, so runs can be compared and collected. */
export function emit(figures: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return NaN;
  const index = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return +sortedMs[Math.max(0, index)].toFixed(3);
}

export function summarise(samplesMs: number[]): { n: number; p50Ms: number; p95Ms: number; p99Ms: number } {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return { n: sorted.length, p50Ms: percentile(sorted, 50), p95Ms: percentile(sorted, 95), p99Ms: percentile(sorted, 99) };
}

import { performance } from 'node:perf_hooks';

/**
 * Sampling on a noisy shared machine: every measurement runs in several rounds, interleaved with the
 * others, and reports the median of its per-round percentiles, so one bad second does not decide a result.
 */

export interface Budget {
  /** Samples per round at most. */
  iterations: number;
  /** Time per round at most: slow queries (full scans) stop early, after `minSamples`. */
  maxMs: number;
  minSamples: number;
}

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const median = (values: readonly number[]) => percentile(values, 50);

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** Takes samples until the budget is spent. */
async function collect(next: () => Promise<number>, budget: Budget): Promise<number[]> {
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < budget.iterations && (samples.length < budget.minSamples || performance.now() - start < budget.maxMs)) {
    samples.push(await next());
  }
  return samples;
}

export const sample = (fn: () => Promise<unknown>, budget: Budget) => collect(() => timed(fn), budget);

/** A-then-B pairs, so both sides see the same moment of machine noise; the samples are B − A. */
export function samplePairs(a: () => Promise<unknown>, b: () => Promise<unknown>, budget: Budget): Promise<number[]> {
  return collect(async () => {
    const costA = await timed(a);
    return (await timed(b)) - costA;
  }, budget);
}

export interface Summary {
  p50: number;
  p99: number;
  /** Samples over all rounds. */
  samples: number;
  rounds: number;
}

/** Median over rounds of each round's p50 and p99. */
export function summarize(rounds: readonly number[][]): Summary {
  return {
    p50: median(rounds.map((r) => percentile(r, 50))),
    p99: median(rounds.map((r) => percentile(r, 99))),
    samples: rounds.reduce((n, r) => n + r.length, 0),
    rounds: rounds.length,
  };
}

import { performance } from 'node:perf_hooks';
import type { HttpGet } from './http-client.js';
import { percentile } from './measure.js';

export interface ContainmentResult {
  /** Heavy requests kept in flight at once. */
  concurrent: number;
  heavyPath: string;
  heavyRequests: number;
  /** Status of each heavy answer: a 503 is the database containing the load, anything else non-2xx is a fault. */
  heavyStatuses: Record<string, number>;
  healthSamples: number;
  healthP50: number;
  healthP99: number;
  healthNon2xx: number;
}

/**
 * "One slow query never stalls the server": `concurrent` clients repeat a heavy request (a staff search
 * over every asset) for `seconds`, while the health check is timed every 20 ms. On SQLite the reads run
 * on reader threads, on PostgreSQL the pool and statement timeout bound them; either way the health
 * check must keep answering quickly.
 */
export async function measureContainment(heavy: HttpGet, health: HttpGet, heavyPath: string, concurrent: number, seconds: number): Promise<ContainmentResult> {
  // Untimed, once: SQLite's reader pool learns a statement's cost from its runs, and one it has never run
  // counts as quick (ADR 007). The steady state is measured, as on a server that has served this search before.
  await heavy(heavyPath);
  const until = performance.now() + seconds * 1000;
  const heavyStatuses: Record<string, number> = {};
  let heavyRequests = 0;
  const client = async () => {
    while (performance.now() < until) {
      const { status } = await heavy(heavyPath);
      heavyStatuses[status] = (heavyStatuses[status] ?? 0) + 1;
      heavyRequests++;
    }
  };
  const healthTimes: number[] = [];
  let healthNon2xx = 0;
  const prober = async () => {
    while (performance.now() < until) {
      const start = performance.now();
      const { status } = await health('/api/v1/health');
      healthTimes.push(performance.now() - start);
      if (status < 200 || status > 299) healthNon2xx++;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  await Promise.all([...Array.from({ length: concurrent }, client), prober()]);
  return {
    concurrent,
    heavyPath,
    heavyRequests,
    heavyStatuses,
    healthSamples: healthTimes.length,
    healthP50: percentile(healthTimes, 50),
    healthP99: percentile(healthTimes, 99),
    healthNon2xx,
  };
}

import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import Fastify from 'fastify';

/**
 * Throughput under concurrency with autocannon. It runs as a child process: in the bench's own process
 * the load generator would share one event loop with the server it is loading.
 */

export interface LoadResult {
  target: string;
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** Set when this is the median of several runs: each run's requests per second. */
  runs?: number[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Runs of the same target and connections as one result: medians of rate and latency, summed failures. */
export function medianOfRuns(runs: LoadResult[]): LoadResult {
  const first = runs[0]!;
  if (runs.length === 1) return first;
  return {
    ...first,
    requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
    errors: runs.reduce((n, r) => n + r.errors, 0),
    runs: runs.map((r) => Math.round(r.requestsPerSecond)),
  };
}

interface AutocannonJson {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

const autocannonBin = createRequire(import.meta.url).resolve('autocannon/autocannon.js');

export function runAutocannon(target: string, url: string, connections: number, seconds: number, headers: Record<string, string> = {}): Promise<LoadResult> {
  const args = [autocannonBin, '--json', '-c', String(connections), '-d', String(seconds), ...Object.entries(headers).flatMap(([k, v]) => ['-H', `${k}=${v}`]), url];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited with ${code}`));
      const json = JSON.parse(out.trim().split('\n').pop()!) as AutocannonJson;
      resolve({
        target, connections, seconds, requestsPerSecond: json.requests.average, p50: json.latency.p50, p99: json.latency.p99,
        non2xx: json.non2xx, errors: json.errors + json.timeouts,
      });
    });
  });
}

/** The floor: what Node, Fastify and the loopback socket cost on this machine with no application at all. */
export async function startHelloWorld(): Promise<{ url: string; close: () => Promise<void> }> {
  const app = Fastify({ logger: false });
  app.get('/', async () => ({ hello: 'world' }));
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url: `${url}/`, close: () => app.close() };
}

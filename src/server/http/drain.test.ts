import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startAppProcess, type AppProcess } from '../../../test/app-process.js';

/**
 * Issue #12: on SIGTERM under load, about one request per open keep-alive connection failed. The real
 * server runs as its own process here (signals and sockets are the point), always on SQLite: the drain is
 * a property of the HTTP layer, and a separate process cannot use the per-test PostgreSQL schema. The same
 * process shows what `npm start` prints (readable log lines, the banner last and again on SIGUSR2): a
 * server start costs seconds, so the two share one.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portico-drain-'));
let server: AppProcess | undefined;
/** Everything the server wrote to standard output and standard error. */
const output = () => server?.output() ?? '';
afterAll(() => {
  server?.child.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function startServer(): Promise<string> {
  server = await startAppProcess({ DATA_DIR: dataDir, SHUTDOWN_DRAIN_SECONDS: '2', LOG_LEVEL: 'info' });
  await outputMatching(/To show this again: kill -USR2 \d+\n/);
  return server.url;
}

/** Waits until the server's output matches. */
function outputMatching(pattern: RegExp): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => pattern.test(output()) && resolve();
    server!.child.stdout!.on('data', check);
    void server!.exited.then((code) => reject(new Error(`the server exited with ${code}: ${output()}`)));
    check();
  });
}

interface Tally {
  answered: number;
  refused: number;
  failed: string[];
  drainingHealth: number;
  closeHeaders: number;
}

/** How long after health first says "draining" the clients go on sending, as a load balancer between health checks would. */
const BALANCER_REACTION_MS = 300;

/**
 * Keeps `workers` keep-alive clients busy, like a load balancer in front: one of them checks health, and
 * a moment after it says "draining" no new request is sent. Every request sent must get its answer.
 */
async function load(base: string, workers: number, until: () => boolean): Promise<Tally> {
  const tally: Tally = { answered: 0, refused: 0, failed: [], drainingHealth: 0, closeHeaders: 0 };
  let stopSendingAt = Infinity;
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let i = 0; !until() && Date.now() < stopSendingAt; i++) {
        const url = worker === 0 && i % 5 === 0 ? `${base}/api/v1/health` : `${base}/api/v1/me`;
        try {
          const response = await fetch(url);
          const body = (await response.json()) as { error?: { code?: string } };
          tally.answered++;
          if (response.status === 503 && body.error?.code === 'draining') {
            tally.drainingHealth++;
            stopSendingAt = Math.min(stopSendingAt, Date.now() + BALANCER_REACTION_MS);
          }
          if (response.headers.get('connection') === 'close') tally.closeHeaders++;
        } catch (error) {
          const code = (error as { cause?: { code?: string } }).cause?.code;
          // Refused: the listener was closed before the request was sent; it never reached the server.
          if (code === 'ECONNREFUSED') tally.refused++;
          else tally.failed.push(String(code ?? error));
          if (code === 'ECONNREFUSED') return;
        }
      }
    }),
  );
  return tally;
}

const readableLine = (message: string) => new RegExp(`^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO {2}${message}`, 'm');

describe('graceful drain on SIGTERM', () => {
  it('answers every request sent while draining and closing; health says 503 draining first', async () => {
    const base = await startServer();
    // Start-up log lines come before the banner (it is what a fresh terminal shows), readable, none JSON.
    expect(output()).toMatch(readableLine('Server listening at'));
    expect(output().indexOf('Server listening at')).toBeLessThan(output().indexOf('Portico is running at'));
    server!.child.kill('SIGUSR2');
    await outputMatching(/(Portico is running at[\s\S]*){2}/);
    const exited = server!.exited;
    let gone = false;
    void exited.then(() => (gone = true));
    const running = load(base, 12, () => gone);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    server!.child.kill('SIGTERM');
    const [tally, code] = await Promise.all([running, exited]);
    expect(code).toBe(0);
    expect(tally.failed).toEqual([]);
    expect(tally.answered).toBeGreaterThan(100);
    expect(tally.drainingHealth).toBeGreaterThan(0);
    expect(tally.closeHeaders).toBeGreaterThan(0);
    expect(output()).toMatch(readableLine('GET /api/v1/me 401 \\d+ ms req=[0-9a-f-]{36}$'));
    expect(output()).not.toMatch(/^\{/m);
  }, 60_000);
});

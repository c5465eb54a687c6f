import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startAppProcess } from '../../../test/app-process.js';

/**
 * Issue #12: on SIGTERM under load, about one request per open keep-alive connection failed. The real
 * server runs as its own process here (signals and sockets are the point), always on SQLite: the drain is
 * a property of the HTTP layer, not of the database.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portico-drain-'));
let server: ChildProcess | undefined;
afterAll(() => {
  server?.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function startServer(): Promise<string> {
  const started = await startAppProcess({ DATA_DIR: dataDir, SHUTDOWN_DRAIN_SECONDS: '2' });
  server = started.child;
  return started.url;
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

describe('graceful drain on SIGTERM', () => {
  it('answers every request sent while draining and closing; health says 503 draining first', async () => {
    const base = await startServer();
    const exited = new Promise<number | null>((resolve) => server!.once('exit', (code) => resolve(code)));
    let gone = false;
    void exited.then(() => (gone = true));
    const running = load(base, 12, () => gone);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    server!.kill('SIGTERM');
    const [tally, code] = await Promise.all([running, exited]);
    expect(code).toBe(0);
    expect(tally.failed).toEqual([]);
    expect(tally.answered).toBeGreaterThan(100);
    expect(tally.drainingHealth).toBeGreaterThan(0);
    expect(tally.closeHeaders).toBeGreaterThan(0);
  }, 60_000);
});

import cluster, { type Worker } from 'node:cluster';
import type { AppConfig } from './config.js';

/** The environment variable that tells an app process which one it is (0 = the first). */
export const APP_PROCESS_INDEX = 'PORTICO_APP_PROCESS_INDEX';
/** Set for an app process started again after its predecessor died: it does not print the banner again. */
const APP_PROCESS_RESTARTED = 'PORTICO_APP_PROCESS_RESTARTED';

const RESTART_DELAY_MS = { first: 250, max: 10_000 };
/** A process that ran this long was healthy: the next restart starts from the first delay again. */
const HEALTHY_AFTER_MS = 30_000;

/** Which app process this is, as the supervisor started it; null when the server is this process alone. */
export function appProcessRole(): { index: number; restarted: boolean } | null {
  if (!cluster.isWorker) return null;
  return { index: Number(process.env[APP_PROCESS_INDEX] ?? 0), restarted: process.env[APP_PROCESS_RESTARTED] === '1' };
}

/**
 * The supervisor of APP_PROCESSES app processes sharing one port (node:cluster hands each connection to
 * one of them). It serves nothing itself. The first process starts alone, so migrations, the initial
 * admin and the demo data are done once before the others start. A process that dies is started again
 * (with a growing delay if it keeps dying). SIGTERM and SIGINT go to every process, each drains and
 * closes as a single server would, and the supervisor exits when they all have; SIGUSR2 goes to the
 * first, which prints the banner.
 */
export async function superviseAppProcesses(config: AppConfig): Promise<void> {
  const processes = new Map<number, Worker>();
  let stopping = false;
  let stopSignal: NodeJS.Signals | null = null;
  let firstListening = false;
  let failedExits = 0;
  const restartDelay = new Map<number, number>();

  const start = (index: number, restarted: boolean): Worker => {
    const worker = cluster.fork({ [APP_PROCESS_INDEX]: String(index), [APP_PROCESS_RESTARTED]: restarted ? '1' : '' });
    const startedAt = Date.now();
    processes.set(index, worker);
    if (restarted) worker.once('listening', () => console.log(`Portico app process ${index + 1} is listening again`));
    worker.on('exit', (code, signal) => {
      processes.delete(index);
      // A first process that cannot start (bad database, port taken) is a failed start, not something to
      // retry; it has said why.
      if (!firstListening) process.exit(code || 1);
      if (stopping) {
        // Ended by the signal passed on (a process still starting has no handler for it yet) or cleanly.
        if (code !== 0 && signal !== stopSignal) failedExits++;
        if (processes.size === 0) process.exit(failedExits === 0 ? 0 : 1);
        return;
      }
      const healthy = Date.now() - startedAt > HEALTHY_AFTER_MS;
      const delay = healthy ? RESTART_DELAY_MS.first : Math.min((restartDelay.get(index) ?? RESTART_DELAY_MS.first / 2) * 2, RESTART_DELAY_MS.max);
      restartDelay.set(index, delay);
      console.error(`Portico app process ${index + 1} ended (${signal ?? `exit code ${code}`}); starting it again in ${delay} ms`);
      setTimeout(() => !stopping && start(index, true), delay);
    });
    return worker;
  };

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    stopSignal = signal;
    if (processes.size === 0) process.exit(0);
    for (const worker of processes.values()) worker.process.kill(signal);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGUSR2', () => processes.get(0)?.process.kill('SIGUSR2'));

  await new Promise<void>((resolve) => start(0, false).once('listening', () => resolve()));
  firstListening = true;
  const others = Array.from({ length: config.appProcesses - 1 }, (_, i) => start(i + 1, false));
  await Promise.all(others.map((worker) => new Promise((resolve) => worker.once('listening', resolve).once('exit', resolve))));
  if (!stopping) console.log(`  all ${config.appProcesses} app processes are listening (supervisor pid ${process.pid})`);
}

import type { FastifyBaseLogger } from 'fastify';

/**
 * A background worker's round, run one at a time and, once started, every `intervalMs` after the previous
 * round ends (so a slow round never overlaps the next). Tests call runOnce() instead of starting it.
 */
export function createPoller<T>(round: () => Promise<T>, what: string, log?: FastifyBaseLogger) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<T> | undefined;

  /** One round at a time; a call while one runs waits for it. */
  function runOnce(): Promise<T> {
    running ??= round().finally(() => {
      running = undefined;
    });
    return running;
  }

  return {
    runOnce,
    start(intervalMs: number) {
      const tick = () => {
        runOnce()
          .catch((error: unknown) => log?.error({ err: error }, `${what} round failed`))
          .finally(() => {
            if (timer) timer = setTimeout(tick, intervalMs);
          });
      };
      timer = setTimeout(tick, 0);
    },
    /** Stops polling and waits for a round under way. */
    async stop() {
      const active = timer;
      timer = undefined;
      if (active) clearTimeout(active);
      await running?.catch(() => undefined);
    },
  };
}

import type { FastifyInstance } from 'fastify';

/**
 * Graceful drain on shutdown. While draining, the server still answers, but the health check says
 * 503 "draining" (so a load balancer stops sending new work here) and every response tells the client to
 * close its keep-alive connection (so no client reuses a connection the server is about to close). Then
 * the listener closes and requests in flight finish.
 */
export interface Drain {
  readonly draining: boolean;
  start(): void;
}

export function registerDrain(app: FastifyInstance): Drain {
  let draining = false;
  const drain: Drain = {
    get draining() {
      return draining;
    },
    start() {
      draining = true;
    },
  };
  app.decorate('drain', drain);
  app.addHook('onSend', async (_request, reply, payload) => {
    if (draining) reply.header('connection', 'close');
    return payload;
  });
  return drain;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Shutdown state: server.ts starts draining on SIGTERM before it closes the listener. */
    drain: Drain;
  }
}

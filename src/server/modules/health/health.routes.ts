import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { sql, type Kysely } from 'kysely';
import { Type } from 'typebox';
import type { Database } from '../../db/schema.js';
import { ServiceUnavailableError } from '../../plugins/errors.js';

export const healthRoutes: FastifyPluginAsyncTypebox<{ db: Kysely<Database> }> = async (app, { db }) => {
  app.get(
    '/health',
    {
      config: { allowDuringPasswordChange: true },
      schema: {
        tags: ['health'],
        summary: 'Liveness and database reachability',
        security: [],
        response: { 200: Type.Object({ status: Type.Literal('ok'), database: Type.Literal('ok') }) },
      },
    },
    async () => {
      // Shutting down: still answering, but a load balancer should send new work elsewhere.
      if (app.drain.draining) throw new ServiceUnavailableError('Portico is shutting down.', 1, 'draining');
      try {
        await sql`select 1`.execute(db);
      } catch {
        throw new ServiceUnavailableError('The database is not reachable.');
      }
      return { status: 'ok' as const, database: 'ok' as const };
    },
  );
};

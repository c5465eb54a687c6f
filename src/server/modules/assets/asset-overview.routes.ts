import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import { Id } from '../../http/schemas.js';
import { requireScope } from '../../plugins/authentication.js';
import { AssetOverview, assetOverview } from './asset-overview.js';

/** GET /assets/overview: how the caller's assets stand, for the portal dashboard's chart (and staff, per customer). */
export const assetOverviewRoutes: FastifyPluginAsyncTypebox<{ ctx: Pick<AppContext, 'db' | 'clock'> }> = async (app, { ctx }) => {
  app.get(
    '/assets/overview',
    {
      schema: {
        tags: ['assets'],
        summary: 'Counts of the visible assets by state: ok, due within 30 days, overdue, in repair, out of service (capped at 10,000 assets)',
        querystring: Type.Object({ customerId: Type.Optional(Id), siteId: Type.Optional(Id) }, { additionalProperties: false }),
        response: { 200: AssetOverview },
      },
    },
    async (request) => assetOverview(ctx.db, await requireScope(request), request.query, ctx.clock()),
  );
};

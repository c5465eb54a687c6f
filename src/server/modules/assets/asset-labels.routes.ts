import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import { errorResponses, Id } from '../../http/schemas.js';
import { requireScope } from '../../plugins/authentication.js';
import { assetsToLabel, MAX_LABELS, renderAssetLabels } from './asset-labels.js';

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/** GET /asset-labels: a printable PDF of QR labels whose codes open the asset in Portico. */
export const assetLabelsRoutes: FastifyPluginAsyncTypebox<{ ctx: Pick<AppContext, 'db' | 'clock' | 'config'> }> = async (app, { ctx }) => {
  app.get(
    '/asset-labels',
    {
      schema: {
        tags: ['assets'],
        summary: 'QR labels (PDF, A4, 3 × 8 labels of 70 × 37 mm) for a site’s assets or chosen assets',
        description:
          'Each code holds the link /a/{assetId}: it opens the asset for a signed-in user who may see it and the sign-in page otherwise. Give siteId (its visible assets, by name) or assetIds (in that order).',
        querystring: Type.Object(
          {
            siteId: Type.Optional(Id),
            assetIds: Type.Optional(Type.String({ pattern: `^${UUID}(,${UUID})*$`, maxLength: MAX_LABELS * 37, description: `Comma-separated asset ids, at most ${MAX_LABELS}` })),
          },
          { additionalProperties: false },
        ),
        produces: ['application/pdf'],
        // 404: a named site or asset does not exist or is not visible to the caller.
        response: { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'The label sheet' }), ...errorResponses(404) },
      },
    },
    async (request, reply) => {
      const scope = await requireScope(request);
      const assets = await assetsToLabel(ctx.db, scope, request.query);
      const pdf = await renderAssetLabels(assets, ctx.config.publicUrl, scope.language, ctx.clock());
      return reply.header('content-type', 'application/pdf').header('content-disposition', 'attachment; filename="asset-labels.pdf"').send(pdf);
    },
  );
};

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ListQuery, PageOf } from '../../http/list-query.js';
import { Body, Id, Nullable, Timestamp } from '../../http/schemas.js';
import { requestFacts, requirePrincipal } from '../../plugins/authentication.js';
import type { ApiTokenRow, ApiTokenService } from './api-tokens.service.js';

const tags = ['api-tokens'];
const IdParams = Type.Object({ id: Id });

const ApiToken = Type.Object({
  id: Id,
  userId: Id,
  name: Type.String(),
  /** The first characters of the secret, to tell tokens apart. */
  prefix: Type.String(),
  createdAt: Timestamp,
  expiresAt: Nullable(Timestamp),
  lastUsedAt: Nullable(Timestamp),
  revokedAt: Nullable(Timestamp),
});
const CreatedApiToken = Type.Object({ ...ApiToken.properties, token: Type.String({ description: 'The secret; shown only in this answer.' }) });

function toApiToken(row: ApiTokenRow) {
  return { id: row.id, userId: row.user_id, name: row.name, prefix: row.prefix, createdAt: row.created_at, expiresAt: row.expires_at, lastUsedAt: row.last_used_at, revokedAt: row.revoked_at };
}

/** API tokens for integrations: `Authorization: Bearer <token>` acts as the staff user who created it. */
export const apiTokensRoutes: FastifyPluginAsyncTypebox<{ apiTokens: ApiTokenService }> = async (app, { apiTokens }) => {
  app.get(
    '/api-tokens',
    {
      schema: {
        tags,
        summary: 'API tokens: your own; admins see everybody’s (never the secrets)',
        querystring: ListQuery(['createdAt'], { userId: Type.Optional(Id), active: Type.Optional(Type.Boolean()) }),
        response: { 200: PageOf(ApiToken) },
      },
    },
    async (request) => {
      const page = await apiTokens.list(requirePrincipal(request), { ...request.query, limit: request.query.limit ?? 50 });
      return { items: page.rows.map(toApiToken), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/api-tokens',
    {
      config: { sessionOnly: true },
      schema: {
        tags,
        summary: 'Create an API token for yourself; the answer holds the secret, once',
        body: Body({ name: Type.String({ minLength: 1, maxLength: 100 }), expiresAt: Type.Optional(Nullable(Timestamp)) }),
        response: { 201: CreatedApiToken },
      },
    },
    async (request, reply) => {
      const { row, secret } = await apiTokens.create(requirePrincipal(request), request.body, requestFacts(request));
      return reply.status(201).send({ ...toApiToken(row), token: secret });
    },
  );

  app.delete(
    '/api-tokens/:id',
    { schema: { tags, summary: 'Revoke an API token (at once, for good)', params: IdParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await apiTokens.revoke(requirePrincipal(request), request.params.id, requestFacts(request));
      return reply.status(204).send(null);
    },
  );
};

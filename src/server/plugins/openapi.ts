import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { sharedErrorResponses } from './openapi-errors.js';
import { API_TAGS, operationDescription, operationIdOf } from './openapi-operations.js';

/** OpenAPI document built from the route schemas, at /api/v1/openapi.json, with a docs page at /api/docs. */
export async function registerOpenApi(app: FastifyInstance, { publicUrl }: { publicUrl: string }): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Portico API',
        version: '1',
        description:
          'One API for staff and external (portal) users: every endpoint answers with what the caller may see. ' +
          'Sign in with POST /api/v1/auth/login (session cookie), or send `Authorization: Bearer <token>` with an ' +
          'API token made by a staff user (POST /api/v1/api-tokens); a token acts as that user.',
        contact: { name: 'The service company running this Portico', url: publicUrl },
      },
      servers: [{ url: publicUrl, description: 'This Portico server' }],
      tags: API_TAGS,
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'portico_session' },
          apiToken: { type: 'http', scheme: 'bearer', description: 'An API token from POST /api/v1/api-tokens' },
        },
      },
      security: [{ session: [] }, { apiToken: [] }],
    },
    // Shared error answers are added to the document only: each route's serializers stay as its schema says.
    // A streamed multipart body (`multipartBody`) is documented as the request body without being validated
    // as one: the handler reads its parts in order.
    transform: ({ schema, url, route }) => {
      if (!schema || schema.hide) return { schema, url };
      const method = Array.isArray(route.method) ? route.method[0]! : route.method;
      const { multipartBody, ...rest } = schema as typeof schema & { multipartBody?: unknown };
      const response = { ...sharedErrorResponses(method, route.url), ...(rest.response as object | undefined) };
      const querystring = rest.querystring as { properties?: Record<string, unknown> } | undefined;
      const described = {
        operationId: operationIdOf(method, route.url),
        description: operationDescription(rest.summary, rest.description, { method, url: route.url, paged: Boolean(querystring?.properties?.cursor) }),
      };
      return { schema: { ...rest, ...described, ...(multipartBody ? { body: multipartBody } : {}), response }, url };
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { url: '/api/v1/openapi.json' } });
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}

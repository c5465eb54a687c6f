import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ListQuery, PageOf } from '../../http/list-query.js';
import { Id } from '../../http/schemas.js';
import { requestFacts, requireScope } from '../../plugins/authentication.js';
import { CreatedWebhook, Webhook, WebhookDelivery, WebhookInput, WebhookPatch } from './webhooks.mapping.js';
import type { WebhooksService } from './webhooks.service.js';

const tags = ['webhooks'];
const IdParams = Type.Object({ id: Id });

/** Webhooks for integrators: signed event deliveries with retries and a delivery log (admins). */
export const webhooksRoutes: FastifyPluginAsyncTypebox<{ webhooks: WebhooksService }> = async (app, { webhooks }) => {
  app.get(
    '/webhooks',
    {
      schema: {
        tags,
        summary: 'List webhook subscriptions (admins; never the secrets)',
        querystring: ListQuery(['createdAt'], { includeArchived: Type.Optional(Type.Boolean()) }),
        response: { 200: PageOf(Webhook) },
      },
    },
    async (request) => webhooks.list(await requireScope(request), request.query),
  );

  app.post(
    '/webhooks',
    {
      schema: {
        tags,
        summary: 'Subscribe a URL to event kinds (admins); the answer holds the signing secret, once',
        body: WebhookInput,
        response: { 201: CreatedWebhook },
      },
    },
    async (request, reply) => reply.status(201).send(await webhooks.create(await requireScope(request), request.body, requestFacts(request))),
  );

  app.get(
    '/webhooks/:id',
    { schema: { tags, summary: 'Get a webhook subscription (admins)', params: IdParams, response: { 200: Webhook } } },
    async (request) => webhooks.get(await requireScope(request), request.params.id),
  );

  app.patch(
    '/webhooks/:id',
    { schema: { tags, summary: 'Change a webhook subscription: URL, event kinds, customer-facing, description (admins)', params: IdParams, body: WebhookPatch, response: { 200: Webhook } } },
    async (request) => webhooks.update(await requireScope(request), request.params.id, request.body, requestFacts(request)),
  );

  app.delete(
    '/webhooks/:id',
    { schema: { tags, summary: 'Delete a webhook subscription (admins); deliveries still due are not sent', params: IdParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await webhooks.archive(await requireScope(request), request.params.id, requestFacts(request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/webhooks/:id/deliveries',
    {
      schema: {
        tags,
        summary: 'The delivery log of a webhook, newest first: each body, its attempts and the receiver’s last answer (admins)',
        params: IdParams,
        querystring: Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })), cursor: Type.Optional(Type.String({ maxLength: 1000 })) }),
        response: { 200: PageOf(WebhookDelivery) },
      },
    },
    async (request) => webhooks.deliveries(await requireScope(request), request.params.id, request.query),
  );

  app.post(
    '/webhooks/:id/deliveries/:deliveryId/retry',
    {
      schema: {
        tags,
        summary: 'Send a failed delivery again, now (admins)',
        params: Type.Object({ id: Id, deliveryId: Id }),
        response: { 200: WebhookDelivery },
      },
    },
    async (request) => webhooks.retry(await requireScope(request), request.params.id, request.params.deliveryId),
  );
};

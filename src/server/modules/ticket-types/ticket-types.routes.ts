import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ListQuery, PageOf } from '../../http/list-query.js';
import { Id } from '../../http/schemas.js';
import { requestFacts, requireScope } from '../../plugins/authentication.js';
import { TicketType, TicketTypeInput, TicketTypePatch } from './ticket-types.mapping.js';
import { TICKET_TYPE_SORT_FIELDS, type TicketTypesService } from './ticket-types.service.js';

const IdParams = Type.Object({ id: Id });
const tags = ['tickets'];

export const ticketTypesRoutes: FastifyPluginAsyncTypebox<{ ticketTypes: TicketTypesService }> = async (app, { ticketTypes }) => {
  app.get(
    '/ticket-types',
    {
      schema: {
        tags,
        summary: 'List ticket types (customerId: the global types plus that customer’s own; portal users: the types they may create)',
        querystring: ListQuery(TICKET_TYPE_SORT_FIELDS, {
          customerId: Type.Optional(Id),
          includeArchived: Type.Optional(Type.Boolean()),
        }),
        response: { 200: PageOf(TicketType) },
      },
    },
    async (request) => ticketTypes.list(await requireScope(request), request.query),
  );

  app.get(
    '/ticket-types/:id',
    { schema: { tags, summary: 'Get a ticket type', params: IdParams, response: { 200: TicketType } } },
    async (request) => ticketTypes.get(await requireScope(request), request.params.id),
  );

  app.post(
    '/ticket-types',
    { schema: { tags, summary: 'Create a ticket type (customerId: only that customer gets it)', body: TicketTypeInput, response: { 201: TicketType } } },
    async (request, reply) => reply.status(201).send(await ticketTypes.create(await requireScope(request), request.body, requestFacts(request))),
  );

  app.patch(
    '/ticket-types/:id',
    { schema: { tags, summary: 'Change a ticket type: name, key, default responsible, service-level targets (minutes)', params: IdParams, body: TicketTypePatch, response: { 200: TicketType } } },
    async (request) => ticketTypes.update(await requireScope(request), request.params.id, request.body, requestFacts(request)),
  );

  app.delete(
    '/ticket-types/:id',
    { schema: { tags, summary: 'Archive a ticket type (no longer offered for new tickets)', params: IdParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await ticketTypes.archive(await requireScope(request), request.params.id, requestFacts(request));
      return reply.status(204).send(null);
    },
  );
};

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ListQuery, PageOf } from '../../http/list-query.js';
import { Id } from '../../http/schemas.js';
import { requestFacts, requireScope } from '../../plugins/authentication.js';
import { StatusCategory, TicketStatus, TicketStatusInput, TicketStatusPatch } from './ticket-statuses.mapping.js';
import { TICKET_STATUS_SORT_FIELDS, type TicketStatusesService } from './ticket-statuses.service.js';

const IdParams = Type.Object({ id: Id });
const tags = ['tickets'];

export const ticketStatusesRoutes: FastifyPluginAsyncTypebox<{ ticketStatuses: TicketStatusesService }> = async (app, { ticketStatuses }) => {
  app.get(
    '/ticket-statuses',
    {
      schema: {
        tags,
        summary: 'List ticket statuses (the workflow, ordered by position)',
        querystring: ListQuery(TICKET_STATUS_SORT_FIELDS, {
          category: Type.Optional(StatusCategory),
          includeArchived: Type.Optional(Type.Boolean()),
        }),
        response: { 200: PageOf(TicketStatus) },
      },
    },
    async (request) => ticketStatuses.list(await requireScope(request), request.query),
  );

  app.get(
    '/ticket-statuses/:id',
    { schema: { tags, summary: 'Get a ticket status', params: IdParams, response: { 200: TicketStatus } } },
    async (request) => ticketStatuses.get(await requireScope(request), request.params.id),
  );

  app.post(
    '/ticket-statuses',
    { schema: { tags, summary: 'Create a ticket status (isInitial: new tickets start in it)', body: TicketStatusInput, response: { 201: TicketStatus } } },
    async (request, reply) =>
      reply.status(201).send(await ticketStatuses.create(await requireScope(request), request.body, requestFacts(request))),
  );

  app.patch(
    '/ticket-statuses/:id',
    { schema: { tags, summary: 'Update a ticket status', params: IdParams, body: TicketStatusPatch, response: { 200: TicketStatus } } },
    async (request) => ticketStatuses.update(await requireScope(request), request.params.id, request.body, requestFacts(request)),
  );

  app.delete(
    '/ticket-statuses/:id',
    { schema: { tags, summary: 'Archive a ticket status (not the initial one)', params: IdParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await ticketStatuses.archive(await requireScope(request), request.params.id, requestFacts(request));
      return reply.status(204).send(null);
    },
  );
};

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { DEFAULT_LIMIT, ListQuery, MAX_LIMIT, PageOf } from '../../http/list-query.js';
import { Id } from '../../http/schemas.js';
import { requestFacts, requireScope } from '../../plugins/authentication.js';
import { StatusCategory } from '../ticket-types/ticket-statuses.mapping.js';
import { TicketComment, TicketCommentInput } from './ticket-comments.mapping.js';
import type { TicketCommentsService } from './ticket-comments.service.js';
import type { TicketFollowersService } from './ticket-followers.service.js';
import { Ticket, TicketInput, TicketPatch } from './tickets.mapping.js';
import { TICKET_SORT_FIELDS, type TicketsService } from './tickets.service.js';

const IdParams = Type.Object({ id: Id });
const tags = ['tickets'];
const CommentsQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT })),
    cursor: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);

const Following = Type.Object({ following: Type.Boolean() });

export const ticketsRoutes: FastifyPluginAsyncTypebox<{ tickets: TicketsService; comments: TicketCommentsService; followers: TicketFollowersService }> = async (
  app,
  { tickets, comments, followers },
) => {
  app.get(
    '/tickets',
    {
      schema: {
        tags,
        summary: 'List tickets (q: number or title; default sort: newest first; sla: staff only, near = under 20 % of a target left)',
        querystring: ListQuery(TICKET_SORT_FIELDS, {
          customerId: Type.Optional(Id),
          siteId: Type.Optional(Id),
          assetId: Type.Optional(Id),
          typeId: Type.Optional(Id),
          statusId: Type.Optional(Id),
          statusCategory: Type.Optional(StatusCategory),
          submitterId: Type.Optional(Id),
          responsibleUserId: Type.Optional(Id),
          assigned: Type.Optional(Type.Union([Type.Literal('unassigned'), Type.Literal('me')])),
          sla: Type.Optional(Type.Union([Type.Literal('near'), Type.Literal('breached'), Type.Literal('at_risk')])),
          unresolved: Type.Optional(Type.Boolean()),
          includeArchived: Type.Optional(Type.Boolean()),
        }),
        response: { 200: PageOf(Ticket) },
      },
    },
    async (request) => tickets.list(await requireScope(request), request.query),
  );

  app.get(
    '/tickets/:id',
    { schema: { tags, summary: 'Get a ticket', params: IdParams, response: { 200: Ticket } } },
    async (request) => tickets.get(await requireScope(request), request.params.id),
  );

  app.post(
    '/tickets',
    { schema: { tags, summary: 'Raise a ticket (the caller is its submitter; portal users: allowed types, writable sites, configured recipients)', body: TicketInput, response: { 201: Ticket } } },
    async (request, reply) => reply.status(201).send(await tickets.create(await requireScope(request), request.body, requestFacts(request))),
  );

  app.patch(
    '/tickets/:id',
    {
      schema: {
        tags,
        summary: 'Update a ticket (moving to a closed-category status sets closedAt; portal users: statusId only, to their allowed statuses)',
        params: IdParams,
        body: TicketPatch,
        response: { 200: Ticket },
      },
    },
    async (request) => tickets.update(await requireScope(request), request.params.id, request.body, requestFacts(request)),
  );

  app.delete(
    '/tickets/:id',
    { schema: { tags, summary: 'Archive a ticket', params: IdParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await tickets.archive(await requireScope(request), request.params.id, requestFacts(request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/tickets/:id/comments',
    {
      schema: {
        tags,
        summary: 'List the comments of a ticket, oldest first (portal users see only public ones)',
        params: IdParams,
        querystring: CommentsQuery,
        response: { 200: PageOf(TicketComment) },
      },
    },
    async (request) => comments.list(await requireScope(request), request.params.id, request.query),
  );

  app.post(
    '/tickets/:id/comments',
    {
      schema: {
        tags,
        summary: 'Comment on a ticket (internal comments: staff only)',
        params: IdParams,
        body: TicketCommentInput,
        response: { 201: TicketComment },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await comments.create(await requireScope(request), request.params.id, request.body, requestFacts(request))),
  );

  app.get(
    '/tickets/:id/follow',
    { schema: { tags, summary: 'Whether the caller follows this ticket', params: IdParams, response: { 200: Following } } },
    async (request) => followers.get(await requireScope(request), request.params.id),
  );

  app.put(
    '/tickets/:id/follow',
    { schema: { tags, summary: 'Follow a ticket: hear about its replies and status changes', params: IdParams, response: { 200: Following } } },
    async (request) => followers.follow(await requireScope(request), request.params.id),
  );

  app.delete(
    '/tickets/:id/follow',
    { schema: { tags, summary: 'Stop following a ticket', params: IdParams, response: { 200: Following } } },
    async (request) => followers.unfollow(await requireScope(request), request.params.id),
  );
};

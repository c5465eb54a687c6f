import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ListQuery, PageOf } from '../../http/list-query.js';
import { errorResponses, Id } from '../../http/schemas.js';
import { requestFacts, requireScope } from '../../plugins/authentication.js';
import { Assignment, AssignmentInput, Flag, FlaggableResource, FlagInput, FlagPatch } from './flags.mapping.js';
import { FLAG_SORT_FIELDS, type FlagsService } from './flags.service.js';

const IdParams = Type.Object({ id: Id });
const AssignmentParams = Type.Object({ id: Id, resourceType: FlaggableResource, resourceId: Id });
const tags = ['flags'];

export const flagsRoutes: FastifyPluginAsyncTypebox<{ flags: FlagsService }> = async (app, { flags }) => {
  app.get(
    '/flags',
    {
      schema: {
        tags,
        summary: 'List flags; with resourceType and resourceId, the flags on that record',
        querystring: ListQuery(FLAG_SORT_FIELDS, {
          resourceType: Type.Optional(FlaggableResource),
          resourceId: Type.Optional(Id),
          includeArchived: Type.Optional(Type.Boolean()),
        }),
        // The record of resourceType and resourceId must exist and be visible.
        response: { 200: PageOf(Flag), ...errorResponses(404) },
      },
    },
    async (request) => flags.list(await requireScope(request), request.query),
  );

  app.get(
    '/flags/:id',
    { schema: { tags, summary: 'Get a flag', params: IdParams, response: { 200: Flag } } },
    async (request) => flags.get(await requireScope(request), request.params.id),
  );

  app.post(
    '/flags',
    { schema: { tags, summary: 'Create a flag (admins)', body: FlagInput, response: { 201: Flag } } },
    async (request, reply) => reply.status(201).send(await flags.create(await requireScope(request), request.body, requestFacts(request))),
  );

  app.patch(
    '/flags/:id',
    { schema: { tags, summary: 'Update a flag (admins)', params: IdParams, body: FlagPatch, response: { 200: Flag } } },
    async (request) => flags.update(await requireScope(request), request.params.id, request.body, requestFacts(request)),
  );

  app.delete(
    '/flags/:id',
    { schema: { tags, summary: 'Archive a flag (admins); it disappears from records', params: IdParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await flags.archive(await requireScope(request), request.params.id, requestFacts(request));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/flags/:id/assignments',
    {
      schema: {
        tags,
        summary: 'Put a flag on an order, work order or project (idempotent)',
        params: IdParams,
        body: AssignmentInput,
        response: { 201: Assignment },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await flags.assign(await requireScope(request), request.params.id, request.body, requestFacts(request))),
  );

  app.delete(
    '/flags/:id/assignments/:resourceType/:resourceId',
    { schema: { tags, summary: 'Take a flag off a record', params: AssignmentParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      const { id, resourceType, resourceId } = request.params;
      await flags.unassign(await requireScope(request), id, resourceType, resourceId, requestFacts(request));
      return reply.status(204).send(null);
    },
  );
};

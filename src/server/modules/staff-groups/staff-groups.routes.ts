import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ListQuery, PageOf } from '../../http/list-query.js';
import { Id } from '../../http/schemas.js';
import { requestFacts, requireScope } from '../../plugins/authentication.js';
import { StaffGroup, StaffGroupInput, StaffGroupPatch } from './staff-groups.mapping.js';
import { STAFF_GROUP_SORT_FIELDS, type StaffGroupsService } from './staff-groups.service.js';

const IdParams = Type.Object({ id: Id });
const tags = ['staff-groups'];

export const staffGroupsRoutes: FastifyPluginAsyncTypebox<{ staffGroups: StaffGroupsService }> = async (app, { staffGroups }) => {
  app.get(
    '/staff-groups',
    {
      schema: {
        tags,
        summary: 'List staff groups (memberId lists the groups of a staff user)',
        querystring: ListQuery(STAFF_GROUP_SORT_FIELDS, {
          memberId: Type.Optional(Id),
          includeArchived: Type.Optional(Type.Boolean()),
        }),
        response: { 200: PageOf(StaffGroup) },
      },
    },
    async (request) => staffGroups.list(await requireScope(request), request.query),
  );

  app.get(
    '/staff-groups/:id',
    { schema: { tags, summary: 'Get a staff group', params: IdParams, response: { 200: StaffGroup } } },
    async (request) => staffGroups.get(await requireScope(request), request.params.id),
  );

  app.post(
    '/staff-groups',
    { schema: { tags, summary: 'Create a staff group (admins only)', body: StaffGroupInput, response: { 201: StaffGroup } } },
    async (request, reply) => reply.status(201).send(await staffGroups.create(await requireScope(request), request.body, requestFacts(request))),
  );

  app.patch(
    '/staff-groups/:id',
    { schema: { tags, summary: 'Update a staff group (memberIds replaces the members)', params: IdParams, body: StaffGroupPatch, response: { 200: StaffGroup } } },
    async (request) => staffGroups.update(await requireScope(request), request.params.id, request.body, requestFacts(request)),
  );

  app.delete(
    '/staff-groups/:id',
    { schema: { tags, summary: 'Archive a staff group', params: IdParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await staffGroups.archive(await requireScope(request), request.params.id, requestFacts(request));
      return reply.status(204).send(null);
    },
  );
};

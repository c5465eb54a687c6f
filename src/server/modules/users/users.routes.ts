import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ListQuery, PageOf } from '../../http/list-query.js';
import { Id } from '../../http/schemas.js';
import { requestFacts, requireScope } from '../../plugins/authentication.js';
import { User, UserInput, UserPatch } from './users.mapping.js';
import { USER_SORT_FIELDS, type UsersService } from './users.service.js';

const IdParams = Type.Object({ id: Id });
const tags = ['users'];

export const usersRoutes: FastifyPluginAsyncTypebox<{ users: UsersService }> = async (app, { users }) => {
  app.get(
    '/users',
    {
      schema: {
        tags,
        summary: 'List users (assignable=true: active staff only, for technician and assignee pickers; customerId: the portal users of that customer; contactId: those linked to that contact)',
        querystring: ListQuery(USER_SORT_FIELDS, {
          kind: Type.Optional(Type.Union([Type.Literal('staff'), Type.Literal('external')])),
          role: Type.Optional(Type.Union([Type.Literal('admin'), Type.Literal('coordinator'), Type.Literal('technician')])),
          status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('disabled'), Type.Literal('pending')])),
          assignable: Type.Optional(Type.Boolean()),
          customerId: Type.Optional(Id),
          contactId: Type.Optional(Id),
        }),
        response: { 200: PageOf(User) },
      },
    },
    async (request) => users.list(await requireScope(request), request.query),
  );

  app.get(
    '/users/:id',
    { schema: { tags, summary: 'Get a user', params: IdParams, response: { 200: User } } },
    async (request) => users.get(await requireScope(request), request.params.id),
  );

  app.post(
    '/users',
    { schema: { tags, summary: 'Create a staff user (admins only)', body: UserInput, response: { 201: User } } },
    async (request, reply) => reply.status(201).send(await users.create(await requireScope(request), request.body, requestFacts(request))),
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        tags,
        summary: 'Update a user (admins only); status "disabled" ends all their sessions',
        params: IdParams,
        body: UserPatch,
        response: { 200: User },
      },
    },
    async (request) => users.update(await requireScope(request), request.params.id, request.body, requestFacts(request)),
  );

  app.delete(
    '/users/:id',
    { schema: { tags, summary: 'Disable a user and end all their sessions (admins only)', params: IdParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await users.disable(await requireScope(request), request.params.id, requestFacts(request));
      return reply.status(204).send(null);
    },
  );
};

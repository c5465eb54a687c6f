import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ListQuery, PageOf } from '../../http/list-query.js';
import { Id } from '../../http/schemas.js';
import { requestFacts, requireScope } from '../../plugins/authentication.js';
import { Contact, ContactInput, ContactPatch } from './contacts.mapping.js';
import { CONTACT_SORT_FIELDS, type ContactsService } from './contacts.service.js';

const IdParams = Type.Object({ id: Id });
const tags = ['contacts'];

export const contactsRoutes: FastifyPluginAsyncTypebox<{ contacts: ContactsService }> = async (app, { contacts }) => {
  app.get(
    '/contacts',
    {
      schema: {
        tags,
        summary: 'List contacts (q searches name and e-mail; siteId lists the contacts related to a site)',
        querystring: ListQuery(CONTACT_SORT_FIELDS, {
          customerId: Type.Optional(Id),
          siteId: Type.Optional(Id),
          includeArchived: Type.Optional(Type.Boolean()),
        }),
        response: { 200: PageOf(Contact) },
      },
    },
    async (request) => contacts.list(await requireScope(request), request.query),
  );

  app.get(
    '/contacts/:id',
    { schema: { tags, summary: 'Get a contact', params: IdParams, response: { 200: Contact } } },
    async (request) => contacts.get(await requireScope(request), request.params.id),
  );

  app.post(
    '/contacts',
    { schema: { tags, summary: 'Create a contact of a customer, related to some of its sites', body: ContactInput, response: { 201: Contact } } },
    async (request, reply) => reply.status(201).send(await contacts.create(await requireScope(request), request.body, requestFacts(request))),
  );

  app.patch(
    '/contacts/:id',
    { schema: { tags, summary: 'Update a contact (siteIds replaces the related sites)', params: IdParams, body: ContactPatch, response: { 200: Contact } } },
    async (request) => contacts.update(await requireScope(request), request.params.id, request.body, requestFacts(request)),
  );

  app.delete(
    '/contacts/:id',
    { schema: { tags, summary: 'Archive a contact', params: IdParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await contacts.archive(await requireScope(request), request.params.id, requestFacts(request));
      return reply.status(204).send(null);
    },
  );
};

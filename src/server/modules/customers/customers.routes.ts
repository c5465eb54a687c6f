import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ListQuery, PageOf } from '../../http/list-query.js';
import { Id } from '../../http/schemas.js';
import { requestFacts, requireScope } from '../../plugins/authentication.js';
import { Customer, CustomerInput, CustomerPatch } from './customers.mapping.js';
import { CUSTOMER_SORT_FIELDS, type CustomersService } from './customers.service.js';

const IdParams = Type.Object({ id: Id });
const tags = ['customers'];

export const customersRoutes: FastifyPluginAsyncTypebox<{ customers: CustomersService }> = async (app, { customers }) => {
  app.get(
    '/customers',
    {
      schema: {
        tags,
        summary: 'List customers (consolidated accounts have children: filter by parentId)',
        querystring: ListQuery(CUSTOMER_SORT_FIELDS, {
          parentId: Type.Optional(Id),
          topLevel: Type.Optional(Type.Boolean()),
          includeArchived: Type.Optional(Type.Boolean()),
        }),
        response: { 200: PageOf(Customer) },
      },
    },
    async (request) => customers.list(await requireScope(request), request.query),
  );

  app.get(
    '/customers/:id',
    { schema: { tags, summary: 'Get a customer', params: IdParams, response: { 200: Customer } } },
    async (request) => customers.get(await requireScope(request), request.params.id),
  );

  app.post(
    '/customers',
    { schema: { tags, summary: 'Create a customer', body: CustomerInput, response: { 201: Customer } } },
    async (request, reply) => reply.status(201).send(await customers.create(await requireScope(request), request.body, requestFacts(request))),
  );

  app.patch(
    '/customers/:id',
    { schema: { tags, summary: 'Update a customer (parentId moves it with its sub-accounts)', params: IdParams, body: CustomerPatch, response: { 200: Customer } } },
    async (request) => customers.update(await requireScope(request), request.params.id, request.body, requestFacts(request)),
  );

  app.delete(
    '/customers/:id',
    { schema: { tags, summary: 'Archive a customer', params: IdParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await customers.archive(await requireScope(request), request.params.id, requestFacts(request));
      return reply.status(204).send(null);
    },
  );
};

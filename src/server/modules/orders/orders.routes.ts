import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ListQuery, PageOf } from '../../http/list-query.js';
import { Id } from '../../http/schemas.js';
import { requestFacts, requireScope } from '../../plugins/authentication.js';
import { DateString } from '../projects/projects.mapping.js';
import { taskRoutes } from '../projects/tasks/tasks.routes.js';
import type { TasksService } from '../projects/tasks/tasks.service.js';
import { Order, OrderInput, OrderPatch, OrderStatus } from './orders.mapping.js';
import { ORDER_SORT_FIELDS, type OrdersService } from './orders.service.js';

const IdParams = Type.Object({ id: Id });
const tags = ['orders'];

export const ordersRoutes: FastifyPluginAsyncTypebox<{ orders: OrdersService; tasks: TasksService }> = async (app, { orders, tasks }) => {
  app.get(
    '/orders',
    {
      schema: {
        tags,
        summary: 'List orders (search q: number, title)',
        querystring: ListQuery(ORDER_SORT_FIELDS, {
          customerId: Type.Optional(Id),
          siteId: Type.Optional(Id),
          status: Type.Optional(OrderStatus),
          deadlineBefore: Type.Optional(DateString),
          includeArchived: Type.Optional(Type.Boolean()),
        }),
        response: { 200: PageOf(Order) },
      },
    },
    async (request) => orders.list(await requireScope(request), request.query),
  );

  app.get(
    '/orders/:id',
    { schema: { tags, summary: 'Get an order with its flags', params: IdParams, response: { 200: Order } } },
    async (request) => orders.get(await requireScope(request), request.params.id),
  );

  app.post(
    '/orders',
    { schema: { tags, summary: 'Create an order', body: OrderInput, response: { 201: Order } } },
    async (request, reply) => reply.status(201).send(await orders.create(await requireScope(request), request.body, requestFacts(request))),
  );

  app.patch(
    '/orders/:id',
    { schema: { tags, summary: 'Update an order', params: IdParams, body: OrderPatch, response: { 200: Order } } },
    async (request) => orders.update(await requireScope(request), request.params.id, request.body, requestFacts(request)),
  );

  app.delete(
    '/orders/:id',
    { schema: { tags, summary: 'Archive an order', params: IdParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await orders.archive(await requireScope(request), request.params.id, requestFacts(request));
      return reply.status(204).send(null);
    },
  );

  await app.register(taskRoutes, { tasks, base: '/orders', tags, note: 'internal: staff only' });
};

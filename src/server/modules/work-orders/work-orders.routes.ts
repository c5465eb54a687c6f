import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ListQuery, PageOf } from '../../http/list-query.js';
import { Id, Timestamp } from '../../http/schemas.js';
import { requestFacts, requireScope } from '../../plugins/authentication.js';
import { workOrderItemsRoutes } from './work-order-items.routes.js';
import { createWorkOrderItemsService } from './work-order-items.service.js';
import { StatusFilter, WorkOrder, WorkOrderInput, WorkOrderKind, WorkOrderPatch } from './work-orders.mapping.js';
import { WORK_ORDER_SORT_FIELDS, type WorkOrdersService } from './work-orders.service.js';

const IdParams = Type.Object({ id: Id });
const tags = ['work orders'];

export const workOrdersRoutes: FastifyPluginAsyncTypebox<{ workOrders: WorkOrdersService }> = async (app, { workOrders }) => {
  app.get(
    '/work-orders',
    {
      schema: {
        tags,
        summary: 'List work orders (newest first unless sorted otherwise)',
        querystring: ListQuery(WORK_ORDER_SORT_FIELDS, {
          customerId: Type.Optional(Id),
          siteId: Type.Optional(Id),
          assetId: Type.Optional(Id),
          projectId: Type.Optional(Id),
          status: Type.Optional(StatusFilter),
          kind: Type.Optional(WorkOrderKind),
          assigneeId: Type.Optional(Id),
          plannedEndBefore: Type.Optional(Timestamp),
          includeArchived: Type.Optional(Type.Boolean()),
        }),
        response: { 200: PageOf(WorkOrder) },
      },
    },
    async (request) => workOrders.list(await requireScope(request), request.query),
  );

  app.get(
    '/work-orders/:id',
    { schema: { tags, summary: 'Get a work order', params: IdParams, response: { 200: WorkOrder } } },
    async (request) => workOrders.get(await requireScope(request), request.params.id),
  );

  app.post(
    '/work-orders',
    {
      schema: {
        tags,
        summary: 'Create a work order (customer and site default from the asset)',
        body: WorkOrderInput,
        response: { 201: WorkOrder },
      },
    },
    async (request, reply) => reply.status(201).send(await workOrders.create(await requireScope(request), request.body, requestFacts(request))),
  );

  app.patch(
    '/work-orders/:id',
    {
      schema: {
        tags,
        summary: 'Update a work order; status follows the workflow, assigneeIds replaces the assignees',
        params: IdParams,
        body: WorkOrderPatch,
        response: { 200: WorkOrder },
      },
    },
    async (request) => workOrders.update(await requireScope(request), request.params.id, request.body, requestFacts(request)),
  );

  app.delete(
    '/work-orders/:id',
    { schema: { tags, summary: 'Archive a work order', params: IdParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await workOrders.archive(await requireScope(request), request.params.id, requestFacts(request));
      return reply.status(204).send(null);
    },
  );

  await app.register(workOrderItemsRoutes, { items: createWorkOrderItemsService(app.ctx, workOrders) });
};

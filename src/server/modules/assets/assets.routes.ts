import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { DEFAULT_LIMIT, ListQuery, MAX_LIMIT, PageOf } from '../../http/list-query.js';
import { Id } from '../../http/schemas.js';
import { requestFacts, requireScope } from '../../plugins/authentication.js';
import { WorkOrder } from '../work-orders/work-orders.mapping.js';
import { Asset, AssetInList, AssetInput, AssetPatch, AssetStatus, DateOnly } from './assets.mapping.js';
import { ASSET_SORT_FIELDS, type AssetsService } from './assets.service.js';

const IdParams = Type.Object({ id: Id });
const tags = ['assets'];

const HistoryQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT })),
    cursor: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);

export const assetsRoutes: FastifyPluginAsyncTypebox<{ assets: AssetsService }> = async (app, { assets }) => {
  app.get(
    '/assets',
    {
      schema: {
        tags,
        summary: 'List assets (under=<asset id>: everything below that asset; visibleRoots: the tops of what the caller sees; childCounts: with each asset\'s visible sub-assets counted)',
        querystring: ListQuery(ASSET_SORT_FIELDS, {
          customerId: Type.Optional(Id),
          siteId: Type.Optional(Id),
          parentId: Type.Optional(Id),
          topLevel: Type.Optional(Type.Boolean()),
          visibleRoots: Type.Optional(Type.Boolean({ description: 'Only assets whose parent the caller cannot see: the tops of the trees as the caller sees them (for staff, the top-level assets)' })),
          childCounts: Type.Optional(Type.Boolean({ description: 'Give each asset childCount: its direct sub-assets the caller can see' })),
          under: Type.Optional(Id),
          status: Type.Optional(AssetStatus),
          dueBefore: Type.Optional(DateOnly),
          includeArchived: Type.Optional(Type.Boolean()),
        }),
        response: { 200: PageOf(AssetInList) },
      },
    },
    async (request) => assets.list(await requireScope(request), request.query),
  );

  app.get(
    '/assets/:id',
    { schema: { tags, summary: 'Get an asset', params: IdParams, response: { 200: Asset } } },
    async (request) => assets.get(await requireScope(request), request.params.id),
  );

  app.get(
    '/assets/:id/history',
    {
      schema: {
        tags,
        summary: 'Service and calibration history: work orders of the asset and everything under it, newest first',
        params: IdParams,
        querystring: HistoryQuery,
        response: { 200: PageOf(WorkOrder) },
      },
    },
    async (request) => assets.history(await requireScope(request), request.params.id, request.query),
  );

  app.post(
    '/assets',
    { schema: { tags, summary: 'Create an asset (portal users: with manage-devices, on writable sites, no staff-only fields)', body: AssetInput, response: { 201: Asset } } },
    async (request, reply) => reply.status(201).send(await assets.create(await requireScope(request), request.body, requestFacts(request))),
  );

  app.patch(
    '/assets/:id',
    {
      schema: {
        tags,
        summary: 'Update an asset (parentId moves it with its sub-assets; null makes it top-level)',
        params: IdParams,
        body: AssetPatch,
        response: { 200: Asset },
      },
    },
    async (request) => assets.update(await requireScope(request), request.params.id, request.body, requestFacts(request)),
  );

  app.delete(
    '/assets/:id',
    { schema: { tags, summary: 'Archive an asset', params: IdParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await assets.archive(await requireScope(request), request.params.id, requestFacts(request));
      return reply.status(204).send(null);
    },
  );
};

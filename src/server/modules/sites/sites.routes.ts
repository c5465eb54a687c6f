import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ListQuery, PageOf } from '../../http/list-query.js';
import { Id } from '../../http/schemas.js';
import { requestFacts, requireScope } from '../../plugins/authentication.js';
import { Site, SiteInput, SitePatch } from './sites.mapping.js';
import { SITE_SORT_FIELDS, type SitesService } from './sites.service.js';

const IdParams = Type.Object({ id: Id });
const tags = ['sites'];

export const sitesRoutes: FastifyPluginAsyncTypebox<{ sites: SitesService }> = async (app, { sites }) => {
  app.get(
    '/sites',
    {
      schema: {
        tags,
        summary: 'List sites (q searches name, city and street; parentId lists the sub-sites of a site)',
        querystring: ListQuery(SITE_SORT_FIELDS, {
          customerId: Type.Optional(Id),
          parentId: Type.Optional(Id),
          includeArchived: Type.Optional(Type.Boolean()),
        }),
        response: { 200: PageOf(Site) },
      },
    },
    async (request) => sites.list(await requireScope(request), request.query),
  );

  app.get(
    '/sites/:id',
    { schema: { tags, summary: 'Get a site', params: IdParams, response: { 200: Site } } },
    async (request) => sites.get(await requireScope(request), request.params.id),
  );

  app.post(
    '/sites',
    { schema: { tags, summary: 'Create a site of a customer', body: SiteInput, response: { 201: Site } } },
    async (request, reply) => reply.status(201).send(await sites.create(await requireScope(request), request.body, requestFacts(request))),
  );

  app.patch(
    '/sites/:id',
    { schema: { tags, summary: 'Update a site (parentId moves it with its sub-sites)', params: IdParams, body: SitePatch, response: { 200: Site } } },
    async (request) => sites.update(await requireScope(request), request.params.id, request.body, requestFacts(request)),
  );

  app.delete(
    '/sites/:id',
    { schema: { tags, summary: 'Archive a site', params: IdParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await sites.archive(await requireScope(request), request.params.id, requestFacts(request));
      return reply.status(204).send(null);
    },
  );
};

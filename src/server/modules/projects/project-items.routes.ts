import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ListQuery, PageOf } from '../../http/list-query.js';
import { Id } from '../../http/schemas.js';
import { requestFacts, requireScope } from '../../plugins/authentication.js';
import { Device, Part, PartInput, PartPatch, Report, ReportInput } from './project-items.mapping.js';
import { DEVICE_SORT_FIELDS, PART_SORT_FIELDS, REPORT_SORT_FIELDS, type ProjectItemsService } from './project-items.service.js';

const ProjectParams = Type.Object({ id: Id });
const PartParams = Type.Object({ id: Id, partId: Id });
const tags = ['projects'];

export const projectItemsRoutes: FastifyPluginAsyncTypebox<{ items: ProjectItemsService }> = async (app, { items }) => {
  app.get(
    '/projects/:id/parts',
    {
      schema: {
        tags,
        summary: "List the project's parts (search q: description, part number)",
        params: ProjectParams,
        querystring: ListQuery(PART_SORT_FIELDS, {}),
        response: { 200: PageOf(Part) },
      },
    },
    async (request) => items.listParts(await requireScope(request), request.params.id, request.query),
  );

  app.post(
    '/projects/:id/parts',
    { schema: { tags, summary: 'Add a part to the parts list', params: ProjectParams, body: PartInput, response: { 201: Part } } },
    async (request, reply) =>
      reply.status(201).send(await items.createPart(await requireScope(request), request.params.id, request.body, requestFacts(request))),
  );

  app.patch(
    '/projects/:id/parts/:partId',
    { schema: { tags, summary: 'Update a part', params: PartParams, body: PartPatch, response: { 200: Part } } },
    async (request) => items.updatePart(await requireScope(request), request.params.id, request.params.partId, request.body, requestFacts(request)),
  );

  app.delete(
    '/projects/:id/parts/:partId',
    { schema: { tags, summary: 'Remove a part from the parts list', params: PartParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await items.deletePart(await requireScope(request), request.params.id, request.params.partId, requestFacts(request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/projects/:id/reports',
    {
      schema: {
        tags,
        summary: "List the project's reports, newest first",
        params: ProjectParams,
        querystring: ListQuery(REPORT_SORT_FIELDS, {}),
        response: { 200: PageOf(Report) },
      },
    },
    async (request) => items.listReports(await requireScope(request), request.params.id, request.query),
  );

  app.post(
    '/projects/:id/reports',
    { schema: { tags, summary: 'Add a report', params: ProjectParams, body: ReportInput, response: { 201: Report } } },
    async (request, reply) =>
      reply.status(201).send(await items.createReport(await requireScope(request), request.params.id, request.body, requestFacts(request))),
  );

  app.get(
    '/projects/:id/devices',
    {
      schema: {
        tags,
        summary: 'List the devices (assets) the project placed that the caller may see',
        params: ProjectParams,
        querystring: ListQuery(DEVICE_SORT_FIELDS, { includeArchived: Type.Optional(Type.Boolean()) }),
        response: { 200: PageOf(Device) },
      },
    },
    async (request) => items.listDevices(await requireScope(request), request.params.id, request.query),
  );
};

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ListQuery, PageOf } from '../../http/list-query.js';
import { Id } from '../../http/schemas.js';
import { requestFacts, requireScope } from '../../plugins/authentication.js';
import { FileType, FileTypeInput, FileTypePatch } from './file-types.mapping.js';
import { FILE_TYPE_SORT_FIELDS, type FileTypesService } from './file-types.service.js';

const IdParams = Type.Object({ id: Id });
const tags = ['file types'];

export const fileTypesRoutes: FastifyPluginAsyncTypebox<{ fileTypes: FileTypesService }> = async (app, { fileTypes }) => {
  app.get(
    '/file-types',
    {
      schema: {
        tags,
        summary: 'List file types (portal users see only customer-visible ones)',
        querystring: ListQuery(FILE_TYPE_SORT_FIELDS, {
          customerVisible: Type.Optional(Type.Boolean()),
          includeArchived: Type.Optional(Type.Boolean()),
        }),
        response: { 200: PageOf(FileType) },
      },
    },
    async (request) => fileTypes.list(await requireScope(request), request.query),
  );

  app.get(
    '/file-types/:id',
    { schema: { tags, summary: 'Get a file type', params: IdParams, response: { 200: FileType } } },
    async (request) => fileTypes.get(await requireScope(request), request.params.id),
  );

  app.post(
    '/file-types',
    { schema: { tags, summary: 'Create a file type (admins)', body: FileTypeInput, response: { 201: FileType } } },
    async (request, reply) => reply.status(201).send(await fileTypes.create(await requireScope(request), request.body, requestFacts(request))),
  );

  app.patch(
    '/file-types/:id',
    { schema: { tags, summary: 'Rename a file type or change its portal visibility (admins)', params: IdParams, body: FileTypePatch, response: { 200: FileType } } },
    async (request) => fileTypes.update(await requireScope(request), request.params.id, request.body, requestFacts(request)),
  );

  app.delete(
    '/file-types/:id',
    { schema: { tags, summary: 'Archive a file type (admins); its files stay', params: IdParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await fileTypes.archive(await requireScope(request), request.params.id, requestFacts(request));
      return reply.status(204).send(null);
    },
  );
};

import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Readable } from 'node:stream';
import { Type } from 'typebox';
import { ListQuery, PageOf } from '../../http/list-query.js';
import { errorResponses, Id } from '../../http/schemas.js';
import { requestFacts, requireScope } from '../../plugins/authentication.js';
import { contentDisposition, servedContentType } from './file-download.js';
import { FileOwnerTypeSchema, FileRecord } from './files.mapping.js';
import { FILE_SORT_FIELDS, type FilesService } from './files.service.js';
import { receiveUpload } from './files.upload.js';

const IdParams = Type.Object({ id: Id });
const tags = ['files'];

export const filesRoutes: FastifyPluginAsyncTypebox<{ files: FilesService; maxUploadBytes: number }> = async (app, { files, maxUploadBytes }) => {
  // Registered here only: no other route of the API accepts multipart bodies.
  await app.register(multipart, { limits: { fileSize: maxUploadBytes, files: 1 } });

  app.get(
    '/files',
    {
      schema: {
        tags,
        summary: 'List files (filter by the record they are attached to: resourceType + resourceId)',
        querystring: ListQuery(FILE_SORT_FIELDS, {
          resourceType: Type.Optional(FileOwnerTypeSchema),
          resourceId: Type.Optional(Id),
          customerId: Type.Optional(Id),
          fileTypeId: Type.Optional(Id),
          includeArchived: Type.Optional(Type.Boolean()),
        }),
        response: { 200: PageOf(FileRecord) },
      },
    },
    async (request) => files.list(await requireScope(request), request.query),
  );

  app.get(
    '/files/:id',
    { schema: { tags, summary: 'Get the metadata of a file', params: IdParams, response: { 200: FileRecord } } },
    async (request) => files.get(await requireScope(request), request.params.id),
  );

  app.get(
    '/files/:id/content',
    {
      schema: {
        tags,
        summary: 'Download a file (always as an attachment; active content types are served as application/octet-stream)',
        params: IdParams,
        produces: ['application/octet-stream'],
        // Documents the download; the stream it sends is never serialized.
        response: { 200: Type.Unsafe<Readable>({ type: 'string', format: 'binary', description: 'The file content' }) },
      },
    },
    async (request, reply) => {
      const { file, stream, sizeBytes } = await files.download(await requireScope(request), request.params.id);
      return reply
        .header('content-type', servedContentType(file.content_type))
        .header('content-length', String(sizeBytes))
        .header('content-disposition', contentDisposition(file.filename))
        .header('x-content-type-options', 'nosniff')
        .send(stream);
    },
  );

  app.post(
    '/files',
    {
      schema: {
        tags,
        summary: 'Upload a file: multipart/form-data with the fields resourceType, resourceId, fileTypeId, then one file part',
        consumes: ['multipart/form-data'],
        // Documented only (plugins/openapi.ts): the parts are read as a stream, in this order, by files.upload.ts.
        multipartBody: Type.Object(
          {
            resourceType: FileOwnerTypeSchema,
            resourceId: Id,
            fileTypeId: Id,
            file: Type.String({ format: 'binary', description: 'The file itself: one part, after the fields' }),
          },
          { required: ['resourceType', 'resourceId', 'fileTypeId', 'file'] },
        ),
        response: { 201: FileRecord, ...errorResponses(404) },
      },
    },
    async (request, reply) => {
      const scope = await requireScope(request);
      const { target, pending, meta } = await receiveUpload(request, scope, files, maxUploadBytes);
      return reply.status(201).send(await files.completeUpload(scope, target, pending, meta, requestFacts(request)));
    },
  );

  app.delete(
    '/files/:id',
    { schema: { tags, summary: 'Archive a file: it is no longer listed nor downloadable', params: IdParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await files.archive(await requireScope(request), request.params.id, requestFacts(request));
      return reply.status(204).send(null);
    },
  );
};

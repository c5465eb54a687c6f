import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ListQuery, PageOf } from '../../http/list-query.js';
import { Id } from '../../http/schemas.js';
import { requestFacts, requireScope } from '../../plugins/authentication.js';
import { Document, DocumentInput, DocumentKind, DocumentPatch, DocumentSummary } from './documents.mapping.js';
import { DOCUMENT_SORT_FIELDS, type DocumentsService } from './documents.service.js';

const IdParams = Type.Object({ id: Id });
const tags = ['documents'];

export const documentsRoutes: FastifyPluginAsyncTypebox<{ documents: DocumentsService }> = async (app, { documents }) => {
  app.get(
    '/documents',
    {
      schema: {
        tags,
        summary: 'List internal documents: policies, procedures, lists (staff only; items without body; q: title or text)',
        querystring: ListQuery(DOCUMENT_SORT_FIELDS, {
          kind: Type.Optional(DocumentKind),
          includeArchived: Type.Optional(Type.Boolean()),
        }),
        response: { 200: PageOf(DocumentSummary) },
      },
    },
    async (request) => documents.list(await requireScope(request), request.query),
  );

  app.get(
    '/documents/:id',
    { schema: { tags, summary: 'Get an internal document with its body', params: IdParams, response: { 200: Document } } },
    async (request) => documents.get(await requireScope(request), request.params.id),
  );

  app.post(
    '/documents',
    { schema: { tags, summary: 'Create an internal document', body: DocumentInput, response: { 201: Document } } },
    async (request, reply) => reply.status(201).send(await documents.create(await requireScope(request), request.body, requestFacts(request))),
  );

  app.patch(
    '/documents/:id',
    { schema: { tags, summary: 'Update an internal document', params: IdParams, body: DocumentPatch, response: { 200: Document } } },
    async (request) => documents.update(await requireScope(request), request.params.id, request.body, requestFacts(request)),
  );

  app.delete(
    '/documents/:id',
    { schema: { tags, summary: 'Archive an internal document', params: IdParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await documents.archive(await requireScope(request), request.params.id, requestFacts(request));
      return reply.status(204).send(null);
    },
  );
};

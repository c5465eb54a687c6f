import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { errorResponses, Id } from '../../http/schemas.js';
import { requestFacts, requireScope } from '../../plugins/authentication.js';
import { IssuedDocument, ServiceReportInput, Verification } from './service-reports.mapping.js';
import type { ServiceReportsService } from './service-reports.service.js';

const IdParams = Type.Object({ id: Id });

export const serviceReportsRoutes: FastifyPluginAsyncTypebox<{ reports: ServiceReportsService }> = async (app, { reports }) => {
  app.post(
    '/work-orders/:id/reports',
    {
      schema: {
        tags: ['work orders'],
        summary: 'Issue a service report or calibration certificate (PDF) for a completed work order',
        description:
          'Staff only. Renders the public part of the work order (work done, parts, technicians, dates, an optional customer signature) as a PDF with a verification code, and stores it as a customer-visible file on the work order.',
        params: IdParams,
        body: ServiceReportInput,
        response: { 201: IssuedDocument },
      },
    },
    async (request, reply) => reply.status(201).send(await reports.issue(await requireScope(request), request.params.id, request.body, requestFacts(request))),
  );

  app.get(
    '/work-orders/:id/reports',
    {
      schema: {
        tags: ['work orders'],
        summary: 'Service reports and certificates issued for a work order, newest first',
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(IssuedDocument) }) },
      },
    },
    async (request) => ({ items: await reports.listForWorkOrder(await requireScope(request), request.params.id) }),
  );

  app.get(
    '/assets/:id/documents',
    {
      schema: {
        tags: ['assets'],
        summary: 'Service reports and certificates of the work on an asset and everything under it (its passport), newest first, at most 200',
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(IssuedDocument) }) },
      },
    },
    async (request) => ({ items: await reports.listForAsset(await requireScope(request), request.params.id) }),
  );

  app.get(
    '/verify/:code',
    {
      schema: {
        tags: ['verification'],
        summary: 'Check a service report or certificate by its printed code or its SHA-256',
        description: 'Public and rate-limited. Says only whether such a document was issued, its hash and when.',
        params: Type.Object({ code: Type.String({ minLength: 1, maxLength: 100 }) }),
        response: { 200: Verification, ...errorResponses(429) },
      },
    },
    async (request) => reports.verify(request.params.code, request.ip ?? null),
  );
};

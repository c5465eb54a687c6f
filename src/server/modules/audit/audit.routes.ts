import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { DEFAULT_LIMIT, MAX_LIMIT, PageOf } from '../../http/list-query.js';
import { Id } from '../../http/schemas.js';
import { requireScope } from '../../plugins/authentication.js';
import { AuditActionSchema, AuditEvent, AuditRecordTypeSchema } from './audit.mapping.js';
import type { AuditService } from './audit.service.js';

/**
 * The audit log, read-only and for admins ('view_audit'). Events are written by every module through
 * recordChange / recordAuditEvent in the transaction of the change; this module only reads them.
 */

/** `action` and `resourceType` take the listed codes only (audit-actions.ts): a typo is a 400, not an empty page. */
export const AuditQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT })),
    cursor: Type.Optional(Type.String({ maxLength: 1000 })),
    actorUserId: Type.Optional(Id),
    resourceType: Type.Optional(AuditRecordTypeSchema),
    resourceId: Type.Optional(Type.String({ maxLength: 100 })),
    customerId: Type.Optional(Id),
    action: Type.Optional(AuditActionSchema),
    from: Type.Optional(Type.String({ format: 'date-time', description: 'occurredAt at or after this instant' })),
    to: Type.Optional(Type.String({ format: 'date-time', description: 'occurredAt before this instant' })),
  },
  { additionalProperties: false },
);

const tags = ['audit'];

export const auditRoutes: FastifyPluginAsyncTypebox<{ audit: AuditService }> = async (app, { audit }) => {
  app.get(
    '/audit-events',
    {
      schema: {
        tags,
        summary: 'List audit events, newest first, with the records, actors and customers named (admins)',
        querystring: AuditQuery,
        response: { 200: PageOf(AuditEvent) },
      },
    },
    async (request) => audit.list(await requireScope(request), request.query),
  );

  app.get(
    '/audit-events/:id',
    { schema: { tags, summary: 'Get an audit event (admins)', params: Type.Object({ id: Id }), response: { 200: AuditEvent } } },
    async (request) => audit.get(await requireScope(request), request.params.id),
  );
};

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static } from 'typebox';
import type { AppContext } from '../../context.js';
import { DEFAULT_LIMIT, MAX_LIMIT, PageOf } from '../../http/list-query.js';
import { Id, Timestamp, Nullable } from '../../http/schemas.js';
import { requireScope } from '../../plugins/authentication.js';
import { NotFoundError } from '../../plugins/errors.js';
import type { AccessScope } from '../access/access-scope.js';
import { assertStaffMay } from '../access/staff-permissions.js';
import { findAuditEvent, listAuditEvents, type AuditEventRow } from './audit.repository.js';

/**
 * The audit log, read-only and for admins ('view_audit'). Events are written by every module through
 * recordChange / recordAuditEvent in the transaction of the change; this module only reads them.
 */

export const AuditEvent = Type.Object({
  id: Id,
  occurredAt: Timestamp,
  actorUserId: Nullable(Type.String()),
  action: Type.String({ description: 'e.g. customer.update, auth.login_failed' }),
  resourceType: Nullable(Type.String()),
  resourceId: Nullable(Type.String()),
  customerId: Nullable(Type.String()),
  details: Nullable(Type.Record(Type.String(), Type.Unknown(), { description: 'Changed fields, reasons, request facts' })),
  ip: Nullable(Type.String()),
  requestId: Nullable(Type.String()),
});
export type AuditEvent = Static<typeof AuditEvent>;

const AuditQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT })),
    cursor: Type.Optional(Type.String({ maxLength: 1000 })),
    actorUserId: Type.Optional(Id),
    resourceType: Type.Optional(Type.String({ maxLength: 100 })),
    resourceId: Type.Optional(Type.String({ maxLength: 100 })),
    customerId: Type.Optional(Id),
    action: Type.Optional(Type.String({ maxLength: 100 })),
    from: Type.Optional(Type.String({ format: 'date-time', description: 'occurredAt at or after this instant' })),
    to: Type.Optional(Type.String({ format: 'date-time', description: 'occurredAt before this instant' })),
  },
  { additionalProperties: false },
);
type AuditQuery = Static<typeof AuditQuery>;

/** Details are stored as JSON text; anything that is not a JSON object is shown as absent. */
function parseDetails(text: string | null): Record<string, unknown> | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function toAuditEvent(row: AuditEventRow): AuditEvent {
  return {
    id: row.id,
    occurredAt: row.occurred_at,
    actorUserId: row.actor_user_id,
    action: row.action,
    resourceType: row.resource_type,
    resourceId: row.resource_id,
    customerId: row.customer_id,
    details: parseDetails(row.details),
    ip: row.ip,
    requestId: row.request_id,
  };
}

/** Timestamps compare as text on SQLite, so bounds are brought to the stored form (UTC, milliseconds). */
const normalizeInstant = (value: string | undefined) => (value === undefined ? undefined : new Date(value).toISOString());

export function createAuditService({ db }: Pick<AppContext, 'db'>) {
  return {
    async list(scope: AccessScope, query: AuditQuery) {
      assertStaffMay(scope.principal, 'view_audit');
      const filters = { ...query, from: normalizeInstant(query.from), to: normalizeInstant(query.to) };
      const page = await listAuditEvents(db, filters, { cursor: query.cursor, limit: query.limit });
      return { items: page.rows.map(toAuditEvent), nextCursor: page.nextCursor };
    },
    async get(scope: AccessScope, id: string) {
      assertStaffMay(scope.principal, 'view_audit');
      const row = await findAuditEvent(db, id);
      if (!row) throw new NotFoundError('Audit event not found.');
      return toAuditEvent(row);
    },
  };
}
export type AuditService = ReturnType<typeof createAuditService>;

const tags = ['audit'];

export const auditRoutes: FastifyPluginAsyncTypebox<{ audit: AuditService }> = async (app, { audit }) => {
  app.get(
    '/audit-events',
    {
      schema: {
        tags,
        summary: 'List audit events, newest first (admins)',
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

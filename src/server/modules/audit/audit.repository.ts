import type { Selectable } from 'kysely';
import type { DbExecutor } from '../../context.js';
import { newId } from '../../db/ids.js';
import type { AuditEventsTable } from '../../db/schema.js';
import { fetchPage, type Page } from '../../http/list-query.js';
import type { AuditAction, AuditRecordType } from './audit-actions.js';

export interface AuditEventInput {
  occurredAt: string;
  actorUserId: string | null;
  action: AuditAction;
  customerId?: string | null;
  resourceType?: AuditRecordType | null;
  resourceId?: string | null;
  details?: Record<string, unknown> | null;
  ip?: string | null;
  requestId?: string | null;
}

/** Appends one audit event; call it inside the transaction of the change it records. */
export async function recordAuditEvent(db: DbExecutor, event: AuditEventInput): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      id: newId(Date.parse(event.occurredAt)),
      occurred_at: event.occurredAt,
      actor_user_id: event.actorUserId,
      customer_id: event.customerId ?? null,
      action: event.action,
      resource_type: event.resourceType ?? null,
      resource_id: event.resourceId ?? null,
      details: event.details ? JSON.stringify(event.details) : null,
      ip: event.ip ?? null,
      request_id: event.requestId ?? null,
    })
    .execute();
}

export type AuditEventRow = Selectable<AuditEventsTable>;

export interface AuditEventFilters {
  actorUserId?: string | undefined;
  resourceType?: AuditRecordType | undefined;
  resourceId?: string | undefined;
  customerId?: string | undefined;
  action?: AuditAction | undefined;
  /** Inclusive lower bound of occurred_at, as a normalized ISO timestamp. */
  from?: string | undefined;
  /** Exclusive upper bound of occurred_at, as a normalized ISO timestamp. */
  to?: string | undefined;
}

/** Newest first: ids are UUIDv7, so keyset paging on id descending is paging by time. */
export async function listAuditEvents(
  db: DbExecutor,
  filters: AuditEventFilters,
  page: { cursor?: string | undefined; limit?: number | undefined },
): Promise<Page<AuditEventRow>> {
  let query = db.selectFrom('audit_events').selectAll('audit_events');
  if (filters.actorUserId) query = query.where('audit_events.actor_user_id', '=', filters.actorUserId);
  if (filters.resourceType) query = query.where('audit_events.resource_type', '=', filters.resourceType);
  if (filters.resourceId) query = query.where('audit_events.resource_id', '=', filters.resourceId);
  if (filters.customerId) query = query.where('audit_events.customer_id', '=', filters.customerId);
  if (filters.action) query = query.where('audit_events.action', '=', filters.action);
  if (filters.from) query = query.where('audit_events.occurred_at', '>=', filters.from);
  if (filters.to) query = query.where('audit_events.occurred_at', '<', filters.to);
  return fetchPage(query, { table: 'audit_events', sort: { field: 'id', column: 'id', direction: 'desc' }, ...page });
}

export async function findAuditEvent(db: DbExecutor, id: string): Promise<AuditEventRow | undefined> {
  return db.selectFrom('audit_events').selectAll().where('id', '=', id).executeTakeFirst();
}

import type { DbExecutor } from '../../context.js';
import { newId } from '../../db/ids.js';

export interface AuditEventInput {
  occurredAt: string;
  actorUserId: string | null;
  action: string;
  customerId?: string | null;
  resourceType?: string | null;
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

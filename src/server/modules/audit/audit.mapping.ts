import { Type, type Static } from 'typebox';
import { Id, Nullable, Timestamp } from '../../http/schemas.js';
import { AUDIT_ACTIONS, AUDIT_RECORD_TYPES, GRANT_ACTIONS, type AuditAction, type AuditRecordType } from './audit-actions.js';
import type { AuditEventRow } from './audit.repository.js';
import type { RecordNames, RecordRef } from './audit-record-names.js';

export const AuditActionSchema = Type.Enum(AUDIT_ACTIONS, { description: 'What happened, e.g. customer.update, auth.login_failed' });
export const AuditRecordTypeSchema = Type.Enum(AUDIT_RECORD_TYPES, { description: 'Type of the record an event is about' });

const NamedRecord = Type.Object({
  type: AuditRecordTypeSchema,
  id: Type.String(),
  name: Nullable(Type.String({ description: 'Display name; null when the record no longer exists' })),
  parent: Type.Union([Type.Object({ type: AuditRecordTypeSchema, id: Type.String() }), Type.Null()], {
    description: 'For a part of another record (a task, a note, a comment): that record, whose page shows the part',
  }),
});

export const AuditEvent = Type.Object({
  id: Id,
  occurredAt: Timestamp,
  actorUserId: Nullable(Type.String()),
  actorName: Nullable(Type.String({ description: "The actor's name; null for the system or a deleted user" })),
  action: Type.String({ description: 'e.g. customer.update, auth.login_failed (one of the filter values of `action`)' }),
  resourceType: Nullable(Type.String()),
  resourceId: Nullable(Type.String()),
  record: Type.Union([NamedRecord, Type.Null()], { description: 'The record the event is about, named' }),
  grantedRecord: Type.Union([NamedRecord, Type.Null()], { description: 'For grant events: the record granted or taken away, named' }),
  customerId: Nullable(Type.String()),
  customerName: Nullable(Type.String()),
  details: Nullable(Type.Record(Type.String(), Type.Unknown(), { description: 'Changed fields, reasons, request facts' })),
  ip: Nullable(Type.String()),
  requestId: Nullable(Type.String()),
});
export type AuditEvent = Static<typeof AuditEvent>;

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

const isRecordType = (value: unknown): value is AuditRecordType => typeof value === 'string' && (AUDIT_RECORD_TYPES as readonly string[]).includes(value);

/** The event's own record, when it names one of a known type. */
function recordOf(row: AuditEventRow): RecordRef | null {
  return isRecordType(row.resource_type) && row.resource_id ? { type: row.resource_type, id: row.resource_id } : null;
}

/** A grant event's details name the granted record as { grantedType, grantedId }. */
function grantedRecordOf(row: AuditEventRow, details: Record<string, unknown> | null): RecordRef | null {
  if (!GRANT_ACTIONS.includes(row.action as AuditAction) || !details) return null;
  const { grantedType, grantedId } = details;
  return isRecordType(grantedType) && typeof grantedId === 'string' ? { type: grantedType, id: grantedId } : null;
}

/** Every record a page of events names: its records, granted records, actors and customers. */
export function recordsNamedBy(rows: AuditEventRow[]): RecordRef[] {
  return rows.flatMap((row) => {
    const refs: (RecordRef | null)[] = [
      recordOf(row),
      grantedRecordOf(row, parseDetails(row.details)),
      row.actor_user_id ? { type: 'user', id: row.actor_user_id } : null,
      row.customer_id ? { type: 'customer', id: row.customer_id } : null,
    ];
    return refs.filter((ref) => ref !== null);
  });
}

export function toAuditEvent(row: AuditEventRow, names: RecordNames): AuditEvent {
  const details = parseDetails(row.details);
  const named = (ref: RecordRef | null) => (ref ? { ...ref, name: names.nameOf(ref), parent: names.parentOf(ref) } : null);
  return {
    id: row.id,
    occurredAt: row.occurred_at,
    actorUserId: row.actor_user_id,
    actorName: row.actor_user_id ? names.nameOf({ type: 'user', id: row.actor_user_id }) : null,
    action: row.action,
    resourceType: row.resource_type,
    resourceId: row.resource_id,
    record: named(recordOf(row)),
    grantedRecord: named(grantedRecordOf(row, details)),
    customerId: row.customer_id,
    customerName: row.customer_id ? names.nameOf({ type: 'customer', id: row.customer_id }) : null,
    details,
    ip: row.ip,
    requestId: row.request_id,
  };
}

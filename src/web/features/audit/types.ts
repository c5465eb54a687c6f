import type { AuditRecordType } from './audit-labels';

/** A record an event names; `name` is null when the record no longer exists. */
export interface NamedRecord {
  type: AuditRecordType;
  id: string;
  name: string | null;
  /** For a part of another record (a task, a note, a comment): that record, whose page shows the part. */
  parent?: { type: AuditRecordType; id: string } | null;
}

/** Server: audit.mapping.ts */
export interface AuditEvent {
  id: string;
  occurredAt: string;
  actorUserId: string | null;
  actorName: string | null;
  /** One of AUDIT_ACTIONS, e.g. customer.update, auth.login_failed */
  action: string;
  resourceType: string | null;
  resourceId: string | null;
  record: NamedRecord | null;
  /** For grant events: the record granted or taken away. */
  grantedRecord: NamedRecord | null;
  customerId: string | null;
  customerName: string | null;
  details: Record<string, unknown> | null;
  ip: string | null;
  requestId: string | null;
}

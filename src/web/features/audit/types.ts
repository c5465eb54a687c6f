import type { ResponseOf } from '../../lib/api-types';

/**
 * action is one of AUDIT_ACTIONS (e.g. customer.update, auth.login_failed), or a code no longer listed;
 * grantedRecord: for grant events, the record granted or taken away.
 */
export type AuditEvent = ResponseOf<'/audit-events/{id}'>;

/**
 * A record an event names; `name` is null when the record no longer exists, `parent` is set for a part of
 * another record (a task, a note, a comment): that record, whose page shows the part.
 */
export type NamedRecord = NonNullable<AuditEvent['record']>;

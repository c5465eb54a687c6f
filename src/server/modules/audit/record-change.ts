import type { DbExecutor } from '../../context.js';
import type { Principal } from '../access/principal.js';
import type { AuditAction, AuditRecordType } from './audit-actions.js';
import { recordAuditEvent } from './audit.repository.js';

export interface ChangeFacts {
  principal: Principal;
  now: string;
  requestId?: string | undefined;
  ip?: string | null | undefined;
}

/** The fields whose values differ, as { field: { before, after } }. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (key === 'updatedAt') continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[key] = { before: before[key] ?? null, after: after[key] ?? null };
  }
  return changes;
}

type ChangeVerb = 'create' | 'update' | 'archive' | 'delete';

/**
 * Audit trail of a create, update or archive: who, what, when, and the before/after of changed fields.
 * Runs in the caller's transaction, so the record and its audit event commit together.
 */
export async function recordChange<T extends AuditRecordType, V extends ChangeVerb>(
  db: DbExecutor,
  facts: ChangeFacts,
  change: {
    action: V;
    resourceType: T;
    resourceId: string;
    customerId?: string | null;
    before?: Record<string, unknown> | null;
    after?: Record<string, unknown> | null;
    // `${type}.${verb}` must be a listed action (audit-actions.ts): an unlisted pair fails typecheck here.
  } & (`${T}.${V}` extends AuditAction ? unknown : { unlistedAuditAction: `${T}.${V}` }),
): Promise<void> {
  const details =
    change.action === 'update' && change.before && change.after
      ? { changes: changedFields(change.before, change.after) }
      : change.action === 'create'
        ? { after: change.after ?? null }
        : change.before
          ? { before: change.before }
          : null;
  await recordAuditEvent(db, {
    occurredAt: facts.now,
    actorUserId: facts.principal.userId,
    action: `${change.resourceType}.${change.action}` as AuditAction,
    customerId: change.customerId ?? null,
    resourceType: change.resourceType,
    resourceId: change.resourceId,
    details,
    ip: facts.ip ?? null,
    requestId: facts.requestId ?? null,
  });
}

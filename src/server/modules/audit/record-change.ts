import type { DbExecutor } from '../../context.js';
import type { Principal } from '../access/principal.js';
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

/**
 * Audit trail of a create, update or archive: who, what, when, and the before/after of changed fields.
 * Runs in the caller's transaction, so the record and its audit event commit together.
 */
export async function recordChange(
  db: DbExecutor,
  facts: ChangeFacts,
  change: {
    action: 'create' | 'update' | 'archive' | string;
    resourceType: string;
    resourceId: string;
    customerId?: string | null;
    before?: Record<string, unknown> | null;
    after?: Record<string, unknown> | null;
  },
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
    action: `${change.resourceType}.${change.action}`,
    customerId: change.customerId ?? null,
    resourceType: change.resourceType,
    resourceId: change.resourceId,
    details,
    ip: facts.ip ?? null,
    requestId: facts.requestId ?? null,
  });
}

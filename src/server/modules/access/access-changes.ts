import type { DbExecutor } from '../../context.js';
import { fetchPage } from '../../http/list-query.js';
import type { GrantResourceType } from '../../db/portal-access-tables.js';
import type { AuditAction } from '../audit/audit-actions.js';
import { GRANT_TABLES, readVisibleGrantables } from './access-admin.service.js';
import type { AccessScope } from './access-scope.js';
import { assertMayManagePortalUsers } from './customer-admin.js';

/** What changes a portal user's access or account, as a customer admin follows it (issue #13: the console). */
export const ACCESS_CHANGE_ACTIONS = [
  'user.invited',
  'user.created_with_initial_password',
  'user.invitation_resent',
  'user.invitation_revoked',
  'user.activated',
  'user.update',
  'access.updated',
  'access.grant_added',
  'access.grant_removed',
  'access.preview_started',
] as const satisfies readonly AuditAction[];
export type AccessChangeAction = (typeof ACCESS_CHANGE_ACTIONS)[number];

export interface AccessChange {
  id: string;
  occurredAt: string;
  action: AccessChangeAction;
  user: { id: string; displayName: string };
  /** Who made the change: a colleague (external) or the service provider's staff; null for the system. */
  actor: { kind: 'staff' | 'external'; displayName: string } | null;
  /** The record a grant gave or took, named only when the caller can see it. */
  record: { type: GrantResourceType; id: string; name: string | null } | null;
}

export interface AccessChangeQuery {
  userId?: string | undefined;
  customerId?: string | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

/** Grant events name their record in the details; only a grantable type counts. */
function grantedRecord(details: string | null): { type: GrantResourceType; id: string } | null {
  if (!details) return null;
  const parsed = JSON.parse(details) as { grantedType?: unknown; grantedId?: unknown };
  return typeof parsed.grantedType === 'string' && parsed.grantedType in GRANT_TABLES && typeof parsed.grantedId === 'string'
    ? { type: parsed.grantedType as GrantResourceType, id: parsed.grantedId }
    : null;
}

/**
 * The access changes of the portal users the caller may manage, newest first: for a customer admin the
 * colleagues they see (never beyond their own access), for staff any portal user. Only what was done, to
 * whom and by whom: no addresses, request ids or stored before/after configurations.
 */
export async function listAccessChanges(db: DbExecutor, scope: AccessScope, query: AccessChangeQuery) {
  assertMayManagePortalUsers(scope);
  let subjects = db.selectFrom('users').select('users.id').where(scope.visible('users')).where('users.kind', '=', 'external');
  if (query.userId) subjects = subjects.where('users.id', '=', query.userId);
  if (query.customerId) subjects = subjects.where('users.customer_id', '=', query.customerId);
  // By the people, not the event's customer: some events (an activation) carry none.
  const events = db
    .selectFrom('audit_events')
    .selectAll('audit_events')
    .where('audit_events.resource_type', '=', 'user')
    .where('audit_events.action', 'in', ACCESS_CHANGE_ACTIONS)
    .where('audit_events.resource_id', 'in', subjects);
  const page = await fetchPage(events, { table: 'audit_events', sort: { field: 'id', column: 'id', direction: 'desc' }, cursor: query.cursor, limit: query.limit });

  const people = new Set(page.rows.flatMap((row) => [row.resource_id!, row.actor_user_id].filter((id): id is string => id !== null)));
  const users = people.size ? await db.selectFrom('users').select(['id', 'display_name', 'kind']).where('id', 'in', [...people]).execute() : [];
  const userById = new Map(users.map((user) => [user.id, user]));
  const granted = page.rows.map((row) => grantedRecord(row.details));
  const named = await readVisibleGrantables(db, scope, granted.filter((g) => g !== null));

  const items: AccessChange[] = page.rows.map((row, index) => {
    const actor = row.actor_user_id ? userById.get(row.actor_user_id) : undefined;
    const record = granted[index];
    return {
      id: row.id,
      occurredAt: row.occurred_at,
      action: row.action as AccessChangeAction,
      user: { id: row.resource_id!, displayName: userById.get(row.resource_id!)?.display_name ?? '' },
      actor: actor ? { kind: actor.kind, displayName: actor.display_name } : null,
      record: record ? { ...record, name: named.get(`${record.type}:${record.id}`)?.label ?? null } : null,
    };
  });
  return { items, nextCursor: page.nextCursor };
}

import type { DbExecutor } from '../../context.js';
import { recordAuditEvent } from '../audit/audit.repository.js';
import type { ChangeFacts } from '../audit/record-change.js';

async function namedSites(db: DbExecutor, ids: readonly string[]): Promise<{ id: string; name: string }[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('sites').select(['id', 'name']).where('id', 'in', ids).orderBy('name').orderBy('id').execute();
}

/**
 * A contact's sites are the site scope of the portal users who take them (access-facts.ts), so a change
 * of them is an access change: recorded with the contact and the sites by name, and the users it reaches.
 */
export async function recordContactSitesChange(
  db: DbExecutor,
  facts: ChangeFacts,
  contact: { id: string; name: string; customerId: string },
  before: readonly string[],
  after: readonly string[],
): Promise<void> {
  const added = after.filter((id) => !before.includes(id));
  const removed = before.filter((id) => !after.includes(id));
  if (added.length === 0 && removed.length === 0) return;
  const users = await db
    .selectFrom('users')
    .innerJoin('user_access', 'user_access.user_id', 'users.id')
    .select(['users.id', 'users.display_name as displayName'])
    .where('users.contact_id', '=', contact.id)
    .where('user_access.sites_from_contact', '=', 1)
    .orderBy('users.display_name')
    .orderBy('users.id')
    .execute();
  await recordAuditEvent(db, {
    occurredAt: facts.now,
    actorUserId: facts.principal.userId,
    action: 'contact.sites_changed',
    customerId: contact.customerId,
    resourceType: 'contact',
    resourceId: contact.id,
    details: {
      contact: { id: contact.id, name: contact.name },
      sites: await namedSites(db, after),
      added: await namedSites(db, added),
      removed: await namedSites(db, removed),
      usersTakingSites: users,
    },
    ip: facts.ip ?? null,
    requestId: facts.requestId ?? null,
  });
}

import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DbExecutor } from '../../context.js';
import type { ContactsTable } from '../../db/back-office-tables.js';
import { fetchPage, matchesText, type Page, type SortSpec } from '../../http/list-query.js';
import type { AccessScope } from '../access/access-scope.js';

export type ContactRow = Selectable<ContactsTable>;

export interface ContactListFilters {
  q?: string | undefined;
  customerId?: string | undefined;
  siteId?: string | undefined;
  includeArchived?: boolean | undefined;
}

export async function listVisibleContacts(
  db: DbExecutor,
  scope: AccessScope,
  filters: ContactListFilters,
  page: { sort: SortSpec; cursor?: string | undefined; limit?: number | undefined },
): Promise<Page<ContactRow>> {
  let query = db.selectFrom('contacts').selectAll('contacts').where(scope.visible('contacts'));
  if (!filters.includeArchived) query = query.where('contacts.archived_at', 'is', null);
  if (filters.customerId) query = query.where('contacts.customer_id', '=', filters.customerId);
  if (filters.siteId) {
    const siteId = filters.siteId;
    query = query.where('contacts.id', 'in', (eb) => eb.selectFrom('contact_sites').select('contact_sites.contact_id').where('contact_sites.site_id', '=', siteId));
  }
  if (filters.q) query = query.where(matchesText(filters.q, ['contacts.name', 'contacts.email']));
  return fetchPage(query, { table: 'contacts', ...page });
}

export async function findVisibleContact(db: DbExecutor, scope: AccessScope, id: string): Promise<ContactRow | undefined> {
  return db.selectFrom('contacts').selectAll().where(scope.visible('contacts')).where('id', '=', id).executeTakeFirst();
}

/**
 * The site ids of a page of (already visible) contacts in one query, each list ordered by site name.
 * Only sites the scope may see are named: a narrowed portal scope does not learn of other sites.
 */
export async function siteIdsOfContacts(db: DbExecutor, scope: AccessScope, contactIds: readonly string[]): Promise<Map<string, string[]>> {
  const byContact = new Map<string, string[]>(contactIds.map((id) => [id, []]));
  if (contactIds.length === 0) return byContact;
  const visibleSite = scope.visible('sites');
  const rows = await db
    .selectFrom('contact_sites')
    .innerJoin('sites', 'sites.id', 'contact_sites.site_id')
    .select(['contact_sites.contact_id', 'contact_sites.site_id'])
    .where('contact_sites.contact_id', 'in', contactIds)
    .where(visibleSite)
    .orderBy('sites.name')
    .orderBy('sites.id')
    .execute();
  for (const row of rows) byContact.get(row.contact_id)?.push(row.site_id);
  return byContact;
}

export async function insertContact(db: DbExecutor, row: Insertable<ContactsTable>): Promise<void> {
  await db.insertInto('contacts').values(row).execute();
}

export async function updateContactRow(db: DbExecutor, id: string, changes: Updateable<ContactsTable>): Promise<void> {
  await db.updateTable('contacts').set(changes).where('id', '=', id).execute();
}

export async function replaceContactSites(db: DbExecutor, contactId: string, siteIds: readonly string[]): Promise<void> {
  await db.deleteFrom('contact_sites').where('contact_id', '=', contactId).execute();
  if (siteIds.length === 0) return;
  await db
    .insertInto('contact_sites')
    .values(siteIds.map((siteId) => ({ contact_id: contactId, site_id: siteId })))
    .execute();
}

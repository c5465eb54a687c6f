import type { AppContext, DbExecutor } from '../../context.js';
import { newId } from '../../db/ids.js';
import { caseless, parseSort } from '../../http/list-query.js';
import { NotFoundError, UnprocessableError } from '../../plugins/errors.js';
import type { AccessScope } from '../access/access-scope.js';
import { assertStaffMay } from '../access/staff-permissions.js';
import { recordChange, type ChangeFacts } from '../audit/record-change.js';
import { findVisibleCustomer } from '../customers/customers.repository.js';
import { findVisibleSiteIdsOfCustomer } from '../sites/sites.repository.js';
import { recordContactSitesChange } from './contact-sites-audit.js';
import { toContact, type ContactInput, type ContactPatch } from './contacts.mapping.js';
import {
  findVisibleContact,
  insertContact,
  listVisibleContacts,
  replaceContactSites,
  siteIdsOfContacts,
  updateContactRow,
  type ContactListFilters,
  type ContactRow,
} from './contacts.repository.js';

const SORT_COLUMNS = { name: caseless('name'), createdAt: 'created_at' };
export const CONTACT_SORT_FIELDS = Object.keys(SORT_COLUMNS);

type Facts = Omit<ChangeFacts, 'principal' | 'now'>;

export type ContactsService = ReturnType<typeof createContactsService>;

export function createContactsService({ db, clock }: Pick<AppContext, 'db' | 'clock'>) {
  async function getVisible(executor: DbExecutor, scope: AccessScope, id: string): Promise<ContactRow> {
    const row = await findVisibleContact(executor, scope, id);
    if (!row) throw new NotFoundError('Contact not found.');
    return row;
  }

  async function siteIdsOf(executor: DbExecutor, scope: AccessScope, id: string): Promise<string[]> {
    return (await siteIdsOfContacts(executor, scope, [id])).get(id) ?? [];
  }

  /** Every site must be a visible site of the contact's own customer. */
  async function assertSitesOfCustomer(executor: DbExecutor, scope: AccessScope, customerId: string, siteIds: readonly string[]) {
    const found = await findVisibleSiteIdsOfCustomer(executor, scope, customerId, siteIds);
    if (found.length !== siteIds.length) {
      const missing = siteIds.filter((id) => !found.includes(id));
      throw new UnprocessableError('siteIds: no such site of this customer.', 'invalid_reference', { field: 'siteIds', ids: missing });
    }
  }

  return {
    async list(scope: AccessScope, query: ContactListFilters & { sort?: string; cursor?: string; limit?: number }) {
      const sort = parseSort(query.sort, SORT_COLUMNS, 'name');
      const page = await listVisibleContacts(db, scope, query, { sort, cursor: query.cursor, limit: query.limit });
      const siteIds = await siteIdsOfContacts(db, scope, page.rows.map((row) => row.id));
      return {
        items: page.rows.map((row) => toContact(row, siteIds.get(row.id) ?? [], scope.principal)),
        nextCursor: page.nextCursor,
      };
    },

    async get(scope: AccessScope, id: string) {
      const row = await getVisible(db, scope, id);
      return toContact(row, await siteIdsOf(db, scope, id), scope.principal);
    },

    async create(scope: AccessScope, input: ContactInput, facts: Facts) {
      assertStaffMay(scope.principal, 'manage_customers');
      if (!(await findVisibleCustomer(db, scope, input.customerId))) {
        throw new UnprocessableError('customerId: no such customer.', 'invalid_reference');
      }
      const id = newId();
      const now = clock().toISOString();
      const siteIds = input.siteIds ?? [];
      return db.transaction().execute(async (trx) => {
        await assertSitesOfCustomer(trx, scope, input.customerId, siteIds);
        const created: ContactRow = {
          id,
          customer_id: input.customerId,
          name: input.name,
          email: input.email ?? null,
          phone: input.phone ?? null,
          job_title: input.jobTitle ?? null,
          created_at: now,
          updated_at: now,
          archived_at: null,
        };
        await insertContact(trx, created);
        await replaceContactSites(trx, id, siteIds);
        const contact = toContact(created, await siteIdsOf(trx, scope, id), scope.principal);
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'create',
          resourceType: 'contact',
          resourceId: id,
          customerId: created.customer_id,
          after: contact,
        });
        return contact;
      });
    },

    async update(scope: AccessScope, id: string, patch: ContactPatch, facts: Facts) {
      await getVisible(db, scope, id);
      assertStaffMay(scope.principal, 'manage_customers');
      const now = clock().toISOString();
      return db.transaction().execute(async (trx) => {
        const before = await getVisible(trx, scope, id);
        const beforeContact = toContact(before, await siteIdsOf(trx, scope, id), scope.principal);
        if (patch.siteIds !== undefined) {
          await assertSitesOfCustomer(trx, scope, before.customer_id, patch.siteIds);
          await replaceContactSites(trx, id, patch.siteIds);
        }
        const after: ContactRow = {
          ...before,
          name: patch.name ?? before.name,
          email: patch.email === undefined ? before.email : patch.email,
          phone: patch.phone === undefined ? before.phone : patch.phone,
          job_title: patch.jobTitle === undefined ? before.job_title : patch.jobTitle,
          updated_at: now,
        };
        const { id: _id, customer_id: _customer, ...changes } = after;
        await updateContactRow(trx, id, changes);
        const afterContact = toContact(after, await siteIdsOf(trx, scope, id), scope.principal);
        const changeFacts = { ...facts, principal: scope.principal, now };
        await recordChange(trx, changeFacts, {
          action: 'update',
          resourceType: 'contact',
          resourceId: id,
          customerId: before.customer_id,
          before: beforeContact,
          after: afterContact,
        });
        if (patch.siteIds !== undefined) {
          await recordContactSitesChange(trx, changeFacts, { id, name: after.name, customerId: before.customer_id }, beforeContact.siteIds, afterContact.siteIds);
        }
        return afterContact;
      });
    },

    async archive(scope: AccessScope, id: string, facts: Facts) {
      const before = await getVisible(db, scope, id);
      assertStaffMay(scope.principal, 'manage_customers');
      if (before.archived_at) return;
      const now = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        await updateContactRow(trx, id, { archived_at: now, updated_at: now });
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'archive',
          resourceType: 'contact',
          resourceId: id,
          customerId: before.customer_id,
          before: toContact(before, await siteIdsOf(trx, scope, id), scope.principal),
        });
      });
    },
  };
}

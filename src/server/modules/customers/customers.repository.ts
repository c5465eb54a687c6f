import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DbExecutor } from '../../context.js';
import type { CustomersTable } from '../../db/back-office-tables.js';
import { fetchPage, type Page, type SortSpec } from '../../http/list-query.js';
import { listSearch, type AccessScope } from '../access/access-scope.js';

export type CustomerRow = Selectable<CustomersTable>;

export interface CustomerListFilters {
  q?: string | undefined;
  parentId?: string | undefined;
  /** Only customers without a parent (top level), when true. */
  topLevel?: boolean | undefined;
  includeArchived?: boolean | undefined;
}

export async function listVisibleCustomers(
  db: DbExecutor,
  scope: AccessScope,
  filters: CustomerListFilters,
  page: { sort: SortSpec; cursor?: string | undefined; limit?: number | undefined },
): Promise<Page<CustomerRow>> {
  let query = db.selectFrom('customers').selectAll('customers').where(scope.visible('customers'));
  if (!filters.includeArchived) query = query.where('customers.archived_at', 'is', null);
  if (filters.parentId) query = query.where('customers.parent_id', '=', filters.parentId);
  if (filters.topLevel) query = query.where('customers.parent_id', 'is', null);
  return fetchPage(query, { table: 'customers', ...page, search: await listSearch(db, scope, 'customers', filters.q) });
}

export async function findVisibleCustomer(db: DbExecutor, scope: AccessScope, id: string): Promise<CustomerRow | undefined> {
  return db.selectFrom('customers').selectAll().where(scope.visible('customers')).where('id', '=', id).executeTakeFirst();
}

export async function insertCustomer(db: DbExecutor, row: Insertable<CustomersTable>): Promise<void> {
  await db.insertInto('customers').values(row).execute();
}

export async function updateCustomerRow(db: DbExecutor, id: string, changes: Updateable<CustomersTable>): Promise<void> {
  await db.updateTable('customers').set(changes).where('id', '=', id).execute();
}

export async function customerNumberTaken(db: DbExecutor, number: string, exceptId?: string): Promise<boolean> {
  let query = db.selectFrom('customers').select('id').where('number', '=', number);
  if (exceptId) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

import type { Insertable, Selectable } from 'kysely';
import type { DbExecutor } from '../../context.js';
import type { UsersTable } from '../../db/schema.js';
import { fetchPage, matchesText, type Page, type SortSpec } from '../../http/list-query.js';
import type { AccessScope } from '../access/access-scope.js';

export type UserRow = Selectable<UsersTable>;

export function normalizeLogin(login: string): string {
  return login.trim().toLowerCase();
}

/**
 * The account a login signs in to. Pending invitations and disabled accounts may share a login with it
 * (migration 017): the active account comes first (there is at most one), then a disabled one.
 */
export async function findUserByLogin(db: DbExecutor, login: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where('login', '=', normalizeLogin(login))
    .orderBy((eb) => eb.case().when('status', '=', 'active').then(0).when('status', '=', 'disabled').then(1).else(2).end())
    .orderBy('created_at')
    .executeTakeFirst();
}

export async function findUserById(db: DbExecutor, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertUser(db: DbExecutor, user: Insertable<UsersTable>): Promise<void> {
  await db.insertInto('users').values({ ...user, login: normalizeLogin(user.login) }).execute();
}

export async function updateUser(db: DbExecutor, id: string, changes: Partial<Omit<UserRow, 'id'>>): Promise<void> {
  await db.updateTable('users').set(changes).where('id', '=', id).execute();
}

export async function countUsers(db: DbExecutor): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

// --- users API (staff user management) ---

export interface UserListFilters {
  q?: string | undefined;
  kind?: UsersTable['kind'] | undefined;
  role?: NonNullable<UsersTable['role']> | undefined;
  status?: UsersTable['status'] | undefined;
  /** The technician / assignee picker: active staff only, never portal users. */
  assignable?: boolean | undefined;
  /** The portal users of one customer (or consolidated account): those whose own customer it is. */
  customerId?: string | undefined;
  /** The portal users linked to one contact (who may take its sites). */
  contactId?: string | undefined;
}

export async function listVisibleUsers(
  db: DbExecutor,
  scope: AccessScope,
  filters: UserListFilters,
  page: { sort: SortSpec; cursor?: string | undefined; limit?: number | undefined },
): Promise<Page<UserRow>> {
  let query = db.selectFrom('users').selectAll('users').where(scope.visible('users'));
  if (filters.assignable) query = query.where('users.kind', '=', 'staff').where('users.status', '=', 'active');
  if (filters.kind) query = query.where('users.kind', '=', filters.kind);
  if (filters.role) query = query.where('users.role', '=', filters.role);
  if (filters.status) query = query.where('users.status', '=', filters.status);
  if (filters.customerId) query = query.where('users.customer_id', '=', filters.customerId);
  if (filters.contactId) query = query.where('users.contact_id', '=', filters.contactId);
  if (filters.q) query = query.where(matchesText(filters.q, ['users.login', 'users.display_name', 'users.email']));
  return fetchPage(query, { table: 'users', ...page });
}

export async function findVisibleUser(db: DbExecutor, scope: AccessScope, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where(scope.visible('users')).where('id', '=', id).executeTakeFirst();
}

/** Which of `ids` are active staff users the scope may see (staff group members, assignees). */
export async function findVisibleActiveStaffIds(db: DbExecutor, scope: AccessScope, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where(scope.visible('users'))
    .where('kind', '=', 'staff')
    .where('status', '=', 'active')
    .where('id', 'in', ids)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Ids of the active staff admins. With `lock` (PostgreSQL) their rows stay locked until the transaction
 * ends, so two admins demoting each other at once cannot leave nobody in charge.
 */
export async function activeAdminIds(db: DbExecutor, lock: boolean): Promise<string[]> {
  let query = db.selectFrom('users').select('id').where('kind', '=', 'staff').where('role', '=', 'admin').where('status', '=', 'active');
  if (lock) query = query.forUpdate();
  return (await query.execute()).map((r) => r.id);
}

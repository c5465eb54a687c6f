import type { Selectable } from 'kysely';
import type { DbExecutor } from '../../context.js';
import type { UsersTable } from '../../db/schema.js';

export type UserRow = Selectable<UsersTable>;

export function normalizeLogin(login: string): string {
  return login.trim().toLowerCase();
}

export async function findUserByLogin(db: DbExecutor, login: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('login', '=', normalizeLogin(login)).executeTakeFirst();
}

export async function findUserById(db: DbExecutor, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertUser(db: DbExecutor, user: UserRow): Promise<void> {
  await db.insertInto('users').values({ ...user, login: normalizeLogin(user.login) }).execute();
}

export async function updateUser(db: DbExecutor, id: string, changes: Partial<Omit<UserRow, 'id'>>): Promise<void> {
  await db.updateTable('users').set(changes).where('id', '=', id).execute();
}

export async function countUsers(db: DbExecutor): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

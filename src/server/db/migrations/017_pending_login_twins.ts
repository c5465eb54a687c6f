import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/**
 * A login is unique among the accounts that can sign in (active ones), not among invitations still
 * pending or disabled accounts. A customer admin who invites an address that is already the login of
 * another customer's user must get the same answer as for a new address (issue #11: otherwise the
 * invitation tells them which addresses have an account anywhere). The invitation is created; its user
 * picks another login when activating it. Disabling such an invitation must not collide either, and
 * re-enabling a disabled account whose login is in use again is refused with a clear 409 instead.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('users_login_key').execute();
  await db.schema.createIndex('users_login_key').on('users').column('login').unique().where(sql.ref('status'), '=', 'active').execute();
  // Lookups by login still need an index over every row, pending ones included.
  await db.schema.createIndex('users_login_idx').on('users').column('login').execute();
}

import type { Selectable } from 'kysely';
import type { DbExecutor } from '../../context.js';
import type { UserMfaTable } from '../../db/schema.js';
import type { UserRow } from '../users/users.repository.js';

export type UserMfaRow = Selectable<UserMfaTable>;

export const STAFF_MFA_REQUIRED = 'staff_mfa_required';

export async function findUserMfa(db: DbExecutor, userId: string): Promise<UserMfaRow | undefined> {
  return db.selectFrom('user_mfa').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

/** Starting over replaces an unconfirmed secret; a confirmed one is never overwritten here. */
export async function saveUnconfirmedSecret(db: DbExecutor, userId: string, secret: string, now: string): Promise<void> {
  await db.deleteFrom('user_mfa').where('user_id', '=', userId).where('confirmed_at', 'is', null).execute();
  await db.insertInto('user_mfa').values({ user_id: userId, secret, created_at: now, confirmed_at: null, last_used_step: null }).execute();
}

/** Accepts a code's step once: false when this or a later step was used before (a replay or a race). */
export async function acceptStep(db: DbExecutor, userId: string, step: number, confirmAt?: string): Promise<boolean> {
  const result = await db
    .updateTable('user_mfa')
    .set({ last_used_step: step, ...(confirmAt ? { confirmed_at: confirmAt } : {}) })
    .where('user_id', '=', userId)
    .where((eb) => eb.or([eb('last_used_step', 'is', null), eb('last_used_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function replaceRecoveryCodes(db: DbExecutor, userId: string, hashes: string[], now: string): Promise<void> {
  await db.deleteFrom('mfa_recovery_codes').where('user_id', '=', userId).execute();
  await db.insertInto('mfa_recovery_codes').values(hashes.map((code_hash) => ({ code_hash, user_id: userId, created_at: now, used_at: null }))).execute();
}

/** Marks a recovery code used; false when it is unknown, someone else's or used already. */
export async function useRecoveryCode(db: DbExecutor, userId: string, hash: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('mfa_recovery_codes')
    .set({ used_at: now })
    .where('code_hash', '=', hash)
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function countRecoveryCodesLeft(db: DbExecutor, userId: string): Promise<number> {
  const row = await db.selectFrom('mfa_recovery_codes').select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', '=', userId).where('used_at', 'is', null).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function deleteUserMfa(db: DbExecutor, userId: string): Promise<void> {
  await db.deleteFrom('mfa_recovery_codes').where('user_id', '=', userId).execute();
  await db.deleteFrom('user_mfa').where('user_id', '=', userId).execute();
  await db.deleteFrom('mfa_pending_logins').where('user_id', '=', userId).execute();
}

export async function insertPendingLogin(db: DbExecutor, id: string, userId: string, expiresAt: string): Promise<void> {
  await db.insertInto('mfa_pending_logins').values({ id, user_id: userId, expires_at: expiresAt }).execute();
}

export async function findPendingLogin(db: DbExecutor, id: string) {
  return db.selectFrom('mfa_pending_logins').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function deletePendingLogin(db: DbExecutor, id: string, now: string): Promise<void> {
  // Expired leftovers go with it: the table stays as small as the number of sign-ins in progress.
  await db.deleteFrom('mfa_pending_logins').where((eb) => eb.or([eb('id', '=', id), eb('expires_at', '<=', now)])).execute();
}

export async function readSetting(db: DbExecutor, key: string): Promise<string | undefined> {
  return (await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst())?.value;
}

export async function writeSetting(db: DbExecutor, key: string, value: string, now: string): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key, value, updated_at: now })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: now }))
    .execute();
}

/** Staff: the instance-wide switch; portal users: their customer's flag. */
export async function isMfaRequiredFor(db: DbExecutor, user: Pick<UserRow, 'kind' | 'customer_id'>): Promise<boolean> {
  if (user.kind === 'staff') return (await readSetting(db, STAFF_MFA_REQUIRED)) === 'true';
  if (!user.customer_id) return false;
  const customer = await db.selectFrom('customers').select('portal_mfa_required').where('id', '=', user.customer_id).executeTakeFirst();
  return customer?.portal_mfa_required === 1;
}

/** Enrolment done: the user's sessions leave the enrol-only gate. */
export async function liftEnrolmentGate(db: DbExecutor, userId: string): Promise<void> {
  await db.updateTable('sessions').set({ mfa_enrolment_required: 0 }).where('user_id', '=', userId).where('mfa_enrolment_required', '=', 1).execute();
}

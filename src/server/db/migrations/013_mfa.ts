import type { Kysely } from 'kysely';
import { timestampType } from './helpers.js';

/**
 * Two-factor sign-in with time-based one-time codes (issue #11):
 * - user_mfa: one row per user who started enrolment; confirmed_at is null until a first code proved the
 *   authenticator works. last_used_step is the 30-second step of the last accepted code, so a code seen
 *   once (shoulder-surfed, phished) cannot be replayed.
 * - mfa_recovery_codes: one-time codes, stored as SHA-256 only (they are 60 random bits each).
 * - mfa_pending_logins: the step between a correct password and a correct code; a short-lived token
 *   that opens nothing but the code check.
 * - settings: instance-wide switches admins change in the UI (staff_mfa_required).
 * - customers.portal_mfa_required: the customer's portal users must use a second factor.
 * - sessions.mfa_enrolment_required: set when the user had to enrol but had not; the session then only
 *   reaches enrolment until a code is confirmed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const ts = timestampType(db);
  await db.schema
    .createTable('user_mfa')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('confirmed_at', ts)
    .addColumn('last_used_step', 'bigint')
    .execute();
  await db.schema
    .createTable('mfa_recovery_codes')
    .addColumn('code_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('used_at', ts)
    .execute();
  await db.schema.createIndex('mfa_recovery_codes_user_idx').on('mfa_recovery_codes').column('user_id').execute();
  await db.schema
    .createTable('mfa_pending_logins')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('expires_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mfa_pending_logins_expires_idx').on('mfa_pending_logins').column('expires_at').execute();
  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.alterTable('customers').addColumn('portal_mfa_required', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('sessions').addColumn('mfa_enrolment_required', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}

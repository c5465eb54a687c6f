import type { Insertable, Selectable } from 'kysely';
import type { DbExecutor } from '../../context.js';
import type { SessionsTable } from '../../db/schema.js';
import { PREPARED } from '../../db/prepared-statements.js';

export type SessionRow = Selectable<SessionsTable>;

export async function insertSession(db: DbExecutor, session: Insertable<SessionsTable>): Promise<void> {
  await db.insertInto('sessions').values(session).execute();
}


/**
 * The session and its user in one statement: every authenticated request starts here, so it is one
 * round trip, not two (the session row's columns come back prefixed with `session_`).
 */
export async function findSessionWithUser(db: DbExecutor, id: string) {
  return db
    .selectFrom('sessions')
    // Prepared: every signed-in request runs it first (db/prepared-statements.ts).
    .modifyFront(PREPARED)
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select([
      'sessions.id as session_id',
      'sessions.preview_by_user_id as session_preview_by_user_id',
      'sessions.idle_expires_at as session_idle_expires_at',
      'sessions.absolute_expires_at as session_absolute_expires_at',
      'sessions.last_seen_at as session_last_seen_at',
      'sessions.mfa_enrolment_required as session_mfa_enrolment_required',
    ])
    // Read with the session so that cached access facts cost no statement of their own (access-facts-cache.ts).
    .select((eb) => eb.selectFrom('access_epoch').select('access_epoch.value').where('access_epoch.id', '=', 1).as('session_access_epoch'))
    .where('sessions.id', '=', id)
    .executeTakeFirst();
}

export async function touchSession(db: DbExecutor, id: string, lastSeenAt: string, idleExpiresAt: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: lastSeenAt, idle_expires_at: idleExpiresAt }).where('id', '=', id).execute();
}

export async function deleteSession(db: DbExecutor, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Ends every session of a user at once (disable, password change elsewhere). */
/**
 * Ends every way a user is signed in: browser sessions and API tokens. Used when the password is reset
 * or the account is disabled; revoked tokens stay revoked when the account is enabled again.
 */
export async function endAllAccessOfUser(db: DbExecutor, userId: string, now: Date): Promise<void> {
  await deleteSessionsOfUser(db, userId);
  await db.updateTable('api_tokens').set({ revoked_at: now.toISOString() }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
}

export async function deleteSessionsOfUser(db: DbExecutor, userId: string, exceptSessionId?: string): Promise<void> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptSessionId) query = query.where('id', '!=', exceptSessionId);
  await query.execute();
}

export async function deleteExpiredSessions(db: DbExecutor, now: string): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('idle_expires_at', '<=', now), eb('absolute_expires_at', '<=', now)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

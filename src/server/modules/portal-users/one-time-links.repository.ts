import type { Selectable } from 'kysely';
import type { DbExecutor } from '../../context.js';
import { newId } from '../../db/ids.js';
import type { OneTimeLinkTable } from '../../db/portal-access-tables.js';
import { hashToken, newOpaqueToken } from '../auth/session-tokens.js';

/** Invitation and password-reset links: single use, expiring, stored only as a hash of the token. */
export type LinkTable = 'invitations' | 'password_resets';
export type LinkRow = Selectable<OneTimeLinkTable>;

export async function createLink(db: DbExecutor, table: LinkTable, input: { userId: string; now: Date; validForMs: number; createdBy: string | null }) {
  const token = newOpaqueToken();
  const row: LinkRow = {
    id: newId(input.now.getTime()),
    user_id: input.userId,
    token_hash: hashToken(token),
    created_at: input.now.toISOString(),
    expires_at: new Date(input.now.getTime() + input.validForMs).toISOString(),
    used_at: null,
    revoked_at: null,
    created_by_user_id: input.createdBy,
  };
  await db.insertInto(table).values(row).execute();
  return { token, row };
}

/** The link behind a token if it is still usable (not used, not revoked, not expired). */
export async function findUsableLink(db: DbExecutor, table: LinkTable, token: string, now: Date): Promise<LinkRow | undefined> {
  return db
    .selectFrom(table)
    .selectAll()
    .where('token_hash', '=', hashToken(token))
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
}

/** Marks a link used; false when another request used it first (the update is the single-use guard). */
export async function consumeLink(db: DbExecutor, table: LinkTable, id: string, now: Date): Promise<boolean> {
  const result = await db.updateTable(table).set({ used_at: now.toISOString() }).where('id', '=', id).where('used_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function revokeOpenLinks(db: DbExecutor, table: LinkTable, userId: string, now: Date): Promise<number> {
  const result = await db
    .updateTable(table)
    .set({ revoked_at: now.toISOString() })
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function latestLinkOf(db: DbExecutor, table: LinkTable, userId: string): Promise<LinkRow | undefined> {
  return db.selectFrom(table).selectAll().where('user_id', '=', userId).orderBy('created_at', 'desc').orderBy('id', 'desc').executeTakeFirst();
}

export type InvitationState = 'pending' | 'expired' | 'revoked' | 'active' | 'disabled';

/** The lifecycle state staff see: pending (link open), expired, revoked, active, disabled. */
export function invitationStateOf(user: { status: string }, latest: LinkRow | undefined, now: Date): InvitationState {
  if (user.status === 'active') return 'active';
  if (user.status === 'disabled') return 'disabled';
  if (!latest || latest.revoked_at) return 'revoked';
  if (latest.used_at) return 'active';
  return Date.parse(latest.expires_at) <= now.getTime() ? 'expired' : 'pending';
}

import { randomBytes } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { AppConfig } from '../../config.js';
import type { DbExecutor } from '../../context.js';
import type { TicketReplyTokensTable } from '../../db/ticket-notification-tables.js';
import { hashToken } from '../auth/session-tokens.js';

export type ReplyTokenRow = Selectable<TicketReplyTokensTable>;

const LOCAL_PART_PREFIX = 'reply+';
/**
 * 160 random bits in lower-case hex: mail systems may change the case of an address's local part, and
 * hex survives that (base64 would not); it is also URL-safe.
 */
const TOKEN_BYTES = 20;
const TOKEN_PATTERN = /^[0-9a-f]{40}$/;

/** Whether notification mails carry reply addresses: only when something listens for the replies. */
export function repliesByMailEnabled(config: Pick<AppConfig, 'inboundSmtpPort'>): boolean {
  return config.inboundSmtpPort !== undefined;
}

/**
 * Hands out a new reply address for one mail to one recipient about one ticket, in the caller's
 * transaction (it commits with the mail that carries it). Only the token's hash is stored.
 */
export async function issueReplyAddress(
  db: DbExecutor,
  config: Pick<AppConfig, 'replyDomain' | 'replyTokenDays'>,
  now: Date,
  grant: { ticketId: string; userId: string; visibility: 'public' | 'internal' },
): Promise<string> {
  const token = randomBytes(TOKEN_BYTES).toString('hex');
  await db
    .insertInto('ticket_reply_tokens')
    .values({
      token_hash: hashToken(token),
      ticket_id: grant.ticketId,
      user_id: grant.userId,
      comment_visibility: grant.visibility,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + config.replyTokenDays * 86_400_000).toISOString(),
    })
    .execute();
  return `${LOCAL_PART_PREFIX}${token}@${config.replyDomain}`;
}

/** The token of a reply address on our domain, or null for any other address. */
export function tokenOfAddress(address: string, replyDomain: string): string | null {
  const at = address.lastIndexOf('@');
  if (at < 0 || address.slice(at + 1).toLowerCase() !== replyDomain) return null;
  const local = address.slice(0, at).toLowerCase();
  if (!local.startsWith(LOCAL_PART_PREFIX)) return null;
  const token = local.slice(LOCAL_PART_PREFIX.length);
  return TOKEN_PATTERN.test(token) ? token : null;
}

/** The live grant behind a token: unknown and expired tokens both answer null. */
export async function findLiveReplyToken(db: DbExecutor, token: string, now: Date): Promise<ReplyTokenRow | null> {
  const row = await db.selectFrom('ticket_reply_tokens').selectAll().where('token_hash', '=', hashToken(token)).executeTakeFirst();
  if (!row || Date.parse(row.expires_at) <= now.getTime()) return null;
  return row;
}

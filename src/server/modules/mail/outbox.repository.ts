import type { Selectable } from 'kysely';
import type { DbExecutor } from '../../context.js';
import type { Engine } from '../../db/database.js';
import { newId } from '../../db/ids.js';
import { claimDueRows } from '../../db/outbox-claims.js';
import type { MailOutboxTable } from '../../db/portal-access-tables.js';
import type { MailKind } from './mail-kinds.js';

export type OutboxRow = Selectable<MailOutboxTable>;

export interface OutgoingMail {
  kind: MailKind;
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  userId?: string | null;
  /** Where the recipient's answer goes: a ticket's reply address, when replies by e-mail are on. */
  replyTo?: string | null;
}

/**
 * Queues a mail in the caller's transaction: the invitation (or reset, or grant) and its e-mail commit
 * together or not at all, and a failing SMTP server only delays delivery, it never loses the mail.
 */
export async function enqueueMail(db: DbExecutor, mail: OutgoingMail, now: Date): Promise<string> {
  const id = newId(now.getTime());
  await db
    .insertInto('mail_outbox')
    .values({
      id,
      kind: mail.kind,
      to_address: mail.to,
      subject: mail.subject,
      text_body: mail.text,
      html_body: mail.html ?? null,
      reply_to: mail.replyTo ?? null,
      user_id: mail.userId ?? null,
      status: 'pending',
      attempts: 0,
      next_attempt_at: now.toISOString(),
      locked_until: null,
      last_error: null,
      created_at: now.toISOString(),
      sent_at: null,
    })
    .execute();
  return id;
}

/** Claims due mails for this worker (db/outbox-claims.ts). */
export function claimDueMails(db: DbExecutor, engine: Engine, now: Date, lockSeconds: number, limit: number): Promise<OutboxRow[]> {
  return claimDueRows(db, engine, 'mail_outbox', now, lockSeconds, limit);
}

/**
 * Marks a claimed mail sent. Only while the claim is still ours (status and lock as we set them): if the
 * lock ran out and another worker claimed the mail, that worker's outcome stands. False when it did not.
 */
export async function markSent(db: DbExecutor, claimed: OutboxRow, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('mail_outbox')
    // The successful attempt counts too: a mail sent at the first try shows 1 attempt, not 0.
    .set({ status: 'sent', sent_at: now.toISOString(), locked_until: null, last_error: null, attempts: claimed.attempts + 1 })
    .where('id', '=', claimed.id)
    .where('status', '=', 'sending')
    .where('locked_until', '=', claimed.locked_until)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function markFailedAttempt(db: DbExecutor, row: OutboxRow, now: Date, error: string, retryAt: Date | null): Promise<boolean> {
  const result = await db
    .updateTable('mail_outbox')
    .set({
      status: retryAt ? 'pending' : 'failed',
      attempts: row.attempts + 1,
      next_attempt_at: (retryAt ?? now).toISOString(),
      locked_until: null,
      last_error: error.slice(0, 1000),
    })
    .where('id', '=', row.id)
    .where('status', '=', 'sending')
    .where('locked_until', '=', row.locked_until)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Extends a worker's claim on mails it still holds from one claim (they share one lock time). Returns the
 * ids still held: a mail whose claim ran out and was taken by another worker is not among them.
 */
export async function renewClaims(db: DbExecutor, ids: string[], lockedUntil: string, renewedUntil: string): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .updateTable('mail_outbox')
    .set({ locked_until: renewedUntil })
    .where('id', 'in', ids)
    .where('status', '=', 'sending')
    .where('locked_until', '=', lockedUntil)
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

import { sql, type Kysely } from 'kysely';
import { checkIn, timestampType } from './helpers.js';

/**
 * Reply by e-mail (issue #10):
 * - ticket_reply_tokens: one row per notification mail that carries a reply address. Only the SHA-256 of
 *   the token is kept, so a database leak does not let anyone post as the recipients. A reply to an
 *   internal-note mail stays internal (comment_visibility), so staff never publish one by answering it.
 * - mail_outbox.reply_to: the Reply-To header of a queued mail.
 * - two file types for attachments of mailed replies, with fixed ids the inbound listener looks up:
 *   a customer-visible one for public replies and an internal one for replies to internal notes. Staff may
 *   rename them; archiving one refuses mailed replies with attachments of that kind. The app holds the
 *   same ids (modules/ticket-replies); a migration never imports app code.
 */
const MAIL_ATTACHMENT_FILE_TYPE_IDS = {
  public: '0193e5a0-7a11-7000-8000-00000000a001',
  internal: '0193e5a0-7a11-7000-8000-00000000a002',
} as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  const ts = timestampType(db);
  await db.schema
    .createTable('ticket_reply_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('ticket_id', 'text', (c) => c.notNull().references('tickets.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('comment_visibility', 'text', (c) => c.notNull().check(checkIn('comment_visibility', ['public', 'internal'])))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('expires_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ticket_reply_tokens_expires_idx').on('ticket_reply_tokens').column('expires_at').execute();

  await db.schema.alterTable('mail_outbox').addColumn('reply_to', 'text').execute();

  const now = new Date().toISOString();
  const types = [
    { id: MAIL_ATTACHMENT_FILE_TYPE_IDS.public, name: 'E-mail attachment', visible: 1 },
    { id: MAIL_ATTACHMENT_FILE_TYPE_IDS.internal, name: 'E-mail attachment (internal)', visible: 0 },
  ];
  for (const type of types) {
    await sql`insert into file_types (id, name, customer_visible, created_at, updated_at)
      values (${type.id}, ${type.name}, ${type.visible}, ${now}, ${now})`.execute(db);
  }
}

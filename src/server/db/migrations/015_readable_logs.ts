import { sql, type Kysely } from 'kysely';

/**
 * The audit log is filtered by action, by record type and by customer, newest first (id descending); the
 * mail log by kind, newest first (created_at, id). An index per filter keeps each a range scan.
 *
 * Mails sent before the worker counted the successful attempt were stored with 0 attempts: a sent mail
 * took at least one, so those rows are set to 1 (retried ones already count their failed tries, and the
 * try that went through is not recoverable; 1 is the lower bound).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('audit_events_action_idx').on('audit_events').columns(['action', 'id']).execute();
  await db.schema.createIndex('audit_events_type_idx').on('audit_events').columns(['resource_type', 'id']).execute();
  await db.schema.createIndex('audit_events_customer_idx').on('audit_events').columns(['customer_id', 'id']).execute();
  await db.schema.createIndex('mail_outbox_kind_idx').on('mail_outbox').columns(['kind', 'created_at', 'id']).execute();
  await sql`update mail_outbox set attempts = 1 where status = 'sent' and attempts = 0`.execute(db);
}

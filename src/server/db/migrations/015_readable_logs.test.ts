import { describe, expect, it } from 'vitest';
import { useEmptyDatabase } from '../../../../test/migration-database.js';
import { enqueueMail } from '../../modules/mail/outbox.repository.js';

/** Issue #13: mails sent before the worker counted the sending attempt showed "Attempts 0" in the mail log. */
const database = useEmptyDatabase();

describe('migration 015', () => {
  it('gives a mail sent with 0 attempts its one attempt and leaves every other count alone', async () => {
    const db = database.db;
    await database.migrateBefore('015');
    const now = new Date('2026-01-05T10:00:00Z');
    const mail = (subject: string) => enqueueMail(db, { kind: 'invitation', to: 'old@customer.test', subject, text: 'Hello' }, now);
    const sentAtOnce = await mail('sent at once');
    const sentAfterRetry = await mail('sent after a retry');
    const pending = await mail('still pending');
    await db.updateTable('mail_outbox').set({ status: 'sent', sent_at: now.toISOString() }).where('id', '=', sentAtOnce).execute();
    await db.updateTable('mail_outbox').set({ status: 'sent', sent_at: now.toISOString(), attempts: 2 }).where('id', '=', sentAfterRetry).execute();

    await database.migrateAll();
    const attempts = Object.fromEntries((await db.selectFrom('mail_outbox').select(['id', 'attempts']).execute()).map((row) => [row.id, Number(row.attempts)]));
    expect(attempts).toEqual({ [sentAtOnce]: 1, [sentAfterRetry]: 2, [pending]: 0 });
  });
});

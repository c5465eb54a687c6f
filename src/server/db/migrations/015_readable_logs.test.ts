import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-database.js';
import { openDatabase, type DatabaseHandle } from '../database.js';
import { enqueueMail } from '../../modules/mail/outbox.repository.js';
import { runMigrationSteps } from '../migrate.js';
import { migrations } from './index.js';

/** Issue #13: mails sent before the worker counted the sending attempt showed "Attempts 0" in the mail log. */
let database: TestDatabase;
let handle: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
  handle = openDatabase(database.config);
});
afterAll(async () => {
  await handle.destroy();
  await database.drop();
});

describe('migration 015', () => {
  it('gives a mail sent with 0 attempts its one attempt and leaves every other count alone', async () => {
    const db = handle.db;
    const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '015'));
    await database.whileSchemasSteady(() => runMigrationSteps(db as unknown as Kysely<unknown>, database.config.databaseSchema, before));
    const now = new Date('2026-01-05T10:00:00Z');
    const mail = (subject: string) => enqueueMail(db, { kind: 'invitation', to: 'old@customer.test', subject, text: 'Hello' }, now);
    const sentAtOnce = await mail('sent at once');
    const sentAfterRetry = await mail('sent after a retry');
    const pending = await mail('still pending');
    await db.updateTable('mail_outbox').set({ status: 'sent', sent_at: now.toISOString() }).where('id', '=', sentAtOnce).execute();
    await db.updateTable('mail_outbox').set({ status: 'sent', sent_at: now.toISOString(), attempts: 2 }).where('id', '=', sentAfterRetry).execute();

    await database.whileSchemasSteady(() => runMigrationSteps(db as unknown as Kysely<unknown>, database.config.databaseSchema, migrations));
    const attempts = Object.fromEntries((await db.selectFrom('mail_outbox').select(['id', 'attempts']).execute()).map((row) => [row.id, Number(row.attempts)]));
    expect(attempts).toEqual({ [sentAtOnce]: 1, [sentAfterRetry]: 2, [pending]: 0 });
  });
});

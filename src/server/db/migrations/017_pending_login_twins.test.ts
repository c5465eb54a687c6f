import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useEmptyDatabase } from '../../../../test/migration-database.js';

/** Issue #11: a login is unique among accounts that can sign in; pending invitations and disabled accounts may share it. */
const database = useEmptyDatabase();

describe('migration 017', () => {
  it('lets pending invitations and disabled accounts share a login and keeps it unique among active accounts', async () => {
    const db = database.db as unknown as Kysely<unknown>;
    await database.migrateAll();
    const now = '2026-12-06T09:00:00.000Z';
    const insert = (id: string, status: string) =>
      sql`insert into users (id, kind, login, display_name, status, must_change_password, created_at, updated_at)
        values (${id}, 'external', 'anna@example.com', ${id}, ${status}, 0, ${now}, ${now})`.execute(db);
    await insert('active-1', 'active');
    await insert('pending-1', 'pending');
    await insert('pending-2', 'pending');
    await insert('disabled-1', 'disabled');
    await expect(insert('active-2', 'active')).rejects.toThrow(/unique/i);
    // Activating a twin (or re-enabling one) while the login is in use is refused by the database itself.
    await expect(sql`update users set status = 'active' where id = 'pending-1'`.execute(db)).rejects.toThrow(/unique/i);
    await expect(sql`update users set status = 'active' where id = 'disabled-1'`.execute(db)).rejects.toThrow(/unique/i);
  });
});

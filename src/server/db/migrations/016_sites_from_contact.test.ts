import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useEmptyDatabase } from '../../../../test/migration-database.js';

/**
 * Issue #13: existing users linked to a contact saw every site of their customer. The backfill makes the
 * unrestricted ones take their contact's sites; users with their own site list keep it.
 */
const database = useEmptyDatabase();

describe('migration 016', () => {
  it('turns "sites from contact" on for linked users without a site restriction of their own', async () => {
    const db = database.db as unknown as Kysely<unknown>;
    await database.migrateBefore('016');
    const now = '2026-03-02T09:00:00.000Z';
    await sql`insert into customers (id, path, number, name, portal_areas, created_at, updated_at) values ('c1', '/c1/', 'C-1', 'MET/TEAM', '[]', ${now}, ${now})`.execute(db);
    await sql`insert into contacts (id, customer_id, name, created_at, updated_at) values ('k1', 'c1', 'Dr. South', ${now}, ${now})`.execute(db);
    const users: [string, string | null, number][] = [['linked-all-sites', 'k1', 0], ['linked-own-sites', 'k1', 1], ['unlinked', null, 0]];
    for (const [id, contactId, restricted] of users) {
      await sql`insert into users (id, kind, login, display_name, status, must_change_password, created_at, updated_at, customer_id, contact_id)
        values (${id}, 'external', ${id}, ${id}, 'active', 0, ${now}, ${now}, 'c1', ${contactId})`.execute(db);
      await sql`insert into user_access (user_id, sites_restricted, asset_mode, work_order_mode, project_mode, ticket_mode, order_mode, schedule_mode, capabilities, updated_at)
        values (${id}, ${restricted}, 'all_in_scope', 'all_under_visible_assets', 'granted_only', 'own', 'own', 'assigned_only', '{}', ${now})`.execute(db);
    }
    await database.migrateAll();
    const rows = await sql<{ user_id: string; sites_from_contact: number }>`select user_id, sites_from_contact from user_access order by user_id`.execute(db);
    expect(rows.rows.map((r) => [r.user_id, Number(r.sites_from_contact)])).toEqual([['linked-all-sites', 1], ['linked-own-sites', 0], ['unlinked', 0]]);
  });
});

import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useEmptyDatabase } from '../../../../test/migration-database.js';

/** The word index is filled from the assets a database already holds, and kept from then on. */
const database = useEmptyDatabase();

describe('migration 026', () => {
  it('indexes the words of existing assets and keeps them as assets change', async () => {
    const db = database.db as unknown as Kysely<unknown>;
    await database.migrateBefore('026');
    const now = '2026-12-07T23:00:00.000Z';
    await sql`insert into customers (id, path, number, name, portal_areas, created_at, updated_at) values ('c1', '/c1/', 'C-1', 'Acme', '[]', ${now}, ${now})`.execute(db);
    const asset = (id: string, name: string, serial: string | null) =>
      sql`insert into assets (id, customer_id, root_id, path, depth, name, serial_number, status, custom_fields, created_at, updated_at)
        values (${id}, 'c1', ${id}, ${`/${id}/`}, 0, ${name}, ${serial}, 'active', '{}', ${now}, ${now})`.execute(db);
    await asset('a1', 'Rooftop Heat-Pump', 'SN-0042');
    await asset('a2', 'Pump B', null);
    await database.migrateAll();

    const words = async () =>
      (await sql<{ word: string; sort_name: string; asset_id: string }>`select word, sort_name, asset_id from asset_search_words order by asset_id, word`.execute(db)).rows;
    expect(await words()).toEqual([
      { word: '0042', sort_name: 'rooftop heat-pump', asset_id: 'a1' },
      { word: 'heat', sort_name: 'rooftop heat-pump', asset_id: 'a1' },
      { word: 'pump', sort_name: 'rooftop heat-pump', asset_id: 'a1' },
      { word: 'rooftop', sort_name: 'rooftop heat-pump', asset_id: 'a1' },
      { word: 'pump', sort_name: 'pump b', asset_id: 'a2' },
    ]);

    await sql`update assets set name = 'Boiler', serial_number = null where id = 'a1'`.execute(db);
    await asset('a3', 'Chiller', 'CH-7781');
    await sql`delete from assets where id = 'a2'`.execute(db);
    expect(await words()).toEqual([
      { word: 'boiler', sort_name: 'boiler', asset_id: 'a1' },
      { word: 'chiller', sort_name: 'chiller', asset_id: 'a3' },
      { word: '7781', sort_name: 'chiller', asset_id: 'a3' },
    ].sort((x, y) => (x.asset_id + x.word < y.asset_id + y.word ? -1 : 1)));
    // Words no asset holds any more stay in the list of words; they name no rows.
    const list = (await sql<{ word: string }>`select word from asset_search_word_list order by word`.execute(db)).rows.map((r) => r.word);
    expect(list).toEqual(['0042', '7781', 'boiler', 'chiller', 'heat', 'pump', 'rooftop']);
  });
});

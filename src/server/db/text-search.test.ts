import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers.js';
import { createCustomer, staffSession } from '../../../test/factories.js';
import { planSearch, SEARCH_INDEXED, type SearchIndexedTable } from './text-search.js';

const onPostgres = Boolean(process.env.DATABASE_URL);

/**
 * The planner uses an expression index only for the very expression it was built on, so the search test
 * written by text-search.ts and the index of migration 025 must not drift apart: a drift would silently
 * turn every search into a read of the whole table.
 */
describe.skipIf(!onPostgres)('PostgreSQL search text index', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  const tables = Object.keys(SEARCH_INDEXED) as SearchIndexedTable[];
  it.each(tables)('%s: a substring and a column-start search can be answered from the search text index', async (table) => {
    for (const q of ['pump', 'pu']) {
      const plan = await t.app.ctx.db.transaction().execute(async (trx) => {
        // An empty test table is cheaper to read whole; forbidding that shows whether the index fits at all.
        await sql`set local enable_seqscan = off`.execute(trx);
        const search = await planSearch(trx, table, q, false);
        const { rows } = await sql<{ 'QUERY PLAN': string }>`explain select 1 from ${sql.table(table)} where ${search.indexed}`.execute(trx);
        return rows.map((row) => row['QUERY PLAN']).join('\n');
      });
      expect(plan, `${table} q=${q}`).toContain(`Bitmap Index Scan on ${table}_search_text_idx`);
    }
  });

  it('a scope spanning customers asks the index for one window of the text, and the index serves it', async () => {
    const db = t.app.ctx.db;
    const { session } = await staffSession(t.app, 'admin');
    for (const name of ['Chiller plant', 'Boiler house', 'Valve works']) await createCustomer(session, { name });
    // Windows are weighed on the planner's statistics, which only ANALYZE writes.
    await sql`analyze customers`.execute(db);
    const plan = await db.transaction().execute(async (trx) => {
      await sql`set local enable_seqscan = off`.execute(trx);
      const search = await planSearch(trx, 'customers', 'chiller', true);
      const { sql: text } = sql`${search.indexed}`.compile(trx);
      const { rows } = await sql<{ 'QUERY PLAN': string }>`explain select 1 from customers where ${search.indexed}`.execute(trx);
      return { text, explained: rows.map((row) => row['QUERY PLAN']).join('\n') };
    });
    expect(plan.text).toContain('strpos');
    expect(plan.explained).toContain('Bitmap Index Scan on customers_search_text_idx');
  });
});

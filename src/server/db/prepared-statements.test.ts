import pg from 'pg';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers.js';
import { createCustomer, staffSession } from '../../../test/factories.js';
import { createPortalUser } from '../../../test/factories-portal.js';
import { PREPARED, PREPARED_MARK, PREPARED_PER_CONNECTION, runStatement } from './prepared-statements.js';

const databaseUrl = process.env.DATABASE_URL;

async function preparedTexts(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ statement: string }>("select statement from pg_prepared_statements where name like 'portico\\_%' order by prepare_time");
  return rows.map((row) => row.statement);
}

describe.skipIf(!databaseUrl)('prepared statements (PostgreSQL)', () => {
  let client: pg.Client;
  beforeEach(async () => {
    client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query('create temp table gauges (id int primary key, name text)');
    await client.query("insert into gauges values (1, 'Pressure gauge')");
  });
  afterEach(() => client.end());

  it('prepares a marked statement once per connection and runs it by name afterwards', async () => {
    const text = `select ${PREPARED_MARK} name from gauges where id = $1`;
    for (let i = 0; i < 3; i++) expect((await runStatement(client, text, [1], true)).rows).toEqual([{ name: 'Pressure gauge' }]);
    expect(await preparedTexts(client)).toEqual([text]);
  });

  it('runs unmarked statements unnamed, and marked ones too when preparing is off', async () => {
    for (let run = 0; run < 2; run++) {
      await runStatement(client, 'select name from gauges where id = $1', [1], true);
      await runStatement(client, `select ${PREPARED_MARK} name from gauges where id = $1`, [1], false);
    }
    expect(await preparedTexts(client)).toEqual([]);
  });

  it(`prepares at most ${PREPARED_PER_CONNECTION} statements on one connection and runs the others unnamed`, async () => {
    for (let i = 0; i <= PREPARED_PER_CONNECTION; i++) {
      expect((await runStatement(client, `${PREPARED_MARK} select $1::int + ${i} as n`, [1], true)).rows).toEqual([{ n: 1 + i }]);
    }
    expect(await preparedTexts(client)).toHaveLength(PREPARED_PER_CONNECTION);
  });

  it('still answers when a table changed under a prepared statement (a newer version migrated it)', async () => {
    const text = `${PREPARED_MARK} select * from gauges where id = $1`;
    await runStatement(client, text, [1], true);
    await client.query('alter table gauges add column unit text');
    await expect(client.query({ name: (await client.query<{ name: string }>('select name from pg_prepared_statements')).rows[0]!.name, text, values: [1] })).rejects.toMatchObject({
      code: '0A000',
    });
    for (let i = 0; i < 2; i++) expect((await runStatement(client, text, [1], true)).rows).toEqual([{ id: 1, name: 'Pressure gauge', unit: null }]);
  });
});

describe.skipIf(!databaseUrl)('DATABASE_PREPARED_STATEMENTS', () => {
  const lookupTwice = (t: TestApp) =>
    t.app.ctx.db.transaction().execute(async (trx) => {
      // One transaction is one connection, the one pg_prepared_statements speaks of.
      const lookup = trx.selectFrom('customers').modifyFront(PREPARED).select('id').where('number', '=', 'C-none');
      for (let i = 0; i < 2; i++) await lookup.execute();
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_prepared_statements where statement = ${lookup.compile().sql}`.execute(trx);
      return rows[0]!.n;
    });

  describe('default', () => {
    let t: TestApp;
    beforeAll(async () => {
      // One connection, so the statements of the requests below are on the connection the test asks.
      t = await buildTestApp({ DATABASE_POOL_SIZE: '1' });
    });
    afterAll(() => t.close());
    it('prepares the marked statements', async () => {
      expect(await lookupTwice(t)).toBe(1);
    });

    it('keeps the session lookup and the access facts prepared: every portal request runs them', async () => {
      const { session: admin } = await staffSession(t.app, 'admin');
      const customer = await createCustomer(admin);
      const { session: portal } = await createPortalUser(t.app, { customerId: customer.id });
      for (let i = 0; i < 2; i++) expect((await portal.get('/api/v1/assets')).statusCode).toBe(200);
      const { rows } = await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(t.app.ctx.db);
      const prepared = rows.map((row) => row.statement);
      expect(prepared.some((text) => text.startsWith(`select ${PREPARED_MARK}`) && text.includes('from "sessions"'))).toBe(true);
      expect(prepared.some((text) => text.startsWith(PREPARED_MARK) && text.includes('with home as'))).toBe(true);
    });
  });

  describe('false', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await buildTestApp({ DATABASE_PREPARED_STATEMENTS: 'false' });
    });
    afterAll(() => t.close());
    it('runs every statement unnamed (for connection poolers that cannot keep prepared statements)', async () => {
      expect(await lookupTwice(t)).toBe(0);
    });
  });
});

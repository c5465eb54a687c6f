import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers.js';
import { sqliteFilePath } from '../database.js';
import { databaseUnavailability } from '../database-errors.js';
import { SqliteReadPool } from './sqlite-read-pool.js';
import { PREPARED } from '../prepared-statements.js';
import { createCustomer, staffSession } from '../../../../test/factories.js';

let t: TestApp;
beforeAll(async () => {
  // The long read below must not meet the statement deadline on a busy machine: that is not what it tests.
  t = await buildTestApp({ DATABASE_STATEMENT_TIMEOUT_MS: '120000' });
});
afterAll(() => t.close());

const sqliteOnly = process.env.DATABASE_URL ? describe.skip : describe;

sqliteOnly('SQLite reads on reader threads', () => {
  it('keeps answering while a long read runs (the read does not hold the main thread)', async () => {
    let readDone = false;
    // About ten million rows of work: seconds on any machine, against a health check of milliseconds.
    const longRead = sql<{ n: number }>`with recursive counter(n) as (select 1 union all select n + 1 from counter where n < 10000000) select count(*) as n from counter`
      .execute(t.app.ctx.db)
      .then((result) => {
        readDone = true;
        return result.rows[0]!.n;
      });
    const health = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(health.statusCode).toBe(200);
    expect(readDone, 'the health check had to wait for the long read').toBe(false);
    expect(Number(await longRead)).toBe(10_000_000);
  }, 120_000);

  it('keeps quick reads off the lane of statements that were slow lately', async () => {
    const pool = new SqliteReadPool(sqliteFilePath(t.database.config), 2);
    try {
      // About a million rows of work: hundreds of milliseconds, far above the slow-lane threshold.
      const slowSql = 'with recursive counter(n) as (select 1 union all select n + 1 from counter where n < 1000000) select count(*) as n from counter';
      await pool.read(slowSql, []);
      expect(pool.isSlow(slowSql)).toBe(true);
      expect(pool.isSlow('select 1'), 'a text not seen before counts as quick').toBe(false);
      const order: string[] = [];
      const slow = [pool.read(slowSql, []), pool.read(slowSql, [])].map((p) => p.then(() => order.push('slow')));
      await pool.read('select 1', []).then(() => order.push('quick'));
      await Promise.all(slow);
      expect(order).toEqual(['quick', 'slow', 'slow']);
      expect(pool.isSlow('select 1')).toBe(false);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('sends a burst of a new heavy statement aside after its first run: a quick read waits for one of them at most', async () => {
    const pool = new SqliteReadPool(sqliteFilePath(t.database.config), 2);
    try {
      // A fresh reader's first statement also opens the schema (tens of ms on a busy machine); the cost
      // of a statement is the least of its last runs, so a few runs show what select 1 really costs.
      for (let i = 0; i < 3; i++) await pool.read('select 1', []);
      const heavy = 'with recursive counter(n) as (select 1 union all select n + 1 from counter where n < ?) select count(*) as n from counter';
      let heavyDone = 0;
      const burst = Array.from({ length: 6 }, (_, i) => pool.read(heavy, [2_000_000 + i]).then(() => heavyDone++));
      await pool.read('select 1', []);
      // The first run took the quick lane and the quick read waits for it; the second runs beside it in
      // the slow lane and may finish first. The other four queue there: the quick read never waits for them.
      expect(heavyDone, 'the quick statement waited behind the queued heavy ones').toBeLessThanOrEqual(2);
      await Promise.all(burst);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('remembers the statements run lately when it must forget some: a heavy one keeps to the slow lane', async () => {
    const pool = new SqliteReadPool(sqliteFilePath(t.database.config), 2);
    try {
      const slowSql = 'with recursive counter(n) as (select 1 union all select n + 1 from counter where n < 1000000) select count(*) as n from counter';
      // Many distinct statements (searches with their own text, say), then the heavy one, then one more.
      for (let i = 0; i < 999; i++) await pool.read(`select ${i + 100} as n`, []);
      await pool.read(slowSql, []);
      await pool.read('select 99999 as n', []);
      expect(pool.isSlow(slowSql), 'the heavy statement was forgotten and would take the quick lane again').toBe(true);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('stops a read that runs past the deadline with a 503-class error, and runs the reads queued behind it', async () => {
    // The deadline also covers the replacement thread's start and its first statement (schema load),
    // which take a few hundred ms on a busy machine; 2 s leaves room for that and still stops the endless read.
    const pool = new SqliteReadPool(sqliteFilePath(t.database.config), 1, { deadlineMs: 2000 });
    try {
      const endless = 'with recursive counter(n) as (select 1 union all select n + 1 from counter where n < 1000000000) select count(*) as n from counter';
      const started = Date.now();
      const stopped = pool.read(endless, []).catch((error: unknown) => error);
      const queued = pool.read('select 2 as two', []);
      const error = await stopped;
      // The endless read would run for minutes; stopped, it ends within seconds even on a busy machine.
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(databaseUnavailability(error)).toMatchObject({ code: 'database_busy' });
      expect(await queued).toEqual([{ two: 2 }]);
      expect(await pool.read('select 3 as three', [])).toEqual([{ three: 3 }]);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('sees every committed write at once; a transaction reads its own writes and others see them only after commit', async () => {
    const { session } = await staffSession(t.app, 'admin');
    const customer = await createCustomer(session);
    const read = () => t.app.ctx.db.selectFrom('customers').select('name').where('id', '=', customer.id).executeTakeFirstOrThrow();
    await t.app.ctx.db.updateTable('customers').set({ name: 'Renamed outside' }).where('id', '=', customer.id).execute();
    expect((await read()).name).toBe('Renamed outside');

    let releaseTransaction!: () => void;
    const holding = new Promise<void>((resolve) => (releaseTransaction = resolve));
    let insideRead!: (name: string) => void;
    const readInside = new Promise<string>((resolve) => (insideRead = resolve));
    const transaction = t.app.ctx.db.transaction().execute(async (trx) => {
      await trx.updateTable('customers').set({ name: 'Renamed inside' }).where('id', '=', customer.id).execute();
      insideRead((await trx.selectFrom('customers').select('name').where('id', '=', customer.id).executeTakeFirstOrThrow()).name);
      await holding;
    });
    expect(await readInside).toBe('Renamed inside');
    expect((await read()).name, 'uncommitted write visible outside its transaction').toBe('Renamed outside');
    releaseTransaction();
    await transaction;
    expect((await read()).name).toBe('Renamed inside');
  });

  it('hands rows back as objects by column name, as better-sqlite3 does (a later column of the same name wins)', async () => {
    const pool = new SqliteReadPool(sqliteFilePath(t.database.config), 1);
    try {
      expect(await pool.read("select 1 as a, 'x' as b, null as c, 2 as a union all select 3, 'y', 4.5, 5", [])).toEqual([
        { a: 2, b: 'x', c: null },
        { a: 5, b: 'y', c: 4.5 },
      ]);
      expect(await pool.read('select 1 as a where 0', [])).toEqual([]);
    } finally {
      await pool.close();
    }
  });

  it('answers a lookup by key (marked PREPARED) on the main thread: never behind a long read, and committed data only', async () => {
    const single = await buildTestApp({ SQLITE_READ_THREADS: '1', DATABASE_STATEMENT_TIMEOUT_MS: '120000' });
    try {
      const { db } = single.app.ctx;
      const order: string[] = [];
      // Hundreds of milliseconds on the only reader thread; the lookup would queue behind it there.
      const long = sql`with recursive counter(n) as (select 1 union all select n + 1 from counter where n < 3000000) select count(*) as n from counter`
        .execute(db)
        .then(() => order.push('long read'));
      await sql`${PREPARED} select 1 as one`.execute(db).then(() => order.push('lookup by key'));
      await long;
      expect(order).toEqual(['lookup by key', 'long read']);

      const { session } = await staffSession(single.app, 'admin');
      const customer = await createCustomer(session);
      const lookup = async () => (await sql<{ name: string }>`${PREPARED} select name from customers where id = ${customer.id}`.execute(db)).rows[0]!.name;
      let release!: () => void;
      const holding = new Promise<void>((resolve) => (release = resolve));
      let written!: () => void;
      const wrote = new Promise<void>((resolve) => (written = resolve));
      const transaction = db.transaction().execute(async (trx) => {
        await trx.updateTable('customers').set({ name: 'Renamed, not committed' }).where('id', '=', customer.id).execute();
        written();
        await holding;
      });
      await wrote;
      expect(await lookup(), 'a lookup by key saw an uncommitted write').toBe(customer.name);
      release();
      await transaction;
      expect(await lookup()).toBe('Renamed, not committed');
    } finally {
      await single.close();
    }
  }, 120_000);

  it('reports a failing read as an error, and serves the next one', async () => {
    await expect(sql`select no_such_column from customers`.execute(t.app.ctx.db)).rejects.toThrow(/no_such_column/);
    const rows = await sql<{ one: number }>`select 1 as one`.execute(t.app.ctx.db);
    expect(rows.rows[0]!.one).toBe(1);
  });
});

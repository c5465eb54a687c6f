import pg from 'pg';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../test/helpers.js';
import { staffSession } from '../../../test/factories.js';
import { ConfigError, loadConfig } from '../config.js';

/**
 * Containment on PostgreSQL: a slow statement and a full pool each end in a 503 of the error contract
 * with Retry-After, well before the client gives up. (SQLite has no pool and no statement timeout:
 * better-sqlite3 runs each statement to its end on the event loop; the search indexes bound search.)
 */
const onPostgres = Boolean(process.env.DATABASE_URL);

function expectBusy(response: { statusCode: number; headers: Record<string, unknown>; json(): { error: unknown } }) {
  expect(response.statusCode).toBe(503);
  expect(response.json().error).toEqual({ code: 'database_busy', message: expect.any(String), requestId: expect.any(String) });
  expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
}

describe.skipIf(!onPostgres)('statement timeout (DATABASE_STATEMENT_TIMEOUT_MS)', () => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await buildTestApp({ DATABASE_STATEMENT_TIMEOUT_MS: '300' });
    admin = (await staffSession(t.app, 'admin')).session;
  });
  afterAll(() => t.close());

  it('cancels a statement of the app that runs longer', async () => {
    const started = Date.now();
    await expect(sql`select pg_sleep(3)`.execute(t.app.ctx.db)).rejects.toMatchObject({ code: '57014' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('answers 503 database_busy when a list waits on a lock held elsewhere, and recovers', async () => {
    const holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query(`lock table "${t.database.config.databaseSchema}".assets in access exclusive mode`);
      const started = Date.now();
      expectBusy(await admin.get('/api/v1/assets'));
      expect(Date.now() - started).toBeLessThan(2000);
      await holder.query('rollback');
    } finally {
      await holder.end();
    }
    expect((await admin.get('/api/v1/assets')).statusCode).toBe(200);
  });
});

describe.skipIf(!onPostgres)('pool acquire timeout (DATABASE_POOL_SIZE, DATABASE_ACQUIRE_TIMEOUT_MS)', () => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await buildTestApp({ DATABASE_POOL_SIZE: '1', DATABASE_ACQUIRE_TIMEOUT_MS: '300' });
    admin = (await staffSession(t.app, 'admin')).session;
  });
  afterAll(() => t.close());

  it('answers 503 database_busy while the only connection is held, and serves again once it is free', async () => {
    await t.app.ctx.db.connection().execute(async (held) => {
      const started = Date.now();
      const waiting = admin.get('/api/v1/assets');
      // The held connection still works: the request is waiting for the pool, not the server.
      await sql`select pg_sleep(0.5)`.execute(held);
      expectBusy(await waiting);
      expect(Date.now() - started).toBeLessThan(2000);
    });
    expect((await admin.get('/api/v1/assets')).statusCode).toBe(200);
  });
});

describe('database limits configuration', () => {
  it('has defaults and rejects values that are not whole numbers in range, naming the variable', () => {
    expect(loadConfig({})).toMatchObject({ databaseStatementTimeoutMs: 5000, databasePoolSize: 10, databaseAcquireTimeoutMs: 3000 });
    expect(loadConfig({ DATABASE_POOL_SIZE: '25', DATABASE_STATEMENT_TIMEOUT_MS: '1500' })).toMatchObject({ databasePoolSize: 25, databaseStatementTimeoutMs: 1500 });
    for (const [name, value] of [
      ['DATABASE_STATEMENT_TIMEOUT_MS', '0'],
      ['DATABASE_STATEMENT_TIMEOUT_MS', '5s'],
      ['DATABASE_POOL_SIZE', '0'],
      ['DATABASE_ACQUIRE_TIMEOUT_MS', '-1'],
    ] as const) {
      expect(() => loadConfig({ [name]: value }), `${name}=${value}`).toThrow(ConfigError);
      expect(() => loadConfig({ [name]: value })).toThrow(name);
    }
  });
});

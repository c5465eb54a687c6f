import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseUnavailability } from './database-errors.js';
import { PostgresLanes, SLOW_LANE_TIMEOUT, SLOW_STATEMENT_MS, slowLaneSize } from './postgres-lanes.js';
import { StatementCosts } from './statement-costs.js';

const databaseUrl = process.env.DATABASE_URL;
const SLEEP = 'select pg_sleep($1)';

describe('statement costs', () => {
  it('counts a statement never seen as quick, a burst of a new one and a slow average as slow', () => {
    const costs = new StatementCosts(50);
    expect(costs.isSlow('select 1')).toBe(false);
    costs.started('select heavy');
    expect(costs.isSlow('select heavy')).toBe(true);
    costs.finished('select heavy', 10);
    expect(costs.isSlow('select heavy')).toBe(false);
    costs.record('select heavy', 300);
    costs.record('select heavy', 280);
    expect(costs.isSlow('select heavy'), 'one quick run among the last three').toBe(false);
    costs.record('select heavy', 310);
    expect(costs.isSlow('select heavy')).toBe(true);
  });

  it('does not send a trivial statement to the slow lane for one run that waited for a CPU', () => {
    const costs = new StatementCosts(50);
    costs.record('select 1', 0.2);
    costs.record('select 1', 400);
    expect(costs.isSlow('select 1')).toBe(false);
  });

  it('sends a run aside while the identical run is under way, unless its text is trivially quick', () => {
    const costs = new StatementCosts(50);
    costs.record('select search', 8);
    costs.record('select session', 0.3);
    expect(costs.isSlowRun('select search', 'pump')).toBe(false);
    costs.started('select search', 'pump');
    expect(costs.isSlowRun('select search', 'pump')).toBe(true);
    expect(costs.isSlowRun('select search', 'kessler'), 'other parameters').toBe(false);
    costs.started('select session', 's1');
    expect(costs.isSlowRun('select session', 's1')).toBe(false);
    costs.finished('select search', 9, 'pump');
    expect(costs.isSlowRun('select search', 'pump')).toBe(false);
  });

  it('gives a third of the connections to slow statements, at least one', () => {
    expect([1, 2, 3, 10, 30].map(slowLaneSize)).toEqual([1, 1, 1, 3, 10]);
  });
});

describe.skipIf(!databaseUrl)('PostgreSQL lanes', () => {
  let pool: pg.Pool;
  afterEach(() => pool.end());

  function lanesOf(size: number, acquireTimeoutMs: number) {
    pool = new pg.Pool({ connectionString: databaseUrl, max: size, connectionTimeoutMillis: acquireTimeoutMs });
    return new PostgresLanes(pool, { size, acquireTimeoutMs });
  }

  async function run(lanes: PostgresLanes, sql: string, parameters: unknown[] = []) {
    const client = await lanes.connect();
    try {
      await client.query(sql, parameters);
    } finally {
      client.release();
    }
  }

  it('keeps a quick statement from waiting behind slow ones: a slow one waits for its lane without holding a connection', async () => {
    const lanes = lanesOf(2, 5000);
    await run(lanes, SLEEP, [(SLOW_STATEMENT_MS * 2) / 1000]);
    expect(lanes.costs.isSlow(SLEEP)).toBe(true);
    const finished: string[] = [];
    const first = run(lanes, SLEEP, [0.8]).then(() => finished.push('slow 1'));
    const second = run(lanes, SLEEP, [0.8]).then(() => finished.push('slow 2'));
    // Without lanes both slow statements would hold the pool's two connections for 0.8 s.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await run(lanes, 'select 1').then(() => finished.push('quick'));
    await Promise.all([first, second]);
    expect(finished).toEqual(['quick', 'slow 1', 'slow 2']);
    expect(pool.totalCount).toBeLessThanOrEqual(2);
    expect(pool.waitingCount).toBe(0);
  });

  it('runs a statement whose parameters cannot be written out as JSON (a BigInt)', async () => {
    const lanes = lanesOf(2, 1000);
    const client = await lanes.connect();
    try {
      const result = await client.query<{ n: string }>('select $1::bigint as n', [5n]);
      expect(Number(result.rows[0]!.n)).toBe(5);
    } finally {
      client.release();
    }
  });

  it('answers database_busy when a slow statement waits longer than the acquire timeout, and leaks no connection', async () => {
    const lanes = lanesOf(3, 200);
    await run(lanes, SLEEP, [(SLOW_STATEMENT_MS * 2) / 1000]);
    const first = run(lanes, SLEEP, [0.6]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const waited = await run(lanes, SLEEP, [0.6]).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(waited).toMatchObject({ code: SLOW_LANE_TIMEOUT });
    expect(databaseUnavailability(waited)).toMatchObject({ code: 'database_busy' });
    await first;
    // Every connection is free again: three quick statements at once each get one.
    await Promise.all([run(lanes, 'select 1'), run(lanes, 'select 2'), run(lanes, 'select 3')]);
    expect(pool.idleCount).toBe(pool.totalCount);
  });
});

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers.js';
import { databaseSettingWarnings, postgresSettingWarnings } from './database-settings.js';

describe('database setting warnings at start-up', () => {
  it('warns when PostgreSQL runs without autovacuum, and only then', () => {
    expect(postgresSettingWarnings({ autovacuum: 'off' })).toEqual([expect.stringMatching(/autovacuum off/)]);
    expect(postgresSettingWarnings({ autovacuum: 'on' })).toEqual([]);
  });

  describe('on the database the tests run on', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await buildTestApp();
    });
    afterAll(() => t.close());

    it('reads the server setting itself (SQLite: nothing to warn about)', async () => {
      const warnings = await databaseSettingWarnings(t.app.ctx.db);
      if (t.database.engine === 'sqlite') return expect(warnings).toEqual([]);
      const { rows } = await sql<{ value: string }>`show autovacuum`.execute(t.app.ctx.db);
      expect(warnings).toHaveLength(rows[0]!.value === 'on' ? 0 : 1);
    });
  });
});

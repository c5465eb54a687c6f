import { sql, type Kysely, type Migration } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useEmptyDatabase } from '../../../test/migration-database.js';
import { MigrationError } from './migrate.js';

/**
 * Issue #12: a crash during the first start left half a schema on SQLite ("table sequences already
 * exists") because each step ran on its own. The pending steps now run in one transaction on both engines.
 */
const database = useEmptyDatabase();

const createTable = (name: string): Migration['up'] => async (db: Kysely<unknown>) => {
  await db.schema.createTable(name).addColumn('id', 'text', (c) => c.primaryKey()).execute();
};

async function tableExists(db: Kysely<unknown>, name: string): Promise<boolean> {
  const engine = database.engine;
  const found =
    engine === 'postgres'
      ? await sql<{ n: number }>`select count(*)::int as n from information_schema.tables where table_schema = current_schema() and table_name = ${name}`.execute(db)
      : await sql<{ n: number }>`select count(*) as n from sqlite_master where type = 'table' and name = ${name}`.execute(db);
  return Number(found.rows[0]!.n) > 0;
}

describe('migrations', () => {
  it('apply all pending steps or none: a failing step rolls back the steps before it in the same start', async () => {
    const db = database.db as unknown as Kysely<unknown>;
    const failing: Record<string, Migration> = {
      '001_first': { up: createTable('migration_probe_first') },
      '002_second': {
        up: async (trx) => {
          await createTable('migration_probe_second')(trx);
          throw new Error('the power went out');
        },
      },
    };
    await expect(database.migrate(failing)).rejects.toThrow(MigrationError);
    expect(await tableExists(db, 'migration_probe_first')).toBe(false);
    expect(await tableExists(db, 'migration_probe_second')).toBe(false);

    // The next start begins from scratch and gets through.
    const fixed: Record<string, Migration> = { ...failing, '002_second': { up: createTable('migration_probe_second') } };
    expect(await database.migrate(fixed)).toEqual(['001_first', '002_second']);
    expect(await tableExists(db, 'migration_probe_first')).toBe(true);
    expect(await tableExists(db, 'migration_probe_second')).toBe(true);
  });
});

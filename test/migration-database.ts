import type { Kysely, Migration } from 'kysely';
import { afterAll, beforeAll } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../src/server/db/database.js';
import { runMigrationSteps } from '../src/server/db/migrate.js';
import { migrations } from '../src/server/db/migrations/index.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

/**
 * An empty database of the engine under test for a migration's own test: opened before the file's tests,
 * dropped after them. `migrate` runs the given steps, `migrateBefore('016')` every step before that one.
 */
export function useEmptyDatabase() {
  let database: TestDatabase;
  let handle: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
    handle = openDatabase(database.config);
  });
  afterAll(async () => {
    await handle.destroy();
    await database.drop();
  });
  const migrate = (steps: Record<string, Migration>) =>
    database.whileSchemasSteady(() => runMigrationSteps(handle.db as unknown as Kysely<unknown>, database.config.databaseSchema, steps));
  return {
    get db() {
      return handle.db;
    },
    get engine() {
      return database.engine;
    },
    migrate,
    migrateAll: () => migrate(migrations),
    migrateBefore: (name: string) => migrate(Object.fromEntries(Object.entries(migrations).filter(([step]) => step < name))),
  };
}

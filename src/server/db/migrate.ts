import { Migrator, PostgresAdapter, sql, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import { migrations } from './migrations/index.js';

export class MigrationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MigrationError';
  }
}

/** Brings the schema to the newest version; throws (so the process exits non-zero) if any step fails. */
export async function migrateToLatest<T>(db: Kysely<T>, schema?: string): Promise<string[]> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return runMigrations(db, schema);
  // The app's statement timeout is for requests: building an index over a big table, or waiting for the
  // migration lock while another process migrates, takes longer. One connection, timeout off, then back.
  return db.connection().execute(async (connection) => {
    await sql`set statement_timeout = 0`.execute(connection);
    try {
      return await runMigrations(connection, schema);
    } finally {
      await sql`reset statement_timeout`.execute(connection);
    }
  });
}

async function runMigrations<T>(db: Kysely<T>, schema?: string, steps: Record<string, Migration> = migrations): Promise<string[]> {
  // With a schema (PostgreSQL tests), the migration bookkeeping tables live in it too; otherwise Kysely
  // would find another schema's bookkeeping tables and skip creating its own. On both engines the pending
  // steps run in one transaction (see TransactionalDdlSqliteAdapter): a failure or a crash leaves none applied.
  const migrator = new Migrator({ db, provider: { getMigrations: async () => steps }, ...(schema ? { migrationTableSchema: schema } : {}) });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  const failed = result.results?.find((r) => r.status === 'Error');
  if (result.error || failed) {
    const name = failed?.migrationName ?? 'unknown';
    const cause = result.error;
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new MigrationError(`Migration ${name} failed: ${detail}`, { cause });
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Runs a given list of steps the way the app runs its own (for tests of the migration machinery). */
export const runMigrationSteps = runMigrations;

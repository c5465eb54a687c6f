import { sql, type Kysely } from 'kysely';

/** Migration-only helpers: they know the two engines, never the app. */
export function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter.constructor.name === 'PostgresAdapter';
}

/** A point in time: timestamptz on PostgreSQL, ISO-8601 text on SQLite (sorts correctly as text). */
export function timestampType(db: Kysely<unknown>) {
  return isPostgres(db) ? sql`timestamptz` : sql`text`;
}

/** CHECK (column IN (...)) for a fixed list of values written in the migration itself. */
export function checkIn(column: string, values: readonly string[]) {
  return sql.raw(`${column} in (${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')})`);
}

/**
 * pg_trgm's GIN operator class, qualified by the schema the extension lives in (it may be public while the
 * app's tables live in a schema of their own).
 */
export async function trigramOpclass(db: Kysely<unknown>) {
  const { rows } = await sql<{ schema: string }>`
    select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('pg_trgm was created but cannot be found in pg_extension.');
  return sql.raw(`"${schema.replace(/"/g, '""')}".gin_trgm_ops`);
}

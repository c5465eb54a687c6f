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

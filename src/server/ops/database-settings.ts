import { sql } from 'kysely';
import type { DbExecutor } from '../context.js';
import { engineOf } from '../db/engine-sql.js';

/** The server settings the start-up check reads (PostgreSQL's `current_setting` text). */
export interface PostgresSettings {
  autovacuum: string;
}

/**
 * What an operator should change on the database server, as start-up warnings. Autovacuum off: nothing
 * vacuums the tables, so each search index keeps its new entries in a pending list that every search reads
 * through, and lists lose index-only scans (measured at 1M assets, docs/performance.md).
 */
export function postgresSettingWarnings(settings: PostgresSettings): string[] {
  const warnings: string[] = [];
  if (settings.autovacuum !== 'on') {
    warnings.push('PostgreSQL runs with autovacuum off: searches and lists slow down as data changes. Turn it on (docs/deployment.md).');
  }
  return warnings;
}

/** The warnings for the database the app runs on; none on SQLite, which needs no such upkeep. */
export async function databaseSettingWarnings(db: DbExecutor): Promise<string[]> {
  if (engineOf(db) !== 'postgres') return [];
  const { rows } = await sql<PostgresSettings>`select current_setting('autovacuum') as autovacuum`.execute(db);
  return postgresSettingWarnings(rows[0]!);
}

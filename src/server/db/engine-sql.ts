import { PostgresAdapter, sql, type Expression, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { DbExecutor } from '../context.js';
import type { Engine } from './database.js';

/**
 * The few SQL forms that differ between the two engines, so the rest of the code states a rule once.
 * Every form here is written so the engine can answer it from an index.
 */

export function engineOf(db: Kysely<unknown> | { getExecutor(): { adapter: unknown } }): Engine {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** Above this many values a set is bound as one array parameter instead of one parameter per value. */
export const INLINE_SET_LIMIT = 32;

/**
 * `expr IN (values)` that never meets a statement-size or parameter-count limit: short lists inline (the
 * planners estimate them best), longer ones as a single bound array (`json_each(?)` on SQLite,
 * `= any(?::text[])` on PostgreSQL). An empty set matches nothing and never produces the invalid `IN ()`.
 */
export function inValues(engine: Engine, expr: Expression<unknown>, values: readonly string[], inlineLimit = INLINE_SET_LIMIT): RawBuilder<SqlBool> {
  if (values.length === 0) return sql<SqlBool>`1 = 0`;
  if (values.length === 1) return sql<SqlBool>`${expr} = ${values[0]}`;
  if (values.length <= inlineLimit) return sql<SqlBool>`${expr} in (${sql.join(values)})`;
  if (engine === 'postgres') return sql<SqlBool>`${expr} = any(${[...values]}::text[])`;
  return sql<SqlBool>`${expr} in (select value from json_each(${JSON.stringify(values)}))`;
}

/**
 * "The path lies in the subtree whose top has path `prefix`" as an index range: materialized paths are
 * '/id/…/id/' with ids of [0-9a-f-], so the subtree is exactly [prefix, prefix || '~'). LIKE 'p%' would
 * not use the index on SQLite (case-insensitive LIKE) nor on PostgreSQL outside the C collation, so the
 * comparison is made in byte order explicitly, matching the C-collated indexes of migration 009.
 */
export function pathWithin(engine: Engine, path: Expression<unknown>, prefix: Expression<unknown> | string): RawBuilder<SqlBool> {
  const p = typeof prefix === 'string' ? sql`${prefix}` : prefix;
  if (engine === 'postgres') return sql<SqlBool>`(${path} collate "C" >= ${p} and ${path} collate "C" < ${p} || '~')`;
  return sql<SqlBool>`(${path} >= ${p} and ${path} < ${p} || '~')`;
}

/**
 * Some id on a materialized path ('/a/b/c/' → a, b, c) is a key of `table` (alias `alias`) that also
 * meets `where`: one unique-index probe per id on the path. Each engine gets the form its planner turns
 * into probes (SQLite: IN over json_each; PostgreSQL: a join from unnest; either engine walked every
 * candidate of `where` per row when given the other's form).
 */
export function someIdOnPath(engine: Engine, path: Expression<unknown>, table: string, alias: string, key: string, where: RawBuilder<SqlBool>): RawBuilder<SqlBool> {
  const keyRef = sql.ref(`${alias}.${key}`);
  if (engine === 'postgres') {
    return sql<SqlBool>`exists (select 1 from unnest(string_to_array(trim(both '/' from ${path}), '/')) as ${sql.raw(`${alias}_path`)}(value)
      join ${sql.table(table)} ${sql.raw(alias)} on ${keyRef} = ${sql.ref(`${alias}_path.value`)} and ${where})`;
  }
  // Ids are UUIDs (no quotes, no slashes), so the path becomes a JSON array by text replacement alone.
  return sql<SqlBool>`exists (select 1 from ${sql.table(table)} ${sql.raw(alias)} where ${where}
    and ${keyRef} in (select value from json_each('["' || replace(substr(${path}, 2, length(${path}) - 2), '/', '","') || '"]')))`;
}

/**
 * Holds `table`'s row `id` for the rest of the transaction, so that changes to the list it owns (a checklist
 * renumbered on every move) run one after the other: two at once on PostgreSQL deadlocked on each other's
 * shifted rows or left two entries at one position. NO KEY UPDATE leaves inserts that reference the row
 * (their foreign key takes KEY SHARE) free elsewhere. SQLite runs one write transaction at a time already.
 */
export async function lockRowForListChange(db: DbExecutor, table: 'orders' | 'projects' | 'work_orders', id: string): Promise<void> {
  if (engineOf(db) !== 'postgres') return;
  await sql`select 1 from ${sql.table(table)} where id = ${id} for no key update`.execute(db);
}

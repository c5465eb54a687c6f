import { PostgresAdapter, sql, type Expression, type SqlBool } from 'kysely';
import type { DbExecutor } from '../context.js';
import { BadRequestError } from '../plugins/errors.js';

/**
 * Tables with a search index (migration 008) and the columns it covers. Searching these never scans the
 * table: SQLite answers from a trigram FTS5 table, PostgreSQL from a pg_trgm GIN index.
 */
export const SEARCH_INDEXED = {
  assets: ['name', 'serial_number', 'manufacturer', 'model'],
  work_orders: ['number', 'title'],
  tickets: ['number', 'title'],
  customers: ['name', 'number', 'email'],
  orders: ['number', 'title'],
  projects: ['number', 'name'],
} as const;

export type SearchIndexedTable = keyof typeof SEARCH_INDEXED;

/**
 * Queries shorter than this match the start of a column instead of any part of it: a trigram index
 * cannot find 1–2 character substrings, and scanning for them is what froze SQLite for seconds.
 */
export const SUBSTRING_MIN_LENGTH = 3;

/** Column-start mark the migration puts before every indexed SQLite value (twice). */
const START = '\u0002';

/** Search text goes into SQL and FTS5 queries; control characters (NUL above all) have no business there. */
export function checkSearchText(q: string): void {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(q)) throw new BadRequestError('The search text must not contain control characters.');
}

/**
 * Case-insensitive search on an indexed table: a substring of a searched column for 3+ characters, a
 * prefix of one for 1–2. Composes with any other WHERE of the caller (e.g. the access policy).
 */
export function matchesSearchIndex(db: DbExecutor, table: SearchIndexedTable, q: string): Expression<SqlBool> {
  checkSearchText(q);
  const short = [...q].length < SUBSTRING_MIN_LENGTH;
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    const escaped = q.replace(/[\\%_]/g, (c) => `\\${c}`);
    const pattern = short ? `${escaped}%` : `%${escaped}%`;
    // One ILIKE per column; the planner ORs bitmap scans of the table's multi-column GIN index.
    const parts = SEARCH_INDEXED[table].map((c) => sql<SqlBool>`${sql.ref(`${table}.${c}`)} ilike ${pattern} escape '\\'`);
    return sql<SqlBool>`(${sql.join(parts, sql` or `)})`;
  }
  // A quoted FTS5 phrase (inner quotes doubled) is matched literally: no operators, columns or prefixes.
  const marked = short ? START.repeat(SUBSTRING_MIN_LENGTH - [...q].length) + q : q;
  const phrase = `"${marked.replace(/"/g, '""')}"`;
  const keys = sql.table(`${table}_search_keys`);
  const fts = sql.table(`${table}_fts`);
  return sql<SqlBool>`${sql.ref(`${table}.id`)} in (select record_id from ${keys} where key in (select rowid from ${fts} where ${fts} match ${phrase}))`;
}

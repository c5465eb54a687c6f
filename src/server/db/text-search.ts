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
 * Above this many index matches (in the whole table) a search word counts as common. The index then
 * hands back tens of thousands of keys that must all be sorted (1 s for a word in 1 of 20 of a million
 * assets on SQLite), while walking the list's sort index and testing each row finds a page of a common
 * word after a few hundred rows: at least 1 row in COMMON_MATCHES / table size matches.
 */
export const COMMON_MATCHES = 3000;

function likePattern(q: string, short: boolean): string {
  const escaped = q.replace(/[\\%_]/g, (c) => `\\${c}`);
  return short ? `${escaped}%` : `%${escaped}%`;
}

/**
 * One case-insensitive LIKE per searched column (PostgreSQL's trigram index serves ILIKE directly).
 * SQLite's lower() folds ASCII only, so for a common text with a non-ASCII capital (Ü…) the walk can miss
 * rows the trigram index (Unicode folding) would find; common words are overwhelmingly ASCII.
 */
function likeEachColumn(table: SearchIndexedTable, q: string, short: boolean, postgres: boolean): Expression<SqlBool> {
  const pattern = likePattern(postgres ? q : q.toLowerCase(), short);
  const parts = SEARCH_INDEXED[table].map((c) =>
    postgres ? sql<SqlBool>`${sql.ref(`${table}.${c}`)} ilike ${pattern} escape '\\'` : sql<SqlBool>`lower(${sql.ref(`${table}.${c}`)}) like ${pattern} escape '\\'`,
  );
  return sql<SqlBool>`(${sql.join(parts, sql` or `)})`;
}

/** A quoted FTS5 phrase (inner quotes doubled) is matched literally: no operators, columns or prefixes. */
function ftsPhrase(q: string, short: boolean): string {
  const marked = short ? START.repeat(SUBSTRING_MIN_LENGTH - [...q].length) + q : q;
  return `"${marked.replace(/"/g, '""')}"`;
}

/**
 * Case-insensitive search on an indexed table: a substring of a searched column for 3+ characters, a
 * prefix of one for 1–2. Composes with any other WHERE of the caller (e.g. the access policy).
 * On SQLite it first asks the index how common the text is (one cheap, capped statement) and picks the
 * plan from that: the index's keys for a rare text, the sort-index walk for a common one.
 */
export async function matchesSearchIndex(db: DbExecutor, table: SearchIndexedTable, q: string): Promise<Expression<SqlBool>> {
  checkSearchText(q);
  const short = [...q].length < SUBSTRING_MIN_LENGTH;
  // The planner ORs bitmap scans of the table's multi-column GIN index, or walks the sort index, by statistics.
  if (db.getExecutor().adapter instanceof PostgresAdapter) return likeEachColumn(table, q, short, true);
  const phrase = ftsPhrase(q, short);
  const fts = sql.table(`${table}_fts`);
  const capped = await sql<{ n: number }>`select count(*) as n from (select rowid from ${fts} where ${fts} match ${phrase} limit ${COMMON_MATCHES + 1})`.execute(db);
  if (Number(capped.rows[0]?.n ?? 0) > COMMON_MATCHES) return likeEachColumn(table, q, short, false);
  const keys = sql.table(`${table}_search_keys`);
  return sql<SqlBool>`${sql.ref(`${table}.id`)} in (select record_id from ${keys} where key in (select rowid from ${fts} where ${fts} match ${phrase}))`;
}

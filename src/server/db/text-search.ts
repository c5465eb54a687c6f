import { PostgresAdapter, sql, type Expression, type SqlBool } from 'kysely';
import type { DbExecutor } from '../context.js';
import { BadRequestError } from '../plugins/errors.js';
import { chooseWindow, textSample } from './trigram-windows.js';

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

/** SQLite: one LIKE per searched column, on lower(); its walk tests rows with it (FTS5 is the index). */
function likeEachColumn(table: SearchIndexedTable, q: string, short: boolean): Expression<SqlBool> {
  // SQLite's lower() folds ASCII only, so for a common text with a non-ASCII capital (Ü…) the walk can miss
  // rows the trigram index (Unicode folding) would find; common words are overwhelmingly ASCII.
  const pattern = likePattern(q.toLowerCase(), short);
  const parts = SEARCH_INDEXED[table].map((c) => sql<SqlBool>`lower(${sql.ref(`${table}.${c}`)}) like ${pattern} escape '\\'`);
  return sql<SqlBool>`(${sql.join(parts, sql` or `)})`;
}

/** Mark before each column in PostgreSQL's search text; search text never holds control characters. */
const COLUMN_MARK = "E'\\x1f'";

/**
 * PostgreSQL: one ILIKE over the searched columns joined, each behind a mark — exactly the expression of
 * the trigram index of migration 025, which is what lets the planner use that index and its statistics
 * (a test checks it). A 1–2 character search matches a column's start: mark + text.
 */
function likeSearchText(table: SearchIndexedTable, q: string, short: boolean): Expression<SqlBool> {
  const pattern = short ? `%\u001f${likePattern(q, true)}` : likePattern(q, false);
  return sql<SqlBool>`${searchText(table)} ilike ${pattern} escape '\\'`;
}

function searchText(table: SearchIndexedTable): Expression<string> {
  const columns = SEARCH_INDEXED[table].map((c) => sql`${sql.raw(COLUMN_MARK)} || coalesce(${sql.ref(`${table}.${c}`)}, '')`);
  return sql<string>`(${sql.join(columns, sql` || `)})`;
}

/**
 * PostgreSQL: the same substring test as likeSearchText (ILIKE lower-cases both sides the same way), in a
 * form no index serves, so the planner applies it to the rows a trigram window named (trigram-windows.ts).
 */
function containsSearchText(table: SearchIndexedTable, q: string): Expression<SqlBool> {
  return sql<SqlBool>`strpos(lower(${searchText(table)}), lower(${q})) > 0`;
}

/** A quoted FTS5 phrase (inner quotes doubled) is matched literally: no operators, columns or prefixes. */
function ftsPhrase(q: string, short: boolean): string {
  const marked = short ? START.repeat(SUBSTRING_MIN_LENGTH - [...q].length) + q : q;
  return `"${marked.replace(/"/g, '""')}"`;
}

/**
 * How a list finds the rows matching a search text. Two ways, because neither is fast for every word:
 * - the search index hands back every match, which are then sorted: fast for a rare word, slow for a
 *   common one (tens of thousands of keys to fetch and sort);
 * - walking the list's sort index and testing each row stops after a page of matches: fast for a common
 *   word spread over the list, slow for a rare one, and slow for a common one that clusters late in the
 *   sort order ("pump" starts 1 asset name in 25 and every one sorts under P, so a walk from A reads most
 *   of the table first).
 * So a walk is bounded (WALK_ROWS) and falls back to the index when it did not decide the page.
 */
export interface SearchPlan {
  /** The matches as the search index finds them (composes with any other WHERE, e.g. the access policy). */
  indexed: Expression<SqlBool>;
  /** The same test for one row, applied while the sort index is walked. */
  rowTest: Expression<SqlBool>;
  /** Walk up to this many rows of the sort index before asking the index; absent: ask the index at once. */
  walkRows?: number | undefined;
  /**
   * PostgreSQL: the index's matches go into a subquery of their own (OFFSET 0) so the planner cannot fold
   * them into the sorted outer query, which would turn them back into a walk of the sort index.
   */
  matchesFirst: boolean;
  /**
   * Assets listed by name: the words of the word index that contain the text (migration 026), when it
   * answers the search; the list then walks those words' rows in name order first (wordStretch).
   */
  words?: readonly string[] | undefined;
  /** Builds the outer queries around the walk and the matches. */
  db: DbExecutor;
}

/**
 * Rows a walk reads before giving up. A page of 50 is found inside it when at least 1 row in 200 (SQLite)
 * or 1 in 100 (PostgreSQL) of the walked stretch matches. PostgreSQL's walk fetches every row from the
 * heap in name order, about 4 µs each at 1M assets (5,000 rows ≈ 20 ms); SQLite reads a row in-process.
 */
export const WALK_ROWS = { sqlite: 10_000, postgres: 5000 } as const;

/**
 * The planner's estimate of the table's rows matching `test`. It applies the pattern to the column
 * statistics' histogram, which tells a rare word (hundreds) from a common one (tens of thousands) well,
 * for a fraction of a millisecond; counting the matches through the index costs ~100 ms for a common one.
 */
async function estimatedMatches(db: DbExecutor, table: SearchIndexedTable, test: Expression<SqlBool>): Promise<number> {
  const { rows } = await sql<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>`explain (format json) select 1 from ${sql.table(table)} where ${test}`.execute(db);
  return rows[0]?.['QUERY PLAN'][0].Plan['Plan Rows'] ?? 0;
}

/**
 * PostgreSQL, a scope spanning customers: the index test for the matches, through one 3-character window
 * of the text when that names hardly more rows (trigram-windows.ts). Only here: the scope's customers are a
 * bitmap of their own that the planner ANDs with the index's before any row is read, so the window's
 * extra rows cost next to nothing, while the index scan it saves is most of such a search ("chiller" as a
 * consolidated account of 1,000 customers at 1M assets: 17 of 20 ms). Elsewhere a common text takes the
 * walk, and a rare one's index scan is cheap already.
 */
async function narrowestIndexTest(db: DbExecutor, table: SearchIndexedTable, q: string, test: Expression<SqlBool>): Promise<Expression<SqlBool>> {
  const window = chooseWindow(await textSample(db, table), q);
  return window === undefined ? test : sql<SqlBool>`(${likeSearchText(table, window, false)} and ${containsSearchText(table, q)})`;
}

/** Search texts the word index answers: ASCII letters and digits, each occurrence inside one word. */
const WORD_TEXT = new RegExp(`^[A-Za-z0-9]{${SUBSTRING_MIN_LENGTH},}$`);

/**
 * More words than this containing the text (a number such as "123" is in many serial numbers) and one
 * page per word costs more than sorting the index's matches.
 */
export const WORD_WALK_MAX_WORDS = 16;

/** Word rows a walk by words reads before the index's matches answer instead (a narrowing filter). */
export const WORD_WALK_ROWS = 1000;

/**
 * The words of the word index containing `q`, from its list of words (a trigram index on each engine);
 * undefined when the index does not answer `q` or too many words contain it.
 */
async function wordsContaining(db: DbExecutor, q: string): Promise<string[] | undefined> {
  if (!WORD_TEXT.test(q)) return undefined;
  const text = q.toLowerCase();
  const found =
    db.getExecutor().adapter instanceof PostgresAdapter
      ? sql<{ word: string }>`select word from asset_search_word_list where word like ${`%${text}%`} limit ${WORD_WALK_MAX_WORDS + 1}`
      : sql<{ word: string }>`select word from asset_search_word_fts where asset_search_word_fts match ${`"${text}"`} limit ${WORD_WALK_MAX_WORDS + 1}`;
  const { rows } = await found.execute(db);
  return rows.length > WORD_WALK_MAX_WORDS ? undefined : rows.map((row) => row.word);
}

/**
 * The first `rows` rows of the words' index in name order past `after` (a cursor's sort key and id): per
 * word one range of the (word, sort_name, asset_id) key, merged. An asset with two of the words is once.
 */
export function wordStretch(db: DbExecutor, words: readonly string[], direction: 'asc' | 'desc', after: { v: unknown; id: string } | undefined, rows: number) {
  const order = sql.raw(direction);
  const ofWord = (word: string) => {
    let branch = db.selectFrom('asset_search_words').select(['asset_search_words.asset_id', 'asset_search_words.sort_name']).where('asset_search_words.word', '=', word);
    if (after) branch = branch.where(sql<SqlBool>`(sort_name, asset_id) ${sql.raw(direction === 'asc' ? '>' : '<')} (${after.v}, ${after.id})`);
    return branch.orderBy(sql`sort_name ${order}`).orderBy(sql`asset_id ${order}`).limit(rows);
  };
  if (words.length === 1) return ofWord(words[0]!);
  // Each word's range in a subquery of its own: an ORDER BY … LIMIT inside a compound needs one on SQLite.
  const [first, ...more] = words.map((word, i) => db.selectFrom(ofWord(word).as(`w${i}`)).selectAll());
  const merged = more.reduce((union, branch) => union.unionAll(branch), first!);
  return db.selectFrom(merged.as('words')).select(['words.asset_id', 'words.sort_name']).distinct().orderBy(sql`sort_name ${order}`).orderBy(sql`asset_id ${order}`).limit(rows);
}

/**
 * Case-insensitive search on an indexed table: a substring of a searched column for 3+ characters, a
 * prefix of one for 1–2. A rare text (at most COMMON_MATCHES in the table) is taken from the index, a
 * common one from a bounded walk. SQLite counts the index's matches (one cheap, capped statement);
 * PostgreSQL asks the planner's estimate. On PostgreSQL a scope spanning customers (a consolidated account)
 * always takes the index's matches first: the planner estimates such a scope from per-customer
 * statistics, and a walk would read the whole table's sort index to find the few rows in scope (the
 * index is then asked for the narrowest window of the text, narrowestIndexTest). On SQLite
 * such a scope tests its own rows for a common text, and takes a rare one from the index.
 */
export async function planSearch(db: DbExecutor, table: SearchIndexedTable, q: string, spansCustomers: boolean, byWords = false): Promise<SearchPlan> {
  checkSearchText(q);
  const short = [...q].length < SUBSTRING_MIN_LENGTH;
  const words = byWords && table === 'assets' ? await wordsContaining(db, q) : undefined;
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    // The trigram GIN index serves ILIKE directly, so one expression is both the row test and the index's.
    const test = likeSearchText(table, q, short);
    // Should the walk by words not decide the page, the index's matches do (a walk of the list would not).
    if (words) return { indexed: test, rowTest: test, words, matchesFirst: true, db };
    if (spansCustomers) return { indexed: await narrowestIndexTest(db, table, q, test), rowTest: test, matchesFirst: true, db };
    const common = (await estimatedMatches(db, table, test)) > COMMON_MATCHES;
    return { indexed: test, rowTest: test, walkRows: common ? WALK_ROWS.postgres : undefined, matchesFirst: true, db };
  }
  const phrase = ftsPhrase(q, short);
  const fts = sql.table(`${table}_fts`);
  const keys = sql.table(`${table}_search_keys`);
  const indexed = sql<SqlBool>`${sql.ref(`${table}.id`)} in (select record_id from ${keys} where key in (select rowid from ${fts} where ${fts} match ${phrase}))`;
  if (words) return { indexed, rowTest: likeEachColumn(table, q, short), words, matchesFirst: false, db };
  const capped = await sql<{ n: number }>`select count(*) as n from (select rowid from ${fts} where ${fts} match ${phrase} limit ${COMMON_MATCHES + 1})`.execute(db);
  const common = Number(capped.rows[0]?.n ?? 0) > COMMON_MATCHES;
  const rowTest = likeEachColumn(table, q, short);
  // A consolidated account's own rows (10k for 1,000 customers at 1M assets) are tested in 6 ms; the index's
  // matches of a common word are the whole table's (42k for "chiller"), and a walk of the sort order meets
  // the account's rows once in a hundred: 47 ms at 1M. So a common text spanning customers tests the rows.
  if (spansCustomers && common) return { indexed: rowTest, rowTest, matchesFirst: false, db };
  return { indexed, rowTest, walkRows: common ? WALK_ROWS.sqlite : undefined, matchesFirst: false, db };
}

import { sql, type Expression, type SelectQueryBuilder, type SqlBool } from 'kysely';
import { Type, type TProperties } from 'typebox';
import type { DbExecutor } from '../context.js';
import { checkSearchText, WORD_WALK_ROWS, wordStretch, type SearchPlan } from '../db/text-search.js';
import { BadRequestError } from '../plugins/errors.js';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

/**
 * Query-string schema of a list endpoint: limit, cursor, q, sort (`name` or `-name`) plus the
 * resource's own filters. Unknown parameters are rejected like unknown body fields.
 */
export function ListQuery<F extends TProperties>(sortFields: readonly string[], filters: F) {
  const sortValues = sortFields.flatMap((f) => [f, `-${f}`]);
  return Type.Object(
    {
      limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT })),
      cursor: Type.Optional(Type.String({ maxLength: 1000 })),
      q: Type.Optional(Type.String({ maxLength: 200 })),
      sort: Type.Optional(Type.Union(sortValues.map((v) => Type.Literal(v)))),
      ...filters,
    },
    { additionalProperties: false },
  );
}

export function PageOf<T extends ReturnType<typeof Type.Object>>(item: T) {
  return Type.Object({ items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) });
}

export interface SortSpec {
  /** The API name, e.g. "name"; the cursor remembers it so a cursor cannot be reused with another sort. */
  field: string;
  /** Column of the queried table; must be NOT NULL so both engines order it the same way. */
  column: string;
  direction: 'asc' | 'desc';
  /** Sort by lower(column): names and titles, so "iPad" sorts among the I's (indexes: migration 018). */
  caseless?: boolean;
  /**
   * A nullable column sorts by this value in place of NULL (a cursor cannot compare NULL). Written into
   * the SQL as a literal, so the statement matches the expression index over the same coalesce().
   */
  whenNull?: string;
}

/** A sortable column as a resource's field → column map names it: plain, caseless text, or nullable. */
export type SortColumn = string | { column: string; caseless: true } | { column: string; whenNull: string };

/** A name-like text column sorted without regard to case. */
export function caseless(column: string): SortColumn {
  return { column, caseless: true };
}

/** A nullable text column whose empty rows sort as if they held `value` (e.g. no due date: last). */
export function nullsAs(column: string, value: string): SortColumn {
  return { column, whenNull: value };
}

/** Turns `sort=-name` into a SortSpec using the resource's field → column map. */
export function parseSort(sort: string | undefined, columns: Record<string, SortColumn>, fallback: string): SortSpec {
  const raw = sort ?? fallback;
  const direction = raw.startsWith('-') ? 'desc' : 'asc';
  const field = raw.replace(/^-/, '');
  const column = columns[field];
  if (!column) throw new BadRequestError(`Cannot sort by "${field}".`);
  return typeof column === 'string' ? { field, column, direction } : { field, direction, ...column };
}

interface CursorPayload {
  s: string;
  v: string | number;
  id: string;
}

function encodeCursor(payload: CursorPayload): string {
  return Buffer.from(JSON.stringify(payload)).toString('base64url');
}

/** A cursor is client input: anything but a well-formed payload for this sort is a 400, never a 500. */
function decodeCursor(cursor: string, sortKey: string): CursorPayload {
  try {
    const payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<CursorPayload> | null;
    if (payload && payload.s === sortKey && isCursorText(payload.id) && (isCursorText(payload.v) || Number.isFinite(payload.v))) {
      return payload as CursorPayload;
    }
  } catch {
    // fall through to the 400 below
  }
  throw new InvalidCursorError();
}

// PostgreSQL rejects NUL in text parameters with an error; a forged cursor must not get that far.
function isCursorText(value: unknown): value is string {
  return typeof value === 'string' && !value.includes('\u0000');
}

class InvalidCursorError extends BadRequestError {
  constructor() {
    super('The cursor is not valid for this list and sort order.');
  }
}

/**
 * A cursor value of the wrong type for its column (a word for a timestamp or integer) makes PostgreSQL
 * fail the statement with a data exception (SQLSTATE class 22). SQLite compares any types without error.
 */
function isDataException(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code);
}

export interface Page<Row> {
  rows: Row[];
  nextCursor: string | null;
}

export interface PageOptions {
  /** Qualifies the columns so joins cannot make them ambiguous. */
  table: string;
  sort: SortSpec;
  cursor?: string | undefined;
  limit?: number | undefined;
  /** The search text's plan (db/text-search.ts planSearch); the query itself carries no search condition. */
  search?: SearchPlan | undefined;
}

/**
 * The page query: WHERE (sort, id) past the cursor, ORDER BY sort, id, LIMIT `take` (a page and one more,
 * to tell whether another page follows). A row-value comparison is one range condition on the (sort, id)
 * index on both engines, so a deep page is a seek like the first; the former `a > v or (a = v and id > x)`
 * made PostgreSQL walk the index from the start and filter.
 */
export function keysetQuery<DB, TB extends keyof DB, Row>(query: SelectQueryBuilder<DB, TB, Row>, options: PageOptions, take = (options.limit ?? DEFAULT_LIMIT) + 1) {
  const { table, sort } = options;
  const column = sql.ref(`${table}.${sort.column}`);
  const sortRef = sort.caseless ? sql`lower(${column})` : sort.whenNull !== undefined ? sql`coalesce(${column}, ${sql.lit(sort.whenNull)})` : column;
  const idRef = sql.ref(`${table}.id`);
  let q = query as unknown as SelectQueryBuilder<DB, TB, Row & Record<string, unknown>>;
  if (options.cursor) {
    const { v, id } = decodeCursor(options.cursor, sortKeyOf(sort));
    const after = sort.direction === 'asc' ? sql.raw('>') : sql.raw('<');
    q = q.where(() => sql<SqlBool>`(${sortRef}, ${idRef}) ${after} (${v}, ${id})`);
    // SQLite takes a row-value range from an index over plain columns only; over an expression (lower(name),
    // coalesce(…)) it needs the sort key's own bound to seek instead of scanning from the start.
    if (sort.caseless || sort.whenNull !== undefined) q = q.where(() => sql<SqlBool>`${sortRef} ${sql.raw(sort.direction === 'asc' ? '>=' : '<=')} ${v}`);
  }
  const direction = sort.direction === 'asc' ? sql.raw('asc') : sql.raw('desc');
  return q
    .select(sql<string | number>`${sortRef}`.as('__sort'))
    .orderBy(sql`${sortRef} ${direction}`)
    .orderBy(sql`${idRef} ${direction}`)
    .limit(take);
}

/** A query's rows as a subquery under `alias`, so the outer query refers to its columns unchanged. */
function fromSubquery(db: DbExecutor, inner: SelectQueryBuilder<never, never, unknown>, alias: string) {
  return db.selectFrom(inner.as(alias) as never) as unknown as SelectQueryBuilder<Record<string, Record<string, unknown>>, string, Record<string, unknown>>;
}

/** Whether a walk's stretch (a query limited to `rows`) holds that many: then more rows follow it. */
async function holdsAll(db: DbExecutor, stretch: { as(alias: string): unknown }, rows: number): Promise<boolean> {
  const [counted] = await fromSubquery(db, stretch as never, 'walked').select(sql<number | string>`count(*)`.as('n')).execute();
  return Number(counted?.n ?? 0) >= rows;
}

/**
 * A searched page by walking the sort index: the first `walkRows` rows past the cursor, in order, each
 * tested; the outer query stops at a page of matches. Undefined when the walk neither found a page nor
 * reached the end of the list, i.e. the matches (if any) lie further on: the index must answer.
 */
async function walkedPage(query: SelectQueryBuilder<never, never, unknown>, options: PageOptions, search: SearchPlan, walkRows: number, take: number) {
  const direction = options.sort.direction;
  const stretch = keysetQuery(query.select(sql<SqlBool>`${search.rowTest}`.as('__match') as never), options, walkRows);
  const matches = await fromSubquery(search.db, stretch as never, options.table)
    .selectAll()
    .where(sql<SqlBool>`${sql.ref('__match')}`)
    .orderBy(sql.ref('__sort'), direction)
    .orderBy(sql.ref('id'), direction)
    .limit(take)
    .execute();
  if (matches.length < take) {
    // Fewer than a page: complete only if the walk reached the end of the list.
    if (await holdsAll(search.db, keysetQuery(query.clearSelect(), options, walkRows), walkRows)) return undefined;
  }
  return matches.map(({ __match: _ignored, ...row }) => row);
}

/**
 * A searched page of assets by name from the word index: the words' rows in name order past the cursor
 * (WORD_WALK_ROWS of them), each row of the list tested; the outer query stops at a page. Undefined when
 * those rows held fewer than a page and more follow (a filter that few of them pass).
 */
async function wordWalkedPage(query: SelectQueryBuilder<never, never, unknown>, options: PageOptions, search: SearchPlan, words: readonly string[], take: number) {
  if (words.length === 0) return [];
  const { sort, table } = options;
  const after = options.cursor ? decodeCursor(options.cursor, sortKeyOf(sort)) : undefined;
  const stretch = wordStretch(search.db, words, sort.direction, after, WORD_WALK_ROWS);
  const order = sql.raw(sort.direction);
  const rows = await (query as unknown as SelectQueryBuilder<Record<string, Record<string, unknown>>, string, Record<string, unknown>>)
    .innerJoin(stretch.as('word_walk'), 'word_walk.asset_id', `${table}.id`)
    .where(search.rowTest)
    .select(sql<string>`word_walk.sort_name`.as('__sort'))
    .orderBy(sql`word_walk.sort_name ${order}`)
    .orderBy(sql`word_walk.asset_id ${order}`)
    .limit(take)
    .execute();
  if (rows.length < take) {
    if (await holdsAll(search.db, stretch, WORD_WALK_ROWS)) return undefined;
  }
  return rows;
}

/** The word index keeps assets in name order (migration 026); other lists and sorts walk their own index. */
function byWordIndex(options: PageOptions): boolean {
  return options.table === 'assets' && options.sort.column === 'name' && options.sort.caseless === true;
}

/** A searched page from the index's matches; on PostgreSQL found in a subquery of their own first. */
function indexedPage(query: SelectQueryBuilder<never, never, unknown>, options: PageOptions, search: SearchPlan, take: number) {
  const matched = query.where(search.indexed as never);
  const rows = search.matchesFirst ? fromSubquery(search.db, matched.offset(sql.lit(0)) as never, options.table).selectAll() : matched;
  return keysetQuery(rows as never, options, take).execute();
}

function sortKeyOf(sort: SortSpec): string {
  return `${sort.field}:${sort.direction}`;
}

async function pageOrMore(query: SelectQueryBuilder<never, never, unknown>, options: PageOptions, take: number): Promise<Record<string, unknown>[]> {
  const { search } = options;
  if (!search) return keysetQuery(query, options, take).execute();
  if (search.words && byWordIndex(options)) {
    const walked = await wordWalkedPage(query, options, search, search.words, take);
    if (walked) return walked;
  }
  if (search.walkRows) {
    const walked = await walkedPage(query, options, search, search.walkRows, take);
    if (walked) return walked;
  }
  return indexedPage(query, options, search, take);
}

/** Keyset pagination: stable under inserts, and each page costs the same however deep the client pages. */
export async function fetchPage<DB, TB extends keyof DB, Row extends { id: string }>(
  query: SelectQueryBuilder<DB, TB, Row>,
  options: PageOptions,
): Promise<Page<Row>> {
  const limit = options.limit ?? DEFAULT_LIMIT;
  let rows: (Row & { __sort: string | number })[];
  try {
    rows = (await pageOrMore(query as never, options, limit + 1)) as unknown as (Row & { __sort: string | number })[];
  } catch (error) {
    if (options.cursor && isDataException(error)) throw new InvalidCursorError();
    throw error;
  }
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  const last = pageRows[pageRows.length - 1];
  return {
    rows: pageRows.map(({ __sort: _ignored, ...row }) => row as unknown as Row),
    nextCursor: hasMore && last ? encodeCursor({ s: sortKeyOf(options.sort), v: last.__sort, id: last.id }) : null,
  };
}

/**
 * Case-insensitive "contains" on any of the columns: a scan, so only for small tables or lists already
 * narrowed by an index (a project's devices). Big tables use matchesSearchIndex (db/text-search.ts)., the same on SQLite and PostgreSQL.
 * `%` and `_` in the search text are matched literally.
 */
export function matchesText(q: string, columns: string[], extra: Expression<SqlBool>[] = []): Expression<SqlBool> {
  checkSearchText(q);
  const pattern = `%${likeEscaped(q)}%`;
  const parts = columns.map((column) => sql<SqlBool>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`);
  return sql<SqlBool>`(${sql.join([...parts, ...extra], sql` or `)})`;
}

/** `q` lowercased with LIKE's wildcards escaped (the escape character is a backslash). */
export function likeEscaped(q: string): string {
  return q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
}

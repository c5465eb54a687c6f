import { sql, type Kysely } from 'kysely';
import { isPostgres, trigramOpclass } from './helpers.js';

/**
 * Indexed text search for the big lists (docs/decisions/006-text-search-and-keyset.md). Same semantics
 * on both engines: a query of 3+ characters is a case-insensitive substring of a searched column, a
 * query of 1–2 characters a case-insensitive prefix of one.
 *
 * SQLite: a trigram FTS5 table per searched table. Each column is indexed as two \x02 marks + its value,
 * so "starts with ab" is the trigram phrase "\x02ab" and "starts with a" is "\x02\x02a". The tables'
 * rowids are not stable (text primary keys: VACUUM may renumber them), so the FTS rowid is the key of
 * a `<table>_search_keys` row that maps it to the record id. The FTS table is contentless with
 * contentless_delete, so the triggers delete by key and need no copy of the old text.
 *
 * PostgreSQL: pg_trgm and one multi-column GIN index per table; ILIKE '%q%' and ILIKE 'q%' use it.
 * The column lists are frozen here on purpose (migrations never import app code); the search code keeps
 * its own copy in src/server/db/text-search.ts.
 */
export const SEARCHED: Record<string, string[]> = {
  assets: ['name', 'serial_number', 'manufacturer', 'model'],
  work_orders: ['number', 'title'],
  tickets: ['number', 'title'],
  customers: ['name', 'number', 'email'],
  orders: ['number', 'title'],
  projects: ['number', 'name'],
};

export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) await upPostgres(db);
  else await upSqlite(db);
}

async function upPostgres(db: Kysely<unknown>): Promise<void> {
  // Building GIN indexes over a big table takes longer than the app's statement timeout.
  await sql`set local statement_timeout = 0`.execute(db);
  try {
    await sql`create extension if not exists pg_trgm`.execute(db);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(
      `PostgreSQL extension pg_trgm is needed for search (${detail}). Install the server's contrib package and let a superuser run "create extension pg_trgm" in this database.`,
    );
  }
  const opclass = await trigramOpclass(db);
  for (const [table, columns] of Object.entries(SEARCHED)) {
    const indexed = sql.join(columns.map((c) => sql`${sql.ref(c)} ${opclass}`));
    await sql`create index ${sql.id(`${table}_search_idx`)} on ${sql.table(table)} using gin (${indexed})`.execute(db);
  }
}

async function upSqlite(db: Kysely<unknown>): Promise<void> {
  for (const [table, columns] of Object.entries(SEARCHED)) {
    const keys = `${table}_search_keys`;
    const fts = `${table}_fts`;
    const marked = (row: 'new' | 't') => columns.map((c) => `char(2, 2) || ${row}.${c}`).join(', ');
    const keyOf = (row: 'new' | 'old') => `(select key from ${keys} where record_id = ${row}.id)`;
    const statements = [
      `create table ${keys} (key integer primary key, record_id text not null unique)`,
      `create virtual table ${fts} using fts5(${columns.join(', ')}, content='', contentless_delete=1, tokenize='trigram')`,
      `create trigger ${table}_search_insert after insert on ${table} begin
         insert into ${keys} (record_id) values (new.id);
         insert into ${fts} (rowid, ${columns.join(', ')}) values (${keyOf('new')}, ${marked('new')});
       end`,
      `create trigger ${table}_search_update after update of ${columns.join(', ')} on ${table} begin
         delete from ${fts} where rowid = ${keyOf('old')};
         insert into ${fts} (rowid, ${columns.join(', ')}) values (${keyOf('new')}, ${marked('new')});
       end`,
      `create trigger ${table}_search_delete after delete on ${table} begin
         delete from ${fts} where rowid = ${keyOf('old')};
         delete from ${keys} where record_id = old.id;
       end`,
      `insert into ${keys} (record_id) select id from ${table} order by rowid`,
      `insert into ${fts} (rowid, ${columns.join(', ')}) select k.key, ${marked('t')} from ${table} t join ${keys} k on k.record_id = t.id`,
    ];
    for (const statement of statements) await sql.raw(statement).execute(db);
  }
}

import { sql, type Kysely } from 'kysely';
import { isPostgres, trigramOpclass } from './helpers.js';

/**
 * A word index for assets: each word (3+ characters, lower case) of an asset's searched columns, with the
 * asset's name sort key, kept in (word, sort key, id) order — the rows of a word in the order a list by
 * name shows them. A search for a word that clusters late in that order ("pump": 1 asset name in 25, all
 * under P) then reads one page of the word's rows instead of sorting every match (40k at 1M assets), and
 * a list of the words that exist says which words contain the search text (docs/decisions/006).
 *
 * Words are the runs of letters and digits of the lower-cased columns; a search text of letters and digits
 * only is a substring of a column exactly when it is a substring of one of its words. The list of words
 * only grows: a word no asset has any more names no rows, which a search reads as no match.
 *
 * PostgreSQL splits in a trigger. SQLite has no way to split text in SQL, so its triggers call
 * search_words(), a function the app registers on its writing connection (db/search-words.ts): a write
 * to assets from another SQLite client fails with "no such function" instead of leaving the index stale.
 * The columns are migration 008's, frozen here like there.
 */
const COLUMNS = ['name', 'serial_number', 'manufacturer', 'model'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) await upPostgres(db);
  else await upSqlite(db);
}

async function upPostgres(db: Kysely<unknown>): Promise<void> {
  // Filling the index from a big table takes longer than the app's statement timeout.
  await sql`set local statement_timeout = 0`.execute(db);
  const opclass = await trigramOpclass(db);
  const row = (r: 'new' | 'old') => COLUMNS.map((c) => `${r}.${c}`).join(', ');
  const statements = [
    `create table asset_search_words (word text not null, sort_name text not null, asset_id text not null, primary key (word, sort_name, asset_id))`,
    `create table asset_search_word_list (word text primary key)`,
    // concat_ws puts a space between the columns, so no word runs across two of them.
    `create function asset_search_words_of(${COLUMNS.map((c) => `${c} text`).join(', ')}) returns setof text language sql immutable as $$
       select distinct w from regexp_split_to_table(lower(concat_ws(' ', ${COLUMNS.join(', ')})), '[^[:alnum:]]+') w where length(w) >= 3
     $$`,
    `create function asset_search_words_sync() returns trigger language plpgsql as $$
     begin
       if tg_op in ('UPDATE', 'DELETE') then
         delete from asset_search_words where asset_id = old.id and sort_name = lower(old.name) and word in (select asset_search_words_of(${row('old')}));
       end if;
       if tg_op in ('INSERT', 'UPDATE') then
         insert into asset_search_word_list (word) select asset_search_words_of(${row('new')}) on conflict do nothing;
         insert into asset_search_words (word, sort_name, asset_id) select w, lower(new.name), new.id from asset_search_words_of(${row('new')}) w;
       end if;
       return null;
     end
     $$`,
    `create trigger assets_search_words_insert_delete after insert or delete on assets for each row execute function asset_search_words_sync()`,
    `create trigger assets_search_words_update after update of ${COLUMNS.join(', ')} on assets for each row execute function asset_search_words_sync()`,
    `insert into asset_search_word_list (word) select distinct w from assets, asset_search_words_of(${COLUMNS.join(', ')}) w`,
    `insert into asset_search_words (word, sort_name, asset_id) select w, lower(name), id from assets, asset_search_words_of(${COLUMNS.join(', ')}) w`,
    `analyze asset_search_words`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
  await sql`create index asset_search_word_list_trgm_idx on asset_search_word_list using gin (word ${opclass})`.execute(db);
  // Without statistics the planner takes '%pump%' for a common pattern and reads the list from the start.
  await sql`analyze asset_search_word_list`.execute(db);
}

async function upSqlite(db: Kysely<unknown>): Promise<void> {
  const words = (r: 'new' | 'old' | 'assets') => `json_each(search_words(${COLUMNS.map((c) => `${r}.${c}`).join(', ')}))`;
  const statements = [
    `create table asset_search_words (word text not null, sort_name text not null, asset_id text not null, primary key (word, sort_name, asset_id)) without rowid`,
    // The integer key keeps the rowids the FTS table refers to stable (VACUUM renumbers implicit rowids).
    `create table asset_search_word_list (id integer primary key, word text not null unique)`,
    `create virtual table asset_search_word_fts using fts5(word, content='asset_search_word_list', content_rowid='id', tokenize='trigram')`,
    `create trigger asset_search_word_list_insert after insert on asset_search_word_list begin
       insert into asset_search_word_fts (rowid, word) values (new.id, new.word);
     end`,
    `create trigger assets_search_words_insert after insert on assets begin
       insert or ignore into asset_search_word_list (word) select value from ${words('new')};
       insert into asset_search_words (word, sort_name, asset_id) select value, lower(new.name), new.id from ${words('new')};
     end`,
    `create trigger assets_search_words_update after update of ${COLUMNS.join(', ')} on assets begin
       delete from asset_search_words where asset_id = old.id and sort_name = lower(old.name) and word in (select value from ${words('old')});
       insert or ignore into asset_search_word_list (word) select value from ${words('new')};
       insert into asset_search_words (word, sort_name, asset_id) select value, lower(new.name), new.id from ${words('new')};
     end`,
    `create trigger assets_search_words_delete after delete on assets begin
       delete from asset_search_words where asset_id = old.id and sort_name = lower(old.name) and word in (select value from ${words('old')});
     end`,
    `insert or ignore into asset_search_word_list (word) select value from assets, ${words('assets')}`,
    `insert into asset_search_words (word, sort_name, asset_id) select value, lower(assets.name), assets.id from assets, ${words('assets')}`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}

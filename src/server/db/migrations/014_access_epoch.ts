import { sql, type Kysely } from 'kysely';
import { isPostgres } from './helpers.js';

/**
 * A counter that moves whenever anything an external user's access facts are built from changes
 * (modules/access/access-facts.ts): the user's customer or contact, their access row and site grants,
 * the customer tree with its portal areas, the site tree. Each process caches a user's facts under the
 * counter's value and reloads them when it has moved (access-facts-cache.ts). Record grants are not
 * part of the facts (the filters join them), so they do not move it.
 *
 * Triggers, not application code, move it: every write path is covered, including ones added later and
 * direct SQL. The column lists are frozen here on purpose; a new column the facts read needs a new
 * migration that adds it to the triggers.
 *
 * PostgreSQL: deferred constraint triggers, so the counter row is locked only at commit, after every other
 * lock the transaction takes (an immediate trigger would take it mid-transaction and could deadlock two
 * transactions that touch a customer and a site in opposite orders). The change and the new value commit
 * together, so a reader sees both or neither.
 */
const WATCHED: { table: string; update: string[] | 'any' }[] = [
  { table: 'customers', update: ['parent_id', 'path', 'archived_at', 'portal_areas'] },
  { table: 'sites', update: ['parent_id', 'path', 'archived_at', 'customer_id'] },
  { table: 'user_access', update: 'any' },
  { table: 'user_site_access', update: 'any' },
  { table: 'users', update: ['customer_id', 'contact_id'] },
];

function events(update: string[] | 'any', insertDelete: boolean, separator: string): string {
  const onUpdate = update === 'any' ? 'update' : `update of ${update.join(', ')}`;
  return insertDelete ? ['insert', onUpdate, 'delete'].join(separator) : onUpdate;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table access_epoch (id integer primary key, value bigint not null)`.execute(db);
  await sql`insert into access_epoch (id, value) values (1, 0)`.execute(db);
  if (isPostgres(db)) {
    await sql`create function bump_access_epoch() returns trigger language plpgsql set search_path from current as $$
      begin
        update access_epoch set value = value + 1 where id = 1;
        return null;
      end $$`.execute(db);
    for (const { table, update } of WATCHED) {
      // A new user has no facts cached yet, so only changes of an existing user's customer or contact count.
      const insertDelete = table !== 'users';
      await sql
        .raw(
          `create constraint trigger ${table}_access_epoch after ${events(update, insertDelete, ' or ')} on ${table}
           deferrable initially deferred for each row execute function bump_access_epoch()`,
        )
        .execute(db);
    }
    return;
  }
  for (const { table, update } of WATCHED) {
    const kinds = table === 'users' ? [events(update, false, '')] : ['insert', events(update, false, ''), 'delete'];
    for (const [i, kind] of kinds.entries()) {
      await sql
        .raw(`create trigger ${table}_access_epoch_${i} after ${kind} on ${table} begin update access_epoch set value = value + 1 where id = 1; end`)
        .execute(db);
    }
  }
}

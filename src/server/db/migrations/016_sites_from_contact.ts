import { sql, type Kysely } from 'kysely';
import { isPostgres } from './helpers.js';

/**
 * A portal user linked to a contact takes the contact's sites as their site scope while
 * `user_access.sites_from_contact` is on (modules/access/access-facts.ts); staff turn it off to give the
 * user their own sites instead.
 *
 * Backfill: on for every linked user without a site restriction of their own, so a user of a contact
 * related to one site stops seeing the customer's other sites. Users with their own site list keep it.
 *
 * The access facts now read contact_sites, so its changes move the access epoch (migration 014) like
 * user_site_access does. users.contact_id and every user_access column already move it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('user_access')
    .addColumn('sites_from_contact', 'integer', (c) => c.notNull().defaultTo(0).check(sql`sites_from_contact in (0, 1)`))
    .execute();
  await sql`update user_access set sites_from_contact = 1
    where sites_restricted = 0 and user_id in (select id from users where contact_id is not null)`.execute(db);

  if (isPostgres(db)) {
    // Deferred for the same reason as migration 014's triggers: the counter row is locked at commit only.
    await sql`create constraint trigger contact_sites_access_epoch after insert or update or delete on contact_sites
      deferrable initially deferred for each row execute function bump_access_epoch()`.execute(db);
    return;
  }
  for (const [i, kind] of ['insert', 'update', 'delete'].entries()) {
    await sql
      .raw(`create trigger contact_sites_access_epoch_${i} after ${kind} on contact_sites begin update access_epoch set value = value + 1 where id = 1; end`)
      .execute(db);
  }
}

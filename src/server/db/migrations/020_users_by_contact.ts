import { sql, type Kysely } from 'kysely';

/**
 * The portal users of a contact (GET /users?contactId=, the contact's page; issue #13), sorted by name
 * like every users list: the keyset key of a name is lower(display_name) (migration 018).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('users_contact_name_idx')
    .on('users')
    .expression(sql.join([sql.ref('contact_id'), sql`lower(${sql.ref('display_name')})`, sql.ref('id')]))
    .execute();
}

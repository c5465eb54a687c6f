import { sql, type Kysely } from 'kysely';
import { isPostgres } from './helpers.js';

/**
 * Subtrees (a consolidated account's customers, a site's sub-sites, an asset's subtree) are read as
 * byte-order ranges of materialized paths. PostgreSQL compares them in the C collation whatever the
 * database's default is, so it needs indexes in that collation; SQLite's default collation is already
 * byte order. Assets are ranged within their tree, so (root_id, path).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    await sql`create index customers_path_c_idx on customers (path collate "C")`.execute(db);
    await sql`create index sites_path_c_idx on sites (path collate "C")`.execute(db);
    await sql`create index assets_root_path_c_idx on assets (root_id, path collate "C")`.execute(db);
    return;
  }
  await db.schema.createIndex('assets_root_path_idx').on('assets').columns(['root_id', 'path']).execute();
}

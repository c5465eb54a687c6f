import type { Kysely } from 'kysely';

/** The work orders of one project (GET /work-orders?projectId=…), newest first, as an index range scan. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('work_orders_project_created_idx').on('work_orders').columns(['project_id', 'created_at', 'id']).execute();
}

import { sql, type Kysely } from 'kysely';

/**
 * Assets sort by next due date with the undated last (sort=nextDueDate: what is overdue comes first;
 * issue #13). The sort key is coalesce(next_due_date, '9999-12-31') (assets.service.ts), so the indexes
 * that serve it are over that expression: the whole list (staff) and one customer's (the portal).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const due = sql`coalesce(${sql.ref('next_due_date')}, '9999-12-31')`;
  await db.schema.createIndex('assets_due_sort_idx').on('assets').expression(sql.join([due, sql.ref('id')])).execute();
  await db.schema.createIndex('assets_customer_due_sort_idx').on('assets').expression(sql.join([sql.ref('customer_id'), due, sql.ref('id')])).execute();
}

import { sql, type Kysely } from 'kysely';
import { checkIn, timestampType } from './helpers.js';

/**
 * Service reports and calibration certificates issued from completed work orders (issue #14).
 * - issued_documents: one row per generated PDF, with the SHA-256 of its exact bytes and the short
 *   verification code printed on it, so `GET /verify/:code` can say whether that document was issued and
 *   when. The PDF itself is an ordinary customer-visible file on the work order.
 * - file_types.purpose: which file type a generated report or certificate is filed under. The shipped
 *   "Report" and "Certificate" types get it; staff may rename them and the purpose stays.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const ts = timestampType(db);
  await db.schema.alterTable('file_types').addColumn('purpose', 'text').execute();
  await sql`update file_types set purpose = 'service_report' where name = 'Report' and archived_at is null`.execute(db);
  await sql`update file_types set purpose = 'calibration_certificate' where name = 'Certificate' and archived_at is null`.execute(db);
  await db.schema
    .createTable('issued_documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('verification_code', 'text', (c) => c.notNull().unique())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(checkIn('kind', ['service_report', 'calibration_certificate'])))
    .addColumn('file_id', 'text', (c) => c.notNull().references('files.id'))
    .addColumn('work_order_id', 'text', (c) => c.notNull().references('work_orders.id'))
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('issued_by_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('issued_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('issued_documents_sha256_idx').on('issued_documents').column('sha256').execute();
  await db.schema.createIndex('issued_documents_work_order_idx').on('issued_documents').columns(['work_order_id', 'issued_at']).execute();
}

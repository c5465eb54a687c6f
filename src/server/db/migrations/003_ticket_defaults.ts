import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';

/**
 * The ticket workflow a new installation starts with (SPEC §1: configurable, so these are only
 * defaults staff may rename, extend or archive), plus the indexes behind the ticket, schedule and
 * document lists: each list filter with its default sort, so a filtered page is one index range scan.
 */
const DEFAULT_TYPES = [
  ['service_request', 'Service request'],
  ['incident_report', 'Incident report'],
  ['visit_request', 'Visit request'],
  ['feedback', 'Feedback'],
  ['question', 'Question'],
] as const;

const DEFAULT_STATUSES = [
  { key: 'new', name: 'New', category: 'open', position: 10, isInitial: 1 },
  { key: 'in_progress', name: 'In progress', category: 'in_progress', position: 20, isInitial: 0 },
  { key: 'waiting_for_customer', name: 'Waiting for customer', category: 'in_progress', position: 30, isInitial: 0 },
  { key: 'resolved', name: 'Resolved', category: 'closed', position: 40, isInitial: 0 },
  { key: 'closed', name: 'Closed', category: 'closed', position: 50, isInitial: 0 },
] as const;

const INDEXES: [name: string, table: string, columns: string[]][] = [
  ['tickets_created_idx', 'tickets', ['created_at', 'id']],
  ['tickets_updated_idx', 'tickets', ['updated_at', 'id']],
  ['tickets_customer_created_idx', 'tickets', ['customer_id', 'created_at', 'id']],
  ['tickets_site_created_idx', 'tickets', ['site_id', 'created_at', 'id']],
  ['tickets_asset_created_idx', 'tickets', ['asset_id', 'created_at', 'id']],
  ['tickets_type_created_idx', 'tickets', ['type_id', 'created_at', 'id']],
  ['tickets_status_created_idx', 'tickets', ['status_id', 'created_at', 'id']],
  ['tickets_submitter_created_idx', 'tickets', ['submitter_user_id', 'created_at', 'id']],
  ['tickets_responsible_created_idx', 'tickets', ['responsible_user_id', 'created_at', 'id']],
  ['ticket_comments_ticket_created_idx', 'ticket_comments', ['ticket_id', 'created_at', 'id']],
  ['ticket_statuses_position_idx', 'ticket_statuses', ['position', 'id']],
  ['ticket_types_customer_name_idx', 'ticket_types', ['customer_id', 'name', 'id']],
  ['schedule_entries_starts_idx', 'schedule_entries', ['starts_at', 'id']],
  ['schedule_entries_site_starts_idx', 'schedule_entries', ['site_id', 'starts_at', 'id']],
  ['documents_title_idx', 'documents', ['title', 'id']],
  ['documents_kind_title_idx', 'documents', ['kind', 'title', 'id']],
  ['documents_updated_idx', 'documents', ['updated_at', 'id']],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  const now = new Date().toISOString();
  for (const [key, name] of DEFAULT_TYPES) {
    await sql`insert into ticket_types (id, key, name, customer_id, created_at, updated_at, archived_at)
      values (${randomUUID()}, ${key}, ${name}, null, ${now}, ${now}, null)`.execute(db);
  }
  for (const s of DEFAULT_STATUSES) {
    await sql`insert into ticket_statuses (id, key, name, category, position, is_initial, created_at, updated_at, archived_at)
      values (${randomUUID()}, ${s.key}, ${s.name}, ${s.category}, ${s.position}, ${s.isInitial}, ${now}, ${now}, null)`.execute(db);
  }
  for (const [name, table, columns] of INDEXES) {
    await db.schema.createIndex(name).on(table).columns(columns).execute();
  }
}

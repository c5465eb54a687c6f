import { sql } from 'kysely';
import type { DbExecutor } from '../../context.js';
import type { AuditRecordType } from './audit-actions.js';

type Row = Record<string, unknown>;

interface NameSource {
  table: string;
  columns: readonly string[];
  name: (row: Row) => string;
  /** A part of another record (a task, a note) is shown on that record's page. */
  parent?: { type: AuditRecordType; column: string };
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
/** Notes, comments and the like have no name: their first words stand for them. */
const excerpt = (value: unknown) => {
  const words = text(value).replace(/\s+/g, ' ').trim();
  return words.length > 80 ? `${words.slice(0, 79)}…` : words;
};
const column = (name: string): NameSource['name'] => (row) => text(row[name]);
const numbered = (title: string): NameSource['name'] => (row) => `${text(row.number)} ${text(row[title])}`.trim();

const byTable = {
  users: { table: 'users', columns: ['display_name'], name: column('display_name') },
  customers: { table: 'customers', columns: ['name'], name: column('name') },
  ticket_types: { table: 'ticket_types', columns: ['name'], name: column('name') },
} as const satisfies Record<string, NameSource>;

/**
 * Where each record type's display name comes from. A ticket route is stored under its ticket type's id,
 * so it is named after the type. Settings are not a table: their id ("security") is their name.
 */
const SOURCES: Record<AuditRecordType, NameSource | 'id'> = {
  user: byTable.users,
  customer: byTable.customers,
  site: { table: 'sites', columns: ['name'], name: column('name') },
  contact: { table: 'contacts', columns: ['name'], name: column('name') },
  asset: { table: 'assets', columns: ['name'], name: column('name') },
  work_order: { table: 'work_orders', columns: ['number', 'title'], name: numbered('title') },
  work_order_task: { table: 'work_order_tasks', columns: ['title', 'work_order_id'], name: column('title'), parent: { type: 'work_order', column: 'work_order_id' } },
  work_order_note: { table: 'work_order_notes', columns: ['body', 'work_order_id'], name: (row) => excerpt(row.body), parent: { type: 'work_order', column: 'work_order_id' } },
  project: { table: 'projects', columns: ['number', 'name'], name: numbered('name') },
  project_task: { table: 'project_tasks', columns: ['title', 'project_id'], name: column('title'), parent: { type: 'project', column: 'project_id' } },
  project_part: { table: 'project_parts', columns: ['description', 'project_id'], name: (row) => excerpt(row.description), parent: { type: 'project', column: 'project_id' } },
  project_report: { table: 'project_reports', columns: ['title', 'project_id'], name: column('title'), parent: { type: 'project', column: 'project_id' } },
  order: { table: 'orders', columns: ['number', 'title'], name: numbered('title') },
  order_task: { table: 'order_tasks', columns: ['title', 'order_id'], name: column('title'), parent: { type: 'order', column: 'order_id' } },
  ticket: { table: 'tickets', columns: ['number', 'title'], name: numbered('title') },
  ticket_comment: { table: 'ticket_comments', columns: ['body', 'ticket_id'], name: (row) => excerpt(row.body), parent: { type: 'ticket', column: 'ticket_id' } },
  ticket_type: byTable.ticket_types,
  ticket_status: { table: 'ticket_statuses', columns: ['name'], name: column('name') },
  ticket_route: byTable.ticket_types,
  schedule_entry: { table: 'schedule_entries', columns: ['title'], name: column('title') },
  document: { table: 'documents', columns: ['title'], name: column('title') },
  file: { table: 'files', columns: ['filename'], name: column('filename') },
  file_type: { table: 'file_types', columns: ['name'], name: column('name') },
  flag: { table: 'flags', columns: ['name'], name: column('name') },
  staff_group: { table: 'staff_groups', columns: ['name'], name: column('name') },
  api_token: { table: 'api_tokens', columns: ['name'], name: column('name') },
  webhook: { table: 'webhook_subscriptions', columns: ['url'], name: column('url') },
  settings: 'id',
};

export interface RecordRef {
  type: AuditRecordType;
  id: string;
}

/** Finds names by record; a record that is gone (deleted) has none. */
export interface RecordNames {
  nameOf(ref: RecordRef): string | null;
  /** The record a part belongs to (a task's project), while the part exists. */
  parentOf(ref: RecordRef): RecordRef | null;
}

const key = (table: string, id: string) => `${table}:${id}`;

/**
 * The display names of a page's records, with one query per table however many rows name it: the ids are
 * gathered by table first (a user record and an actor share the users query), then read with `id in (…)`.
 */
export async function loadRecordNames(db: DbExecutor, refs: Iterable<RecordRef>): Promise<RecordNames> {
  const wanted = new Map<string, { source: NameSource; ids: Set<string> }>();
  for (const ref of refs) {
    const source = SOURCES[ref.type];
    if (source === 'id') continue;
    const entry = wanted.get(source.table) ?? { source, ids: new Set<string>() };
    entry.ids.add(ref.id);
    wanted.set(source.table, entry);
  }
  const names = new Map<string, string>();
  const parents = new Map<string, RecordRef>();
  await Promise.all(
    [...wanted.values()].map(async ({ source, ids }) => {
      const selected = sql.join([sql.ref('id'), ...source.columns.map((c) => sql.ref(c))]);
      const rows = await sql<Row>`select ${selected} from ${sql.table(source.table)} where id in (${sql.join([...ids])})`.execute(db);
      for (const row of rows.rows) {
        names.set(key(source.table, String(row.id)), source.name(row));
        const parentId = source.parent ? row[source.parent.column] : null;
        if (source.parent && typeof parentId === 'string') parents.set(key(source.table, String(row.id)), { type: source.parent.type, id: parentId });
      }
    }),
  );
  return {
    nameOf(ref) {
      const source = SOURCES[ref.type];
      if (source === 'id') return ref.id;
      return names.get(key(source.table, ref.id)) ?? null;
    },
    parentOf(ref) {
      const source = SOURCES[ref.type];
      return source === 'id' ? null : (parents.get(key(source.table, ref.id)) ?? null);
    },
  };
}

import { sql, type SqlBool } from 'kysely';
import type { DbExecutor } from '../../context.js';
import { engineOf } from '../../db/engine-sql.js';
import type { ExternalFacts } from './access-facts.js';
import type { ScopedTable } from './access-scope.js';
import { externalFilter } from './external-filters.js';

/**
 * What an access change adds to and removes from what a portal user sees, kind by kind: the policy's own
 * filters (external-filters.ts) over the facts before and after the change, so the preview and the portal
 * can never disagree.
 */
export const PREVIEW_KINDS = {
  sites: { table: 'sites', label: 'name', type: 'site' },
  assets: { table: 'assets', label: 'name', type: 'asset' },
  workOrders: { table: 'work_orders', label: 'title', type: 'work_order' },
  projects: { table: 'projects', label: 'name', type: 'project' },
  orders: { table: 'orders', label: 'title', type: 'order' },
  tickets: { table: 'tickets', label: 'title', type: 'ticket' },
  scheduleEntries: { table: 'schedule_entries', label: 'title', type: 'schedule_entry' },
  files: { table: 'files', label: 'filename', type: 'file' },
  colleagues: { table: 'users', label: 'display_name', type: 'user' },
} as const satisfies Record<string, { table: ScopedTable; label: string; type: string }>;

export type PreviewKind = keyof typeof PREVIEW_KINDS;
export const PREVIEW_KIND_KEYS = Object.keys(PREVIEW_KINDS) as PreviewKind[];

/** Counting stops here: "more than 1,000 assets" tells an admin enough, and a consolidated account's change stays quick. */
export const PREVIEW_COUNT_CAP = 1000;
const EXAMPLES = 5;

export interface RecordChange {
  count: number;
  /** More than `count` records change; counting stopped at the cap. */
  more: boolean;
  examples: { id: string; name: string }[];
}

export interface KindChange {
  kind: PreviewKind;
  type: (typeof PREVIEW_KINDS)[PreviewKind]['type'];
  added: RecordChange;
  removed: RecordChange;
}

/** Rows of `table` the `to` facts show and the `from` facts do not (a NULL from the old filter counts as hidden). */
async function shownOnlyBy(db: DbExecutor, kind: PreviewKind, to: ExternalFacts, from: ExternalFacts): Promise<RecordChange> {
  const { table, label } = PREVIEW_KINDS[kind];
  const engine = engineOf(db);
  const live = table === 'users' ? sql<SqlBool>`users.status <> 'disabled'` : sql<SqlBool>`${sql.ref(`${table}.archived_at`)} is null`;
  const changed = sql<SqlBool>`${live} and (${externalFilter(to, table, engine)}) and (case when (${externalFilter(from, table, engine)}) then 0 else 1 end) = 1`;
  const counted = await sql<{ n: number | string }>`select count(*) as n from (select 1 as one from ${sql.table(table)} where ${changed} limit ${PREVIEW_COUNT_CAP + 1}) capped`.execute(db);
  const count = Number(counted.rows[0]?.n ?? 0);
  if (count === 0) return { count: 0, more: false, examples: [] };
  const examples = await sql<{ id: string; name: string }>`select ${sql.ref(`${table}.id`)} as id, ${sql.ref(`${table}.${label}`)} as name from ${sql.table(table)} where ${changed} order by ${sql.ref(`${table}.id`)} limit ${EXAMPLES}`.execute(db);
  return { count: Math.min(count, PREVIEW_COUNT_CAP), more: count > PREVIEW_COUNT_CAP, examples: examples.rows };
}

export async function accessDifference(db: DbExecutor, before: ExternalFacts, after: ExternalFacts): Promise<KindChange[]> {
  const kinds: KindChange[] = [];
  for (const kind of PREVIEW_KIND_KEYS) {
    kinds.push({ kind, type: PREVIEW_KINDS[kind].type, added: await shownOnlyBy(db, kind, after, before), removed: await shownOnlyBy(db, kind, before, after) });
  }
  return kinds;
}

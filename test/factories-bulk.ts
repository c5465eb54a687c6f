import type { Insertable } from 'kysely';
import type { App } from '../src/server/app.js';
import type { AssetsTable, WorkOrdersTable } from '../src/server/db/back-office-tables.js';
import { newId } from '../src/server/db/ids.js';
import type { GrantResourceType } from '../src/server/db/portal-access-tables.js';
import type { Database } from '../src/server/db/schema.js';
import { childPath, rootIdOf } from '../src/server/db/tree-paths.js';
import { uniqueSuffix } from './factories.js';

/**
 * Rows by the thousand, written straight to the database in batches: for tests of what happens at
 * real customer shapes (many grants, deep trees), where creating each row through the API would take minutes.
 */
const BATCH = 500;

async function insertInBatches<T extends keyof Database>(app: App, table: T, rows: Insertable<Database[T]>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await app.ctx.db.insertInto(table).values(rows.slice(i, i + BATCH) as never).execute();
  }
}

export interface BulkAsset {
  id: string;
  path: string;
  name: string;
}

/** `count` assets of one customer in chains of `depth` (each chain: a root and its descendants one below the other). */
export async function insertAssetChains(app: App, customerId: string, count: number, depth: number, namePrefix = 'Bulk'): Promise<BulkAsset[]> {
  const now = app.ctx.clock().toISOString();
  const tag = uniqueSuffix();
  const rows: Insertable<AssetsTable>[] = [];
  let parent: { id: string; path: string } | null = null;
  for (let i = 0; i < count; i++) {
    if (i % depth === 0) parent = null;
    const id = newId();
    const path = childPath(parent?.path ?? null, id);
    rows.push({
      id, customer_id: customerId, site_id: null, parent_id: parent?.id ?? null, root_id: rootIdOf(path), path, depth: i % depth,
      project_id: null, name: `${namePrefix} ${tag} ${String(i).padStart(6, '0')}`, category: null, serial_number: null, manufacturer: null, model: null,
      status: 'active', next_due_date: null, last_service_date: null, custom_fields: '{}', internal_notes: null, created_at: now, updated_at: now, archived_at: null,
    });
    parent = { id, path };
  }
  await insertInBatches(app, 'assets', rows);
  return rows.map((r) => ({ id: r.id, path: r.path, name: r.name }));
}

/** One work order on each of the given assets. */
export async function insertWorkOrdersOn(app: App, customerId: string, assets: BulkAsset[]): Promise<string[]> {
  const now = app.ctx.clock().toISOString();
  const rows: Insertable<WorkOrdersTable>[] = assets.map((asset) => ({
    id: newId(), customer_id: customerId, site_id: null, asset_id: asset.id, root_asset_id: rootIdOf(asset.path), project_id: null,
    number: `WO-${asset.id}`, title: 'Bulk job', description: null, kind: 'maintenance', status: 'open', priority: 'normal',
    planned_start: null, planned_end: null, completed_at: null, internal_cost: null, created_at: now, updated_at: now, archived_at: null,
  }));
  await insertInBatches(app, 'work_orders', rows);
  return rows.map((r) => r.id);
}

/** Grants of one type for a user, one per resource id. */
export async function insertGrants(app: App, userId: string, customerId: string, resourceType: GrantResourceType, resourceIds: string[]): Promise<void> {
  const now = app.ctx.clock().toISOString();
  await insertInBatches(
    app,
    'access_grants',
    resourceIds.map((resourceId) => ({ id: newId(), user_id: userId, resource_type: resourceType, resource_id: resourceId, kind: 'visible' as const, customer_id: customerId, created_at: now, created_by_user_id: null })),
  );
}

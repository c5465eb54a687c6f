import type { Insertable, Kysely } from 'kysely';
import type { AssetsTable, CustomersTable, ProjectsTable, SitesTable, WorkOrdersTable } from '../../src/server/db/back-office-tables.js';
import { newId } from '../../src/server/db/ids.js';
import type { Database } from '../../src/server/db/schema.js';
import { childPath } from '../../src/server/db/tree-paths.js';
import { PORTAL_AREAS } from '../../src/server/modules/customers/customers.mapping.js';
import { assetText, pick, seededRandom, workOrderTitle, type Random } from './vocabulary.js';

/** Rows per INSERT: well under SQLite's and PostgreSQL's bound-parameter limits for the widest table. */
const BATCH = 500;
const THREE_YEARS_MS = 3 * 365 * 86_400_000;

export async function insertBatched<T extends keyof Database>(db: Kysely<Database>, table: T, rows: readonly Insertable<Database[T]>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await db.insertInto(table).values(rows.slice(i, i + BATCH) as never).execute();
  }
}

/** Shared state of one generation run: the clock, the random source and the running counters. */
export interface Generator {
  random: Random;
  nowMs: number;
  nowIso: string;
  assetSequence: number;
  workOrderSequence: number;
}

export function newGenerator(seed: number): Generator {
  const nowMs = Date.now();
  return { random: seededRandom(seed), nowMs, nowIso: new Date(nowMs).toISOString(), assetSequence: 0, workOrderSequence: 0 };
}

/** A moment in the last three years: lists sorted by creation date then page through real history. */
function pastIso(gen: Generator): string {
  return new Date(gen.nowMs - Math.floor(gen.random() * THREE_YEARS_MS)).toISOString();
}

export function customerRow(gen: Generator, name: string, parent: { id: string; path: string } | null = null): Insertable<CustomersTable> {
  const id = newId();
  return {
    id, parent_id: parent?.id ?? null, path: childPath(parent?.path ?? null, id), number: `BENCH-${id}`, name, email: null, phone: null,
    internal_notes: null, portal_areas: JSON.stringify(PORTAL_AREAS), created_at: gen.nowIso, updated_at: gen.nowIso, archived_at: null,
  };
}

export function siteRows(gen: Generator, customerId: string, count: number, label: string): Insertable<SitesTable>[] {
  return Array.from({ length: count }, (_, i) => {
    const id = newId();
    return {
      id, customer_id: customerId, parent_id: null, path: childPath(null, id), name: `${label} site ${i + 1}`, kind: 'facility' as const, street: null,
      postal_code: null, city: 'Bench', country: null, internal_notes: null, created_at: gen.nowIso, updated_at: gen.nowIso, archived_at: null,
    };
  });
}

/** Index of the parent of node `i` (> 0) of a tree; node 0 is the root. */
export type ParentOf = (i: number) => number;

/** Complete tree with `branching` children per node: 100 nodes with branching 2 are 7 levels deep. */
export const balanced = (branching: number): ParentOf => (i) => Math.floor((i - 1) / branching);

export type AssetRow = Insertable<AssetsTable> & { id: string; root_id: string; path: string; name: string };

/** One asset tree of `size` nodes on one site, with materialized paths as the application writes them. */
export function assetTree(gen: Generator, customerId: string, siteId: string | null, size: number, parentOf: ParentOf): AssetRow[] {
  const rows: AssetRow[] = [];
  for (let i = 0; i < size; i++) {
    const id = newId();
    const parent = i === 0 ? null : rows[parentOf(i)]!;
    const createdAt = pastIso(gen);
    rows.push({
      id, customer_id: customerId, site_id: siteId, parent_id: parent?.id ?? null, root_id: parent?.root_id ?? id, path: childPath(parent?.path ?? null, id),
      depth: parent ? (parent.depth ?? 0) + 1 : 0, project_id: null, ...assetText(gen.random, gen.assetSequence++), status: 'active', next_due_date: null,
      last_service_date: null, custom_fields: '{}', internal_notes: null, created_at: createdAt, updated_at: createdAt, archived_at: null,
    });
  }
  return rows;
}

/** `count` trees of `treeSize` assets, spread round-robin over the sites. */
export function assetForest(gen: Generator, customerId: string, siteIds: string[], count: number, treeSize: number, parentOf: ParentOf): AssetRow[] {
  return Array.from({ length: count }, (_, t) => assetTree(gen, customerId, siteIds[t % siteIds.length] ?? null, treeSize, parentOf)).flat();
}

const KINDS = ['maintenance', 'calibration', 'repair', 'inspection'] as const;
const STATUSES = ['open', 'scheduled', 'in_progress', 'completed', 'completed', 'completed'] as const;

/**
 * 2–3 work orders per 10 assets, each on a random asset of those ten, plus one in ten groups gets a site
 * visit without an asset: what a service company's history looks like after a few years.
 */
export function workOrdersFor(gen: Generator, customerId: string, assets: readonly AssetRow[], siteIds: string[]): Insertable<WorkOrdersTable>[] {
  const rows: Insertable<WorkOrdersTable>[] = [];
  const add = (asset: AssetRow | null) => {
    const createdAt = pastIso(gen);
    const status = pick(gen.random, STATUSES);
    rows.push({
      id: newId(), customer_id: customerId, site_id: asset ? asset.site_id : (siteIds[0] ?? null), asset_id: asset?.id ?? null, root_asset_id: asset?.root_id ?? null,
      project_id: null, number: `BWO-${++gen.workOrderSequence}`, title: workOrderTitle(gen.random, asset?.name ?? null), description: null,
      kind: pick(gen.random, KINDS), status, priority: 'normal', planned_start: null, planned_end: null, completed_at: status === 'completed' ? createdAt : null,
      internal_cost: null, created_at: createdAt, updated_at: createdAt, archived_at: null,
    });
  };
  for (let i = 0; i < assets.length; i += 10) {
    const group = assets.slice(i, i + 10);
    const count = gen.random() < 0.5 ? 2 : 3;
    for (let w = 0; w < count; w++) add(pick(gen.random, group));
    if (gen.random() < 0.1) add(null);
  }
  return rows;
}

/** Rows waiting to be inserted, in foreign-key order. */
export interface PendingRows {
  customers: Insertable<CustomersTable>[];
  sites: Insertable<SitesTable>[];
  projects: Insertable<ProjectsTable>[];
  assets: AssetRow[];
  workOrders: Insertable<WorkOrdersTable>[];
}

export const noRows = (): PendingRows => ({ customers: [], sites: [], projects: [], assets: [], workOrders: [] });

export interface CustomerSpec {
  name: string;
  parent?: { id: string; path: string } | null;
  sites: number;
  trees: number;
  treeSize: number;
  parentOf: ParentOf;
}

/** Adds a customer with its sites, asset trees and their work orders to `pending`. */
export function addCustomer(gen: Generator, pending: PendingRows, spec: CustomerSpec) {
  const customer = customerRow(gen, spec.name, spec.parent ?? null);
  const sites = siteRows(gen, customer.id!, spec.sites, spec.name);
  pending.customers.push(customer);
  pending.sites.push(...sites);
  const owner = { customerId: customer.id!, path: customer.path!, siteIds: sites.map((s) => s.id!) };
  return { ...owner, assets: addTrees(gen, pending, owner, spec.trees, spec.treeSize, spec.parentOf) };
}

/** Adds asset trees of an existing customer, with their work orders, to `pending`. */
export function addTrees(gen: Generator, pending: PendingRows, owner: { customerId: string; siteIds: string[] }, trees: number, treeSize: number, parentOf: ParentOf): AssetRow[] {
  const assets = assetForest(gen, owner.customerId, owner.siteIds, trees, treeSize, parentOf);
  for (const asset of assets) pending.assets.push(asset);
  for (const workOrder of workOrdersFor(gen, owner.customerId, assets, owner.siteIds)) pending.workOrders.push(workOrder);
  return assets;
}

/** One transaction per flush: far faster than one per customer on SQLite, and small enough for PostgreSQL. */
export async function insertPending(db: Kysely<Database>, pending: PendingRows): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await insertBatched(trx, 'customers', pending.customers);
    await insertBatched(trx, 'sites', pending.sites);
    await insertBatched(trx, 'projects', pending.projects);
    await insertBatched(trx, 'assets', pending.assets);
    await insertBatched(trx, 'work_orders', pending.workOrders);
  });
}

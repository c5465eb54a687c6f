import type { Kysely } from 'kysely';
import { newId } from '../../src/server/db/ids.js';
import type { Database } from '../../src/server/db/schema.js';
import { addCustomer, addTrees, balanced, insertPending, noRows, type Generator, type ParentOf } from './rows.js';
import { insertGrants, insertPortalUser } from './users.js';
import { pick } from './vocabulary.js';

/** The customer set-ups of issue #9: each is one portal user whose list the bench measures. */
export const SHAPE_NAMES = ['site_restricted', 'all_in_scope', 'grants_5000', 'consolidated_1000', 'deep_tree_40'] as const;
export type ShapeName = (typeof SHAPE_NAMES)[number];

export interface ShapeFixture {
  userId: string;
  /** The user's home customer (the consolidated account for consolidated_1000). */
  customerId: string;
  /** The one site a site-restricted user may read. */
  siteId: string | null;
}

/** A chain of `depth` assets with the remaining nodes hung round-robin along it: `depth + 1` levels deep. */
const chainWithLeaves = (depth: number): ParentOf => (i) => (i < depth ? i - 1 : i % depth);

/** 1 site of 4 readable, assets all in scope: a facility manager of one plant. */
async function siteRestricted(db: Kysely<Database>, gen: Generator): Promise<ShapeFixture> {
  const pending = noRows();
  const customer = addCustomer(gen, pending, { name: 'Shape site_restricted', sites: 4, trees: 50, treeSize: 100, parentOf: balanced(3) });
  await insertPending(db, pending);
  const siteId = customer.siteIds[0]!;
  const userId = await insertPortalUser(db, { label: 'site-restricted', customerId: customer.customerId, sites: [{ siteId, level: 'read' }], modes: { assets: 'all_in_scope' } }, gen.nowIso);
  return { userId, customerId: customer.customerId, siteId };
}

/** Everything of one customer: the default customer portal. */
async function allInScope(db: Kysely<Database>, gen: Generator): Promise<ShapeFixture> {
  const pending = noRows();
  const customer = addCustomer(gen, pending, { name: 'Shape all_in_scope', sites: 2, trees: 50, treeSize: 100, parentOf: balanced(3) });
  await insertPending(db, pending);
  const userId = await insertPortalUser(db, { label: 'all-in-scope', customerId: customer.customerId, modes: { assets: 'all_in_scope' } }, gen.nowIso);
  return { userId, customerId: customer.customerId, siteId: null };
}

function sample<T>(gen: Generator, items: readonly T[], count: number): T[] {
  const copy = [...items];
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(gen.random() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, count);
}

/**
 * A large customer (300 trees of 100 assets, 7 levels deep) whose user sees only what was granted:
 * 5,000 asset grants at random depths (overlapping subtrees included), 10 project and 200 work-order grants.
 */
async function grants5000(db: Kysely<Database>, gen: Generator): Promise<ShapeFixture> {
  const pending = noRows();
  const customer = addCustomer(gen, pending, { name: 'Shape grants_5000', sites: 6, trees: 300, treeSize: 100, parentOf: balanced(2) });
  const projects = Array.from({ length: 20 }, (_, i) => ({
    id: newId(), customer_id: customer.customerId, site_id: null, number: `BPRJ-${customer.customerId}-${i}`, name: `Bench project ${i}`, description: null,
    kind: 'installation' as const, status: 'active' as const, start_date: null, due_date: null, internal_notes: null, created_at: gen.nowIso, updated_at: gen.nowIso, archived_at: null,
  }));
  // Every 50th work order belongs to a project, so project grants reach some work orders.
  pending.workOrders.forEach((wo, i) => {
    if (i % 50 === 0) wo.project_id = pick(gen.random, projects).id;
  });
  pending.projects.push(...projects);
  await insertPending(db, pending);
  const userId = await insertPortalUser(db, { label: 'grants-5000', customerId: customer.customerId, modes: { assets: 'granted_only', projects: 'granted_only' } }, gen.nowIso);
  await insertGrants(db, userId, customer.customerId, 'asset', sample(gen, customer.assets.map((a) => a.id), 5000), gen.nowIso);
  await insertGrants(db, userId, customer.customerId, 'project', sample(gen, projects.map((p) => p.id), 10), gen.nowIso);
  await insertGrants(db, userId, customer.customerId, 'work_order', sample(gen, pending.workOrders.map((w) => w.id!), 200), gen.nowIso);
  return { userId, customerId: customer.customerId, siteId: null };
}

/** A consolidated account over 1,000 customers (2 sites, 10 assets each); its user sees all of them. */
async function consolidated1000(db: Kysely<Database>, gen: Generator): Promise<ShapeFixture> {
  const pending = noRows();
  const account = addCustomer(gen, pending, { name: 'Shape consolidated_1000', sites: 0, trees: 0, treeSize: 0, parentOf: balanced(3) });
  for (let i = 0; i < 1000; i++) {
    addCustomer(gen, pending, { name: `Consolidated member ${i}`, parent: { id: account.customerId, path: account.path }, sites: 2, trees: 1, treeSize: 10, parentOf: balanced(3) });
  }
  await insertPending(db, pending);
  const userId = await insertPortalUser(db, { label: 'consolidated-1000', customerId: account.customerId, modes: { assets: 'all_in_scope' } }, gen.nowIso);
  return { userId, customerId: account.customerId, siteId: null };
}

/** One tree 40 levels deep (plus 9 ordinary trees); the user is granted a node near its top. */
async function deepTree40(db: Kysely<Database>, gen: Generator): Promise<ShapeFixture> {
  const pending = noRows();
  const customer = addCustomer(gen, pending, { name: 'Shape deep_tree_40', sites: 1, trees: 1, treeSize: 400, parentOf: chainWithLeaves(40) });
  addTrees(gen, pending, customer, 9, 100, balanced(3));
  await insertPending(db, pending);
  const userId = await insertPortalUser(db, { label: 'deep-tree-40', customerId: customer.customerId, modes: { assets: 'granted_only' } }, gen.nowIso);
  await insertGrants(db, userId, customer.customerId, 'asset', [customer.assets[2]!.id], gen.nowIso);
  return { userId, customerId: customer.customerId, siteId: null };
}

const BUILDERS: Record<ShapeName, (db: Kysely<Database>, gen: Generator) => Promise<ShapeFixture>> = {
  site_restricted: siteRestricted,
  all_in_scope: allInScope,
  grants_5000: grants5000,
  consolidated_1000: consolidated1000,
  deep_tree_40: deepTree40,
};

export async function generateShapes(db: Kysely<Database>, gen: Generator, log: (line: string) => void): Promise<Record<ShapeName, ShapeFixture>> {
  const shapes = {} as Record<ShapeName, ShapeFixture>;
  for (const name of SHAPE_NAMES) {
    const started = Date.now();
    shapes[name] = await BUILDERS[name](db, gen);
    log(`  shape ${name} (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  return shapes;
}

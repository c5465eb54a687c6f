import type { Kysely } from 'kysely';
import { newId } from '../src/server/db/ids.js';
import type { Database } from '../src/server/db/schema.js';
import { childPath } from '../src/server/db/tree-paths.js';
import { PORTAL_AREAS } from '../src/server/modules/customers/customers.mapping.js';
import { DEFAULT_MODES, NO_CAPABILITIES } from '../src/server/modules/access/access-config.js';
import { writeAccessConfiguration } from '../src/server/modules/access/user-access.repository.js';

export interface DatasetSize {
  customers: number;
  assetsPerCustomer: number;
}

export interface BenchPrincipals {
  /** Site-restricted portal user with asset mode all-in-scope. */
  siteUserId: string;
  /** Portal user seeing only two granted asset trees. */
  grantedUserId: string;
  customerId: string;
  siteId: string;
}

const BATCH = 500;

async function insertBatched<T extends keyof Database>(db: Kysely<Database>, table: T, rows: Record<string, unknown>[]) {
  for (let i = 0; i < rows.length; i += BATCH) {
    await db.insertInto(table).values(rows.slice(i, i + BATCH) as never).execute();
  }
}

/**
 * A service company at scale: `customers` customers with two sites each and `assetsPerCustomer` assets
 * in trees of ten (one root, nine children), plus two portal users of one customer in the middle.
 */
export async function generateDataset(db: Kysely<Database>, size: DatasetSize, log: (line: string) => void): Promise<BenchPrincipals> {
  const now = new Date().toISOString();
  const stamps = { created_at: now, updated_at: now, archived_at: null };
  const areas = JSON.stringify(PORTAL_AREAS);
  let principals: BenchPrincipals | undefined;
  const middle = Math.floor(size.customers / 2);
  const started = Date.now();

  for (let c = 0; c < size.customers; c++) {
    const customerId = newId();
    const sites = [newId(), newId()];
    const customers = [{ id: customerId, parent_id: null, path: childPath(null, customerId), number: `B-${c}`, name: `Customer ${c}`, email: null, phone: null, internal_notes: null, portal_areas: areas, ...stamps }];
    const siteRows = sites.map((id, i) => ({ id, customer_id: customerId, parent_id: null, path: childPath(null, id), name: `Site ${c}-${i}`, kind: 'facility', street: null, postal_code: null, city: 'Bench', country: null, internal_notes: null, ...stamps }));
    const assets: Record<string, unknown>[] = [];
    let root: { id: string; path: string } | undefined;
    const roots: string[] = [];
    for (let a = 0; a < size.assetsPerCustomer; a++) {
      const id = newId();
      const isRoot = a % 10 === 0;
      const path = childPath(isRoot ? null : root!.path, id);
      if (isRoot) {
        root = { id, path };
        roots.push(id);
      }
      assets.push({
        id, customer_id: customerId, site_id: sites[Math.floor(a / 10) % 2], parent_id: isRoot ? null : root!.id, root_id: root!.id, path, depth: isRoot ? 0 : 1,
        project_id: null, name: `Asset ${String(a).padStart(4, '0')}`, category: 'Bench', serial_number: `SN-${c}-${a}`, manufacturer: null, model: null,
        status: 'active', next_due_date: null, last_service_date: null, custom_fields: '{}', internal_notes: null, ...stamps,
      });
    }
    await db.transaction().execute(async (trx) => {
      await insertBatched(trx, 'customers', customers);
      await insertBatched(trx, 'sites', siteRows);
      await insertBatched(trx, 'assets', assets);
    });
    if (c === middle) principals = await createPortalUsers(db, customerId, sites[0]!, roots.slice(0, 2), now);
    if ((c + 1) % 500 === 0) log(`  ${c + 1}/${size.customers} customers, ${((c + 1) * size.assetsPerCustomer).toLocaleString('en')} assets (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  return principals!;
}

async function createPortalUsers(db: Kysely<Database>, customerId: string, siteId: string, grantedRoots: string[], now: string): Promise<BenchPrincipals> {
  const make = async (label: string) => {
    const id = newId();
    await db.insertInto('users').values({ id, kind: 'external', login: `${label}-${id}@bench.test`, email: null, display_name: label, role: null, password_hash: null, status: 'active', must_change_password: 0, locale: null, created_at: now, updated_at: now, password_changed_at: null, last_login_at: null, customer_id: customerId, contact_id: null, role_template: null }).execute();
    return id;
  };
  const siteUserId = await make('site-user');
  await writeAccessConfiguration(db, siteUserId, { sitesRestricted: true, sites: [{ siteId, level: 'read' }], modes: { ...DEFAULT_MODES, assets: 'all_in_scope' }, capabilities: NO_CAPABILITIES }, now);
  const grantedUserId = await make('granted-user');
  await writeAccessConfiguration(db, grantedUserId, { sitesRestricted: false, sites: [], modes: DEFAULT_MODES, capabilities: NO_CAPABILITIES }, now);
  for (const rootId of grantedRoots) {
    await db.insertInto('access_grants').values({ id: newId(), user_id: grantedUserId, resource_type: 'asset', resource_id: rootId, kind: 'visible', customer_id: customerId, created_at: now, created_by_user_id: null }).execute();
  }
  return { siteUserId, grantedUserId, customerId, siteId };
}

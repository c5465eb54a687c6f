import { sql, type SqlBool } from 'kysely';
import type { App } from '../src/server/app.js';
import { newId } from '../src/server/db/ids.js';
import type { AccessScope } from '../src/server/modules/access/access-scope.js';
import { createStaffUser, uniqueSuffix } from './factories.js';
import type { Session } from './helpers.js';

type Poster = Pick<Session, 'post'>;

/**
 * A site written straight to the database: the sites API is another module's; these tests only need
 * a row to reference.
 */
export async function createSite(app: App, customerId: string, name = `Site ${uniqueSuffix()}`) {
  const id = newId();
  const now = app.ctx.clock().toISOString();
  await app.ctx.db
    .insertInto('sites')
    .values({ id, customer_id: customerId, parent_id: null, path: `/${id}/`, name, kind: 'facility', created_at: now, updated_at: now })
    .execute();
  return { id, customerId, name };
}

/** A project written straight to the database, for the same reason. */
export async function createProjectRow(app: App, customerId: string) {
  const id = newId();
  const now = app.ctx.clock().toISOString();
  await app.ctx.db
    .insertInto('projects')
    .values({
      id,
      customer_id: customerId,
      number: `PT-${uniqueSuffix()}`,
      name: `Project ${uniqueSuffix()}`,
      kind: 'installation',
      status: 'active',
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { id, customerId };
}

/** An asset created through the API; overrides must carry customerId. */
export async function createAsset(session: Poster, overrides: Record<string, unknown> & { customerId: string }) {
  const response = await session.post('/api/v1/assets', { name: `Asset ${uniqueSuffix()}`, ...overrides });
  if (response.statusCode !== 201) throw new Error(`creating an asset failed: ${response.statusCode} ${response.body}`);
  return response.json() as { id: string; customerId: string; parentId: string | null; rootId: string; depth: number; name: string };
}

/** A work order created through the API; overrides carry customerId or assetId. */
export async function createWorkOrder(session: Poster, overrides: Record<string, unknown>) {
  const response = await session.post('/api/v1/work-orders', { title: `Job ${uniqueSuffix()}`, ...overrides });
  if (response.statusCode !== 201) throw new Error(`creating a work order failed: ${response.statusCode} ${response.body}`);
  return response.json() as { id: string; number: string; customerId: string; assetId: string | null; rootAssetId: string | null; status: string };
}

/**
 * A portal (external) user of no customer, written straight to the database: whatever the portal policy
 * becomes, such a user sees no asset or work order, so the tests can check every door stays shut.
 */
export async function createExternalUser(app: App) {
  const created = await createStaffUser(app, { role: 'technician' });
  await app.ctx.db.updateTable('users').set({ kind: 'external', role: null }).where('id', '=', created.user.id).execute();
  return created;
}

/**
 * The portal policy is not built yet: a scope of a portal user that sees every record, to check what the
 * modules themselves hide from portal users (internal fields, internal notes, tasks) once it lets records through.
 */
export function portalScopeSeeingEverything(userId: string): AccessScope {
  return { principal: { kind: 'external', userId, sessionId: null }, visible: () => () => sql<SqlBool>`1 = 1` };
}

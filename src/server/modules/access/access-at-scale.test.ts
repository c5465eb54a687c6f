import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, staffSession } from '../../../../test/factories.js';
import { createPortalUser } from '../../../../test/factories-portal.js';
import { insertAssetChains, insertGrants, insertWorkOrdersOn } from '../../../../test/factories-bulk.js';
import { newId } from '../../db/ids.js';

/**
 * The policy at the shapes real customers have. Before the policy joined grants from their table, every
 * grant became one literal of the statement: from about 1,000 grants SQLite answered "Expression tree is
 * too large" (a 500) and PostgreSQL planned for seconds.
 */
let statements = 0;
let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp({}, { log: (event) => { if (event.level === 'query') statements++; } });
  admin = (await staffSession(t.app, 'admin')).session;
});
afterAll(() => t.close());

type Page = { items: { id: string; name?: string }[]; nextCursor: string | null };

async function pageThrough(session: Session, url: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const response = await session.get(`${url}${url.includes('?') ? '&' : '?'}limit=200${cursor ? `&cursor=${cursor}` : ''}`);
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json() as Page;
    ids.push(...page.items.map((i) => i.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

describe('the access policy at real customer shapes', () => {
  it('lists fine for a user with 50,000 grants, showing exactly the granted subtrees', async () => {
    const customer = await createCustomer(admin);
    // 6,000 assets in chains of 5. In every other chain the top and the middle asset are granted (1,200
    // asset grants, overlapping): that chain is visible as a whole, the other chains not at all.
    const assets = await insertAssetChains(t.app, customer.id, 6000, 5);
    const grantedTops = assets.filter((_, i) => i % 10 === 0 || i % 10 === 2);
    const visible = assets.filter((_, i) => i % 10 < 5);
    const workOrders = await insertWorkOrdersOn(t.app, customer.id, assets);
    const { userId, session } = await createPortalUser(t.app, { customerId: customer.id, modes: { assets: 'granted_only' } });
    await insertGrants(t.app, userId, customer.id, 'asset', grantedTops.map((a) => a.id));
    // The rest of the 50,000: grants on records that are no longer there, as years of use leave behind.
    const stale = 50_000 - grantedTops.length;
    await insertGrants(t.app, userId, customer.id, 'ticket', Array.from({ length: stale / 2 }, () => newId()));
    await insertGrants(t.app, userId, customer.id, 'order', Array.from({ length: stale / 2 }, () => newId()));

    expect((await pageThrough(session, '/api/v1/assets')).sort()).toEqual(visible.map((a) => a.id).sort());
    const visibleIds = new Set(visible.map((a) => a.id));
    const expectedWorkOrders = workOrders.filter((_, i) => visibleIds.has(assets[i]!.id));
    expect((await pageThrough(session, '/api/v1/work-orders')).sort()).toEqual(expectedWorkOrders.sort());
    for (const url of ['/api/v1/tickets', '/api/v1/orders', '/api/v1/files', '/api/v1/me']) {
      expect((await session.get(url)).statusCode, url).toBe(200);
    }
    const deep = assets[4]!;
    expect((await session.get(`/api/v1/assets/${deep.id}`)).statusCode).toBe(200);
    expect((await session.get(`/api/v1/assets/${assets[9]!.id}`)).statusCode).toBe(404);
    const explained = await admin.get(`/api/v1/users/${userId}/explain?resourceType=asset&resourceId=${deep.id}`);
    expect(explained.statusCode).toBe(200);
    expect(explained.json().visible).toBe(true);
  }, 120_000);

  it('lists a consolidated account of 1,200 customers (more ids than fit inline) in one page', async () => {
    const parent = await createCustomer(admin);
    const children: string[] = [];
    for (let i = 0; i < 1200; i++) {
      const id = newId();
      children.push(id);
    }
    const now = t.app.ctx.clock().toISOString();
    for (let i = 0; i < children.length; i += 300) {
      await t.app.ctx.db
        .insertInto('customers')
        .values(children.slice(i, i + 300).map((id, j) => ({ id, parent_id: parent.id, path: `/${parent.id}/${id}/`, number: `C-${id}`, name: `Branch ${i + j}`, portal_areas: JSON.stringify(['assets', 'work_orders']), created_at: now, updated_at: now })))
        .execute();
    }
    const lastBranch = children.at(-1)!;
    const [asset] = await insertAssetChains(t.app, lastBranch, 1, 1);
    const { session } = await createPortalUser(t.app, { customerId: parent.id, modes: { assets: 'all_in_scope' } });
    expect((await pageThrough(session, '/api/v1/assets'))).toEqual([asset!.id]);
    expect((await pageThrough(session, '/api/v1/customers')).length).toBe(1201);
  }, 120_000);

  it('answers a repeated portal list request in two SQL statements (the session with the access epoch, the page: the facts come from the cache)', async () => {
    const customer = await createCustomer(admin);
    const assets = await insertAssetChains(t.app, customer.id, 30, 3);
    const { userId, session } = await createPortalUser(t.app, { customerId: customer.id, modes: { assets: 'granted_only' } });
    await insertGrants(t.app, userId, customer.id, 'asset', [assets[0]!.id, assets[3]!.id]);
    await session.get('/api/v1/assets');
    statements = 0;
    const response = await session.get('/api/v1/assets?limit=50');
    expect(response.statusCode).toBe(200);
    expect((response.json() as Page).items).toHaveLength(6);
    expect(statements).toBe(2);

    // The tree view's page counts the visible sub-assets of the whole page in one more statement.
    statements = 0;
    const tree = await session.get('/api/v1/assets?visibleRoots=true&childCounts=true&limit=50');
    expect(tree.statusCode).toBe(200);
    expect((tree.json() as { items: { childCount: number }[] }).items.map((a) => a.childCount)).toEqual([1, 1]);
    expect(statements).toBe(3);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, staffSession } from '../../../../test/factories.js';
import { createPortalUser } from '../../../../test/factories-portal.js';
import { createAsset, createSite } from '../../../../test/factories-assets.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = (await staffSession(t.app, 'admin')).session;
});
afterAll(() => t.close());

const overview = async (session: Session, query = '') => {
  const response = await session.get(`/api/v1/assets/overview${query}`);
  expect(response.statusCode, response.body).toBe(200);
  const { today: _today, dueSoonBefore: _soon, ...counts } = response.json();
  return counts;
};

/** The test clock's today is 2026-03-02: due by 2026-04-01 is "due soon". */
async function fleet(customerId: string, siteId: string | null = null) {
  const at = siteId ? { siteId } : {};
  const root = await createAsset(admin, { customerId, ...at, nextDueDate: '2026-02-01' }); // overdue
  await createAsset(admin, { customerId, ...at, parentId: root.id, nextDueDate: '2026-03-20' }); // due soon
  await createAsset(admin, { customerId, ...at, nextDueDate: '2026-09-01' }); // ok
  await createAsset(admin, { customerId, ...at }); // ok: no due date
  await createAsset(admin, { customerId, ...at, status: 'in_repair', nextDueDate: '2026-01-01' });
  await createAsset(admin, { customerId, ...at, status: 'decommissioned' });
  const archived = await createAsset(admin, { customerId, ...at });
  await admin.delete(`/api/v1/assets/${archived.id}`);
  return root;
}

const FLEET = { ok: 2, dueSoon: 1, overdue: 1, inRepair: 1, outOfService: 1, total: 6, capped: false };

describe('asset overview', () => {
  it('counts only what the caller’s asset list shows: another customer’s assets never', async () => {
    const a = await createCustomer(admin);
    const b = await createCustomer(admin);
    await fleet(a.id);
    await fleet(b.id);
    await createAsset(admin, { customerId: b.id, status: 'in_repair' });
    const portal = await createPortalUser(t.app, { customerId: a.id, modes: { assets: 'all_in_scope' } });
    expect(await overview(portal.session)).toEqual(FLEET);
    // Naming the other customer narrows to nothing, exactly like a customer that does not exist.
    expect(await overview(portal.session, `?customerId=${b.id}`)).toEqual({ ...FLEET, ok: 0, dueSoon: 0, overdue: 0, inRepair: 0, outOfService: 0, total: 0 });
    expect(await overview(portal.session, `?customerId=${b.id}`)).toEqual(await overview(portal.session, '?customerId=0190c7a0-0000-7000-8000-000000000000'));
    // Staff see every customer, one at a time if they ask.
    expect(await overview(admin, `?customerId=${b.id}`)).toEqual({ ...FLEET, inRepair: 2, total: 7 });
  });

  it('follows the asset mode and the site scope of the user, and the site switcher', async () => {
    const customer = await createCustomer(admin);
    const north = await createSite(t.app, customer.id);
    const south = await createSite(t.app, customer.id);
    const granted = await fleet(customer.id, north.id);
    await fleet(customer.id, south.id);
    const grantedOnly = await createPortalUser(t.app, {
      customerId: customer.id,
      modes: { assets: 'granted_only' },
      grants: [{ resourceType: 'asset', resourceId: granted.id, customerId: customer.id }],
    });
    expect(await overview(grantedOnly.session)).toEqual({ ok: 0, dueSoon: 1, overdue: 1, inRepair: 0, outOfService: 0, total: 2, capped: false });
    const northOnly = await createPortalUser(t.app, { customerId: customer.id, modes: { assets: 'all_in_scope' }, sites: [{ siteId: north.id, level: 'read' }] });
    expect(await overview(northOnly.session)).toEqual(FLEET);
    const everywhere = await createPortalUser(t.app, { customerId: customer.id, modes: { assets: 'all_in_scope' } });
    expect(await overview(everywhere.session, `?siteId=${south.id}`)).toEqual(FLEET);
    expect((await overview(everywhere.session)).total).toBe(12);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, staffSession } from '../../../../test/factories.js';
import { createPortalUser } from '../../../../test/factories-portal.js';
import { createAsset, createSite } from '../../../../test/factories-assets.js';

/**
 * Issue #13: asset trees shown as trees. `visibleRoots` lists the tops of the trees as the caller sees
 * them, `childCounts` says how many sub-assets the caller can see under each: both through the access
 * policy, so a portal user never learns of a sub-asset on a site they cannot see.
 */
let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = (await staffSession(t.app, 'admin')).session;
});
afterAll(() => t.close());

/** A plant on site A with a pump on A and a chiller on B; the chiller's sensor is back on A. */
async function plantWorld() {
  const customer = await createCustomer(admin);
  const siteA = await createSite(t.app, customer.id, 'Site A');
  const siteB = await createSite(t.app, customer.id, 'Site B');
  const plant = await createAsset(admin, { customerId: customer.id, siteId: siteA.id, name: 'Plant' });
  const pump = await createAsset(admin, { customerId: customer.id, siteId: siteA.id, parentId: plant.id, name: 'Pump' });
  const chiller = await createAsset(admin, { customerId: customer.id, siteId: siteB.id, parentId: plant.id, name: 'Chiller' });
  const sensor = await createAsset(admin, { customerId: customer.id, siteId: siteA.id, parentId: chiller.id, name: 'Sensor' });
  const user = await createPortalUser(t.app, { customerId: customer.id, modes: { assets: 'all_in_scope' }, sites: [{ siteId: siteA.id, level: 'read' }] });
  return { customer, plant, pump, chiller, sensor, user };
}

type Listed = { name: string; childCount?: number };
async function listed(session: Session, query: string): Promise<Listed[]> {
  const response = await session.get(`/api/v1/assets?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return (response.json().items as Listed[]).map(({ name, childCount }) => ({ name, childCount }));
}

describe('asset trees', () => {
  it('a portal user sees the tops of what they see and counts only the sub-assets they can see', async () => {
    const { plant, user } = await plantWorld();
    // The sensor's parent (the chiller, on site B) is hidden, so the sensor is a top of the user's view.
    expect(await listed(user.session, 'visibleRoots=true&childCounts=true')).toEqual([
      { name: 'Plant', childCount: 1 },
      { name: 'Sensor', childCount: 0 },
    ]);
    expect(await listed(user.session, `parentId=${plant.id}&childCounts=true`)).toEqual([{ name: 'Pump', childCount: 0 }]);
    // Without the flag no count is given.
    expect(await listed(user.session, 'visibleRoots=true')).toEqual([{ name: 'Plant' }, { name: 'Sensor' }]);
  });

  it('staff see the top-level assets as the roots and every sub-asset counted', async () => {
    const { customer, chiller } = await plantWorld();
    expect(await listed(admin, `customerId=${customer.id}&visibleRoots=true&childCounts=true`)).toEqual([{ name: 'Plant', childCount: 2 }]);
    expect(await listed(admin, `customerId=${customer.id}&parentId=${chiller.id}&childCounts=true`)).toEqual([{ name: 'Sensor', childCount: 0 }]);
  });

  it('an archived sub-asset is not counted', async () => {
    const { customer, pump, chiller } = await plantWorld();
    expect((await admin.delete(`/api/v1/assets/${pump.id}`)).statusCode).toBe(204);
    expect((await admin.delete(`/api/v1/assets/${chiller.id}`)).statusCode).toBe(204);
    expect(await listed(admin, `customerId=${customer.id}&topLevel=true&childCounts=true`)).toEqual([{ name: 'Plant', childCount: 0 }]);
  });
});

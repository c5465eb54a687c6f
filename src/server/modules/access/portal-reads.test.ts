import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, staffSession } from '../../../../test/factories.js';
import { createPortalUser } from '../../../../test/factories-portal.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = (await staffSession(t.app, 'admin')).session;
});
afterAll(() => t.close());

const ids = (response: { json(): { items: { id: string }[] } }) => response.json().items.map((i) => i.id);

describe('portal reads go through the access policy on every endpoint', () => {
  it('shows a granted asset, its subtree and work orders, and nothing of another customer', async () => {
    const customer = await createCustomer(admin);
    const other = await createCustomer(admin);
    const post = async (url: string, body: object) => (await admin.post(url, body)).json() as { id: string };
    const plant = await post('/api/v1/assets', { customerId: customer.id, name: 'Plant room', internalNotes: 'key under the mat' });
    const boiler = await post('/api/v1/assets', { customerId: customer.id, name: 'Boiler', parentId: plant.id });
    const hidden = await post('/api/v1/assets', { customerId: customer.id, name: 'Other building' });
    const foreign = await post('/api/v1/assets', { customerId: other.id, name: 'Foreign boiler' });
    const workOrder = await post('/api/v1/work-orders', { assetId: boiler.id, title: 'Service' });
    const hiddenWorkOrder = await post('/api/v1/work-orders', { assetId: hidden.id, title: 'Elsewhere' });

    const { session } = await createPortalUser(t.app, {
      customerId: customer.id,
      grants: [{ resourceType: 'asset', resourceId: plant.id, customerId: customer.id }],
    });
    expect(ids(await session.get('/api/v1/assets')).sort()).toEqual([plant.id, boiler.id].sort());
    const plantRead = await session.get(`/api/v1/assets/${plant.id}`);
    expect(plantRead.statusCode).toBe(200);
    expect(plantRead.json().internalNotes).toBeUndefined();
    expect(ids(await session.get('/api/v1/work-orders'))).toEqual([workOrder.id]);

    for (const url of [`/api/v1/assets/${hidden.id}`, `/api/v1/assets/${foreign.id}`, `/api/v1/work-orders/${hiddenWorkOrder.id}`, `/api/v1/customers/${other.id}`]) {
      const response = await session.get(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.json().error.message).toBe((await session.get(url.replace(/[0-9a-f-]{36}$/, '0190c7a0-0000-7000-8000-000000000000'))).json().error.message);
    }
    expect(ids(await session.get('/api/v1/documents'))).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAsset } from '../../../test/factories-assets.js';
import { createCustomer, staffSession } from '../../../test/factories.js';
import { buildTestApp, type Session, type TestApp } from '../../../test/helpers.js';

/**
 * Finding 10 of the outside probe: on PostgreSQL, two concurrent parent changes made two customers each
 * other's parent (8 of 15 tries). Each round moves A under B and B under A at the same moment: exactly
 * one may win, the other must see the winner's paths and refuse with "cycle".
 */
let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = (await staffSession(t.app, 'admin')).session;
});
afterAll(() => t.close());

const ROUNDS = 10;

async function crossMoves(collection: 'customers' | 'sites' | 'assets', a: string, b: string) {
  const [first, second] = await Promise.all([admin.patch(`/api/v1/${collection}/${a}`, { parentId: b }), admin.patch(`/api/v1/${collection}/${b}`, { parentId: a })]);
  const statuses = [first.statusCode, second.statusCode].sort();
  expect(statuses).toEqual([200, 422]);
  const refused = first.statusCode === 422 ? first : second;
  expect(refused.json().error.code).toBe('cycle');
  const [rowA, rowB] = [(await admin.get(`/api/v1/${collection}/${a}`)).json(), (await admin.get(`/api/v1/${collection}/${b}`)).json()];
  expect(rowA.parentId === b && rowB.parentId === a).toBe(false);
}

describe('concurrent tree moves never make a cycle', () => {
  it('customers', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const [a, b] = [await createCustomer(admin), await createCustomer(admin)];
      await crossMoves('customers', a.id, b.id);
    }
  });

  it('sites', async () => {
    const customer = await createCustomer(admin);
    for (let round = 0; round < ROUNDS; round++) {
      const [a, b] = [(await admin.post('/api/v1/sites', { customerId: customer.id, name: `A${round}` })).json(), (await admin.post('/api/v1/sites', { customerId: customer.id, name: `B${round}` })).json()];
      await crossMoves('sites', a.id, b.id);
    }
  });

  it('assets, and the subtree keeps paths that match its parents', async () => {
    const customer = await createCustomer(admin);
    for (let round = 0; round < ROUNDS; round++) {
      const a = await createAsset(admin, { customerId: customer.id, name: `A${round}` });
      const b = await createAsset(admin, { customerId: customer.id, name: `B${round}` });
      await crossMoves('assets', a.id, b.id);
    }
    const rows = await t.app.ctx.db.selectFrom('assets').select(['id', 'parent_id', 'path']).where('customer_id', '=', customer.id).execute();
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const row of rows) expect(row.path).toBe(`${row.parent_id ? byId.get(row.parent_id)!.path : '/'}${row.id}/`);
  });
});

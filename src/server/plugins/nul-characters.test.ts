import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, staffSession } from '../../../test/factories.js';
import { buildTestApp, type TestApp } from '../../../test/helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

function expectRefused(response: { statusCode: number; json(): { error: { code: string } } }, label: string) {
  expect(response.statusCode, label).toBe(400);
  expect(response.json().error.code, label).toBe('validation_failed');
}

/** Finding 5 of the outside probe: PostgreSQL answered 500 for a NUL character in JSON strings and queries. */
describe('NUL characters in input', () => {
  it('are a 400 wherever they appear: login, a record body, a nested value, a key, a query, a path', async () => {
    const { session: admin } = await staffSession(t.app);
    const customer = await createCustomer(admin);
    expectRefused(await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { login: 'a\u0000b', password: 'whatever-secret' } }), 'login');
    expectRefused(await admin.post('/api/v1/customers', { name: 'Acme\u0000' }), 'customer name');
    expectRefused(await admin.patch(`/api/v1/customers/${customer.id}`, { name: 'x', portalAreas: ['assets\u0000'] }), 'array item');
    expectRefused(await admin.post('/api/v1/customers', { name: 'Acme', ['x\u0000']: 1 }), 'key');
    expectRefused(await admin.get('/api/v1/tickets?q=%00'), 'search text');
    expectRefused(await admin.get('/api/v1/customers?sort=%00name'), 'sort');
    expectRefused(await admin.get(`/api/v1/customers/${customer.id}%00`), 'path');
  });

  it('leave the record unchanged, and the same text without NUL is accepted', async () => {
    const { session: admin } = await staffSession(t.app);
    const customer = await createCustomer(admin);
    expectRefused(await admin.patch(`/api/v1/customers/${customer.id}`, { name: 'Renamed\u0000' }), 'rename');
    expect((await admin.get(`/api/v1/customers/${customer.id}`)).json().name).toBe(customer.name);
    const renamed = await admin.patch(`/api/v1/customers/${customer.id}`, { name: 'Renamed' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().name).toBe('Renamed');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, staffSession } from '../../../test/factories.js';
import { buildTestApp, type Session, type TestApp } from '../../../test/helpers.js';

/** Hardening from the outside probe: cross-site state changes are refused whatever the content type. */
let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp({ PUBLIC_URL: 'https://portal.example.test' });
  admin = (await staffSession(t.app, 'admin')).session;
});
afterAll(() => t.close());

const evil = { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' };

describe('cross-site requests', () => {
  it('refuses a JSON write, a body-less POST and a multipart upload coming from another site', async () => {
    const customer = await createCustomer(admin);
    const json = await admin.inject({ method: 'POST', url: '/api/v1/customers', payload: { name: 'Forged' }, headers: evil });
    expect(json.statusCode).toBe(403);
    expect(json.json().error.code).toBe('cross_site_request');
    expect((await admin.inject({ method: 'POST', url: '/api/v1/notifications/read-all', headers: { 'sec-fetch-site': 'cross-site' } })).statusCode).toBe(403);
    const boundary = 'x-boundary';
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--${boundary}--\r\n`;
    const upload = await admin.inject({
      method: 'POST',
      url: `/api/v1/files?resourceType=customer&resourceId=${customer.id}`,
      payload: body,
      headers: { ...evil, 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(upload.statusCode).toBe(403);
    // An Origin of another site is enough, even without Sec-Fetch-Site (older browsers).
    expect((await admin.inject({ method: 'DELETE', url: `/api/v1/customers/${customer.id}`, headers: { origin: 'null' } })).statusCode).toBe(403);
    expect((await admin.get(`/api/v1/customers/${customer.id}`)).json().archivedAt).toBeNull();
  });

  it('lets the app itself, clients without a browser and API tokens through; reads are never refused', async () => {
    const own = await admin.inject({ method: 'POST', url: '/api/v1/customers', payload: { name: 'Same origin' }, headers: { origin: 'https://portal.example.test', 'sec-fetch-site': 'same-origin' } });
    expect(own.statusCode).toBe(201);
    expect((await admin.post('/api/v1/customers', { name: 'No browser' })).statusCode).toBe(201);
    expect((await admin.inject({ method: 'GET', url: '/api/v1/customers', headers: evil })).statusCode).toBe(200);
    const token = (await admin.post('/api/v1/api-tokens', { name: 'ERP' })).json().token as string;
    const withToken = await t.app.inject({ method: 'POST', url: '/api/v1/customers', payload: { name: 'Token' }, headers: { ...evil, authorization: `Bearer ${token}` } });
    expect(withToken.statusCode).toBe(201);
  });

  it('sends HSTS when the public URL is https', async () => {
    expect((await admin.get('/api/v1/health')).headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });
});

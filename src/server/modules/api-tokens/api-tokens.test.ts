import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, staffSession } from '../../../../test/factories.js';
import { createPortalUser } from '../../../../test/factories-portal.js';

/** SPEC §4: API tokens (`Authorization: Bearer …`) for integrations, acting as the staff user who made them. */
let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const bearer = (token: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: Record<string, unknown>) =>
  t.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });

async function tokenFor(role: 'admin' | 'coordinator' | 'technician', body: Record<string, unknown> = { name: 'ERP sync' }) {
  const staff = await staffSession(t.app, role);
  const created = await staff.session.post('/api/v1/api-tokens', body);
  expect(created.statusCode).toBe(201);
  return { ...staff, created: created.json() as { id: string; token: string; prefix: string; userId: string } };
}

describe('API tokens', () => {
  it('act as their creator on the same endpoints, and the secret is shown once and stored only as a hash', async () => {
    const { user, session, created } = await tokenFor('coordinator');
    expect(created.token).toMatch(/^portico_[A-Za-z0-9_-]{43}$/);
    expect(created.token.startsWith(created.prefix)).toBe(true);
    expect(created.userId).toBe(user.id);

    const me = await bearer(created.token, 'GET', '/api/v1/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ id: user.id, kind: 'staff', roles: ['coordinator'] });
    const customer = await bearer(created.token, 'POST', '/api/v1/customers', { name: `Token customer ${created.prefix}` });
    expect(customer.statusCode).toBe(201);
    expect((await session.get(`/api/v1/customers/${customer.json().id}`)).statusCode).toBe(200);

    const listed = (await session.get('/api/v1/api-tokens')).json();
    expect(listed.items).toHaveLength(1);
    expect(listed.items[0]).toMatchObject({ id: created.id, name: 'ERP sync', prefix: created.prefix, revokedAt: null });
    expect(listed.items[0].token).toBeUndefined();
    expect(listed.items[0].lastUsedAt).not.toBeNull();
    const row = await t.app.ctx.db.selectFrom('api_tokens').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(created.token);

    const audit = await t.app.ctx.db.selectFrom('audit_events').select(['action', 'actor_user_id']).where('resource_id', '=', customer.json().id).execute();
    expect(audit).toEqual([{ action: 'customer.create', actor_user_id: user.id }]);
  });

  it('keep the creator’s role limits', async () => {
    const { created } = await tokenFor('technician');
    const response = await bearer(created.token, 'POST', '/api/v1/customers', { name: 'Not allowed' });
    expect(response.statusCode).toBe(403);
  });

  it('stop working when revoked, expired, or the user is disabled; a bad token is never rescued by a cookie', async () => {
    const revoked = await tokenFor('admin');
    expect((await revoked.session.delete(`/api/v1/api-tokens/${revoked.created.id}`)).statusCode).toBe(204);
    const refused = await bearer(revoked.created.token, 'GET', '/api/v1/me');
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error.code).toBe('invalid_token');
    expect((await revoked.session.get('/api/v1/api-tokens?active=false')).json().items.map((tk: { id: string }) => tk.id)).toEqual([revoked.created.id]);

    const expiring = await tokenFor('admin', { name: 'Short', expiresAt: new Date(t.clock.now().getTime() + 3_600_000).toISOString() });
    expect((await bearer(expiring.created.token, 'GET', '/api/v1/me')).statusCode).toBe(200);
    t.clock.advanceMinutes(61);
    expect((await bearer(expiring.created.token, 'GET', '/api/v1/me')).statusCode).toBe(401);

    const admin = await staffSession(t.app, 'admin');
    const owner = await tokenFor('coordinator');
    expect((await admin.session.patch(`/api/v1/users/${owner.user.id}`, { status: 'disabled' })).statusCode).toBe(200);
    expect((await bearer(owner.created.token, 'GET', '/api/v1/me')).statusCode).toBe(401);

    const withCookie = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: 'Bearer portico_not-a-token', cookie: `portico_session=${admin.session.cookie}` } });
    expect(withCookie.statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: 'Bearer' } })).json().error.code).toBe('invalid_token');
    // Another scheme (a reverse proxy's Basic auth) is not ours: the browser session still counts.
    const behindProxy = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: 'Basic dXNlcjpwYXNz', cookie: `portico_session=${admin.session.cookie}` } });
    expect(behindProxy.statusCode).toBe(200);
    expect(behindProxy.json().id).toBe(admin.user.id);
  });

  it('cannot change passwords, mint tokens or start previews', async () => {
    const { created, password } = await tokenFor('admin');
    for (const [url, payload] of [
      ['/api/v1/auth/password', { currentPassword: password, newPassword: 'a-completely-new-password' }],
      ['/api/v1/api-tokens', { name: 'Another' }],
    ] as const) {
      const response = await bearer(created.token, 'POST', url, payload);
      expect(response.statusCode, url).toBe(403);
      expect(response.json().error.code).toBe('session_required');
    }
  });

  it('are listed and revoked by admins for everyone, by others only for themselves; portal users get none', async () => {
    const owner = await tokenFor('coordinator');
    const other = await staffSession(t.app, 'coordinator');
    const admin = await staffSession(t.app, 'admin');
    expect((await other.session.get('/api/v1/api-tokens')).json().items).toEqual([]);
    expect((await other.session.delete(`/api/v1/api-tokens/${owner.created.id}`)).statusCode).toBe(404);
    expect((await bearer(owner.created.token, 'GET', '/api/v1/me')).statusCode).toBe(200);

    const seenByAdmin = (await admin.session.get(`/api/v1/api-tokens?userId=${owner.user.id}`)).json().items;
    expect(seenByAdmin.map((tk: { id: string }) => tk.id)).toEqual([owner.created.id]);
    expect((await admin.session.delete(`/api/v1/api-tokens/${owner.created.id}`)).statusCode).toBe(204);
    expect((await bearer(owner.created.token, 'GET', '/api/v1/me')).statusCode).toBe(401);
    const audit = await t.app.ctx.db.selectFrom('audit_events').select(['action', 'actor_user_id']).where('resource_id', '=', owner.created.id).orderBy('occurred_at').execute();
    expect(audit).toEqual([
      { action: 'api_token.create', actor_user_id: owner.user.id },
      { action: 'api_token.revoke', actor_user_id: admin.user.id },
    ]);

    const customer = await createCustomer(admin.session);
    const portal = await createPortalUser(t.app, { customerId: customer.id });
    const refused = await portal.session.post('/api/v1/api-tokens', { name: 'Mine' });
    expect(refused.statusCode).toBe(403);
    expect((await portal.session.get('/api/v1/api-tokens')).statusCode).toBe(403);
  });

  it('reject a past expiry and unknown fields', async () => {
    const { session } = await staffSession(t.app, 'admin');
    const past = await session.post('/api/v1/api-tokens', { name: 'Old', expiresAt: new Date(t.clock.now().getTime() - 1000).toISOString() });
    expect(past.statusCode).toBe(422);
    expect((await session.post('/api/v1/api-tokens', { name: 'X', scope: 'all' })).statusCode).toBe(400);
    expect((await session.post('/api/v1/api-tokens', { name: '' })).statusCode).toBe(400);
  });
});

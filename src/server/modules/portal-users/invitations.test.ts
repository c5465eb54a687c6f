import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, loginAs, sessionCookieOf, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, staffSession, uniqueSuffix } from '../../../../test/factories.js';
import { latestMailTo, linkTokenFromMail } from '../../../../test/mail-helpers.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = (await staffSession(t.app, 'coordinator')).session;
});
afterAll(() => t.close());

const email = () => `anna-${uniqueSuffix()}@customer.test`;
const activate = (token: string, password: string) => t.app.inject({ method: 'POST', url: '/api/v1/auth/activate', payload: { token, password } });

async function invite(body: object) {
  const response = await admin.post('/api/v1/users/invitations', body);
  if (response.statusCode !== 201) throw new Error(`invite failed: ${response.statusCode} ${response.body}`);
  return response.json().items as { id: string; login: string; status: string }[];
}

describe('invitations', () => {
  it('invites by e-mail; the single-use link activates the account, signs in, and cannot be used again', async () => {
    const customer = await createCustomer(admin, { name: 'Helix Pharma' });
    const address = email();
    const [user] = await invite({ email: address, displayName: 'Anna', customerId: customer.id, roleTemplate: 'customer' });
    expect(user).toMatchObject({ status: 'pending', login: address });
    expect((await admin.get(`/api/v1/users/${user!.id}/invitation`)).json().state).toBe('pending');

    const mail = await latestMailTo(t.app, address);
    expect(mail?.subject).toBe('Your portal access for Helix Pharma');
    expect(mail?.text_body).toContain('http://portico.test/activate?token=');
    const token = await linkTokenFromMail(t.app, address, 'activate');

    const activated = await activate(token, 'my-first-password');
    expect(activated.statusCode).toBe(200);
    expect(activated.json().user).toMatchObject({ id: user!.id, kind: 'external' });
    expect(sessionCookieOf(activated)).toBeDefined();
    expect((await admin.get(`/api/v1/users/${user!.id}/invitation`)).json().state).toBe('active');
    expect((await activate(token, 'another-password')).statusCode).toBe(400);
    await loginAs(t.app, address, 'my-first-password');
  });

  it('the link expires after seven days', async () => {
    const customer = await createCustomer(admin);
    const address = email();
    const [user] = await invite({ email: address, displayName: 'Ben', customerId: customer.id, roleTemplate: 'view_only' });
    const token = await linkTokenFromMail(t.app, address, 'activate');
    t.clock.advanceMinutes(7 * 24 * 60 + 1);
    admin = (await staffSession(t.app, 'coordinator')).session; // the old session reached its absolute timeout
    expect((await admin.get(`/api/v1/users/${user!.id}/invitation`)).json().state).toBe('expired');
    const late = await activate(token, 'my-first-password');
    expect(late.statusCode).toBe(400);
    expect(late.json().error.message).toContain('invalid or has expired');
  });

  it('resending replaces the link; revoking kills it', async () => {
    const customer = await createCustomer(admin);
    const address = email();
    const [user] = await invite({ email: address, displayName: 'Cleo', customerId: customer.id, roleTemplate: 'customer' });
    const first = await linkTokenFromMail(t.app, address, 'activate');
    expect((await admin.post(`/api/v1/users/${user!.id}/invitation/resend`)).statusCode).toBe(200);
    const second = await linkTokenFromMail(t.app, address, 'activate');
    expect(second).not.toBe(first);
    expect((await activate(first, 'my-first-password')).statusCode).toBe(400);
    expect((await admin.delete(`/api/v1/users/${user!.id}/invitation`)).statusCode).toBe(204);
    expect((await admin.get(`/api/v1/users/${user!.id}/invitation`)).json().state).toBe('revoked');
    expect((await activate(second, 'my-first-password')).statusCode).toBe(400);
  });

  it('bulk invitations are all or nothing', async () => {
    const customer = await createCustomer(admin);
    const taken = email();
    await invite({ email: taken, displayName: 'Dora', customerId: customer.id, roleTemplate: 'customer' });
    const fresh = email();
    const conflict = await admin.post('/api/v1/users/invitations', {
      invitations: [
        { email: fresh, displayName: 'Eve', customerId: customer.id, roleTemplate: 'customer' },
        { email: taken, displayName: 'Dora again', customerId: customer.id, roleTemplate: 'customer' },
      ],
    });
    expect(conflict.statusCode).toBe(409);
    expect(await latestMailTo(t.app, fresh)).toBeUndefined();
    const ok = await invite({ invitations: [fresh, email()].map((address) => ({ email: address, displayName: 'X', customerId: customer.id, roleTemplate: 'view_only' })) });
    expect(ok).toHaveLength(2);
  });

  it('rejects sites of another customer and unknown customers with 422', async () => {
    const customer = await createCustomer(admin);
    const other = await createCustomer(admin);
    const foreignSite = (await admin.post('/api/v1/sites', { customerId: other.id, name: 'Elsewhere' })).json();
    const response = await admin.post('/api/v1/users/invitations', { email: email(), displayName: 'F', customerId: customer.id, roleTemplate: 'customer', sites: [{ siteId: foreignSite.id, level: 'read' }] });
    expect(response.statusCode).toBe(422);
    const unknown = await admin.post('/api/v1/users/invitations', { email: email(), displayName: 'F', customerId: '0190c7a0-0000-7000-8000-000000000000', roleTemplate: 'customer' });
    expect(unknown.statusCode).toBe(422);
  });

  it('technicians cannot invite', async () => {
    const customer = await createCustomer(admin);
    const technician = (await staffSession(t.app, 'technician')).session;
    expect((await technician.post('/api/v1/users/invitations', { email: email(), displayName: 'G', customerId: customer.id, roleTemplate: 'customer' })).statusCode).toBe(403);
  });

  it('with an initial password instead of an e-mail, the user must change it at first login', async () => {
    const customer = await createCustomer(admin);
    const address = email();
    await invite({ email: address, displayName: 'Hal', customerId: customer.id, roleTemplate: 'customer', initialPassword: 'initial-secret-1' });
    expect(await latestMailTo(t.app, address)).toBeUndefined();
    const session = await loginAs(t.app, address, 'initial-secret-1');
    expect((await session.get('/api/v1/me')).json().mustChangePassword).toBe(true);
    expect((await session.get('/api/v1/assets')).json().error.code).toBe('password_change_required');
    expect((await session.post('/api/v1/auth/password', { currentPassword: 'initial-secret-1', newPassword: 'my-own-secret-2' })).statusCode).toBe(204);
    expect((await session.get('/api/v1/assets')).statusCode).toBe(200);
  });
});

describe('password reset', () => {
  it('answers 202 for any address and mails a one-hour link only to real accounts', async () => {
    const customer = await createCustomer(admin);
    const address = email();
    await invite({ email: address, displayName: 'Ida', customerId: customer.id, roleTemplate: 'customer', initialPassword: 'initial-secret-1' });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { email: 'nobody@nowhere.test' } });
    expect(unknown.statusCode).toBe(202);
    expect(await latestMailTo(t.app, 'nobody@nowhere.test')).toBeUndefined();

    const session = await loginAs(t.app, address, 'initial-secret-1');
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { email: address.toUpperCase() } })).statusCode).toBe(202);
    const token = await linkTokenFromMail(t.app, address, 'reset-password');
    const confirm = await t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset/confirm', payload: { token, password: 'reset-secret-3' } });
    expect(confirm.statusCode).toBe(204);
    expect((await session.get('/api/v1/me')).statusCode).toBe(401);
    await loginAs(t.app, address, 'reset-secret-3');
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset/confirm', payload: { token, password: 'reset-secret-4' } })).statusCode).toBe(400);
  });

  it('staff can send a reset e-mail', async () => {
    const customer = await createCustomer(admin);
    const address = email();
    const [user] = await invite({ email: address, displayName: 'Jo', customerId: customer.id, roleTemplate: 'customer', initialPassword: 'initial-secret-1' });
    expect((await admin.post(`/api/v1/users/${user!.id}/password-reset`)).statusCode).toBe(202);
    expect((await latestMailTo(t.app, address))?.kind).toBe('password_reset');
  });
});

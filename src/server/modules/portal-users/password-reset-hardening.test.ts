import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffSession } from '../../../../test/factories.js';
import { buildTestApp, type TestApp } from '../../../../test/helpers.js';
import { latestMailTo, linkTokenFromMail } from '../../../../test/mail-helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const requestReset = (email: string, from = '198.51.100.20') => t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { email }, remoteAddress: from });
const bearer = (token: string) => t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });

async function staffWithToken() {
  const staff = await staffSession(t.app, 'admin');
  const token = (await staff.session.post('/api/v1/api-tokens', { name: 'ERP sync' })).json().token as string;
  expect((await bearer(token)).statusCode).toBe(200);
  return { ...staff, token };
}

describe('password reset hardening', () => {
  it('a reset ends the API tokens too, not only the sessions', async () => {
    const { login, token } = await staffWithToken();
    expect((await requestReset(login)).statusCode).toBe(202);
    const link = await linkTokenFromMail(t.app, login, 'reset-password');
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset/confirm', payload: { token: link, password: 'brand-new-secret-7' } })).statusCode).toBe(204);
    expect((await bearer(token)).statusCode).toBe(401);
  });

  it('a token of a disabled user stays dead when the user is enabled again', async () => {
    const { user, token } = await staffWithToken();
    const { session: admin } = await staffSession(t.app, 'admin');
    expect((await admin.patch(`/api/v1/users/${user.id}`, { status: 'disabled' })).statusCode).toBe(200);
    expect((await admin.patch(`/api/v1/users/${user.id}`, { status: 'active' })).statusCode).toBe(200);
    expect((await bearer(token)).statusCode).toBe(401);
  });

  it('throttles one client address sweeping many addresses, without telling which exist', async () => {
    const from = '203.0.113.200';
    for (let i = 0; i < 30; i++) expect((await requestReset(`sweep-${i}@nowhere.test`, from)).statusCode).toBe(202);
    const blocked = await requestReset('sweep-last@nowhere.test', from);
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect((await requestReset('sweep-last@nowhere.test', '203.0.113.201')).statusCode).toBe(202);
  });

  it('answers before it looks the address up, so an existing and an unknown address cost the caller the same', async () => {
    const { login } = await staffSession(t.app, 'admin');
    // The same 202 with an empty body either way; the mail for the real account still goes out.
    const [real, unknown] = [await requestReset(login), await requestReset(`nobody-${Date.now()}@nowhere.test`)];
    expect([real.statusCode, real.body]).toEqual([unknown.statusCode, unknown.body]);
    await linkTokenFromMail(t.app, login, 'reset-password');
    expect((await latestMailTo(t.app, login))?.kind).toBe('password_reset');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, loginAs, sessionCookieOf, sessionFromCookie, type TestApp } from '../../../../test/helpers.js';
import { createStaffUser, DEFAULT_TEST_PASSWORD } from '../../../../test/factories.js';
import { findUserById, updateUser } from '../users/users.repository.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ SESSION_IDLE_MINUTES: '30', SESSION_ABSOLUTE_HOURS: '8' });
});
afterAll(() => t.close());

const login = (payload: unknown) => t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: payload as object });

describe('login', () => {
  it('signs a staff user in with an HttpOnly, SameSite=Lax session cookie and returns the user', async () => {
    const { login: name, user } = await createStaffUser(t.app, { role: 'coordinator' });
    const response = await login({ login: name, password: DEFAULT_TEST_PASSWORD });
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toMatchObject({ id: user.id, kind: 'staff', roles: ['coordinator'], mustChangePassword: false });
    const cookie = response.cookies.find((c) => c.name === 'portico_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('treats the login case-insensitively', async () => {
    const { login: name } = await createStaffUser(t.app);
    const response = await login({ login: `  ${name.toUpperCase()} `, password: DEFAULT_TEST_PASSWORD });
    expect(response.statusCode).toBe(200);
  });

  it('answers an unknown login and a wrong password with the same 401', async () => {
    const { login: name } = await createStaffUser(t.app);
    const wrongPassword = await login({ login: name, password: 'not-the-password' });
    const unknownUser = await login({ login: `nobody-${name}`, password: 'not-the-password' });
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownUser.statusCode).toBe(401);
    expect(wrongPassword.json().error.message).toBe(unknownUser.json().error.message);
    expect(wrongPassword.json().error.code).toBe('invalid_credentials');
    expect(sessionCookieOf(wrongPassword)).toBeUndefined();
  });

  it('stores passwords as argon2id hashes', async () => {
    const { user } = await createStaffUser(t.app);
    const stored = await findUserById(t.app.ctx.db, user.id);
    expect(stored?.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('refuses a disabled user even with the right password', async () => {
    const { login: name } = await createStaffUser(t.app, { status: 'disabled' });
    const response = await login({ login: name, password: DEFAULT_TEST_PASSWORD });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('account_disabled');
  });

  it('rejects unknown body fields with 400 and names the field', async () => {
    const response = await login({ login: 'a', password: 'b', remember: true });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'validation_failed' });
    expect(response.json().error.message).toContain('remember');
  });

  it('rate-limits repeated failures for one login with 429 and Retry-After', async () => {
    const { login: name } = await createStaffUser(t.app);
    for (let i = 0; i < 5; i++) expect((await login({ login: name, password: `wrong-${i}` })).statusCode).toBe(401);
    const blocked = await login({ login: name, password: DEFAULT_TEST_PASSWORD });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(60);
    t.clock.advanceMinutes(2);
    expect((await login({ login: name, password: DEFAULT_TEST_PASSWORD })).statusCode).toBe(200);
  });

  it('records logins and failed logins in the audit log', async () => {
    const { login: name, user } = await createStaffUser(t.app);
    await login({ login: name, password: 'wrong-password' });
    await loginAs(t.app, name, DEFAULT_TEST_PASSWORD);
    const actions = await t.app.ctx.db
      .selectFrom('audit_events')
      .select('action')
      .where('actor_user_id', '=', user.id)
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['auth.login_failed', 'auth.login']);
  });

  it('replaces the session the browser presented (rotation at login)', async () => {
    const { login: name } = await createStaffUser(t.app);
    const first = await loginAs(t.app, name, DEFAULT_TEST_PASSWORD);
    const second = await first.post('/api/v1/auth/login', { login: name, password: DEFAULT_TEST_PASSWORD });
    expect(second.statusCode).toBe(200);
    expect(sessionCookieOf(second)).not.toBe(first.cookie);
    expect((await first.get('/api/v1/me')).statusCode).toBe(401);
  });
});

describe('sessions', () => {
  it('GET /me answers 401 without a session and the caller with one', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
    const { login: name, user } = await createStaffUser(t.app, { role: 'technician' });
    const session = await loginAs(t.app, name, DEFAULT_TEST_PASSWORD);
    const me = await session.get('/api/v1/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ id: user.id, kind: 'staff', roles: ['technician'] });
  });

  it('logout ends the session on the server, not only in the browser', async () => {
    const { login: name } = await createStaffUser(t.app);
    const session = await loginAs(t.app, name, DEFAULT_TEST_PASSWORD);
    const logout = await session.post('/api/v1/auth/logout');
    expect(logout.statusCode).toBe(204);
    expect(logout.cookies.find((c) => c.name === 'portico_session')?.value).toBe('');
    expect((await session.get('/api/v1/me')).statusCode).toBe(401);
  });

  it('expires after the idle timeout, and activity slides it', async () => {
    const { login: name } = await createStaffUser(t.app);
    const session = await loginAs(t.app, name, DEFAULT_TEST_PASSWORD);
    t.clock.advanceMinutes(25);
    expect((await session.get('/api/v1/me')).statusCode).toBe(200);
    t.clock.advanceMinutes(25);
    expect((await session.get('/api/v1/me')).statusCode).toBe(200);
    t.clock.advanceMinutes(31);
    expect((await session.get('/api/v1/me')).statusCode).toBe(401);
  });

  it('expires at the absolute timeout however active the user is', async () => {
    const { login: name } = await createStaffUser(t.app);
    const session = await loginAs(t.app, name, DEFAULT_TEST_PASSWORD);
    for (let minutes = 0; minutes < 8 * 60 - 20; minutes += 20) {
      t.clock.advanceMinutes(20);
      expect((await session.get('/api/v1/me')).statusCode).toBe(200);
    }
    t.clock.advanceMinutes(21);
    expect((await session.get('/api/v1/me')).statusCode).toBe(401);
  });

  it('ends at once when the user is disabled', async () => {
    const { login: name, user } = await createStaffUser(t.app);
    const session = await loginAs(t.app, name, DEFAULT_TEST_PASSWORD);
    await updateUser(t.app.ctx.db, user.id, { status: 'disabled' });
    expect((await session.get('/api/v1/me')).statusCode).toBe(401);
  });

  it('ignores a forged cookie', async () => {
    const forged = sessionFromCookie(t.app, 'A'.repeat(43));
    expect((await forged.get('/api/v1/me')).statusCode).toBe(401);
  });
});

describe('password change', () => {
  it('changes the password, keeps this session and ends the others', async () => {
    const { login: name } = await createStaffUser(t.app);
    const here = await loginAs(t.app, name, DEFAULT_TEST_PASSWORD);
    const elsewhere = await loginAs(t.app, name, DEFAULT_TEST_PASSWORD);
    const change = await here.post('/api/v1/auth/password', { currentPassword: DEFAULT_TEST_PASSWORD, newPassword: 'a-brand-new-secret' });
    expect(change.statusCode).toBe(204);
    expect((await here.get('/api/v1/me')).statusCode).toBe(200);
    expect((await elsewhere.get('/api/v1/me')).statusCode).toBe(401);
    expect((await login({ login: name, password: DEFAULT_TEST_PASSWORD })).statusCode).toBe(401);
    expect((await login({ login: name, password: 'a-brand-new-secret' })).statusCode).toBe(200);
  });

  it('refuses a wrong current password and a too-short new one', async () => {
    const { login: name } = await createStaffUser(t.app);
    const session = await loginAs(t.app, name, DEFAULT_TEST_PASSWORD);
    const wrong = await session.post('/api/v1/auth/password', { currentPassword: 'wrong-password', newPassword: 'a-brand-new-secret' });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.code).toBe('wrong_password');
    const short = await session.post('/api/v1/auth/password', { currentPassword: DEFAULT_TEST_PASSWORD, newPassword: 'short' });
    expect(short.statusCode).toBe(400);
  });

  it('a user who must change the password can reach only me, logout and password change until they do', async () => {
    const { login: name } = await createStaffUser(t.app, { mustChangePassword: true });
    const session = await loginAs(t.app, name, DEFAULT_TEST_PASSWORD);
    expect((await session.get('/api/v1/me')).json().mustChangePassword).toBe(true);
    const blocked = await session.get('/api/v1/openapi.json');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('password_change_required');
    const change = await session.post('/api/v1/auth/password', { currentPassword: DEFAULT_TEST_PASSWORD, newPassword: 'my-own-password-now' });
    expect(change.statusCode).toBe(204);
    expect((await session.get('/api/v1/me')).json().mustChangePassword).toBe(false);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffUser, DEFAULT_TEST_PASSWORD } from '../../../../test/factories.js';
import { buildTestApp, type TestApp } from '../../../../test/helpers.js';

/** Findings 2–4 of the outside probe: one address could lock every login, anyone could lock any account, and the count raced. */
let t: TestApp;
let proxied: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
  proxied = await buildTestApp({ TRUST_PROXY: '1' });
});
afterAll(async () => {
  await t.close();
  await proxied.close();
});

const login = (app: TestApp, login: string, password: string, from = '198.51.100.7', headers: Record<string, string> = {}) =>
  app.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { login, password }, remoteAddress: from, headers });

async function failures(app: TestApp, userId: string): Promise<{ ip: string | null }[]> {
  return app.app.ctx.db.selectFrom('audit_events').select('ip').where('action', '=', 'auth.login_failed').where('resource_id', '=', userId).execute();
}

describe('login throttle', () => {
  it('pauses a login at one address with growing delays: a minute after 5 misses, a quarter hour after 10', async () => {
    const { login: name } = await createStaffUser(t.app);
    for (let i = 0; i < 5; i++) expect((await login(t, name, `wrong-${i}`)).statusCode).toBe(401);
    const first = await login(t, name, DEFAULT_TEST_PASSWORD);
    expect(first.statusCode).toBe(429);
    expect(Number(first.headers['retry-after'])).toBeLessThanOrEqual(60);
    t.clock.advanceMinutes(2);
    // The paused attempt above counted too: 6 so far in this quarter hour, 4 more misses make 10.
    for (let i = 0; i < 4; i++) expect((await login(t, name, `wrong-again-${i}`)).statusCode).toBe(401);
    const second = await login(t, name, DEFAULT_TEST_PASSWORD);
    expect(second.statusCode).toBe(429);
    expect(Number(second.headers['retry-after'])).toBeGreaterThan(60);
    t.clock.advanceMinutes(16);
    expect((await login(t, name, DEFAULT_TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('never locks the account for everyone: the right password from another address signs in', async () => {
    const { login: name } = await createStaffUser(t.app);
    for (let i = 0; i < 12; i++) await login(t, name, `guess-${i}`, '203.0.113.66');
    expect((await login(t, name, DEFAULT_TEST_PASSWORD, '203.0.113.66')).statusCode).toBe(429);
    expect((await login(t, name, DEFAULT_TEST_PASSWORD, '192.0.2.10')).statusCode).toBe(200);
  });

  it('checks at most 5 passwords when 80 wrong attempts arrive at once', async () => {
    const { login: name, user } = await createStaffUser(t.app);
    const answers = await Promise.all(Array.from({ length: 80 }, (_, i) => login(t, name, `parallel-${i}`, '198.51.100.80')));
    const statuses = answers.map((answer) => answer.statusCode);
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(75);
    expect(await failures(t, user.id)).toHaveLength(5);
  });

  it('with TRUST_PROXY, throttles and audits the client named by the proxy, not the proxy', async () => {
    const { login: name, user } = await createStaffUser(proxied.app);
    const via = (client: string) => ({ 'x-forwarded-for': client });
    for (let i = 0; i < 5; i++) await login(proxied, name, `wrong-${i}`, '10.0.0.2', via('203.0.113.5'));
    expect((await login(proxied, name, DEFAULT_TEST_PASSWORD, '10.0.0.2', via('203.0.113.5'))).statusCode).toBe(429);
    // Another user behind the same proxy is not held up by the first one's misses.
    expect((await login(proxied, name, DEFAULT_TEST_PASSWORD, '10.0.0.2', via('203.0.113.6'))).statusCode).toBe(200);
    expect((await failures(proxied, user.id)).map((row) => row.ip)).toEqual(Array(5).fill('203.0.113.5'));
  });

  it('without TRUST_PROXY, a forged X-Forwarded-For changes nothing', async () => {
    const { login: name, user } = await createStaffUser(t.app);
    for (let i = 0; i < 5; i++) await login(t, name, `wrong-${i}`, '198.51.100.9', { 'x-forwarded-for': `192.0.2.${i}` });
    expect((await login(t, name, DEFAULT_TEST_PASSWORD, '198.51.100.9', { 'x-forwarded-for': '192.0.2.99' })).statusCode).toBe(429);
    expect(new Set((await failures(t, user.id)).map((row) => row.ip))).toEqual(new Set(['198.51.100.9']));
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createStaffUser, DEFAULT_TEST_PASSWORD, staffSession } from '../../../../test/factories.js';
import { createPortalUser } from '../../../../test/factories-portal.js';
import { buildTestApp, loginAs, sessionCookieOf, sessionFromCookie, type Session, type TestApp } from '../../../../test/helpers.js';
import { totpCodeAt } from './totp.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const PENDING = 'portico_mfa_pending';
const code = (secret: string, offsetSeconds = 0) => totpCodeAt(secret, new Date(t.clock.now().getTime() + offsetSeconds * 1000));

/** Enrols a signed-in user; answers the secret and the recovery codes. */
async function enrol(session: Session) {
  const started = await session.post('/api/v1/me/mfa/enrolment');
  expect(started.statusCode).toBe(200);
  const { secret, otpauthUrl, qrCode } = started.json() as { secret: string; otpauthUrl: string; qrCode: string };
  expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\/Portico:/);
  expect(qrCode).toMatch(/^data:image\/png;base64,/);
  const confirmed = await session.post('/api/v1/me/mfa/enrolment/confirm', { code: code(secret) });
  expect(confirmed.statusCode).toBe(200);
  // A fresh step for the next code: the enrolment code itself is spent.
  t.clock.advance(30_000);
  return { secret, recoveryCodes: confirmed.json().recoveryCodes as string[] };
}

async function passwordStep(login: string, from = '198.51.100.20') {
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { login, password: DEFAULT_TEST_PASSWORD }, remoteAddress: from });
  expect(response.statusCode).toBe(200);
  return { response, pending: response.cookies.find((c) => c.name === PENDING)?.value };
}

const codeStep = (pending: string | undefined, payload: object, from = '198.51.100.20') =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login/mfa', payload, remoteAddress: from, ...(pending ? { cookies: { [PENDING]: pending } } : {}) });

async function actions(userId: string): Promise<string[]> {
  const rows = await t.app.ctx.db.selectFrom('audit_events').select('action').where('resource_id', '=', userId).orderBy('id').execute();
  return rows.map((r) => r.action);
}

describe('enrolment and sign-in with a code', () => {
  it('asks for a code after the password, opens a session only with the right code, and never shows the secret again', async () => {
    const { login, user, password } = await createStaffUser(t.app, { role: 'technician' });
    const session = await loginAs(t.app, login, password);
    expect((await session.get('/api/v1/me/mfa')).json()).toEqual({ enrolled: false, required: false, recoveryCodesLeft: 0 });
    const { secret, recoveryCodes } = await enrol(session);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect((await session.get('/api/v1/me/mfa')).json()).toEqual({ enrolled: true, required: false, recoveryCodesLeft: 10 });
    expect((await session.post('/api/v1/me/mfa/enrolment')).statusCode).toBe(409);

    const { response, pending } = await passwordStep(login);
    expect(response.json()).toEqual({ mfaRequired: true });
    expect(sessionCookieOf(response)).toBeUndefined();
    expect(response.cookies.find((c) => c.name === PENDING)).toMatchObject({ httpOnly: true, path: '/api/v1/auth/login' });
    // The pending token is no session.
    expect((await sessionFromCookie(t.app, pending!).get('/api/v1/me')).statusCode).toBe(401);

    const wrong = await codeStep(pending, { code: '000000' === code(secret) ? '111111' : '000000' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('invalid_mfa_code');
    const right = await codeStep(pending, { code: code(secret) });
    expect(right.statusCode).toBe(200);
    expect(right.json().user).toMatchObject({ id: user.id });
    const signedIn = sessionFromCookie(t.app, sessionCookieOf(right)!);
    expect((await signedIn.get('/api/v1/me')).statusCode).toBe(200);
    // The pending token is spent.
    expect((await codeStep(pending, { code: code(secret) })).json().error.code).toBe('mfa_login_expired');

    const stored = await t.app.ctx.db.selectFrom('mfa_recovery_codes').select('code_hash').where('user_id', '=', user.id).execute();
    expect(stored.map((r) => r.code_hash)).not.toContain(recoveryCodes[0]);
    expect(await actions(user.id)).toEqual(expect.arrayContaining(['auth.mfa_enrolled', 'auth.mfa_failed', 'auth.login']));
  });

  it('accepts the code of the neighbouring step but refuses a code that was used before', async () => {
    const { login, password } = await createStaffUser(t.app);
    const { secret } = await enrol(await loginAs(t.app, login, password));
    t.clock.advance(60_000);
    const first = await passwordStep(login);
    const used = code(secret, -30);
    expect((await codeStep(first.pending, { code: used })).statusCode).toBe(200);
    const second = await passwordStep(login);
    const replay = await codeStep(second.pending, { code: used });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.code).toBe('invalid_mfa_code');
    expect((await codeStep(second.pending, { code: code(secret, 90) })).statusCode).toBe(401);
  });

  it('refuses the second step after five minutes', async () => {
    const { login, password } = await createStaffUser(t.app);
    const { secret } = await enrol(await loginAs(t.app, login, password));
    const { pending } = await passwordStep(login);
    t.clock.advanceMinutes(6);
    expect((await codeStep(pending, { code: code(secret) })).json().error.code).toBe('mfa_login_expired');
    expect((await codeStep(undefined, { code: code(secret) })).statusCode).toBe(401);
  });

  it('counts wrong codes in the sign-in throttle: the sixth attempt in a minute gets 429', async () => {
    const { login, password, user } = await createStaffUser(t.app);
    const { secret } = await enrol(await loginAs(t.app, login, password));
    const from = '198.51.100.99';
    const { pending } = await passwordStep(login, from);
    const bad = code(secret) === '123456' ? '654321' : '123456';
    // The password counted once; four wrong codes fill the minute's five attempts.
    for (let i = 0; i < 4; i++) expect((await codeStep(pending, { code: bad }, from)).statusCode).toBe(401);
    const blocked = await codeStep(pending, { code: code(secret) }, from);
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect((await actions(user.id)).filter((a) => a === 'auth.mfa_failed')).toHaveLength(4);
  });

  it('takes exactly one of a code and a recovery code: neither or both is a 400 naming the body, and costs no attempt', async () => {
    const { login, password, user } = await createStaffUser(t.app);
    const { secret, recoveryCodes } = await enrol(await loginAs(t.app, login, password));
    const { pending } = await passwordStep(login);
    for (const payload of [{}, { code: code(secret), recoveryCode: recoveryCodes[0]! }]) {
      const refused = await codeStep(pending, payload);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error).toMatchObject({ code: 'validation_failed', details: expect.arrayContaining([expect.objectContaining({ path: 'body' })]) });
    }
    expect(await actions(user.id)).not.toContain('auth.mfa_failed');
    expect((await codeStep(pending, { code: code(secret) })).statusCode).toBe(200);
  });

  it('accepts each recovery code once, typed in any case or spacing', async () => {
    const { login, password, user } = await createStaffUser(t.app);
    const { recoveryCodes } = await enrol(await loginAs(t.app, login, password));
    const first = await passwordStep(login);
    const typed = recoveryCodes[0]!.toUpperCase().replace(/-/g, ' ');
    expect((await codeStep(first.pending, { recoveryCode: typed })).statusCode).toBe(200);
    const second = await passwordStep(login);
    expect((await codeStep(second.pending, { recoveryCode: recoveryCodes[0]! })).statusCode).toBe(401);
    expect((await codeStep(second.pending, { recoveryCode: recoveryCodes[1]! })).statusCode).toBe(200);
    const signedIn = await sessionFromCookie(t.app, sessionCookieOf(await (async () => {
      const third = await passwordStep(login);
      return codeStep(third.pending, { recoveryCode: recoveryCodes[2]! });
    })())!);
    expect((await signedIn.get('/api/v1/me/mfa')).json().recoveryCodesLeft).toBe(7);
    expect(await actions(user.id)).toContain('auth.mfa_recovery_code_used');
  });
});

describe('managing the second factor', () => {
  // Found by the OpenAPI fuzzer on PostgreSQL: two enrolments at once broke the user_mfa primary key, answered as a 500.
  it('answers enrolments started at the same time with 200 or 409, never 500', async () => {
    const { login, password } = await createStaffUser(t.app);
    const session = await loginAs(t.app, login, password);
    const statuses = (await Promise.all([1, 2, 3, 4].map(() => session.post('/api/v1/me/mfa/enrolment')))).map((r) => r.statusCode);
    expect(statuses.filter((s) => s !== 200 && s !== 409)).toEqual([]);
    expect(statuses).toContain(200);
  });

  it('turns off only with the password and a code, and regenerates recovery codes', async () => {
    const { login, password, user } = await createStaffUser(t.app);
    const session = await loginAs(t.app, login, password);
    const { secret, recoveryCodes } = await enrol(session);
    const regenerated = await session.post('/api/v1/me/mfa/recovery-codes', { code: code(secret) });
    expect(regenerated.statusCode).toBe(200);
    expect(regenerated.json().recoveryCodes).not.toContain(recoveryCodes[0]);
    t.clock.advance(30_000);
    expect((await session.delete('/api/v1/me/mfa', { password: 'not-the-password', code: code(secret) })).json().error.code).toBe('wrong_password');
    // Without a code or recovery code the body does not fit the schema (either one is required).
    expect((await session.delete('/api/v1/me/mfa', { password })).json().error.code).toBe('validation_failed');
    const wrong = code(secret) === '123456' ? '654321' : '123456';
    expect((await session.delete('/api/v1/me/mfa', { password, code: wrong })).json().error.code).toBe('invalid_mfa_code');
    expect((await session.delete('/api/v1/me/mfa', { password, code: code(secret) })).statusCode).toBe(204);
    expect(sessionCookieOf((await passwordStep(login)).response)).toBeDefined();
    expect(await actions(user.id)).toEqual(expect.arrayContaining(['auth.mfa_recovery_codes_regenerated', 'auth.mfa_disabled']));
  });

  it('lets an admin reset a user’s second factor, audited; others may not', async () => {
    const admin = await staffSession(t.app, 'admin');
    const coordinator = await staffSession(t.app, 'coordinator');
    const { login, password, user } = await createStaffUser(t.app);
    await enrol(await loginAs(t.app, login, password));
    expect((await coordinator.session.delete(`/api/v1/users/${user.id}/mfa`)).statusCode).toBe(403);
    expect((await admin.session.delete(`/api/v1/users/${user.id}/mfa`)).statusCode).toBe(204);
    expect(sessionCookieOf((await passwordStep(login)).response)).toBeDefined();
    const reset = await t.app.ctx.db.selectFrom('audit_events').selectAll().where('action', '=', 'user.mfa_reset').where('resource_id', '=', user.id).executeTakeFirst();
    expect(reset?.actor_user_id).toBe(admin.user.id);
  });

  it('keeps API tokens working without a code', async () => {
    const { login, password } = await createStaffUser(t.app, { role: 'coordinator' });
    const session = await loginAs(t.app, login, password);
    const token = (await session.post('/api/v1/api-tokens', { name: 'ERP' })).json().token as string;
    await enrol(session);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });
    expect(me.statusCode).toBe(200);
    // An API token cannot change how its owner signs in.
    const viaToken = await t.app.inject({ method: 'DELETE', url: '/api/v1/me/mfa', headers: { authorization: `Bearer ${token}` }, payload: { password } });
    expect(viaToken.statusCode).toBe(403);
  });
});

describe('required MFA', () => {
  it('limits a portal user of a customer that requires MFA to enrolment until they enrol; previews stay unaffected', async () => {
    const admin = await staffSession(t.app, 'admin');
    const customer = await createCustomer(admin.session);
    const portal = await createPortalUser(t.app, { customerId: customer.id });
    const patched = await admin.session.patch(`/api/v1/customers/${customer.id}`, { portalMfaRequired: true });
    expect(patched.json().portalMfaRequired).toBe(true);

    const session = await loginAs(t.app, portal.login, DEFAULT_TEST_PASSWORD);
    const me = await session.get('/api/v1/me');
    expect(me.json().mfaEnrolmentRequired).toBe(true);
    const blocked = await session.get('/api/v1/assets');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('mfa_enrolment_required');
    expect((await session.get('/api/v1/me/mfa')).json()).toMatchObject({ enrolled: false, required: true });

    // A staff preview of the same user shows the portal, not the gate.
    const started = await admin.session.post(`/api/v1/users/${portal.userId}/preview`);
    expect(started.statusCode).toBe(201);
    const previewToken = started.cookies.find((c) => c.name === 'portico_preview')!.value;
    const previewed = await admin.session.inject({ method: 'GET', url: '/api/v1/assets', headers: { cookie: `portico_preview=${previewToken}` } });
    expect(previewed.statusCode).toBe(200);

    const { secret } = await enrol(session);
    expect((await session.get('/api/v1/assets')).statusCode).toBe(200);
    expect((await session.get('/api/v1/me')).json().mfaEnrolmentRequired).toBe(false);
    // Required: it cannot be turned off.
    expect((await session.delete('/api/v1/me/mfa', { password: DEFAULT_TEST_PASSWORD, code: code(secret) })).json().error.code).toBe('mfa_required');
    expect((await passwordStep(portal.login)).response.json()).toEqual({ mfaRequired: true });
  });

  it('lets admins require MFA for all staff, audited; a staff user without it reaches only enrolment', async () => {
    const other = await buildTestApp();
    try {
      const admin = await staffSession(other.app, 'admin');
      const coordinator = await staffSession(other.app, 'coordinator');
      expect((await coordinator.session.put('/api/v1/settings/security', { staffMfaRequired: true })).statusCode).toBe(403);
      expect((await admin.session.put('/api/v1/settings/security', { staffMfaRequired: true })).statusCode).toBe(200);
      expect((await admin.session.get('/api/v1/settings/security')).json()).toEqual({ staffMfaRequired: true });
      const audit = await other.app.ctx.db.selectFrom('audit_events').selectAll().where('action', '=', 'settings.update').executeTakeFirst();
      expect(audit?.actor_user_id).toBe(admin.user.id);

      const { login, password } = await createStaffUser(other.app, { role: 'technician' });
      const session = await loginAs(other.app, login, password);
      expect((await session.get('/api/v1/customers')).json().error.code).toBe('mfa_enrolment_required');
      expect((await session.get('/api/v1/me')).statusCode).toBe(200);
      expect((await session.post('/api/v1/api-tokens', { name: 'x' })).statusCode).toBe(403);
      // The session that existed before the switch is unaffected.
      expect((await admin.session.get('/api/v1/customers')).statusCode).toBe(200);
    } finally {
      await other.close();
    }
  });
});

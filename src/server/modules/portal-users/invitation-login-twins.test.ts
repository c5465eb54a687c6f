import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, DEFAULT_TEST_PASSWORD, staffSession, uniqueSuffix } from '../../../../test/factories.js';
import { createPortalUser } from '../../../../test/factories-portal.js';
import { linkTokenFromMail } from '../../../../test/mail-helpers.js';

/**
 * Issue #11, finding 6: a customer admin's invitation must not tell whether an address is some other
 * customer's login. The invitation goes out either way; its user chooses another login on activation.
 */
let t: TestApp;
let staff: Session;
beforeAll(async () => {
  t = await buildTestApp();
  staff = (await staffSession(t.app, 'admin')).session;
});
afterAll(() => t.close());

const activate = (payload: object) => t.app.inject({ method: 'POST', url: '/api/v1/auth/activate', payload });
const signIn = (login: string, password: string) => t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { login, password } });

async function customerAdmin() {
  const customer = await createCustomer(staff);
  const admin = await createPortalUser(t.app, {
    customerId: customer.id,
    modes: { assets: 'all_in_scope', projects: 'all_in_scope', orders: 'all_in_scope' },
    capabilities: { customerAdmin: true },
  });
  return { customer, admin };
}

describe('invitations of an address that is already a login', () => {
  it("answers a customer admin the same for another customer's login as for a new address", async () => {
    const { customer, admin } = await customerAdmin();
    const elsewhere = await createPortalUser(t.app, { customerId: (await createCustomer(staff)).id });
    const fresh = `fresh-${uniqueSuffix()}@customer.test`;
    const invite = (address: string) => admin.session.post('/api/v1/users/invitations', { email: address, displayName: 'Anna', customerId: customer.id, roleTemplate: 'view_only' });
    const known = await invite(elsewhere.login);
    const unknown = await invite(fresh);
    expect([known.statusCode, unknown.statusCode]).toEqual([201, 201]);
    const shape = (body: { items: Record<string, unknown>[] }) => body.items.map(({ id: _id, login: _login, email: _email, createdAt: _at, ...rest }) => rest);
    expect(shape(known.json())).toEqual(shape(unknown.json()));
    expect(known.json().items[0]).toMatchObject({ login: elsewhere.login, status: 'pending' });
    // The other customer's user still signs in with that login, as before.
    expect((await signIn(elsewhere.login, DEFAULT_TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('lets the invited user choose another login when activating, and keeps the link usable until then', async () => {
    const { customer, admin } = await customerAdmin();
    const elsewhere = await createPortalUser(t.app, { customerId: (await createCustomer(staff)).id });
    const invited = await admin.session.post('/api/v1/users/invitations', { email: elsewhere.login, displayName: 'Anna', customerId: customer.id, roleTemplate: 'view_only' });
    expect(invited.statusCode).toBe(201);
    const token = await linkTokenFromMail(t.app, elsewhere.login, 'activate');
    const refused = await activate({ token, password: 'second-account-pass' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('login_taken');
    const chosen = `anna-${uniqueSuffix()}`;
    const done = await activate({ token, password: 'second-account-pass', login: chosen.toUpperCase() });
    expect(done.statusCode).toBe(200);
    expect(done.json().user).toMatchObject({ login: chosen });
    expect((await signIn(chosen, 'second-account-pass')).statusCode).toBe(200);
    expect((await signIn(elsewhere.login, DEFAULT_TEST_PASSWORD)).statusCode).toBe(200);
    // A forgotten password: one mail per account of the address, each naming its login.
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { email: elsewhere.login } })).statusCode).toBe(202);
    const resetMails = async () =>
      (await t.app.ctx.db.selectFrom('mail_outbox').select('text_body').where('to_address', '=', elsewhere.login).where('kind', '=', 'password_reset').execute()).map((m) => m.text_body);
    await expect.poll(async () => (await resetMails()).length).toBe(2);
    const bodies = await resetMails();
    expect(bodies.some((body) => body.includes(`login ${elsewhere.login}.`))).toBe(true);
    expect(bodies.some((body) => body.includes(`login ${chosen}.`))).toBe(true);
    // A login in use is refused when chosen, too.
    const again = await admin.session.post('/api/v1/users/invitations', { email: `x-${uniqueSuffix()}@customer.test`, displayName: 'Ben', customerId: customer.id, roleTemplate: 'view_only' });
    const secondToken = await linkTokenFromMail(t.app, again.json().items[0].email, 'activate');
    expect((await activate({ token: secondToken, password: 'third-account-pass', login: chosen })).statusCode).toBe(409);
  });

  it('still answers 409 for a login the caller can see, and to staff for any login', async () => {
    const { customer, admin } = await customerAdmin();
    const colleague = await createPortalUser(t.app, { customerId: customer.id });
    const mine = await admin.session.post('/api/v1/users/invitations', { email: colleague.login, displayName: 'Twin', customerId: customer.id, roleTemplate: 'view_only' });
    expect(mine.statusCode).toBe(409);
    const elsewhere = await createPortalUser(t.app, { customerId: (await createCustomer(staff)).id });
    const byStaff = await staff.post('/api/v1/users/invitations', { email: elsewhere.login, displayName: 'Twin', customerId: customer.id, roleTemplate: 'view_only' });
    expect(byStaff.statusCode).toBe(409);
  });

  it('leaves initial passwords to staff', async () => {
    const { customer, admin } = await customerAdmin();
    const response = await admin.session.post('/api/v1/users/invitations', { email: `ip-${uniqueSuffix()}@customer.test`, displayName: 'Ida', customerId: customer.id, roleTemplate: 'view_only', initialPassword: 'initial-secret-1' });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('initial_password_staff_only');
  });

  it('disables a pending twin, and refuses to re-enable a disabled account whose login an active one took', async () => {
    const { customer, admin } = await customerAdmin();
    const first = await createPortalUser(t.app, { customerId: (await createCustomer(staff)).id });
    const invite = () => admin.session.post('/api/v1/users/invitations', { email: first.login, displayName: 'Twin', customerId: customer.id, roleTemplate: 'view_only' });
    const dropped = (await invite()).json().items[0];
    expect((await staff.delete(`/api/v1/users/${dropped.id}`)).statusCode).toBe(204);
    expect((await staff.get(`/api/v1/users/${dropped.id}`)).json().status).toBe('disabled');
    // The first account is disabled; another customer's invitation of the address keeps its login on activation.
    expect((await staff.delete(`/api/v1/users/${first.userId}`)).statusCode).toBe(204);
    const other = await customerAdmin();
    expect((await other.admin.session.post('/api/v1/users/invitations', { email: first.login, displayName: 'Successor', customerId: other.customer.id, roleTemplate: 'view_only' })).statusCode).toBe(201);
    const token = await linkTokenFromMail(t.app, first.login, 'activate');
    expect((await activate({ token, password: 'successor-secret-1' })).statusCode).toBe(200);
    expect((await signIn(first.login, 'successor-secret-1')).statusCode).toBe(200);
    const reEnable = await staff.patch(`/api/v1/users/${first.userId}`, { status: 'active' });
    expect(reEnable.statusCode).toBe(409);
    expect(reEnable.json().error.code).toBe('login_taken');
  });
});

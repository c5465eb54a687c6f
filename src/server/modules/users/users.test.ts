import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, loginAs, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, createStaffUser, staffSession, uniqueSuffix } from '../../../../test/factories.js';
import { createPortalUser } from '../../../../test/factories-portal.js';
import { createUserViaApi, externalSession } from '../../../../test/factories-sites.js';
import { loadAccessScope } from '../access/access-scope.js';
import { createUsersService } from './users.service.js';

let t: TestApp;
let admin: Session;
let adminId: string;
beforeAll(async () => {
  t = await buildTestApp();
  const created = await staffSession(t.app, 'admin');
  admin = created.session;
  adminId = created.user.id;
});
afterAll(() => t.close());

const ids = (page: { items: { id: string }[] }) => page.items.map((u) => u.id);
const MISSING = '0190c7a0-0000-7000-8000-000000000000';

describe('users', () => {
  it('creates, reads and updates a staff user, never returning password material', async () => {
    const suffix = uniqueSuffix();
    const response = await admin.post('/api/v1/users', { login: `Tech.${suffix}@Staff.test`, displayName: 'Terry Tech', role: 'technician' });
    expect(response.statusCode).toBe(201);
    const user = response.json();
    expect(user).toMatchObject({
      kind: 'staff',
      login: `tech.${suffix}@staff.test`,
      email: `tech.${suffix}@staff.test`,
      displayName: 'Terry Tech',
      role: 'technician',
      status: 'active',
      mustChangePassword: false,
      customerId: null,
      contactId: null,
      lastLoginAt: null,
    });
    expect(Object.keys(user).sort()).toEqual(
      ['id', 'kind', 'login', 'email', 'displayName', 'role', 'status', 'mustChangePassword', 'customerId', 'contactId', 'lastLoginAt', 'createdAt', 'updatedAt'].sort(),
    );
    expect((await admin.get(`/api/v1/users/${user.id}`)).json()).toEqual(user);

    const patched = await admin.patch(`/api/v1/users/${user.id}`, { displayName: 'Terry T.', role: 'coordinator', email: null });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ displayName: 'Terry T.', role: 'coordinator', email: null });

    const loginId = await createUserViaApi(admin, { login: `shared-${suffix}`, role: 'coordinator' });
    expect(loginId).toMatchObject({ login: `shared-${suffix}`, email: null });
  });

  it('sets an initial password that must be changed at first login', async () => {
    const login = `initial-${uniqueSuffix()}@staff.test`;
    const user = await createUserViaApi(admin, { login, password: 'initial-password-1' });
    expect(user.mustChangePassword).toBe(true);
    const session = await loginAs(t.app, login, 'initial-password-1');
    expect((await session.get('/api/v1/me')).json().mustChangePassword).toBe(true);
    const blocked = await session.get('/api/v1/users');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('password_change_required');

    const short = await admin.post('/api/v1/users', { login: `short-${uniqueSuffix()}`, displayName: 'S', role: 'technician', password: 'short' });
    expect(short.statusCode).toBe(400);

    const events = await t.app.ctx.db.selectFrom('audit_events').select(['action', 'details']).where('resource_id', '=', user.id).execute();
    expect(events.map((e) => e.action)).toContain('user.create');
    const details = events.find((e) => e.action === 'user.create')!.details!;
    expect(JSON.parse(details).after).toMatchObject({ initialPasswordSet: true, mustChangePassword: true });
    expect(details).not.toContain('initial-password-1');
    expect(details).not.toMatch(/argon2|hash/i);
  });

  it('refuses a duplicate login regardless of case (409) and validates input (400)', async () => {
    const login = `dup-${uniqueSuffix()}@staff.test`;
    await createUserViaApi(admin, { login });
    const duplicate = await admin.post('/api/v1/users', { login: login.toUpperCase(), displayName: 'D', role: 'technician' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.code).toBe('login_taken');
    expect((await admin.post('/api/v1/users', { login: 'has space', displayName: 'D', role: 'technician' })).statusCode).toBe(400);
    expect((await admin.post('/api/v1/users', { login: `x-${uniqueSuffix()}`, displayName: 'D', role: 'owner' })).statusCode).toBe(400);
    expect((await admin.post('/api/v1/users', { login: `x-${uniqueSuffix()}`, displayName: 'D', role: 'admin', passwordHash: 'x' })).statusCode).toBe(400);
    expect((await admin.get(`/api/v1/users/${MISSING}`)).statusCode).toBe(404);
    expect((await admin.patch(`/api/v1/users/${MISSING}`, { displayName: 'X' })).statusCode).toBe(404);
  });

  it('disabling a user ends their live session at once; they cannot sign in again until re-enabled', async () => {
    const { user, login, password } = await createStaffUser(t.app, { role: 'technician' });
    const session = await loginAs(t.app, login, password);
    const second = await loginAs(t.app, login, password);
    expect((await session.get('/api/v1/users')).statusCode).toBe(200);

    const disabled = await admin.patch(`/api/v1/users/${user.id}`, { status: 'disabled' });
    expect(disabled.json().status).toBe('disabled');
    expect((await session.get('/api/v1/users')).statusCode).toBe(401);
    expect((await second.get('/api/v1/me')).statusCode).toBe(401);
    const sessions = await t.app.ctx.db.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute();
    expect(sessions).toEqual([]);

    expect((await admin.patch(`/api/v1/users/${user.id}`, { status: 'active' })).json().status).toBe('active');
    expect((await (await loginAs(t.app, login, password)).get('/api/v1/users')).statusCode).toBe(200);
  });

  it('DELETE disables the user (204) and ends their sessions', async () => {
    const { user, login, password } = await createStaffUser(t.app, { role: 'coordinator' });
    const session = await loginAs(t.app, login, password);
    expect((await admin.delete(`/api/v1/users/${user.id}`)).statusCode).toBe(204);
    expect((await session.get('/api/v1/me')).statusCode).toBe(401);
    expect((await admin.get(`/api/v1/users/${user.id}`)).json().status).toBe('disabled');
    expect((await admin.delete(`/api/v1/users/${user.id}`)).statusCode).toBe(204);
    const events = await t.app.ctx.db.selectFrom('audit_events').select(['action', 'details']).where('resource_id', '=', user.id).execute();
    expect(events.filter((e) => e.action === 'user.update').map((e) => JSON.parse(e.details!))).toEqual([
      { changes: { status: { before: 'active', after: 'disabled' } } },
    ]);
  });

  it('refuses disabling or demoting yourself (409)', async () => {
    const own = await admin.patch(`/api/v1/users/${adminId}`, { status: 'disabled' });
    expect(own.statusCode).toBe(409);
    expect(own.json().error.code).toBe('own_account');
    expect((await admin.patch(`/api/v1/users/${adminId}`, { role: 'technician' })).statusCode).toBe(409);
    expect((await admin.delete(`/api/v1/users/${adminId}`)).statusCode).toBe(409);
    expect((await admin.patch(`/api/v1/users/${adminId}`, { displayName: 'Still me' })).statusCode).toBe(200);
    expect((await admin.get(`/api/v1/users/${adminId}`)).json()).toMatchObject({ status: 'active', role: 'admin' });
  });

  it('never disables or demotes the last active admin (409)', async () => {
    const { user: only } = await createStaffUser(t.app, { role: 'admin' });
    const db = t.app.ctx.db;
    const others = (await db.selectFrom('users').select('id').where('role', '=', 'admin').where('status', '=', 'active').where('id', '!=', only.id).execute()).map((r) => r.id);
    await db.updateTable('users').set({ status: 'disabled' }).where('id', 'in', others).execute();
    try {
      // A caller acting with admin rights without being an active admin user itself (e.g. an integration token).
      const scope = await loadAccessScope(db, { kind: 'staff', userId: MISSING, role: 'admin', sessionId: null });
      const users = createUsersService(t.app.ctx);
      for (const patch of [{ status: 'disabled' as const }, { role: 'coordinator' as const }]) {
        await expect(users.update(scope, only.id, patch, { requestId: 'test' })).rejects.toMatchObject({ statusCode: 409, code: 'last_admin' });
      }
      await expect(users.disable(scope, only.id, { requestId: 'test' })).rejects.toMatchObject({ code: 'last_admin' });
    } finally {
      await db.updateTable('users').set({ status: 'active' }).where('id', 'in', others).execute();
    }
    expect((await admin.patch(`/api/v1/users/${only.id}`, { role: 'coordinator' })).statusCode).toBe(200);
  });

  it('only admins manage staff users: coordinators and technicians get 403, but all staff may list', async () => {
    const coordinator = (await staffSession(t.app, 'coordinator')).session;
    const technician = (await staffSession(t.app, 'technician')).session;
    const target = await createUserViaApi(admin);
    const body = { login: `nope-${uniqueSuffix()}`, displayName: 'Nope', role: 'technician' };
    expect((await technician.post('/api/v1/users', body)).statusCode).toBe(403);
    expect((await coordinator.post('/api/v1/users', body)).statusCode).toBe(403);
    expect((await coordinator.patch(`/api/v1/users/${target.id}`, { role: 'admin' })).statusCode).toBe(403);
    expect((await technician.delete(`/api/v1/users/${target.id}`)).statusCode).toBe(403);
    expect((await technician.get('/api/v1/users')).statusCode).toBe(200);
    expect((await technician.get(`/api/v1/users/${target.id}`)).statusCode).toBe(200);
  });

  it('a coordinator manages portal users\' accounts (edit, disable, re-enable) but no staff account', async () => {
    const coordinator = (await staffSession(t.app, 'coordinator')).session;
    const technician = (await staffSession(t.app, 'technician')).session;
    const customer = await createCustomer(admin);
    const portal = await createPortalUser(t.app, { customerId: customer.id });
    const staff = await createUserViaApi(admin);

    expect((await coordinator.patch(`/api/v1/users/${portal.userId}`, { displayName: 'Renamed by coordinator' })).json()).toMatchObject({ displayName: 'Renamed by coordinator' });
    expect((await coordinator.delete(`/api/v1/users/${portal.userId}`)).statusCode).toBe(204);
    expect((await portal.session.get('/api/v1/me')).statusCode).toBe(401);
    expect((await coordinator.patch(`/api/v1/users/${portal.userId}`, { status: 'active' })).json()).toMatchObject({ status: 'active' });

    expect((await technician.patch(`/api/v1/users/${portal.userId}`, { displayName: 'Nope' })).statusCode).toBe(403);
    expect((await technician.delete(`/api/v1/users/${portal.userId}`)).statusCode).toBe(403);
    expect((await coordinator.patch(`/api/v1/users/${staff.id}`, { displayName: 'Nope' })).statusCode).toBe(403);
    expect((await coordinator.delete(`/api/v1/users/${staff.id}`)).statusCode).toBe(403);
    expect((await admin.get(`/api/v1/users/${staff.id}`)).json()).toMatchObject({ status: 'active' });
  });

  it('assignable=true lists only active staff: never disabled users, never portal users', async () => {
    const tag = uniqueSuffix();
    const active = await createUserViaApi(admin, { displayName: `Pick ${tag} active` });
    const disabled = await createUserViaApi(admin, { displayName: `Pick ${tag} disabled` });
    await admin.delete(`/api/v1/users/${disabled.id}`);
    const portal = await externalSession(t.app);
    await t.app.ctx.db.updateTable('users').set({ display_name: `Pick ${tag} portal` }).where('id', '=', portal.id).execute();

    expect(ids((await admin.get(`/api/v1/users?q=${tag}&assignable=true`)).json())).toEqual([active.id]);
    expect(ids((await admin.get(`/api/v1/users?q=${tag}`)).json()).sort()).toEqual([active.id, disabled.id, portal.id].sort());
    expect(ids((await admin.get(`/api/v1/users?q=${tag}&kind=external`)).json())).toEqual([portal.id]);
    const external = (await admin.get(`/api/v1/users/${portal.id}`)).json();
    expect(external).toMatchObject({ kind: 'external', role: null, customerId: null, contactId: null });
    expect(ids((await admin.get(`/api/v1/users?q=${tag}&status=disabled`)).json())).toEqual([disabled.id]);
    expect(ids((await admin.get(`/api/v1/users?q=${tag}&role=technician&status=active&kind=staff`)).json())).toEqual([active.id]);
    const roleOfPortal = await admin.patch(`/api/v1/users/${portal.id}`, { role: 'admin' });
    expect(roleOfPortal.statusCode).toBe(422);

    // A portal user (not a customer admin) sees only their own user record, never the staff.
    expect(ids((await portal.session.get('/api/v1/users')).json())).toEqual([portal.id]);
    expect((await portal.session.get('/api/v1/users?assignable=true')).json().items).toEqual([]);
    expect((await portal.session.post('/api/v1/users', { login: `p-${tag}`, displayName: 'P', role: 'admin' })).statusCode).toBe(403);
    expect((await portal.session.get(`/api/v1/users/${active.id}`)).statusCode).toBe(404);
  });

  it('customerId lists the portal users of that customer only, paged; a customer admin asking for another customer gets none', async () => {
    const customer = await createCustomer(admin);
    const other = await createCustomer(admin);
    const child = await createCustomer(admin, { parentId: customer.id });
    const lead = await createPortalUser(t.app, { customerId: customer.id, capabilities: { customerAdmin: true } });
    const colleagues = [lead.userId];
    for (let i = 0; i < 2; i++) colleagues.push((await createPortalUser(t.app, { customerId: customer.id })).userId);
    const foreign = await createPortalUser(t.app, { customerId: other.id });
    const ofChild = await createPortalUser(t.app, { customerId: child.id });

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = (await admin.get(`/api/v1/users?customerId=${customer.id}&limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json();
      seen.push(...ids(page));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual([...colleagues].sort());
    expect(ids((await admin.get(`/api/v1/users?customerId=${child.id}&kind=external`)).json())).toEqual([ofChild.userId]);
    expect(ids((await admin.get(`/api/v1/users?customerId=${other.id}`)).json())).toEqual([foreign.userId]);
    expect((await admin.get(`/api/v1/users?customerId=${MISSING}`)).json().items).toEqual([]);
    expect((await admin.get('/api/v1/users?customerId=not-an-id')).statusCode).toBe(400);

    // The filter narrows what the caller may see, never widens it.
    expect(ids((await lead.session.get(`/api/v1/users?customerId=${customer.id}`)).json()).sort()).toEqual([...colleagues].sort());
    expect((await lead.session.get(`/api/v1/users?customerId=${other.id}`)).json().items).toEqual([]);
  });

  it('searches login, display name and e-mail, and pages across pages', async () => {
    const tag = uniqueSuffix();
    const byLogin = await createUserViaApi(admin, { login: `find-${tag}`, displayName: 'Alpha' });
    const byName = await createUserViaApi(admin, { displayName: `Beta ${tag.toUpperCase()}` });
    const byEmail = await createUserViaApi(admin, { login: `other-${uniqueSuffix()}`, email: `gamma.${tag}@mail.test`, displayName: 'Gamma' });
    expect(ids((await admin.get(`/api/v1/users?q=${tag}`)).json())).toEqual([byLogin.id, byName.id, byEmail.id]);

    const paged: string[] = [];
    for (let i = 0; i < 5; i++) paged.push((await createUserViaApi(admin, { displayName: `Paged ${tag} ${i}` })).id);
    for (const sort of ['displayName', '-login', 'createdAt']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const url: string = `/api/v1/users?q=Paged%20${tag}&limit=2&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`;
        const page = (await admin.get(url)).json();
        seen.push(...ids(page));
        cursor = page.nextCursor;
        pages++;
      } while (cursor);
      expect(pages).toBe(3);
      expect(new Set(seen)).toEqual(new Set(paged));
      if (sort === 'displayName') expect(seen).toEqual(paged);
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { staffSession, uniqueSuffix } from '../../../../test/factories.js';
import { createStaffGroup, createUserViaApi, externalSession } from '../../../../test/factories-sites.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = (await staffSession(t.app, 'admin')).session;
});
afterAll(() => t.close());

const ids = (page: { items: { id: string }[] }) => page.items.map((g) => g.id);
const MISSING = '0190c7a0-0000-7000-8000-000000000000';

describe('staff groups', () => {
  it('creates, reads, updates and archives a group with its members', async () => {
    const anna = await createUserViaApi(admin, { displayName: 'Anna' });
    const ben = await createUserViaApi(admin, { displayName: 'Ben' });
    const group = await createStaffGroup(admin, { name: 'Field service North', memberIds: [ben.id, anna.id] });
    expect(group).toMatchObject({ name: 'Field service North', memberIds: [anna.id, ben.id], archivedAt: null });

    const read = await admin.get(`/api/v1/staff-groups/${group.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(group);

    const patched = await admin.patch(`/api/v1/staff-groups/${group.id}`, { name: 'Field service', memberIds: [ben.id] });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ name: 'Field service', memberIds: [ben.id] });
    expect((await admin.patch(`/api/v1/staff-groups/${group.id}`, { name: 'Field service 2' })).json().memberIds).toEqual([ben.id]);

    expect((await admin.delete(`/api/v1/staff-groups/${group.id}`)).statusCode).toBe(204);
    expect((await admin.get(`/api/v1/staff-groups/${group.id}`)).json().archivedAt).not.toBeNull();
    expect(ids((await admin.get(`/api/v1/staff-groups?memberId=${ben.id}`)).json())).toEqual([]);
    expect(ids((await admin.get(`/api/v1/staff-groups?memberId=${ben.id}&includeArchived=true`)).json())).toEqual([group.id]);

    const events = await t.app.ctx.db.selectFrom('audit_events').select(['action', 'details']).where('resource_id', '=', group.id).orderBy('id').execute();
    expect(events.map((e) => e.action)).toEqual(['staff_group.create', 'staff_group.update', 'staff_group.update', 'staff_group.archive']);
    expect(JSON.parse(events[1]!.details!).changes).toEqual({
      name: { before: 'Field service North', after: 'Field service' },
      memberIds: { before: [anna.id, ben.id], after: [ben.id] },
    });
  });

  it('accepts only active staff users as members (422)', async () => {
    const disabled = await createUserViaApi(admin);
    await admin.delete(`/api/v1/users/${disabled.id}`);
    const portal = await externalSession(t.app);
    for (const memberIds of [[disabled.id], [portal.id], [MISSING]]) {
      const response = await admin.post('/api/v1/staff-groups', { name: 'Bad', memberIds });
      expect(response.statusCode).toBe(422);
      expect(response.json().error).toMatchObject({ code: 'invalid_reference', details: { field: 'memberIds', ids: memberIds } });
    }
    const group = await createStaffGroup(admin);
    expect((await admin.patch(`/api/v1/staff-groups/${group.id}`, { memberIds: [portal.id] })).statusCode).toBe(422);
    expect((await admin.post('/api/v1/staff-groups', { name: '' })).statusCode).toBe(400);
    expect((await admin.post('/api/v1/staff-groups', { name: 'X', colour: 'red' })).statusCode).toBe(400);
    expect((await admin.get(`/api/v1/staff-groups/${MISSING}`)).statusCode).toBe(404);
  });

  it('searches by name and pages across pages with the members of each group', async () => {
    const tag = uniqueSuffix();
    const member = await createUserViaApi(admin);
    const created: string[] = [];
    for (let i = 0; i < 5; i++) created.push((await createStaffGroup(admin, { name: `Team ${tag} ${i}`, memberIds: [member.id] })).id);
    await createStaffGroup(admin, { name: 'Unrelated team' });
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = `/api/v1/staff-groups?q=${tag.toUpperCase()}&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await admin.get(url)).json();
      expect(page.items.every((g: { memberIds: string[] }) => g.memberIds[0] === member.id)).toBe(true);
      seen.push(...ids(page));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(created);
    expect(ids((await admin.get(`/api/v1/staff-groups?memberId=${member.id}&sort=-createdAt&limit=10`)).json()).sort()).toEqual([...created].sort());
  });

  it('all staff read groups; only admins change them; portal users get 403', async () => {
    const coordinator = (await staffSession(t.app, 'coordinator')).session;
    const technician = (await staffSession(t.app, 'technician')).session;
    const group = await createStaffGroup(admin);
    expect((await technician.get(`/api/v1/staff-groups/${group.id}`)).statusCode).toBe(200);
    expect((await coordinator.get('/api/v1/staff-groups')).statusCode).toBe(200);
    for (const session of [coordinator, technician]) {
      expect((await session.post('/api/v1/staff-groups', { name: 'Nope' })).statusCode).toBe(403);
      expect((await session.patch(`/api/v1/staff-groups/${group.id}`, { name: 'Nope' })).statusCode).toBe(403);
      expect((await session.delete(`/api/v1/staff-groups/${group.id}`)).statusCode).toBe(403);
    }
    const portal = (await externalSession(t.app)).session;
    expect((await portal.get('/api/v1/staff-groups')).statusCode).toBe(403);
    expect((await portal.get(`/api/v1/staff-groups/${group.id}`)).statusCode).toBe(403);
    expect((await portal.post('/api/v1/staff-groups', { name: 'Nope' })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/staff-groups' })).statusCode).toBe(401);
  });

  it('documents the sites, contacts, users and staff-groups endpoints in the OpenAPI document', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(response.statusCode).toBe(200);
    const paths = Object.keys(response.json().paths);
    for (const base of ['/api/v1/sites', '/api/v1/contacts', '/api/v1/users', '/api/v1/staff-groups']) {
      expect(paths).toContain(base);
      expect(paths).toContain(`${base}/{id}`);
    }
  });
});

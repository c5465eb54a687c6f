/**
 * The rules of SPEC §2 and §3 that hold whatever the scenario: deny by default; an invisible record and a
 * nonexistent one give the same 404 on every resource; lists, paging and search never show invisible
 * records; downloads follow the same policy; disabling a user ends its sessions at once; the staff preview
 * is read-only and audited; every invitation, login, failed login, grant change, preview and password event
 * is in the audit log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type Session } from '../helpers.js';
import { createStaffUser } from '../factories.js';
import {
  API,
  NONEXISTENT_ID,
  auditEvents,
  cookieCaller,
  created,
  deliverMail,
  errorOf,
  expectForbidden,
  expectListExactly,
  expectSameAsNonexistent,
  fileTypeId,
  grant,
  invite,
  inviteAndActivate,
  lastMailTo,
  linkToken,
  listIds,
  openStory,
  read,
  setAccess,
  sorted,
  staffMember,
  startPreview,
  ticketTypeId,
  uniqueSuffix,
  upload,
  uploaded,
  type Json,
  type Story,
} from './story-kit.js';

let s: Story;
let admin: Session;
/** The world: customer H (Holdfast) with sites S1 and S2, and customer E (Elsewhere). */
const w: Record<string, Json> = {};
const TOKEN = `zephyr${uniqueSuffix()}`;

beforeAll(async () => {
  s = await openStory();
  admin = s.admin;
  w.h = await created(admin, `${API}/customers`, { name: `Holdfast ${TOKEN}` });
  w.e = await created(admin, `${API}/customers`, { name: `Elsewhere ${TOKEN}` });
  w.s1 = await created(admin, `${API}/sites`, { customerId: w.h.id, name: `S1 ${TOKEN}` });
  w.s2 = await created(admin, `${API}/sites`, { customerId: w.h.id, name: `S2 ${TOKEN}` });
  w.es = await created(admin, `${API}/sites`, { customerId: w.e.id, name: `E site ${TOKEN}` });
  w.tech = await staffMember(admin, 'Terry Technician');
  const serviceRequest = await ticketTypeId(admin, 'service_request');

  // One record of each kind at S1 (will be visible), at S2 and at E (never visible to the S1 user).
  for (const [key, customerId, siteId] of [['v', w.h.id, w.s1.id], ['x', w.h.id, w.s2.id], ['f', w.e.id, w.es.id]] as const) {
    const r: Record<string, Json> = {};
    r.contact = await created(admin, `${API}/contacts`, { customerId, name: `Contact ${TOKEN} ${key}`, siteIds: [siteId] });
    r.asset = await created(admin, `${API}/assets`, { customerId, siteId, name: `Asset ${TOKEN} ${key}` });
    r.asset2 = await created(admin, `${API}/assets`, { customerId, siteId, name: `Asset ${TOKEN} ${key} two` });
    r.workOrder = await created(admin, `${API}/work-orders`, { assetId: r.asset.id, title: `Job ${TOKEN} ${key}` });
    r.project = await created(admin, `${API}/projects`, { customerId, siteId, name: `Project ${TOKEN} ${key}` });
    r.order = await created(admin, `${API}/orders`, { customerId, siteId, title: `Order ${TOKEN} ${key}` });
    r.ticket = await created(admin, `${API}/tickets`, { customerId, siteId, typeId: serviceRequest, title: `Ticket ${TOKEN} ${key}` });
    r.schedule = await created(admin, `${API}/schedule-entries`, { customerId, siteId, title: `Visit ${TOKEN} ${key}`, startsAt: '2026-03-10T08:00:00.000Z', assigneeIds: [w.tech.id] });
    r.file = await uploaded(admin, { resourceType: 'asset', resourceId: r.asset.id, fileTypeId: await fileTypeId(admin, 'Certificate'), filename: `cert-${key}.pdf`, content: `CERT ${key}` });
    r.internalFile = await uploaded(admin, { resourceType: 'asset', resourceId: r.asset.id, fileTypeId: await fileTypeId(admin, 'Internal'), filename: `internal-${key}.pdf`, content: `INTERNAL ${key}` });
    w[key] = r;
  }
  w.document = await created(admin, `${API}/documents`, { title: `Procedure ${TOKEN}`, kind: 'procedure', body: 'Internal only.' });
  w.internalFileType = await fileTypeId(admin, 'Internal');
  w.hiddenFlag = await created(admin, `${API}/flags`, { name: `Internal flag ${TOKEN}`, color: '#000000', customerVisible: false });
  w.foreignTicketType = await created(admin, `${API}/ticket-types`, { key: `e-only-${uniqueSuffix()}`, name: `E only ${TOKEN}`, customerId: w.e.id });
  w.foreignUser = await invite(admin, { email: `someone-${uniqueSuffix()}@elsewhere.test`, displayName: `E user ${TOKEN}`, customerId: w.e.id, roleTemplate: 'customer' });
});
afterAll(() => s.close());

/** A view-only user of H restricted to site S1, with the S1 schedule entry assigned: sees exactly the "v" records. */
async function s1Viewer() {
  const user = await inviteAndActivate(s, { email: `viewer-${uniqueSuffix()}@holdfast.test`, displayName: 'S1 viewer', customerId: w.h.id, roleTemplate: 'view_only', sites: [{ siteId: w.s1.id, level: 'read' }] });
  await setAccess(admin, user.userId, { modes: { tickets: 'all_in_scope' } });
  await grant(admin, user.userId, 'schedule_entry', w.v.schedule.id, 'assigned');
  return user;
}

/** Collection → the ids the S1 viewer must see, and ids it must not. */
function visibility(): [string, string[], string[]][] {
  const hidden = (k: string) => [w.x[k].id, w.f[k].id];
  return [
    ['/assets', [w.v.asset.id, w.v.asset2.id], [...hidden('asset'), ...hidden('asset2')]],
    ['/work-orders', [w.v.workOrder.id], hidden('workOrder')],
    ['/projects', [w.v.project.id], hidden('project')],
    ['/orders', [w.v.order.id], hidden('order')],
    ['/tickets', [w.v.ticket.id], hidden('ticket')],
    ['/schedule-entries', [w.v.schedule.id], hidden('schedule')],
    ['/files', [w.v.file.id], [...hidden('file'), w.v.internalFile.id, ...hidden('internalFile')]],
    ['/sites', [w.s1.id], [w.s2.id, w.es.id]],
    ['/customers', [w.h.id], [w.e.id]],
    ['/contacts', [], [w.v.contact.id, ...hidden('contact')]],
    ['/documents', [], [w.document.id]],
  ];
}

describe('deny by default', () => {
  it('a fresh portal user with no grants sees none of the records of their own customer — only their customer, its sites and themselves', async () => {
    const fresh = await inviteAndActivate(s, { email: `fresh-${uniqueSuffix()}@holdfast.test`, displayName: 'Fresh', customerId: w.h.id, roleTemplate: 'customer' });
    for (const url of ['/assets', '/work-orders', '/projects', '/orders', '/tickets', '/schedule-entries', '/files', '/documents', '/contacts']) {
      await expectListExactly(fresh.session, `${API}${url}`, [], url);
    }
    await expectListExactly(fresh.session, `${API}/users`, [fresh.userId]);
    await expectListExactly(fresh.session, `${API}/customers`, [w.h.id]);
    for (const r of [w.v, w.x]) {
      for (const [url, record] of [['/assets', r.asset], ['/work-orders', r.workOrder], ['/projects', r.project], ['/orders', r.order], ['/tickets', r.ticket], ['/schedule-entries', r.schedule], ['/files', r.file], ['/contacts', r.contact]] as const) {
        await expectSameAsNonexistent(fresh.session, `${API}${url}/${record.id}`, record.id);
      }
    }
    const me = await read(fresh.session, `${API}/me`);
    expect(me.portal.capabilities).toMatchObject({ manageDevices: false, uploadFiles: false, customerAdmin: false });
  });
});

describe('an invisible record and a nonexistent one give the same 404', () => {
  it('on every resource and sub-resource, with the same error body', async () => {
    const viewer = await s1Viewer();
    const targets: [string, string][] = [];
    for (const r of [w.x, w.f]) {
      targets.push(
        [`/assets/${r.asset.id}`, r.asset.id],
        [`/assets/${r.asset.id}/history`, r.asset.id],
        [`/work-orders/${r.workOrder.id}`, r.workOrder.id],
        [`/work-orders/${r.workOrder.id}/notes`, r.workOrder.id],
        [`/projects/${r.project.id}`, r.project.id],
        [`/projects/${r.project.id}/devices`, r.project.id],
        [`/projects/${r.project.id}/tasks`, r.project.id],
        [`/projects/${r.project.id}/parts`, r.project.id],
        [`/projects/${r.project.id}/reports`, r.project.id],
        [`/orders/${r.order.id}`, r.order.id],
        [`/orders/${r.order.id}/tasks`, r.order.id],
        [`/tickets/${r.ticket.id}`, r.ticket.id],
        [`/tickets/${r.ticket.id}/comments`, r.ticket.id],
        [`/schedule-entries/${r.schedule.id}`, r.schedule.id],
        [`/files/${r.file.id}`, r.file.id],
        [`/files/${r.file.id}/content`, r.file.id],
        [`/contacts/${r.contact.id}`, r.contact.id],
      );
    }
    targets.push(
      [`/customers/${w.e.id}`, w.e.id],
      [`/sites/${w.s2.id}`, w.s2.id],
      [`/sites/${w.es.id}`, w.es.id],
      [`/users/${w.foreignUser.id}`, w.foreignUser.id],
      [`/users/${w.tech.id}`, w.tech.id],
      [`/documents/${w.document.id}`, w.document.id],
      [`/files/${w.v.internalFile.id}`, w.v.internalFile.id],
      [`/files/${w.v.internalFile.id}/content`, w.v.internalFile.id],
      [`/file-types/${w.internalFileType}`, w.internalFileType],
      [`/flags/${w.hiddenFlag.id}`, w.hiddenFlag.id],
      [`/ticket-types/${w.foreignTicketType.id}`, w.foreignTicketType.id],
    );
    for (const [url, id] of targets) await expectSameAsNonexistent(viewer.session, `${API}${url}`, id);

    const body = (await viewer.session.get(`${API}/assets/${w.f.asset.id}`)).json();
    expect(Object.keys(body)).toEqual(['error']);
    expect(body.error).toEqual({ code: 'not_found', message: expect.any(String), requestId: expect.any(String) });
  });

  it('a visible record with a forbidden action is a 403, an invisible one the 404', async () => {
    const viewer = await s1Viewer();
    expectForbidden(await viewer.session.patch(`${API}/assets/${w.v.asset.id}`, { name: 'Mine now' }));
    expect(errorOf(await viewer.session.patch(`${API}/assets/${w.x.asset.id}`, { name: 'Mine now' }))).toEqual(errorOf(await viewer.session.patch(`${API}/assets/${NONEXISTENT_ID}`, { name: 'Mine now' })));
    expect((await viewer.session.patch(`${API}/assets/${w.x.asset.id}`, { name: 'Mine now' })).statusCode).toBe(404);
    expectForbidden(await viewer.session.delete(`${API}/orders/${w.v.order.id}`));
    expect((await viewer.session.delete(`${API}/orders/${w.f.order.id}`)).statusCode).toBe(404);
  });
});

describe('lists, paging and search never show invisible records', () => {
  it('every list holds exactly the visible records, page by page and in search', async () => {
    const viewer = await s1Viewer();
    for (const [url, shown, hidden] of visibility()) {
      const all = await listIds(viewer.session, `${API}${url}`);
      expect(sorted(all), url).toEqual(sorted(shown));
      // One record per page: the cursor never leads past the last visible record.
      expect(sorted(await listIds(viewer.session, `${API}${url}`, 1)), `${url} paged`).toEqual(sorted(shown));
      if (shown.length) {
        const page = await read(viewer.session, `${API}${url}?limit=${shown.length}`);
        expect(page.nextCursor, `${url}: a full page of the visible records is the last page`).toBeNull();
      }
      // Search: the token is in the names of the visible and the invisible records alike.
      if (!['/files', '/schedule-entries'].includes(url)) {
        const found = await listIds(viewer.session, `${API}${url}?q=${TOKEN}`);
        for (const id of hidden) expect(found, `${url}?q=`).not.toContain(id);
      }
    }
    for (const url of ['/assets', '/work-orders', '/projects', '/orders', '/tickets']) {
      await expectListExactly(viewer.session, `${API}${url}?q=${TOKEN}`, visibility().find(([u]) => u === url)![1], `${url}?q=`);
    }
  });

  it('filters narrow, never widen: another site, another customer, a hidden parent all give empty lists', async () => {
    const viewer = await s1Viewer();
    for (const url of ['/assets', '/work-orders', '/projects', '/orders', '/tickets', '/schedule-entries']) {
      await expectListExactly(viewer.session, `${API}${url}?siteId=${w.s2.id}`, [], `${url}?siteId=S2`);
      await expectListExactly(viewer.session, `${API}${url}?customerId=${w.e.id}`, [], `${url}?customerId=E`);
    }
    await expectListExactly(viewer.session, `${API}/assets?under=${w.f.asset.id}`, []);
    await expectListExactly(viewer.session, `${API}/assets?parentId=${w.x.asset.id}`, []);
    await expectListExactly(viewer.session, `${API}/work-orders?assetId=${w.x.asset.id}`, []);
    await expectListExactly(viewer.session, `${API}/files?resourceType=asset&resourceId=${w.x.asset.id}`, []);
    await expectListExactly(viewer.session, `${API}/files?customerId=${w.e.id}`, []);
    await expectListExactly(viewer.session, `${API}/sites?customerId=${w.e.id}`, []);
    await expectListExactly(viewer.session, `${API}/contacts?siteId=${w.es.id}`, []);
    await expectListExactly(viewer.session, `${API}/customers?parentId=${w.e.id}`, []);
    expect(await listIds(viewer.session, `${API}/ticket-types?customerId=${w.e.id}`)).not.toContain(w.foreignTicketType.id);
  });
});

describe('file downloads follow the same policy', () => {
  it('a visible file downloads; a file of a hidden record, of another customer or of an internal type is the 404 of a missing one', async () => {
    const viewer = await s1Viewer();
    const ok = await viewer.session.get(`${API}/files/${w.v.file.id}/content`);
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toBe('CERT v');
    for (const file of [w.x.file, w.f.file, w.v.internalFile, w.x.internalFile]) {
      await expectSameAsNonexistent(viewer.session, `${API}/files/${file.id}/content`, file.id);
    }
    // Archived: no longer listed nor downloadable.
    expect((await admin.delete(`${API}/files/${w.v.file.id}`)).statusCode).toBe(204);
    await expectSameAsNonexistent(viewer.session, `${API}/files/${w.v.file.id}/content`, w.v.file.id);
    expect(await listIds(viewer.session, `${API}/files`)).not.toContain(w.v.file.id);
    // Uploading to a hidden record: the same 404 as to a missing one.
    const hiddenTarget = await upload(viewer.session, { resourceType: 'asset', resourceId: w.x.asset.id, fileTypeId: await fileTypeId(admin, 'Photo') });
    const missingTarget = await upload(viewer.session, { resourceType: 'asset', resourceId: NONEXISTENT_ID, fileTypeId: await fileTypeId(admin, 'Photo') });
    expect(errorOf(hiddenTarget)).toEqual(errorOf(missingTarget));
    expect(hiddenTarget.statusCode).toBe(404);
  });
});

describe('disabling a user', () => {
  it('ends all of its sessions at once and refuses new logins; enabling again does not revive old sessions', async () => {
    const user = await inviteAndActivate(s, { email: `leaver-${uniqueSuffix()}@holdfast.test`, displayName: 'Leaver', customerId: w.h.id, roleTemplate: 'view_only' });
    const second = await loginAs(s.app, user.login, user.password);
    for (const session of [user.session, second]) expect((await session.get(`${API}/assets`)).statusCode).toBe(200);

    const disabled = await admin.patch(`${API}/users/${user.userId}`, { status: 'disabled' });
    expect(disabled.statusCode, disabled.body).toBe(200);
    for (const session of [user.session, second]) {
      expect((await session.get(`${API}/me`)).statusCode).toBe(401);
      expect((await session.get(`${API}/assets`)).statusCode).toBe(401);
    }
    const login = await s.app.inject({ method: 'POST', url: `${API}/auth/login`, payload: { login: user.login, password: user.password } });
    expect(login.statusCode).toBe(403);
    expect(login.json().error.code).toBe('account_disabled');
    // Disabled users cannot be previewed either.
    expect((await admin.post(`${API}/users/${user.userId}/preview`)).statusCode).toBe(409);

    expect((await admin.patch(`${API}/users/${user.userId}`, { status: 'active' })).statusCode).toBe(200);
    expect((await user.session.get(`${API}/me`)).statusCode).toBe(401);
    await loginAs(s.app, user.login, user.password);

    // DELETE /users/:id disables as well.
    const again = await loginAs(s.app, user.login, user.password);
    expect((await admin.delete(`${API}/users/${user.userId}`)).statusCode).toBe(204);
    expect((await again.get(`${API}/me`)).statusCode).toBe(401);
  });
});

describe('the staff preview', () => {
  it('answers exactly as the user, refuses every write, and is audited from start to end', async () => {
    const viewer = await s1Viewer();
    const preview = await startPreview(s.app, admin, viewer.userId);
    expect(Date.parse(preview.expiresAt)).toBeGreaterThan(s.t.clock.now().getTime());
    expect(await read(preview.session, `${API}/me`)).toMatchObject({ id: viewer.userId, kind: 'external', previewBy: s.adminUserId });
    for (const [url] of visibility()) {
      expect(sorted(await listIds(preview.session, `${API}${url}`)), url).toEqual(sorted(await listIds(viewer.session, `${API}${url}`)));
    }
    await expectSameAsNonexistent(preview.session, `${API}/assets/${w.x.asset.id}`, w.x.asset.id);
    // Staff-only pages are closed while previewing: the preview is the user's view.
    expectForbidden(await preview.session.get(`${API}/audit-events`));

    const writes = [
      await preview.session.post(`${API}/tickets`, { customerId: w.h.id, siteId: w.s1.id, typeId: await ticketTypeId(admin, 'service_request'), title: 'From the preview' }),
      await preview.session.patch(`${API}/assets/${w.v.asset.id}`, { name: 'Changed in preview' }),
      await preview.session.delete(`${API}/assets/${w.v.asset.id}`),
      await preview.session.post(`${API}/tickets/${w.v.ticket.id}/comments`, { body: 'From the preview' }),
      await preview.session.post(`${API}/auth/password`, { currentPassword: viewer.password, newPassword: 'a-new-password-1' }),
      await preview.session.put(`${API}/users/${viewer.userId}/access`, { modes: { assets: 'all_in_scope' } }),
      await preview.session.post(`${API}/users/${viewer.userId}/preview`),
      await upload(preview.session, { resourceType: 'asset', resourceId: w.v.asset.id, fileTypeId: await fileTypeId(admin, 'Photo') }),
    ];
    for (const response of writes) expectForbidden(response, 'preview_read_only');
    expect((await read(admin, `${API}/assets/${w.v.asset.id}`)).name).toBe(`Asset ${TOKEN} v`);
    await loginAs(s.app, viewer.login, viewer.password);

    // The preview cookie is worth nothing without the staff session that started it.
    expect((await cookieCaller(s.app, `portico_preview=${preview.cookie}`).get(`${API}/me`)).statusCode).toBe(401);
    const otherStaff = await otherStaffSession();
    const borrowed = cookieCaller(s.app, `portico_session=${otherStaff.cookie}; portico_preview=${preview.cookie}`);
    const borrowedMe = await borrowed.get(`${API}/me`);
    expect(borrowedMe.statusCode).toBe(401);
    expect(borrowedMe.json().error.code).toBe('preview_ended');

    expect((await preview.session.delete(`${API}/preview`)).statusCode).toBe(204);
    // The ended preview cookie is refused, never read as the staff user's own session; without it, staff are themselves again.
    expect((await preview.session.get(`${API}/me`)).json().error.code).toBe('preview_ended');
    expect((await read(admin, `${API}/me`)).id).toBe(s.adminUserId);

    const events = await auditEvents(admin, { resourceType: 'user', resourceId: viewer.userId });
    const started = events.find((e) => e.action === 'access.preview_started');
    const ended = events.find((e) => e.action === 'access.preview_ended');
    expect(started).toMatchObject({ actorUserId: s.adminUserId, resourceId: viewer.userId });
    expect(ended).toMatchObject({ actorUserId: s.adminUserId, resourceId: viewer.userId });
  });

  it('a preview whose user gets disabled never turns into the staff user’s own, writable session', async () => {
    const viewer = await s1Viewer();
    const preview = await startPreview(s.app, admin, viewer.userId);
    expect((await admin.patch(`${API}/users/${viewer.userId}`, { status: 'disabled' })).statusCode).toBe(200);
    await expectDeadPreviewNeverActsAsStaff(preview, 'previewed user disabled');
  });

  it('an expired preview never turns into the staff user’s own, writable session', async () => {
    const viewer = await s1Viewer();
    const preview = await startPreview(s.app, admin, viewer.userId);
    s.t.clock.advance(Date.parse(preview.expiresAt) - s.t.clock.now().getTime() + 1000);
    await expectDeadPreviewNeverActsAsStaff(preview, 'preview expired');
  });

  it('only staff who manage portal access may preview', async () => {
    const viewer = await s1Viewer();
    const technician = await otherStaffSession('technician');
    expectForbidden(await technician.post(`${API}/users/${viewer.userId}/preview`));
    expectForbidden(await viewer.session.post(`${API}/users/${viewer.userId}/preview`));
  });
});

/** With a preview cookie that no longer resolves, the staff session must not silently take over (it would be writable). */
async function expectDeadPreviewNeverActsAsStaff(preview: Awaited<ReturnType<typeof startPreview>>, because: string) {
  const target = await created(admin, `${API}/assets`, { customerId: w.h.id, siteId: w.s1.id, name: `Preview target ${TOKEN}` });
  const me = await preview.session.get(`${API}/me`);
  const write = await preview.session.patch(`${API}/assets/${target.id}`, { name: 'Written through a dead preview' });
  expect((await read(admin, `${API}/assets/${target.id}`)).name, `${because}: a write went through as the staff user (${write.statusCode})`).toBe(`Preview target ${TOKEN}`);
  expect(write.statusCode, `${because}: ${write.body}`).toBeGreaterThanOrEqual(400);
  expect(me.statusCode === 200 && me.json().id === s.adminUserId, `${because}: GET /me answered as the staff user`).toBe(false);
}

/** Another staff member, signed in. */
async function otherStaffSession(role: 'admin' | 'coordinator' | 'technician' = 'coordinator'): Promise<Session> {
  const created = await createStaffUser(s.app, { role });
  return loginAs(s.app, created.login, created.password);
}

describe('the audit log', () => {
  it('records every invitation, login, failed login, grant change, preview and password event of a portal user', async () => {
    const email = `audited-${uniqueSuffix()}@holdfast.test`;
    const invited = await invite(admin, { email, displayName: 'Audited', customerId: w.h.id, roleTemplate: 'customer' });
    const id = invited.id;
    expect((await admin.post(`${API}/users/${id}/invitation/resend`)).statusCode).toBe(200);
    await deliverMail(s);
    const activation = await s.app.inject({ method: 'POST', url: `${API}/auth/activate`, payload: { token: linkToken(await lastMailTo(s, email, 'invitation'), 'activate'), password: 'audited-password-1' } });
    expect(activation.statusCode).toBe(200);

    expect((await s.app.inject({ method: 'POST', url: `${API}/auth/login`, payload: { login: email, password: 'wrong-password-0' } })).statusCode).toBe(401);
    const session = await loginAs(s.app, email, 'audited-password-1');

    await setAccess(admin, id, { modes: { workOrders: 'assigned_only' } });
    await grant(admin, id, 'asset', w.v.asset.id, 'visible');
    expect((await admin.delete(`${API}/users/${id}/grants/asset/${w.v.asset.id}`)).statusCode).toBe(204);
    const preview = await startPreview(s.app, admin, id);
    expect((await preview.session.delete(`${API}/preview`)).statusCode).toBe(204);

    expect((await session.post(`${API}/auth/password`, { currentPassword: 'audited-password-1', newPassword: 'audited-password-2' })).statusCode).toBe(204);
    expect((await s.app.inject({ method: 'POST', url: `${API}/auth/password-reset`, payload: { email } })).statusCode).toBe(202);
    await deliverMail(s);
    const reset = await s.app.inject({ method: 'POST', url: `${API}/auth/password-reset/confirm`, payload: { token: linkToken(await lastMailTo(s, email, 'password_reset'), 'reset-password'), password: 'audited-password-3' } });
    expect(reset.statusCode).toBe(204);
    expect((await admin.post(`${API}/users/${id}/password-reset`)).statusCode).toBe(202);
    const last = await loginAs(s.app, email, 'audited-password-3');
    expect((await last.post(`${API}/auth/logout`)).statusCode).toBe(204);

    const events = await auditEvents(admin, { resourceType: 'user', resourceId: id });
    const actions = events.map((e) => e.action);
    for (const action of [
      'user.invited',
      'user.invitation_resent',
      'user.activated',
      'auth.login',
      'auth.login_failed',
      'access.updated',
      'access.grant_added',
      'access.grant_removed',
      'access.preview_started',
      'access.preview_ended',
      'auth.password_changed',
      'auth.password_reset_requested',
      'auth.password_reset',
      'user.password_reset_sent_by_staff',
      'auth.logout',
    ]) {
      expect(actions, action).toContain(action);
    }
    const byAction = (action: string) => events.find((e) => e.action === action);
    expect(byAction('user.invited')).toMatchObject({ actorUserId: s.adminUserId, customerId: w.h.id });
    expect(byAction('access.grant_added')?.details).toMatchObject({ grantedType: 'asset', grantedId: w.v.asset.id, kind: 'visible' });
    expect(byAction('access.updated')?.details).toMatchObject({ after: { modes: { workOrders: 'assigned_only' } } });
    expect(byAction('auth.login_failed')?.details).toMatchObject({ reason: 'wrong_password' });
    for (const event of events) {
      expect(JSON.stringify(event), event.action).not.toContain('audited-password');
    }
  });

  it('records a user created with an initial password, and a revoked invitation', async () => {
    const direct = await invite(admin, { email: `direct-${uniqueSuffix()}@holdfast.test`, displayName: 'Direct', customerId: w.h.id, roleTemplate: 'customer', initialPassword: 'initial-password-1' });
    expect((await auditEvents(admin, { resourceType: 'user', resourceId: direct.id })).map((e) => e.action)).toContain('user.created_with_initial_password');
    const revoked = await invite(admin, { email: `revoked-${uniqueSuffix()}@holdfast.test`, displayName: 'Revoked', customerId: w.h.id, roleTemplate: 'customer' });
    expect((await admin.delete(`${API}/users/${revoked.id}/invitation`)).statusCode).toBe(204);
    expect((await auditEvents(admin, { resourceType: 'user', resourceId: revoked.id })).map((e) => e.action)).toContain('user.invitation_revoked');
  });
});

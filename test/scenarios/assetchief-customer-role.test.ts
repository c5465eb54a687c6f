/**
 * Seed 000 — AssetChief, "Letting customers in" with the Customer role (SPEC §5):
 * invite a customer user with the Customer role; assign top-level assets with "only make visible"; the
 * customer sees only those assets, their subtrees and all work orders under them; switching work orders to
 * assigned-only shows only the work orders granted to them; they see only the service requests, incident
 * reports and visit requests they submitted, only their own user record, only the tour and planning entries
 * assigned to them; policies, procedures and lists are hidden; staff verify by previewing as that user and
 * finally reset the user's password by e-mail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type Session } from '../helpers.js';
import {
  API,
  auditEvents,
  created,
  deliverMail,
  expectDelivered,
  expectForbidden,
  expectHidden,
  expectListExactly,
  expectSameAsNonexistent,
  grant,
  invite,
  lastMailTo,
  linkToken,
  listIds,
  mailStatus,
  mailsTo,
  read,
  setAccess,
  sorted,
  staffMember,
  startPreview,
  ticketTypeId,
  uniqueSuffix,
  openStory,
  type Json,
  type Story,
} from './story-kit.js';

describe('AssetChief: a customer user with the Customer role', () => {
  let s: Story;
  let admin: Session;
  const w: Record<string, Json> = {};
  const maria = { userId: '', login: `maria.northwind.${uniqueSuffix()}`, email: `maria-${uniqueSuffix()}@northwind.test`, password: 'maria-first-password', session: undefined as unknown as Session };

  beforeAll(async () => {
    s = await openStory();
    admin = s.admin;
    // The service company's back office: a customer with two buildings, another customer, a technician.
    w.northwind = await created(admin, `${API}/customers`, { name: 'Northwind Facilities' });
    w.contoso = await created(admin, `${API}/customers`, { name: 'Contoso' });
    w.hq = await created(admin, `${API}/sites`, { customerId: w.northwind.id, name: 'Northwind HQ', kind: 'facility' });
    w.tom = await staffMember(admin, 'Tom Technician');

    const asset = (body: object) => created(admin, `${API}/assets`, body);
    w.buildingA = await asset({ customerId: w.northwind.id, siteId: w.hq.id, name: 'Building A', internalNotes: 'alarm code 4711' });
    w.plantRoom = await asset({ customerId: w.northwind.id, siteId: w.hq.id, parentId: w.buildingA.id, name: 'Plant room A' });
    w.boiler = await asset({ customerId: w.northwind.id, siteId: w.hq.id, parentId: w.plantRoom.id, name: 'Boiler A1', serialNumber: 'BX-100' });
    w.buildingB = await asset({ customerId: w.northwind.id, siteId: w.hq.id, name: 'Building B' });
    w.chiller = await asset({ customerId: w.northwind.id, siteId: w.hq.id, parentId: w.buildingB.id, name: 'Chiller B1' });
    w.contosoBoiler = await asset({ customerId: w.contoso.id, name: 'Contoso boiler' });

    const workOrder = (body: object) => created(admin, `${API}/work-orders`, body);
    w.woBoiler = await workOrder({ assetId: w.boiler.id, title: 'Annual boiler service', kind: 'maintenance', assigneeIds: [w.tom.id], internalCost: 12_000 });
    w.woPlantRoom = await workOrder({ assetId: w.plantRoom.id, title: 'Ventilation check', kind: 'inspection' });
    w.woChiller = await workOrder({ assetId: w.chiller.id, title: 'Chiller repair', kind: 'repair' });
    w.woWithoutAsset = await workOrder({ customerId: w.northwind.id, title: 'Site survey' });
    w.woContoso = await workOrder({ assetId: w.contosoBoiler.id, title: 'Contoso service' });

    // Tours (rounds) and planning entries (visits).
    const entry = (body: object) => created(admin, `${API}/schedule-entries`, { customerId: w.northwind.id, siteId: w.hq.id, assigneeIds: [w.tom.id], ...body });
    w.tourForMaria = await entry({ title: 'Monthly plant room round', kind: 'round', recurrence: 'monthly', startsAt: '2026-03-05T07:00:00.000Z', assetIds: [w.boiler.id, w.chiller.id] });
    w.visitForMaria = await entry({ title: 'Boiler service visit', kind: 'visit', startsAt: '2026-03-12T09:00:00.000Z' });
    w.tourForOthers = await entry({ title: 'Chiller round', kind: 'round', recurrence: 'weekly', startsAt: '2026-03-06T07:00:00.000Z' });

    // Internal documents: policies, procedures and lists.
    w.policy = await created(admin, `${API}/documents`, { title: 'Safety policy', kind: 'policy', body: 'Internal.' });
    w.procedure = await created(admin, `${API}/documents`, { title: 'Boiler procedure', kind: 'procedure', body: 'Internal.' });
    w.list = await created(admin, `${API}/documents`, { title: 'Spare parts list', kind: 'list', body: 'Internal.' });

    // A ticket staff raised for the customer: not Maria's.
    w.staffTicket = await created(admin, `${API}/tickets`, { customerId: w.northwind.id, typeId: await ticketTypeId(admin, 'service_request'), title: 'Raised by the office' });
  });
  afterAll(() => s.close());

  it('staff invite the customer by login ID and e-mail with the Customer role; the link in the mail activates the account', async () => {
    const invited = await invite(admin, { email: maria.email, login: maria.login, displayName: 'Maria Lopez', customerId: w.northwind.id, roleTemplate: 'customer' });
    maria.userId = invited.id;
    expect(invited).toMatchObject({ login: maria.login, status: 'pending', roleTemplate: 'customer' });
    expect((await read(admin, `${API}/users/${maria.userId}/invitation`)).state).toBe('pending');

    await deliverMail(s);
    const mail = await lastMailTo(s, maria.email, 'invitation');
    expect(mail.subject).toBe('Your portal access for Northwind Facilities');
    expectDelivered(s, mail, await mailStatus(s, mail.id));

    const activated = await s.app.inject({ method: 'POST', url: `${API}/auth/activate`, payload: { token: linkToken(mail, 'activate'), password: maria.password } });
    expect(activated.statusCode, activated.body).toBe(200);
    expect(activated.json().user).toMatchObject({ id: maria.userId, kind: 'external', customerId: w.northwind.id });
    maria.session = await loginAs(s.app, maria.login, maria.password);

    const access = await read(admin, `${API}/users/${maria.userId}/access`);
    expect(access).toMatchObject({ userId: maria.userId, customerId: w.northwind.id, roleTemplate: 'customer', modes: { assets: 'granted_only', workOrders: 'all_under_visible_assets', tickets: 'own', schedule: 'assigned_only' } });
  });

  it('before any asset is assigned, the customer sees no asset and no work order', async () => {
    await expectListExactly(maria.session, `${API}/assets`, []);
    await expectListExactly(maria.session, `${API}/work-orders`, []);
    await expectHidden(maria.session, `${API}/assets`, w.buildingA.id);
  });

  it('"only make visible" on a top-level asset shows that asset, its whole subtree and every work order under it — nothing else', async () => {
    const granted = await grant(admin, maria.userId, 'asset', w.buildingA.id, 'visible');
    expect(granted).toMatchObject({ resourceType: 'asset', resourceId: w.buildingA.id, kind: 'visible' });
    expect((await read(admin, `${API}/users/${maria.userId}/grants`)).items).toEqual([expect.objectContaining({ resourceType: 'asset', resourceId: w.buildingA.id })]);
    // "Only make visible" is not an assignment: no "you now have access" mail for an asset by default.
    expect((await mailsTo(s, maria.email)).map((m) => m.kind)).toEqual(['invitation']);

    const session = maria.session;
    await expectListExactly(session, `${API}/assets`, [w.buildingA.id, w.plantRoom.id, w.boiler.id]);
    await expectListExactly(session, `${API}/assets?under=${w.buildingA.id}`, [w.plantRoom.id, w.boiler.id]);
    await expectListExactly(session, `${API}/assets?topLevel=true`, [w.buildingA.id]);
    const boiler = await read(session, `${API}/assets/${w.boiler.id}`);
    expect(boiler).toMatchObject({ name: 'Boiler A1', serialNumber: 'BX-100', rootId: w.buildingA.id });
    expect((await read(session, `${API}/assets/${w.buildingA.id}`)).internalNotes).toBeUndefined();

    await expectListExactly(session, `${API}/work-orders`, [w.woBoiler.id, w.woPlantRoom.id]);
    const workOrder = await read(session, `${API}/work-orders/${w.woBoiler.id}`);
    expect(workOrder.status).toBe('open');
    expect(workOrder.internalCost).toBeUndefined();
    expect((await read(session, `${API}/assets/${w.buildingA.id}/history`)).items.map((i: Json) => i.id).sort()).toEqual(sorted([w.woBoiler.id, w.woPlantRoom.id]));

    for (const id of [w.buildingB.id, w.chiller.id, w.contosoBoiler.id]) await expectHidden(session, `${API}/assets`, id);
    for (const id of [w.woChiller.id, w.woWithoutAsset.id, w.woContoso.id]) await expectHidden(session, `${API}/work-orders`, id);
    await expectSameAsNonexistent(session, `${API}/assets/${w.chiller.id}/history`, w.chiller.id);
    await expectListExactly(session, `${API}/assets?under=${w.buildingB.id}`, []);
  });

  it('staff can ask why the customer sees a record — and why not', async () => {
    const why = await read(admin, `${API}/users/${maria.userId}/explain?resourceType=asset&resourceId=${w.boiler.id}`);
    expect(why.visible).toBe(true);
    expect(why.reasons.length).toBeGreaterThan(0);
    expect(why.denied).toBeNull();
    const whyNot = await read(admin, `${API}/users/${maria.userId}/explain?resourceType=work_order&resourceId=${w.woChiller.id}`);
    expect(whyNot.visible).toBe(false);
    expect(typeof whyNot.denied).toBe('string');
  });

  it('with the "Work Orders" box ticked (assigned-only), only the work orders made visible to them show; the assets stay', async () => {
    const access = await setAccess(admin, maria.userId, { modes: { workOrders: 'assigned_only' } });
    expect(access.modes).toMatchObject({ workOrders: 'assigned_only', assets: 'granted_only' });
    await expectListExactly(maria.session, `${API}/work-orders`, []);

    await grant(admin, maria.userId, 'work_order', w.woBoiler.id, 'visible');
    await expectListExactly(maria.session, `${API}/work-orders`, [w.woBoiler.id]);
    await expectHidden(maria.session, `${API}/work-orders`, w.woPlantRoom.id);
    await expectListExactly(maria.session, `${API}/assets`, [w.buildingA.id, w.plantRoom.id, w.boiler.id]);
    expect((await read(maria.session, `${API}/assets/${w.buildingA.id}/history`)).items.map((i: Json) => i.id)).toEqual([w.woBoiler.id]);
    // Even a work order granted directly stays invisible when it belongs to another customer: the grant API refuses it.
    expect((await admin.post(`${API}/users/${maria.userId}/grants`, { resourceType: 'work_order', resourceId: w.woContoso.id, kind: 'visible' })).statusCode).toBe(422);
  });

  it('they see only their own user record — not staff, not colleagues', async () => {
    const colleague = await invite(admin, { email: `colleague-${uniqueSuffix()}@northwind.test`, displayName: 'Colleague', customerId: w.northwind.id, roleTemplate: 'customer' });
    await expectListExactly(maria.session, `${API}/users`, [maria.userId]);
    expect((await read(maria.session, `${API}/users/${maria.userId}`)).login).toBe(maria.login);
    await expectHidden(maria.session, `${API}/users`, w.tom.id);
    await expectHidden(maria.session, `${API}/users`, s.adminUserId);
    await expectHidden(maria.session, `${API}/users`, colleague.id);
  });

  it('they see only the tour and planning entries assigned to them', async () => {
    await grant(admin, maria.userId, 'schedule_entry', w.tourForMaria.id, 'assigned');
    await grant(admin, maria.userId, 'schedule_entry', w.visitForMaria.id, 'assigned');
    await expectListExactly(maria.session, `${API}/schedule-entries`, [w.tourForMaria.id, w.visitForMaria.id]);
    const tour = await read(maria.session, `${API}/schedule-entries/${w.tourForMaria.id}`);
    expect(tour.recurrence).toBe('monthly');
    // The round also passes the chiller in Building B, which she cannot see: the entry names only the boiler.
    expect(tour.assetIds).toEqual([w.boiler.id]);
    await expectHidden(maria.session, `${API}/schedule-entries`, w.tourForOthers.id);
  });

  it('staff can also put the customer user on an entry’s assignee list, and then the entry shows', async () => {
    const patched = await admin.patch(`${API}/schedule-entries/${w.tourForOthers.id}`, { assigneeIds: [w.tom.id, maria.userId] });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(await listIds(maria.session, `${API}/schedule-entries`)).toContain(w.tourForOthers.id);
    // …and taking them off hides it again.
    expect((await admin.patch(`${API}/schedule-entries/${w.tourForOthers.id}`, { assigneeIds: [w.tom.id] })).statusCode).toBe(200);
    await expectHidden(maria.session, `${API}/schedule-entries`, w.tourForOthers.id);
  });

  it('policies and procedures and lists are hidden', async () => {
    await expectListExactly(maria.session, `${API}/documents`, []);
    for (const doc of [w.policy, w.procedure, w.list]) await expectSameAsNonexistent(maria.session, `${API}/documents/${doc.id}`, doc.id);
    await expectListExactly(maria.session, `${API}/documents?kind=list`, []);
  });

  it('they raise service requests, incident reports and visit requests, and see only the ones they submitted', async () => {
    const raise = (key: string, body: object = {}) =>
      ticketTypeId(admin, key).then((typeId) => maria.session.post(`${API}/tickets`, { customerId: w.northwind.id, typeId, title: `${key} from Maria`, ...body }));
    const raised: string[] = [];
    for (const [key, body] of [['service_request', { assetId: w.boiler.id }], ['incident_report', {}], ['visit_request', {}]] as const) {
      const response = await raise(key, body);
      expect(response.statusCode, `${key}: ${response.body}`).toBe(201);
      expect(response.json().submitterUserId).toBe(maria.userId);
      raised.push(response.json().id);
    }
    // A "question" is not among the Customer role's ticket types.
    expectForbidden(await raise('question'));
    await expectListExactly(maria.session, `${API}/tickets`, raised);
    await expectHidden(maria.session, `${API}/tickets`, w.staffTicket.id);
  });

  it('staff verify the set-up by previewing the portal as the user: exactly their view, read-only, audited', async () => {
    const preview = await startPreview(s.app, admin, maria.userId);
    const me = await read(preview.session, `${API}/me`);
    expect(me).toMatchObject({ id: maria.userId, kind: 'external', previewBy: s.adminUserId });
    for (const url of ['/assets', '/work-orders', '/tickets', '/schedule-entries', '/users', '/documents', '/customers', '/sites', '/files']) {
      expect(sorted(await listIds(preview.session, `${API}${url}`)), url).toEqual(sorted(await listIds(maria.session, `${API}${url}`)));
    }
    await expectSameAsNonexistent(preview.session, `${API}/assets/${w.chiller.id}`, w.chiller.id);

    expectForbidden(await preview.session.patch(`${API}/assets/${w.boiler.id}`, { name: 'Renamed in preview' }), 'preview_read_only');
    expectForbidden(await preview.session.post(`${API}/tickets`, { customerId: w.northwind.id, typeId: await ticketTypeId(admin, 'service_request'), title: 'x' }), 'preview_read_only');
    expect((await read(admin, `${API}/assets/${w.boiler.id}`)).name).toBe('Boiler A1');

    expect((await preview.session.delete(`${API}/preview`)).statusCode).toBe(204);
    expect((await read(admin, `${API}/me`)).id).toBe(s.adminUserId);
    const actions = (await auditEvents(admin, { resourceType: 'user', resourceId: maria.userId })).map((e: Json) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['access.preview_started', 'access.preview_ended']));
  });

  it('once it works, staff change the user’s e-mail address and send a password reset; the user sets a new password by the link', async () => {
    const newEmail = `maria.lopez-${uniqueSuffix()}@northwind.test`;
    const patched = await admin.patch(`${API}/users/${maria.userId}`, { email: newEmail });
    expect(patched.statusCode, patched.body).toBe(200);
    expect((await admin.post(`${API}/users/${maria.userId}/password-reset`)).statusCode).toBe(202);

    await deliverMail(s);
    const mail = await lastMailTo(s, newEmail, 'password_reset');
    expect(mail.subject).toBe('Reset your Portico password');
    expectDelivered(s, mail, await mailStatus(s, mail.id));
    const confirm = await s.app.inject({ method: 'POST', url: `${API}/auth/password-reset/confirm`, payload: { token: linkToken(mail, 'reset-password'), password: 'maria-new-password' } });
    expect(confirm.statusCode, confirm.body).toBe(204);

    // The reset ends every session; the old password no longer works, the new one does.
    expect((await maria.session.get(`${API}/me`)).statusCode).toBe(401);
    expect((await s.app.inject({ method: 'POST', url: `${API}/auth/login`, payload: { login: maria.login, password: maria.password } })).statusCode).toBe(401);
    const again = await loginAs(s.app, maria.login, 'maria-new-password');
    await expectListExactly(again, `${API}/assets`, [w.buildingA.id, w.plantRoom.id, w.boiler.id]);

    const actions = (await auditEvents(admin, { resourceType: 'user', resourceId: maria.userId })).map((e: Json) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['user.invited', 'user.activated', 'user.password_reset_sent_by_staff', 'auth.password_reset', 'auth.login']));
  });
});

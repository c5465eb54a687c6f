/**
 * Seed 001 — MET/TEAM Customer Portal (SPEC §5): create an external user and a contact, link them, relate
 * the contact to several facilities (sites); assets owned by those facilities are visible, others are not;
 * in the portal the user filters by one facility or all (the filter narrows, never widens); the user must
 * change the initial password at first login; portal-only users never appear in staff technician pickers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../helpers.js';
import { sessionCookieOf, sessionFromCookie } from '../helpers.js';
import {
  API,
  created,
  expectForbidden,
  expectHidden,
  expectListExactly,
  invite,
  listIds,
  mailsTo,
  openStory,
  read,
  setAccess,
  sorted,
  staffMember,
  startPreview,
  uniqueSuffix,
  type Json,
  type Story,
} from './story-kit.js';

describe('MET/TEAM: a customer portal user who sees the assets of the facilities related to their contact', () => {
  let s: Story;
  let admin: Session;
  const w: Record<string, Json> = {};
  const login = `PortalUserNew-${uniqueSuffix()}`;
  const email = `portal.user-${uniqueSuffix()}@calcustomer.test`;
  const initialPassword = 'simple-start-1';
  let userId = '';
  let portal: Session;

  beforeAll(async () => {
    s = await openStory();
    admin = s.admin;
    w.customer = await created(admin, `${API}/customers`, { name: 'Calibration Customer Inc.' });
    w.otherCustomer = await created(admin, `${API}/customers`, { name: 'Other Lab Customer' });
    const site = (customerId: string, name: string) => created(admin, `${API}/sites`, { customerId, name, kind: 'facility' });
    w.cal1 = await site(w.customer.id, 'cal-1');
    w.mt = await site(w.customer.id, 'MT');
    w.annex = await site(w.customer.id, 'Annex');
    w.foreignSite = await site(w.otherCustomer.id, 'Foreign lab');

    const asset = (customerId: string, siteId: string | null, name: string) => created(admin, `${API}/assets`, { customerId, siteId, name, category: 'gauge' });
    w.gauge = await asset(w.customer.id, w.cal1.id, 'Pressure gauge (cal-1)');
    w.caliper = await asset(w.customer.id, w.cal1.id, 'Caliper (cal-1)');
    w.scale = await asset(w.customer.id, w.mt.id, 'Scale (MT)');
    w.oven = await asset(w.customer.id, w.annex.id, 'Oven (Annex)');
    w.unplaced = await asset(w.customer.id, null, 'Loose thermometer');
    w.foreign = await asset(w.otherCustomer.id, w.foreignSite.id, 'Foreign balance');

    w.woGauge = await created(admin, `${API}/work-orders`, { assetId: w.gauge.id, title: 'Calibrate gauge', kind: 'calibration' });
    w.woScale = await created(admin, `${API}/work-orders`, { assetId: w.scale.id, title: 'Calibrate scale', kind: 'calibration' });
    w.woOven = await created(admin, `${API}/work-orders`, { assetId: w.oven.id, title: 'Calibrate oven', kind: 'calibration' });
    w.technician = await staffMember(admin, 'Rita Real-Technician');
  });
  afterAll(() => s.close());

  it('staff create the contact, relate it to the facilities cal-1 and MT, and create the linked portal user with a simple initial password', async () => {
    w.contact = await created(admin, `${API}/contacts`, { customerId: w.customer.id, name: 'PortalContactNew', email, siteIds: [w.cal1.id, w.mt.id] });
    expect(w.contact.siteIds.sort()).toEqual([w.cal1.id, w.mt.id].sort());

    const user = await invite(admin, { email, login, displayName: 'PortalUserNew', customerId: w.customer.id, contactId: w.contact.id, roleTemplate: 'view_only', initialPassword });
    userId = user.id;
    expect(user.status).toBe('active');
    // With an initial password there is nothing to activate: no invitation mail.
    expect(await mailsTo(s, email)).toEqual([]);
    expect(await read(admin, `${API}/users/${userId}`)).toMatchObject({ kind: 'external', contactId: w.contact.id, customerId: w.customer.id, mustChangePassword: true });

    // The facilities of the contact are what the user may see.
    const access = await setAccess(admin, userId, { sites: w.contact.siteIds.map((siteId: string) => ({ siteId, level: 'read' })) });
    expect(access.sitesRestricted).toBe(true);
    expect(access.sites.map((x: Json) => x.siteId).sort()).toEqual([w.cal1.id, w.mt.id].sort());
  });

  it('before handing over the login, staff verify the set-up by previewing the portal as the user', async () => {
    const preview = await startPreview(s.app, admin, userId);
    const assets = await preview.session.get(`${API}/assets`);
    expect(assets.statusCode, assets.body).toBe(200);
    expect(sorted(assets.json().items.map((a: Json) => a.id))).toEqual(sorted([w.gauge.id, w.caliper.id, w.scale.id]));
    expect((await preview.session.delete(`${API}/preview`)).statusCode).toBe(204);
  });

  it('at first login the user must change the initial password before anything else', async () => {
    const response = await s.app.inject({ method: 'POST', url: `${API}/auth/login`, payload: { login, password: initialPassword } });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().user.mustChangePassword).toBe(true);
    portal = sessionFromCookie(s.app, sessionCookieOf(response)!);

    expectForbidden(await portal.get(`${API}/assets`), 'password_change_required');
    expectForbidden(await portal.get(`${API}/assets/${w.gauge.id}`), 'password_change_required');
    expect((await read(portal, `${API}/me`)).mustChangePassword).toBe(true);

    expect((await portal.post(`${API}/auth/password`, { currentPassword: initialPassword, newPassword: initialPassword })).statusCode).toBe(403);
    expect((await portal.post(`${API}/auth/password`, { currentPassword: initialPassword, newPassword: 'my-own-secret-phrase' })).statusCode).toBe(204);
    expect((await read(portal, `${API}/me`)).mustChangePassword).toBe(false);
    expect((await portal.get(`${API}/assets`)).statusCode).toBe(200);
    expect((await read(admin, `${API}/users/${userId}`)).mustChangePassword).toBe(false);
  });

  it('the assets owned by cal-1 and MT are visible, the others are not', async () => {
    await expectListExactly(portal, `${API}/assets`, [w.gauge.id, w.caliper.id, w.scale.id]);
    for (const id of [w.oven.id, w.unplaced.id, w.foreign.id]) await expectHidden(portal, `${API}/assets`, id);
    await expectListExactly(portal, `${API}/work-orders`, [w.woGauge.id, w.woScale.id]);
    await expectHidden(portal, `${API}/work-orders`, w.woOven.id);
    // The facility drop-down: their facilities, and their own contact record.
    await expectListExactly(portal, `${API}/sites`, [w.cal1.id, w.mt.id]);
    await expectHidden(portal, `${API}/sites`, w.annex.id);
    await expectListExactly(portal, `${API}/contacts`, [w.contact.id]);
  });

  it('the user filters by one facility or all; the filter only narrows, never widens', async () => {
    await expectListExactly(portal, `${API}/assets?siteId=${w.cal1.id}`, [w.gauge.id, w.caliper.id]);
    await expectListExactly(portal, `${API}/assets?siteId=${w.mt.id}`, [w.scale.id]);
    await expectListExactly(portal, `${API}/work-orders?siteId=${w.mt.id}`, [w.woScale.id]);
    await expectListExactly(portal, `${API}/assets?siteId=${w.cal1.id}&q=gauge`, [w.gauge.id]);
    // All facilities: no filter.
    await expectListExactly(portal, `${API}/assets`, [w.gauge.id, w.caliper.id, w.scale.id]);
    // A facility they may not see, another customer's, or none at all: an empty list, never other data.
    for (const siteId of [w.annex.id, w.foreignSite.id, '0190c7a0-0000-7000-8000-000000000000']) {
      await expectListExactly(portal, `${API}/assets?siteId=${siteId}`, []);
      await expectListExactly(portal, `${API}/work-orders?siteId=${siteId}`, []);
    }
    await expectListExactly(portal, `${API}/assets?customerId=${w.otherCustomer.id}`, []);
  });

  it('relating one more facility to the contact (and the user) shows its assets too', async () => {
    const contact = await admin.patch(`${API}/contacts/${w.contact.id}`, { siteIds: [w.cal1.id, w.mt.id, w.annex.id] });
    expect(contact.statusCode, contact.body).toBe(200);
    await setAccess(admin, userId, { sites: contact.json().siteIds.map((siteId: string) => ({ siteId, level: 'read' })) });
    await expectListExactly(portal, `${API}/assets`, [w.gauge.id, w.caliper.id, w.scale.id, w.oven.id]);
    await expectListExactly(portal, `${API}/assets?siteId=${w.annex.id}`, [w.oven.id]);
    await expectHidden(portal, `${API}/assets`, w.unplaced.id);
  });

  it('portal-only users never appear in the technician and assignee pickers, and cannot be assigned', async () => {
    const pickable = await listIds(admin, `${API}/users?assignable=true`);
    expect(pickable).toContain(w.technician.id);
    expect(pickable).not.toContain(userId);
    await expectListExactly(admin, `${API}/users?assignable=true&q=PortalUserNew`, []);
    // Staff still find the portal user where they manage portal users.
    expect(await listIds(admin, `${API}/users?kind=external`)).toContain(userId);
    expect((await admin.post(`${API}/work-orders`, { assetId: w.gauge.id, title: 'Assign the portal user?', assigneeIds: [userId] })).statusCode).toBe(422);
    expect((await admin.post(`${API}/staff-groups`, { name: `Lab ${uniqueSuffix()}`, memberIds: [userId] })).statusCode).toBe(422);
  });
});

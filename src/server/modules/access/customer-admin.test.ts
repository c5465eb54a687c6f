import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, staffSession, uniqueSuffix } from '../../../../test/factories.js';
import { createPortalUser } from '../../../../test/factories-portal.js';

let t: TestApp;
let staff: Session;
beforeAll(async () => {
  t = await buildTestApp();
  staff = (await staffSession(t.app, 'coordinator')).session;
});
afterAll(() => t.close());

async function setup() {
  const customer = await createCustomer(staff);
  const siteA = (await staff.post('/api/v1/sites', { customerId: customer.id, name: 'A' })).json();
  const siteB = (await staff.post('/api/v1/sites', { customerId: customer.id, name: 'B' })).json();
  const ticketTypeIds = (await staff.get('/api/v1/ticket-types?limit=200')).json().items.map((type: { id: string }) => type.id);
  const admin = await createPortalUser(t.app, {
    customerId: customer.id,
    sites: [{ siteId: siteA.id, level: 'write' }],
    modes: { assets: 'all_in_scope', tickets: 'all_in_scope', projects: 'all_in_scope', orders: 'all_in_scope' },
    capabilities: { customerAdmin: true, createTickets: true, ticketTypeIds },
  });
  const invite = (body: object) => admin.session.post('/api/v1/users/invitations', { email: `colleague-${uniqueSuffix()}@customer.test`, displayName: 'Colleague', customerId: customer.id, ...body });
  return { customer, siteA, siteB, admin, invite };
}

describe('customer admins manage colleagues within their own access', () => {
  it('invite colleagues of their customer on their own sites, and see them in /users', async () => {
    const { siteA, admin, invite } = await setup();
    const invited = await invite({ roleTemplate: 'customer', sites: [{ siteId: siteA.id, level: 'read' }] });
    expect(invited.statusCode).toBe(201);
    const listed = (await admin.session.get('/api/v1/users')).json().items.map((u: { id: string }) => u.id);
    expect(listed).toEqual(expect.arrayContaining([admin.userId, invited.json().items[0].id]));
    expect((await admin.session.get('/api/v1/users?kind=staff')).json().items).toEqual([]);
  });

  it('cannot give more than they have: other sites, wider sites, capabilities they lack', async () => {
    const { siteA, siteB, invite } = await setup();
    const otherSite = await invite({ roleTemplate: 'customer', sites: [{ siteId: siteB.id, level: 'read' }] });
    expect(otherSite.statusCode).toBe(403);
    expect(otherSite.json().error.code).toBe('beyond_own_access');
    expect((await invite({ roleTemplate: 'customer', sites: [{ siteId: siteA.id, level: 'read' }] })).statusCode).toBe(201);
    expect((await invite({ roleTemplate: 'customer' })).statusCode).toBe(403); // all sites, while the admin has one
    expect((await invite({ roleTemplate: 'live_site_agent', sites: [{ siteId: siteA.id, level: 'write' }] })).statusCode).toBe(403); // manageDevices
  });

  it('change a colleague’s access within limits, never their own', async () => {
    const { siteA, admin, invite } = await setup();
    const colleagueId = (await invite({ roleTemplate: 'customer', sites: [{ siteId: siteA.id, level: 'read' }] })).json().items[0].id;
    const widen = await admin.session.put(`/api/v1/users/${colleagueId}/access`, { modes: { tickets: 'all_in_scope' } });
    expect(widen.statusCode).toBe(200);
    expect((await admin.session.put(`/api/v1/users/${colleagueId}/access`, { capabilities: { uploadFiles: true } })).statusCode).toBe(403);
    expect((await admin.session.put(`/api/v1/users/${admin.userId}/access`, { modes: { tickets: 'own' } })).statusCode).toBe(403);
  });

  it('leave alone a colleague with more access: no demotion, grant change, resend or revoke (security finding 1)', async () => {
    const { customer, siteA, admin } = await setup();
    // Staff invite a colleague on the admin's site who may upload files, which the admin may not (pending until activation).
    const invited = await staff.post('/api/v1/users/invitations', { email: `lead-${uniqueSuffix()}@customer.test`, displayName: 'Lead', customerId: customer.id, roleTemplate: 'customer', sites: [{ siteId: siteA.id, level: 'write' }] });
    expect(invited.statusCode).toBe(201);
    const leadId = invited.json().items[0].id as string;
    expect((await staff.put(`/api/v1/users/${leadId}/access`, { capabilities: { uploadFiles: true } })).statusCode).toBe(200);
    const demote = await admin.session.put(`/api/v1/users/${leadId}/access`, { roleTemplate: 'customer', sites: [{ siteId: siteA.id, level: 'read' }] });
    expect(demote.statusCode).toBe(403);
    expect(demote.json().error.code).toBe('colleague_beyond_own_access');
    const asset = (await staff.post('/api/v1/assets', { customerId: customer.id, siteId: siteA.id, name: 'Press 1' })).json();
    expect((await admin.session.post(`/api/v1/users/${leadId}/grants`, { resourceType: 'asset', resourceId: asset.id, kind: 'visible' })).statusCode).toBe(403);
    expect((await admin.session.post(`/api/v1/users/${leadId}/invitation/resend`)).statusCode).toBe(403);
    expect((await admin.session.delete(`/api/v1/users/${leadId}/invitation`)).statusCode).toBe(403);
    // Untouched: still writing on site A, still uploading, still invited.
    const access = (await staff.get(`/api/v1/users/${leadId}/access`)).json();
    expect(access.sites).toEqual([{ siteId: siteA.id, level: 'write' }]);
    expect(access.capabilities.uploadFiles).toBe(true);
    expect((await staff.get(`/api/v1/users/${leadId}/invitation`)).json().state).toBe('pending');
  });

  it('see only colleagues and contacts within their own sites when their sites are restricted', async () => {
    const { customer, siteA, siteB, admin, invite } = await setup();
    const onA = (await invite({ roleTemplate: 'customer', sites: [{ siteId: siteA.id, level: 'read' }] })).json().items[0].id as string;
    const onB = (await staff.post('/api/v1/users/invitations', { email: `b-${uniqueSuffix()}@customer.test`, displayName: 'On B', customerId: customer.id, roleTemplate: 'customer', sites: [{ siteId: siteB.id, level: 'read' }] })).json().items[0].id as string;
    const everywhere = (await staff.post('/api/v1/users/invitations', { email: `all-${uniqueSuffix()}@customer.test`, displayName: 'Everywhere', customerId: customer.id, roleTemplate: 'customer_admin' })).json().items[0].id as string;
    const listed = (await admin.session.get('/api/v1/users?limit=100')).json().items.map((u: { id: string }) => u.id);
    expect(listed).toEqual(expect.arrayContaining([admin.userId, onA]));
    expect(listed).not.toContain(onB);
    expect(listed).not.toContain(everywhere);
    // The unrestricted admin answers like a user that does not exist, for reads and for changes.
    expect((await admin.session.get(`/api/v1/users/${everywhere}`)).statusCode).toBe(404);
    expect((await admin.session.put(`/api/v1/users/${everywhere}/access`, { roleTemplate: 'customer', sites: [{ siteId: siteA.id, level: 'read' }] })).statusCode).toBe(404);

    const contactA = (await staff.post('/api/v1/contacts', { customerId: customer.id, name: 'Contact A', siteIds: [siteA.id] })).json().id as string;
    const contactB = (await staff.post('/api/v1/contacts', { customerId: customer.id, name: 'Contact B', siteIds: [siteB.id] })).json().id as string;
    const wholeCustomer = (await staff.post('/api/v1/contacts', { customerId: customer.id, name: 'Head office' })).json().id as string;
    const contacts = (await admin.session.get(`/api/v1/contacts?customerId=${customer.id}&limit=100`)).json().items.map((c: { id: string }) => c.id);
    expect(contacts).toEqual([contactA]);
    expect((await admin.session.get(`/api/v1/contacts/${contactB}`)).statusCode).toBe(404);
    expect((await admin.session.get(`/api/v1/contacts/${wholeCustomer}`)).statusCode).toBe(404);
    // Staff see them all.
    expect((await staff.get(`/api/v1/contacts?customerId=${customer.id}&limit=100`)).json().items).toHaveLength(3);
  });

  it('list the role templates they may give, and the server accepts exactly those', async () => {
    const { customer, siteA, admin, invite } = await setup();
    const listed = await admin.session.get('/api/v1/users/role-templates');
    expect(listed.statusCode).toBe(200);
    const items: { key: string; allowed: boolean; beyond: string[] }[] = listed.json().items;
    const allowed = Object.fromEntries(items.map((item) => [item.key, item.allowed]));
    expect(allowed).toEqual({ customer: true, view_only: true, technician: true, live_site_agent: false, customer_admin: false });
    expect(items.find((item) => item.key === 'live_site_agent')!.beyond).toEqual(expect.arrayContaining(['capabilities.manageDevices', 'capabilities.uploadFiles']));
    for (const item of items) {
      const response = await invite({ roleTemplate: item.key, sites: [{ siteId: siteA.id, level: 'read' }] });
      expect([item.key, response.statusCode]).toEqual([item.key, item.allowed ? 201 : 403]);
    }
    expect((await admin.session.get(`/api/v1/users/role-templates?customerId=${customer.id}`)).statusCode).toBe(200);
    const other = await createCustomer(staff);
    const foreign = await admin.session.get(`/api/v1/users/role-templates?customerId=${other.id}`);
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().error.code).toBe('invalid_reference');
    const plain = await createPortalUser(t.app, { customerId: customer.id });
    expect((await plain.session.get('/api/v1/users/role-templates')).statusCode).toBe(403);
    const forStaff = (await staff.get(`/api/v1/users/role-templates?customerId=${customer.id}`)).json().items;
    expect(forStaff.every((item: { allowed: boolean }) => item.allowed)).toBe(true);
  });

  it('portal users without the capability cannot, and nobody reaches another customer’s users', async () => {
    const { customer, admin } = await setup();
    const plain = await createPortalUser(t.app, { customerId: customer.id });
    const denied = await plain.session.post('/api/v1/users/invitations', { email: `x-${uniqueSuffix()}@c.test`, displayName: 'X', customerId: customer.id, roleTemplate: 'customer' });
    expect(denied.statusCode).toBe(403);
    const other = await createCustomer(staff);
    const stranger = await createPortalUser(t.app, { customerId: other.id });
    expect((await admin.session.get(`/api/v1/users/${stranger.userId}/access`)).statusCode).toBe(404);
    const foreignInvite = await admin.session.post('/api/v1/users/invitations', { email: `y-${uniqueSuffix()}@c.test`, displayName: 'Y', customerId: other.id, roleTemplate: 'customer' });
    expect(foreignInvite.statusCode).toBe(422);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, staffSession, uniqueSuffix } from '../../../../test/factories.js';
import { createPortalUser } from '../../../../test/factories-portal.js';
import { createContact, createSite } from '../../../../test/factories-sites.js';

/**
 * Issue #13 (MET/TEAM): a portal user linked to a contact takes the contact's sites as their site scope,
 * unless staff give them their own; the contact's sites are edited on the contact and audited there.
 */
let t: TestApp;
let staff: Session;
beforeAll(async () => {
  t = await buildTestApp();
  staff = (await staffSession(t.app, 'admin')).session;
});
afterAll(() => t.close());

async function asset(customerId: string, name: string, siteId: string): Promise<string> {
  const response = await staff.post('/api/v1/assets', { customerId, name, siteId });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

async function assetNames(session: Session): Promise<string[]> {
  const response = await session.get('/api/v1/assets?limit=200');
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { items: { name: string }[] }).items.map((a) => a.name).sort();
}

/** MET/TEAM: two labs, a contact related to Lab South only, and a user of that contact who sees every site's assets by their own configuration. */
async function metTeam() {
  const customer = await createCustomer(staff, { name: `MET/TEAM ${uniqueSuffix()}` });
  const north = await createSite(staff, customer.id, { name: 'Lab North' });
  const south = await createSite(staff, customer.id, { name: 'Lab South' });
  await asset(customer.id, 'North spectrometer', north.id);
  const southAsset = await asset(customer.id, 'South centrifuge', south.id);
  const contact = await createContact(staff, customer.id, { name: 'Dr. South', siteIds: [south.id] });
  const user = await createPortalUser(t.app, { customerId: customer.id, contactId: contact.id, sitesFromContact: true, modes: { assets: 'all_in_scope' } });
  return { customer, north, south, southAsset, contact, user };
}

describe("a contact's sites are its users' sites", () => {
  it("a user of a contact related to Lab South sees Lab South's assets, not Lab North's", async () => {
    const { user } = await metTeam();
    expect(await assetNames(user.session)).toEqual(['South centrifuge']);
    const sites = (await user.session.get('/api/v1/sites')).json().items.map((s: { name: string }) => s.name);
    expect(sites).toEqual(['Lab South']);
  });

  it("changing the contact's sites changes what the user sees on the next request, and is audited with the contact, the sites and the user", async () => {
    const { north, south, contact, user } = await metTeam();
    expect(await assetNames(user.session)).toEqual(['South centrifuge']);
    const changed = await staff.patch(`/api/v1/contacts/${contact.id}`, { siteIds: [north.id] });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(await assetNames(user.session)).toEqual(['North spectrometer']);

    const events = (await staff.get(`/api/v1/audit-events?resourceType=contact&resourceId=${contact.id}&action=contact.sites_changed`)).json().items;
    expect(events).toHaveLength(1);
    expect(events[0].details).toEqual({
      contact: { id: contact.id, name: 'Dr. South' },
      sites: [{ id: north.id, name: 'Lab North' }],
      added: [{ id: north.id, name: 'Lab North' }],
      removed: [{ id: south.id, name: 'Lab South' }],
      usersTakingSites: [{ id: user.userId, displayName: 'Portal user' }],
    });

    // A contact without sites stands for the whole customer: the user's own configuration (all sites) applies.
    await staff.patch(`/api/v1/contacts/${contact.id}`, { siteIds: [] });
    expect(await assetNames(user.session)).toEqual(['North spectrometer', 'South centrifuge']);
  });

  it('staff override per user: their own sites instead of the contact’s, and back', async () => {
    const { north, south, contact, user } = await metTeam();
    const access = (await staff.get(`/api/v1/users/${user.userId}/access`)).json();
    expect(access).toMatchObject({ sitesFromContact: true, siteSource: 'contact', contact: { id: contact.id, name: 'Dr. South', sites: [{ id: south.id, name: 'Lab South' }] } });

    // Own sites sent alone are stored but do not switch the user off the contact's sites.
    const stored = await staff.put(`/api/v1/users/${user.userId}/access`, { sitesRestricted: true, sites: [{ siteId: north.id, level: 'read' }] });
    expect(stored.json()).toMatchObject({ sitesFromContact: true, siteSource: 'contact', sites: [{ siteId: north.id }] });
    expect(await assetNames(user.session)).toEqual(['South centrifuge']);

    const own = await staff.put(`/api/v1/users/${user.userId}/access`, { sitesFromContact: false });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({ sitesFromContact: false, siteSource: 'own' });
    expect(await assetNames(user.session)).toEqual(['North spectrometer']);

    expect((await staff.put(`/api/v1/users/${user.userId}/access`, { sitesFromContact: true })).json()).toMatchObject({ siteSource: 'contact', sites: [{ siteId: north.id }] });
    expect(await assetNames(user.session)).toEqual(['South centrifuge']);
  });

  it('explain names the contact the site is inherited from', async () => {
    const { southAsset, contact, user } = await metTeam();
    const explained = (await staff.get(`/api/v1/users/${user.userId}/explain?resourceType=asset&resourceId=${southAsset}`)).json();
    expect(explained.visible).toBe(true);
    expect(explained.steps.reasons[0]).toEqual([
      expect.objectContaining({ code: 'in_scope_site', record: expect.objectContaining({ type: 'site', name: 'Lab South' }) }),
      { code: 'site_from_contact', record: { type: 'contact', id: contact.id, name: 'Dr. South' } },
    ]);
    expect(explained.reasons[0]).toContain('contact Dr. South');
  });

  it("invitations with a contact take the contact's sites unless sites are given", async () => {
    const { customer, north, south, contact } = await metTeam();
    const invite = (body: object) => staff.post('/api/v1/users/invitations', { email: `met-${uniqueSuffix()}@customer.test`, displayName: 'Invitee', customerId: customer.id, roleTemplate: 'view_only', ...body });
    const fromContact = (await invite({ contactId: contact.id })).json().items[0].id;
    expect((await staff.get(`/api/v1/users/${fromContact}/access`)).json()).toMatchObject({ sitesFromContact: true, siteSource: 'contact', contact: { sites: [{ id: south.id }] } });
    const ownSites = (await invite({ contactId: contact.id, sites: [{ siteId: north.id, level: 'read' }] })).json().items[0].id;
    expect((await staff.get(`/api/v1/users/${ownSites}/access`)).json()).toMatchObject({ sitesFromContact: false, siteSource: 'own', sitesRestricted: true });
  });

  it("a site-restricted customer admin counts a colleague's inherited sites as the colleague's", async () => {
    const { customer, north, south, contact } = await metTeam();
    const admin = await createPortalUser(t.app, {
      customerId: customer.id,
      sites: [{ siteId: north.id, level: 'write' }],
      modes: { assets: 'all_in_scope', tickets: 'all_in_scope', projects: 'all_in_scope', orders: 'all_in_scope' },
      capabilities: { customerAdmin: true },
    });
    const invite = (body: object) => admin.session.post('/api/v1/users/invitations', { email: `met-${uniqueSuffix()}@customer.test`, displayName: 'Colleague', customerId: customer.id, roleTemplate: 'view_only', ...body });
    // The contact's Lab South is not the admin's.
    const beyond = await invite({ contactId: contact.id });
    expect(beyond.statusCode, beyond.body).toBe(403);
    expect(beyond.json().error.code).toBe('beyond_own_access');

    const northContact = await createContact(staff, customer.id, { name: 'Dr. North', siteIds: [north.id] });
    const colleague = (await invite({ contactId: northContact.id })).json().items[0].id;
    expect((await admin.session.get('/api/v1/users')).json().items.map((u: { id: string }) => u.id)).toContain(colleague);
    // Staff move the contact to Lab South: the colleague now sees more than the admin, who loses them.
    await staff.patch(`/api/v1/contacts/${northContact.id}`, { siteIds: [south.id] });
    expect((await admin.session.get('/api/v1/users')).json().items.map((u: { id: string }) => u.id)).not.toContain(colleague);
    expect((await admin.session.put(`/api/v1/users/${colleague}/access`, { modes: { tickets: 'own' } })).statusCode).toBe(404);
  });

  it('staff link a user to another contact (or none) with the access change: the preview shows it, the save applies and audits it', async () => {
    const { customer, north, contact, user } = await metTeam();
    const northContact = await createContact(staff, customer.id, { name: 'Dr. North', siteIds: [north.id] });
    const preview = await staff.post(`/api/v1/users/${user.userId}/access/preview`, { contactId: northContact.id });
    expect(preview.statusCode, preview.body).toBe(200);
    const assets = preview.json().kinds.find((k: { kind: string }) => k.kind === 'assets');
    expect(assets.added.examples.map((e: { name: string }) => e.name)).toEqual(['North spectrometer']);
    expect(assets.removed.examples.map((e: { name: string }) => e.name)).toEqual(['South centrifuge']);
    expect(await assetNames(user.session)).toEqual(['South centrifuge']);

    const relinked = await staff.put(`/api/v1/users/${user.userId}/access`, { contactId: northContact.id });
    expect(relinked.statusCode, relinked.body).toBe(200);
    expect(relinked.json()).toMatchObject({ siteSource: 'contact', contact: { id: northContact.id, sites: [{ id: north.id }] } });
    expect((await staff.get(`/api/v1/users/${user.userId}`)).json().contactId).toBe(northContact.id);
    expect(await assetNames(user.session)).toEqual(['North spectrometer']);
    // The contact's page lists the users linked to it.
    const linkedTo = async (contactId: string) => (await staff.get(`/api/v1/users?contactId=${contactId}`)).json().items.map((u: { id: string }) => u.id);
    expect(await linkedTo(northContact.id)).toEqual([user.userId]);
    expect(await linkedTo(contact.id)).toEqual([]);
    const events = (await staff.get(`/api/v1/audit-events?resourceType=user&resourceId=${user.userId}&action=access.updated`)).json().items;
    expect(events[0].details.contact).toEqual({ before: contact.id, after: northContact.id });

    // No contact: the user's own configuration (every site) applies.
    expect((await staff.put(`/api/v1/users/${user.userId}/access`, { contactId: null })).json()).toMatchObject({ contact: null, siteSource: 'own' });
    expect(await assetNames(user.session)).toEqual(['North spectrometer', 'South centrifuge']);
  });

  it("an archived contact keeps narrowing its users to its sites, and says it is archived", async () => {
    const { contact, user } = await metTeam();
    expect((await staff.delete(`/api/v1/contacts/${contact.id}`)).statusCode).toBe(204);
    expect(await assetNames(user.session)).toEqual(['South centrifuge']);
    expect((await staff.get(`/api/v1/users/${user.userId}/access`)).json()).toMatchObject({ siteSource: 'contact', contact: { id: contact.id, archived: true } });
  });

  it("refuses another customer's contact and an archived one, changing nothing", async () => {
    const { customer, contact, user } = await metTeam();
    const other = await createCustomer(staff, { name: `Elsewhere ${uniqueSuffix()}` });
    const foreign = await createContact(staff, other.id, { name: 'Dr. Elsewhere', siteIds: [] });
    const archived = await createContact(staff, customer.id, { name: 'Dr. Gone', siteIds: [] });
    expect((await staff.delete(`/api/v1/contacts/${archived.id}`)).statusCode).toBe(204);
    for (const contactId of [foreign.id, archived.id]) {
      const refused = await staff.put(`/api/v1/users/${user.userId}/access`, { contactId });
      expect(refused.statusCode, refused.body).toBe(422);
      expect(refused.json().error.code).toBe('invalid_reference');
    }
    expect((await staff.get(`/api/v1/users/${user.userId}`)).json().contactId).toBe(contact.id);
    expect(await assetNames(user.session)).toEqual(['South centrifuge']);
  });
});

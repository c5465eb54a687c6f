import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, staffSession, uniqueSuffix } from '../../../../test/factories.js';
import { createContact, createSite, externalSession } from '../../../../test/factories-sites.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = (await staffSession(t.app, 'admin')).session;
});
afterAll(() => t.close());

const ids = (page: { items: { id: string }[] }) => page.items.map((c) => c.id);
const MISSING = '0190c7a0-0000-7000-8000-000000000000';

describe('contacts', () => {
  it('creates, reads, updates and archives a contact', async () => {
    const customer = await createCustomer(admin);
    const contact = await createContact(admin, customer.id, { name: 'Ann Smith', email: 'ann@met.test', phone: '+1 555', jobTitle: 'Facility manager' });
    expect(contact).toMatchObject({ customerId: customer.id, name: 'Ann Smith', email: 'ann@met.test', jobTitle: 'Facility manager', siteIds: [], archivedAt: null });

    const read = await admin.get(`/api/v1/contacts/${contact.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(contact);

    const patched = await admin.patch(`/api/v1/contacts/${contact.id}`, { phone: null, jobTitle: 'Head of facilities' });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ phone: null, jobTitle: 'Head of facilities', email: 'ann@met.test' });

    expect((await admin.delete(`/api/v1/contacts/${contact.id}`)).statusCode).toBe(204);
    expect((await admin.get(`/api/v1/contacts/${contact.id}`)).json().archivedAt).not.toBeNull();
    expect(ids((await admin.get(`/api/v1/contacts?customerId=${customer.id}`)).json())).toEqual([]);
    expect(ids((await admin.get(`/api/v1/contacts?customerId=${customer.id}&includeArchived=true`)).json())).toEqual([contact.id]);
  });

  it('relates a contact to several facilities of its customer and lists them on every contact', async () => {
    const customer = await createCustomer(admin);
    const north = await createSite(admin, customer.id, { name: 'A North facility' });
    const south = await createSite(admin, customer.id, { name: 'B South facility' });
    const west = await createSite(admin, customer.id, { name: 'C West facility' });
    const contact = await createContact(admin, customer.id, { siteIds: [south.id, north.id] });
    expect(contact.siteIds).toEqual([north.id, south.id]);

    const other = await createContact(admin, customer.id, { siteIds: [west.id] });
    const list = (await admin.get(`/api/v1/contacts?customerId=${customer.id}`)).json();
    const byId = new Map(list.items.map((c: { id: string; siteIds: string[] }) => [c.id, c.siteIds]));
    expect(byId.get(contact.id)).toEqual([north.id, south.id]);
    expect(byId.get(other.id)).toEqual([west.id]);

    expect(ids((await admin.get(`/api/v1/contacts?siteId=${north.id}`)).json())).toEqual([contact.id]);
    expect(ids((await admin.get(`/api/v1/contacts?siteId=${west.id}`)).json())).toEqual([other.id]);

    const replaced = await admin.patch(`/api/v1/contacts/${contact.id}`, { siteIds: [west.id] });
    expect(replaced.json().siteIds).toEqual([west.id]);
    expect(ids((await admin.get(`/api/v1/contacts?siteId=${north.id}`)).json())).toEqual([]);
    expect((await admin.patch(`/api/v1/contacts/${contact.id}`, { siteIds: [] })).json().siteIds).toEqual([]);
  });

  it("refuses another customer's site (422) and a missing customer (422)", async () => {
    const customer = await createCustomer(admin);
    const other = await createCustomer(admin);
    const own = await createSite(admin, customer.id);
    const foreign = await createSite(admin, other.id);
    const created = await admin.post('/api/v1/contacts', { customerId: customer.id, name: 'X', siteIds: [own.id, foreign.id] });
    expect(created.statusCode).toBe(422);
    expect(created.json().error).toMatchObject({ code: 'invalid_reference', details: { field: 'siteIds', ids: [foreign.id] } });

    const contact = await createContact(admin, customer.id, { siteIds: [own.id] });
    const patched = await admin.patch(`/api/v1/contacts/${contact.id}`, { siteIds: [foreign.id] });
    expect(patched.statusCode).toBe(422);
    expect((await admin.get(`/api/v1/contacts/${contact.id}`)).json().siteIds).toEqual([own.id]);

    const noCustomer = await admin.post('/api/v1/contacts', { customerId: MISSING, name: 'X' });
    expect(noCustomer.statusCode).toBe(422);
    expect(noCustomer.json().error.code).toBe('invalid_reference');
  });

  it('validates input, keeps the customer immutable and answers 404 for unknown contacts', async () => {
    const customer = await createCustomer(admin);
    const contact = await createContact(admin, customer.id);
    expect((await admin.post('/api/v1/contacts', { customerId: customer.id, name: '' })).statusCode).toBe(400);
    expect((await admin.post('/api/v1/contacts', { customerId: customer.id, name: 'X', email: 'nope' })).statusCode).toBe(400);
    expect((await admin.post('/api/v1/contacts', { customerId: customer.id, name: 'X', siteIds: ['bad'] })).statusCode).toBe(400);
    expect((await admin.patch(`/api/v1/contacts/${contact.id}`, { customerId: customer.id })).statusCode).toBe(400);
    expect((await admin.get(`/api/v1/contacts/${MISSING}`)).statusCode).toBe(404);
    expect((await admin.delete(`/api/v1/contacts/${MISSING}`)).statusCode).toBe(404);
  });

  it('searches name and e-mail', async () => {
    const tag = uniqueSuffix();
    const customer = await createCustomer(admin);
    const byName = await createContact(admin, customer.id, { name: `Bob ${tag.toUpperCase()}` });
    const byEmail = await createContact(admin, customer.id, { name: 'Carol', email: `carol.${tag}@met.test` });
    await createContact(admin, customer.id, { name: 'Dave' });
    expect(ids((await admin.get(`/api/v1/contacts?q=${tag}`)).json()).sort()).toEqual([byName.id, byEmail.id].sort());
  });

  it('pages through a list with a cursor, each contact exactly once with its sites', async () => {
    const customer = await createCustomer(admin);
    const site = await createSite(admin, customer.id);
    const created: string[] = [];
    for (let i = 0; i < 5; i++) created.push((await createContact(admin, customer.id, { name: `Paged ${i}`, siteIds: [site.id] })).id);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = `/api/v1/contacts?customerId=${customer.id}&limit=2&sort=name${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await admin.get(url)).json();
      expect(page.items.every((c: { siteIds: string[] }) => c.siteIds[0] === site.id)).toBe(true);
      seen.push(...ids(page));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(created);
    const newest = (await admin.get(`/api/v1/contacts?customerId=${customer.id}&limit=5&sort=-createdAt`)).json();
    expect(new Set(ids(newest))).toEqual(new Set(created));
  });

  it('audits create, update and archive with the site changes', async () => {
    const customer = await createCustomer(admin);
    const site = await createSite(admin, customer.id);
    const contact = await createContact(admin, customer.id);
    await admin.patch(`/api/v1/contacts/${contact.id}`, { siteIds: [site.id] });
    await admin.delete(`/api/v1/contacts/${contact.id}`);
    const events = await t.app.ctx.db.selectFrom('audit_events').select(['action', 'details']).where('resource_id', '=', contact.id).orderBy('id').execute();
    expect(events.map((e) => e.action)).toEqual(['contact.create', 'contact.update', 'contact.sites_changed', 'contact.archive']);
    expect(JSON.parse(events[1]!.details!)).toEqual({ changes: { siteIds: { before: [], after: [site.id] } } });
    // The sites are the site scope of the contact's portal users, so their change is named on its own.
    expect(JSON.parse(events[2]!.details!)).toEqual({ contact: { id: contact.id, name: contact.name }, sites: [{ id: site.id, name: site.name }], added: [{ id: site.id, name: site.name }], removed: [], usersTakingSites: [] });
  });

  it('lets coordinators manage contacts, technicians only read them, portal users see nothing', async () => {
    const coordinator = (await staffSession(t.app, 'coordinator')).session;
    const technician = (await staffSession(t.app, 'technician')).session;
    const customer = await createCustomer(admin);
    const contact = await createContact(coordinator, customer.id);
    expect((await coordinator.patch(`/api/v1/contacts/${contact.id}`, { name: 'Renamed' })).statusCode).toBe(200);
    expect((await technician.get(`/api/v1/contacts/${contact.id}`)).statusCode).toBe(200);
    expect((await technician.post('/api/v1/contacts', { customerId: customer.id, name: 'Nope' })).statusCode).toBe(403);
    expect((await technician.patch(`/api/v1/contacts/${contact.id}`, { name: 'Nope' })).statusCode).toBe(403);
    expect((await technician.delete(`/api/v1/contacts/${contact.id}`)).statusCode).toBe(403);

    const portal = (await externalSession(t.app)).session;
    expect((await portal.get(`/api/v1/contacts/${contact.id}`)).statusCode).toBe(404);
    expect((await portal.get(`/api/v1/contacts?customerId=${customer.id}`)).json().items).toEqual([]);
    expect((await portal.delete(`/api/v1/contacts/${contact.id}`)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/contacts' })).statusCode).toBe(401);
  });
});

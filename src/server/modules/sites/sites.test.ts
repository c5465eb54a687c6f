import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, staffSession, uniqueSuffix } from '../../../../test/factories.js';
import { createSite, externalSession } from '../../../../test/factories-sites.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = (await staffSession(t.app, 'admin')).session;
});
afterAll(() => t.close());

const ids = (page: { items: { id: string }[] }) => page.items.map((s) => s.id);
const MISSING = '0190c7a0-0000-7000-8000-000000000000';

describe('sites', () => {
  it('creates, reads, updates and archives a site', async () => {
    const customer = await createCustomer(admin);
    const site = await createSite(admin, customer.id, {
      name: 'Main plant',
      kind: 'plant',
      street: '1 Harbour Road',
      postalCode: 'E1 1AA',
      city: 'London',
      country: 'GB',
      internalNotes: 'key at reception',
    });
    expect(site).toMatchObject({ customerId: customer.id, parentId: null, kind: 'plant', city: 'London', internalNotes: 'key at reception', archivedAt: null });

    const read = await admin.get(`/api/v1/sites/${site.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(site);

    const patched = await admin.patch(`/api/v1/sites/${site.id}`, { name: 'North plant', city: null });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ name: 'North plant', city: null, street: '1 Harbour Road' });

    expect((await admin.delete(`/api/v1/sites/${site.id}`)).statusCode).toBe(204);
    expect((await admin.get(`/api/v1/sites/${site.id}`)).json().archivedAt).not.toBeNull();
    expect(ids((await admin.get(`/api/v1/sites?customerId=${customer.id}`)).json())).toEqual([]);
    expect(ids((await admin.get(`/api/v1/sites?customerId=${customer.id}&includeArchived=true`)).json())).toEqual([site.id]);
  });

  it('defaults the kind to facility and records changes in the audit log', async () => {
    const customer = await createCustomer(admin);
    const site = await createSite(admin, customer.id, { name: 'Audit A' });
    expect(site.kind).toBe('facility');
    await admin.patch(`/api/v1/sites/${site.id}`, { name: 'Audit B' });
    await admin.delete(`/api/v1/sites/${site.id}`);
    const events = await t.app.ctx.db
      .selectFrom('audit_events')
      .select(['action', 'customer_id', 'details'])
      .where('resource_id', '=', site.id)
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.action)).toEqual(['site.create', 'site.update', 'site.archive']);
    expect(events.every((e) => e.customer_id === customer.id)).toBe(true);
    expect(JSON.parse(events[1]!.details!)).toEqual({ changes: { name: { before: 'Audit A', after: 'Audit B' } } });
  });

  it('requires a visible customer and keeps the customer immutable', async () => {
    const customer = await createCustomer(admin);
    const unknown = await admin.post('/api/v1/sites', { customerId: MISSING, name: 'Nowhere' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.code).toBe('invalid_reference');
    expect((await admin.post('/api/v1/sites', { name: 'No customer' })).statusCode).toBe(400);
    const site = await createSite(admin, customer.id);
    const other = await createCustomer(admin);
    expect((await admin.patch(`/api/v1/sites/${site.id}`, { customerId: other.id })).statusCode).toBe(400);
  });

  it('validates input and answers 404 for unknown sites', async () => {
    const customer = await createCustomer(admin);
    expect((await admin.post('/api/v1/sites', { customerId: customer.id, name: '' })).statusCode).toBe(400);
    expect((await admin.post('/api/v1/sites', { customerId: customer.id, name: 'X', kind: 'castle' })).statusCode).toBe(400);
    expect((await admin.post('/api/v1/sites', { customerId: customer.id, name: 'X', colour: 'red' })).statusCode).toBe(400);
    expect((await admin.get(`/api/v1/sites/${MISSING}`)).statusCode).toBe(404);
    expect((await admin.patch(`/api/v1/sites/${MISSING}`, { name: 'X' })).statusCode).toBe(404);
    expect((await admin.delete(`/api/v1/sites/${MISSING}`)).statusCode).toBe(404);
    expect((await admin.get('/api/v1/sites?sort=city')).statusCode).toBe(400);
  });

  it('builds site trees within one customer, moves subtrees and refuses cycles', async () => {
    const customer = await createCustomer(admin);
    const campus = await createSite(admin, customer.id, { name: 'Campus' });
    const building = await createSite(admin, customer.id, { name: 'Building A', kind: 'building', parentId: campus.id });
    const floor = await createSite(admin, customer.id, { name: 'Floor 1', kind: 'other', parentId: building.id });
    expect(ids((await admin.get(`/api/v1/sites?parentId=${campus.id}`)).json())).toEqual([building.id]);

    const cycle = await admin.patch(`/api/v1/sites/${campus.id}`, { parentId: floor.id });
    expect(cycle.statusCode).toBe(422);
    expect(cycle.json().error.code).toBe('cycle');
    expect((await admin.patch(`/api/v1/sites/${campus.id}`, { parentId: campus.id })).json().error.code).toBe('cycle');

    const otherCustomer = await createCustomer(admin);
    const foreign = await createSite(admin, otherCustomer.id);
    const crossCreate = await admin.post('/api/v1/sites', { customerId: customer.id, name: 'X', parentId: foreign.id });
    expect(crossCreate.statusCode).toBe(422);
    expect(crossCreate.json().error.code).toBe('invalid_reference');
    expect((await admin.patch(`/api/v1/sites/${building.id}`, { parentId: foreign.id })).statusCode).toBe(422);

    const annex = await createSite(admin, customer.id, { name: 'Annex' });
    const moved = await admin.patch(`/api/v1/sites/${building.id}`, { parentId: annex.id });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().parentId).toBe(annex.id);
    const floorRow = await t.app.ctx.db.selectFrom('sites').select('path').where('id', '=', floor.id).executeTakeFirstOrThrow();
    expect(floorRow.path).toBe(`/${annex.id}/${building.id}/${floor.id}/`);

    const detached = await admin.patch(`/api/v1/sites/${building.id}`, { parentId: null });
    expect(detached.json().parentId).toBeNull();
    const detachedFloor = await t.app.ctx.db.selectFrom('sites').select('path').where('id', '=', floor.id).executeTakeFirstOrThrow();
    expect(detachedFloor.path).toBe(`/${building.id}/${floor.id}/`);
  });

  it('searches name, city and street, and filters by customer', async () => {
    const tag = uniqueSuffix();
    const customer = await createCustomer(admin);
    const byName = await createSite(admin, customer.id, { name: `Depot ${tag}` });
    const byCity = await createSite(admin, customer.id, { name: 'Somewhere', city: `Town${tag.toUpperCase()}` });
    const byStreet = await createSite(admin, customer.id, { name: 'Elsewhere', street: `${tag} Lane` });
    await createSite(admin, customer.id, { name: 'Unrelated' });
    const other = await createCustomer(admin);
    const otherSite = await createSite(admin, other.id, { name: `Depot ${tag} other` });

    const found = ids((await admin.get(`/api/v1/sites?q=${tag}`)).json());
    expect(found.sort()).toEqual([byName.id, byCity.id, byStreet.id, otherSite.id].sort());
    const ofCustomer = ids((await admin.get(`/api/v1/sites?q=${tag}&customerId=${customer.id}`)).json());
    expect(ofCustomer.sort()).toEqual([byName.id, byCity.id, byStreet.id].sort());
  });

  it('pages through a list with a cursor, each site exactly once, in both sorts', async () => {
    const customer = await createCustomer(admin);
    const created: string[] = [];
    for (let i = 0; i < 5; i++) created.push((await createSite(admin, customer.id, { name: `Paged ${i}` })).id);
    for (const sort of ['-name', 'createdAt']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const url: string = `/api/v1/sites?customerId=${customer.id}&limit=2&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`;
        const page = (await admin.get(url)).json();
        seen.push(...ids(page));
        cursor = page.nextCursor;
        pages++;
      } while (cursor);
      expect(pages).toBe(3);
      expect(seen).toHaveLength(5);
      expect(new Set(seen)).toEqual(new Set(created));
      if (sort === '-name') expect(seen).toEqual([...created].reverse());
    }
  });

  it('lets coordinators manage sites, technicians only read them', async () => {
    const coordinator = (await staffSession(t.app, 'coordinator')).session;
    const technician = (await staffSession(t.app, 'technician')).session;
    const customer = await createCustomer(admin);
    const site = await createSite(coordinator, customer.id);
    expect((await coordinator.patch(`/api/v1/sites/${site.id}`, { name: 'Renamed' })).statusCode).toBe(200);
    expect((await technician.get(`/api/v1/sites/${site.id}`)).json().internalNotes).toBeNull();
    expect((await technician.post('/api/v1/sites', { customerId: customer.id, name: 'Nope' })).statusCode).toBe(403);
    expect((await technician.patch(`/api/v1/sites/${site.id}`, { name: 'Nope' })).statusCode).toBe(403);
    expect((await technician.delete(`/api/v1/sites/${site.id}`)).statusCode).toBe(403);
    expect((await coordinator.delete(`/api/v1/sites/${site.id}`)).statusCode).toBe(204);
  });

  it('shows portal users without access nothing: the same 404 as a missing site, and no writes', async () => {
    const customer = await createCustomer(admin);
    const site = await createSite(admin, customer.id, { internalNotes: 'secret' });
    const portal = (await externalSession(t.app)).session;
    expect((await portal.get(`/api/v1/sites/${site.id}`)).statusCode).toBe(404);
    expect((await portal.get(`/api/v1/sites?customerId=${customer.id}`)).json().items).toEqual([]);
    expect((await portal.patch(`/api/v1/sites/${site.id}`, { name: 'X' })).statusCode).toBe(404);
    expect((await portal.post('/api/v1/sites', { customerId: customer.id, name: 'X' })).statusCode).toBe(403);
  });

  it('requires a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/sites' })).statusCode).toBe(401);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, loginAs, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, staffSession, uniqueSuffix } from '../../../../test/factories.js';
import { createAsset, createExternalUser, createProjectRow, createSite, createWorkOrder, portalScopeSeeingEverything } from '../../../../test/factories-assets.js';
import { newId } from '../../db/ids.js';
import { createAssetsService } from './assets.service.js';

let t: TestApp;
let admin: Session;
const MISSING = '0190c7a0-0000-7000-8000-000000000000';
const ids = (page: { items: { id: string }[] }) => page.items.map((i) => i.id);

beforeAll(async () => {
  t = await buildTestApp();
  admin = (await staffSession(t.app, 'admin')).session;
});
afterAll(() => t.close());

/** A ticket on an asset, straight in the database (tickets are another module's API). */
async function insertTicket(customerId: string, assetId: string, rootAssetId: string) {
  const db = t.app.ctx.db;
  const now = t.app.ctx.clock().toISOString();
  const typeId = newId();
  const statusId = newId();
  await db.insertInto('ticket_types').values({ id: typeId, key: `t-${uniqueSuffix()}`, name: 'Service request', customer_id: null, created_at: now, updated_at: now }).execute();
  await db
    .insertInto('ticket_statuses')
    .values({ id: statusId, key: `s-${uniqueSuffix()}`, name: 'New', category: 'open', position: 0, is_initial: 1, created_at: now, updated_at: now })
    .execute();
  const id = newId();
  await db
    .insertInto('tickets')
    .values({ id, customer_id: customerId, asset_id: assetId, root_asset_id: rootAssetId, number: `T-${uniqueSuffix()}`, type_id: typeId, status_id: statusId, title: 'Leak', priority: 'normal', created_at: now, updated_at: now })
    .execute();
  return id;
}

describe('assets', () => {
  it('creates, reads, updates and archives an asset', async () => {
    const customer = await createCustomer(admin);
    const site = await createSite(t.app, customer.id);
    const project = await createProjectRow(t.app, customer.id);
    const created = await createAsset(admin, {
      customerId: customer.id,
      siteId: site.id,
      projectId: project.id,
      name: 'Boiler 1',
      serialNumber: 'SN-1',
      nextDueDate: '2026-06-01',
      customFields: { refrigerant: 'R32', pressure: 2.5, sealed: true, note: null },
      internalNotes: 'key at reception',
    });
    expect(created).toMatchObject({ customerId: customer.id, siteId: site.id, projectId: project.id, parentId: null, rootId: created.id, depth: 0 });
    expect(created).toMatchObject({ status: 'active', customFields: { refrigerant: 'R32', pressure: 2.5, sealed: true, note: null }, internalNotes: 'key at reception' });

    const read = await admin.get(`/api/v1/assets/${created.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(created);

    const patched = await admin.patch(`/api/v1/assets/${created.id}`, { status: 'in_repair', lastServiceDate: '2026-02-01', siteId: null });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ status: 'in_repair', lastServiceDate: '2026-02-01', siteId: null, serialNumber: 'SN-1' });

    expect((await admin.delete(`/api/v1/assets/${created.id}`)).statusCode).toBe(204);
    expect((await admin.get(`/api/v1/assets/${created.id}`)).json().archivedAt).not.toBeNull();
    expect(ids((await admin.get(`/api/v1/assets?customerId=${customer.id}`)).json())).toEqual([]);
    expect(ids((await admin.get(`/api/v1/assets?customerId=${customer.id}&includeArchived=true`)).json())).toEqual([created.id]);
  });

  it('answers 404 for a nonexistent asset and 400 for a malformed id', async () => {
    for (const request of [admin.get(`/api/v1/assets/${MISSING}`), admin.patch(`/api/v1/assets/${MISSING}`, { name: 'X' }), admin.delete(`/api/v1/assets/${MISSING}`)]) {
      const response = await request;
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('not_found');
    }
    expect((await admin.get(`/api/v1/assets/${MISSING}/history`)).statusCode).toBe(404);
    expect((await admin.get('/api/v1/assets/nope')).statusCode).toBe(400);
  });

  it('validates input and references', async () => {
    const customer = await createCustomer(admin);
    const other = await createCustomer(admin);
    const asset = await createAsset(admin, { customerId: customer.id });
    const foreignAsset = await createAsset(admin, { customerId: other.id });
    const foreignSite = await createSite(t.app, other.id);
    const foreignProject = await createProjectRow(t.app, other.id);
    expect((await admin.post('/api/v1/assets', { name: 'X' })).statusCode).toBe(400);
    expect((await admin.post('/api/v1/assets', { customerId: customer.id, name: 'X', colour: 'red' })).statusCode).toBe(400);
    expect((await admin.post('/api/v1/assets', { customerId: customer.id, name: 'X', status: 'broken' })).statusCode).toBe(400);
    expect((await admin.post('/api/v1/assets', { customerId: customer.id, name: 'X', nextDueDate: '2026-13-01' })).statusCode).toBe(400);
    expect((await admin.patch(`/api/v1/assets/${asset.id}`, { customerId: other.id })).statusCode).toBe(400);
    for (const [field, body] of [
      ['customerId', { customerId: MISSING }],
      ['siteId', { customerId: customer.id, siteId: foreignSite.id }],
      ['projectId', { customerId: customer.id, projectId: foreignProject.id }],
      ['parentId', { customerId: customer.id, parentId: foreignAsset.id }],
      ['parentId', { customerId: customer.id, parentId: MISSING }],
    ] as const) {
      const response = await admin.post('/api/v1/assets', { name: 'X', ...body });
      expect(response.statusCode).toBe(422);
      expect(response.json().error).toMatchObject({ code: 'invalid_reference', details: { field } });
    }
    expect((await admin.patch(`/api/v1/assets/${asset.id}`, { siteId: foreignSite.id })).statusCode).toBe(422);
  });

  it('limits custom fields: 50 keys, 100-character keys, scalar values, 8 KB', async () => {
    const customer = await createCustomer(admin);
    const post = (customFields: unknown) => admin.post('/api/v1/assets', { customerId: customer.id, name: 'Custom', customFields });
    const fifty = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, i]));
    expect((await post(fifty)).statusCode).toBe(201);
    expect((await post({ ...fifty, k50: 1 })).statusCode).toBe(400);
    expect((await post({ ['k'.repeat(100)]: 1 })).statusCode).toBe(201);
    expect((await post({ ['k'.repeat(101)]: 1 })).statusCode).toBe(400);
    expect((await post({ nested: { a: 1 } })).statusCode).toBe(400);
    expect((await post({ list: [1] })).statusCode).toBe(400);
    expect((await post({ a: 'x'.repeat(8000) })).statusCode).toBe(201);
    const tooBig = await post({ a: 'x'.repeat(4100), b: 'y'.repeat(4100) });
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().error.code).toBe('validation_failed');
    const asset = await createAsset(admin, { customerId: customer.id });
    expect((await admin.patch(`/api/v1/assets/${asset.id}`, { customFields: { a: 'x'.repeat(9000) } })).statusCode).toBe(400);
  });

  it('builds trees and filters by parent, top level and subtree', async () => {
    const customer = await createCustomer(admin);
    const building = await createAsset(admin, { customerId: customer.id, name: 'Building' });
    const room = await createAsset(admin, { customerId: customer.id, name: 'Plant room', parentId: building.id });
    const boiler = await createAsset(admin, { customerId: customer.id, name: 'Boiler', parentId: room.id });
    const pump = await createAsset(admin, { customerId: customer.id, name: 'Pump', parentId: building.id });
    expect(boiler).toMatchObject({ rootId: building.id, depth: 2, parentId: room.id });
    const list = async (query: string) => ids((await admin.get(`/api/v1/assets?customerId=${customer.id}&${query}`)).json());
    expect(await list(`parentId=${building.id}`)).toEqual([room.id, pump.id]);
    expect(await list('topLevel=true')).toEqual([building.id]);
    expect(await list(`under=${building.id}`)).toEqual([boiler.id, room.id, pump.id]);
    expect(await list(`under=${room.id}`)).toEqual([boiler.id]);
    expect(await list(`under=${MISSING}`)).toEqual([]);
  });

  it('moves a subtree, rejects cycles and re-roots its work orders and tickets', async () => {
    const customer = await createCustomer(admin);
    const a = await createAsset(admin, { customerId: customer.id, name: 'A' });
    const b = await createAsset(admin, { customerId: customer.id, name: 'B', parentId: a.id });
    const c = await createAsset(admin, { customerId: customer.id, name: 'C', parentId: b.id });
    const other = await createAsset(admin, { customerId: customer.id, name: 'Other' });
    const onC = await createWorkOrder(admin, { assetId: c.id });
    const onA = await createWorkOrder(admin, { assetId: a.id });
    const ticket = await insertTicket(customer.id, c.id, a.id);
    expect(onC.rootAssetId).toBe(a.id);

    for (const parentId of [b.id, c.id]) {
      const cycle = await admin.patch(`/api/v1/assets/${b.id}`, { parentId });
      expect(cycle.statusCode).toBe(422);
      expect(cycle.json().error.code).toBe('cycle');
    }
    const moved = await admin.patch(`/api/v1/assets/${b.id}`, { parentId: other.id });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ parentId: other.id, rootId: other.id, depth: 1 });
    expect((await admin.get(`/api/v1/assets/${c.id}`)).json()).toMatchObject({ rootId: other.id, depth: 2 });
    expect((await admin.get(`/api/v1/work-orders/${onC.id}`)).json().rootAssetId).toBe(other.id);
    expect((await admin.get(`/api/v1/work-orders/${onA.id}`)).json().rootAssetId).toBe(a.id);
    const ticketRow = await t.app.ctx.db.selectFrom('tickets').select('root_asset_id').where('id', '=', ticket).executeTakeFirstOrThrow();
    expect(ticketRow.root_asset_id).toBe(other.id);
    expect(ids((await admin.get(`/api/v1/assets?under=${other.id}`)).json())).toEqual([b.id, c.id]);

    const topLevel = await admin.patch(`/api/v1/assets/${b.id}`, { parentId: null });
    expect(topLevel.json()).toMatchObject({ parentId: null, rootId: b.id, depth: 0 });
    expect((await admin.get(`/api/v1/assets/${c.id}`)).json()).toMatchObject({ rootId: b.id, depth: 1 });
    expect((await admin.get(`/api/v1/work-orders/${onC.id}`)).json().rootAssetId).toBe(b.id);
  });

  it('filters by site, status, due date and search text', async () => {
    const customer = await createCustomer(admin);
    const site = await createSite(t.app, customer.id);
    const tag = uniqueSuffix();
    const chiller = await createAsset(admin, { customerId: customer.id, siteId: site.id, name: `Chiller ${tag}`, nextDueDate: '2026-04-01' });
    const meter = await createAsset(admin, { customerId: customer.id, name: 'Meter', serialNumber: `SER-${tag}`, status: 'inactive', nextDueDate: '2026-09-01' });
    const valve = await createAsset(admin, { customerId: customer.id, name: 'Valve', manufacturer: `Acme${tag}`, model: 'V-100_x' });
    const list = async (query: string) => ids((await admin.get(`/api/v1/assets?customerId=${customer.id}&${query}`)).json());
    expect(await list(`siteId=${site.id}`)).toEqual([chiller.id]);
    expect(await list('status=inactive')).toEqual([meter.id]);
    expect(await list('dueBefore=2026-04-01')).toEqual([chiller.id]);
    expect(await list('dueBefore=2026-12-31')).toEqual([chiller.id, meter.id]);
    expect(await list(`q=${tag.toUpperCase()}`)).toEqual([chiller.id, meter.id, valve.id]);
    expect(await list(`q=ser-${tag}`)).toEqual([meter.id]);
    expect(await list('q=v-100_')).toEqual([valve.id]);
    expect(await list('q=v-100%25')).toEqual([]);
    expect((await admin.get('/api/v1/assets?dueBefore=soon')).statusCode).toBe(400);
  });

  it('pages through a list with a cursor, each asset exactly once', async () => {
    const customer = await createCustomer(admin);
    const created: string[] = [];
    for (let i = 0; i < 7; i++) created.push((await createAsset(admin, { customerId: customer.id, name: `Paged ${i}` })).id);
    for (const sort of ['name', '-createdAt']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const url: string = `/api/v1/assets?customerId=${customer.id}&limit=3&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`;
        const page = (await admin.get(url)).json();
        seen.push(...ids(page));
        cursor = page.nextCursor;
        pages++;
      } while (cursor);
      expect(pages).toBe(3);
      expect(seen).toEqual(sort === 'name' ? created : [...created].reverse());
    }
  });

  it('shows the service history of an asset and everything under it, newest first, paged', async () => {
    const customer = await createCustomer(admin);
    const plant = await createAsset(admin, { customerId: customer.id });
    const boiler = await createAsset(admin, { customerId: customer.id, parentId: plant.id });
    const elsewhere = await createAsset(admin, { customerId: customer.id });
    const first = await createWorkOrder(admin, { assetId: plant.id, kind: 'inspection' });
    const second = await createWorkOrder(admin, { assetId: boiler.id, kind: 'calibration' });
    const third = await createWorkOrder(admin, { assetId: boiler.id, kind: 'maintenance' });
    await createWorkOrder(admin, { assetId: elsewhere.id });
    await createWorkOrder(admin, { customerId: customer.id });

    const page1 = (await admin.get(`/api/v1/assets/${plant.id}/history?limit=2`)).json();
    expect(ids(page1)).toEqual([third.id, second.id]);
    expect(page1.items[0]).toMatchObject({ assetId: boiler.id, kind: 'maintenance', assigneeIds: [] });
    const page2 = (await admin.get(`/api/v1/assets/${plant.id}/history?limit=2&cursor=${page1.nextCursor}`)).json();
    expect(ids(page2)).toEqual([first.id]);
    expect(page2.nextCursor).toBeNull();
    expect(ids((await admin.get(`/api/v1/assets/${boiler.id}/history`)).json())).toEqual([third.id, second.id]);
    expect((await admin.get(`/api/v1/assets/${plant.id}/history?sort=name`)).statusCode).toBe(400);
  });

  it('lets technicians manage assets and hides every asset from a portal user without access', async () => {
    const technician = (await staffSession(t.app, 'technician')).session;
    const customer = await createCustomer(admin);
    const asset = await createAsset(technician, { customerId: customer.id, internalNotes: 'staff only' });
    expect((await technician.patch(`/api/v1/assets/${asset.id}`, { name: 'Renamed' })).json().name).toBe('Renamed');

    const external = await createExternalUser(t.app);
    const portal = await loginAs(t.app, external.login, external.password);
    expect((await portal.get(`/api/v1/assets/${asset.id}`)).statusCode).toBe(404);
    expect((await portal.get(`/api/v1/assets/${asset.id}/history`)).statusCode).toBe(404);
    expect((await portal.get(`/api/v1/assets?customerId=${customer.id}`)).json().items).toEqual([]);
    expect((await portal.patch(`/api/v1/assets/${asset.id}`, { name: 'Mine' })).statusCode).toBe(404);
    expect((await portal.post('/api/v1/assets', { customerId: customer.id, name: 'Mine' })).statusCode).toBe(403);
    // Once the portal policy lets the asset through, its internal notes still stay hidden.
    const seen = await createAssetsService(t.app.ctx).get(portalScopeSeeingEverything(external.user.id), asset.id);
    expect(seen).toMatchObject({ id: asset.id, name: 'Renamed' });
    expect(seen).not.toHaveProperty('internalNotes');
    expect((await technician.delete(`/api/v1/assets/${asset.id}`)).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/assets' })).statusCode).toBe(401);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, loginAs, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, createStaffUser, staffSession, uniqueSuffix } from '../../../../test/factories.js';
import { createAsset, createExternalUser, createSite, createWorkOrder } from '../../../../test/factories-assets.js';

let t: TestApp;
let admin: Session;
const MISSING = '0190c7a0-0000-7000-8000-000000000000';
const ids = (page: { items: { id: string }[] }) => page.items.map((i) => i.id);

beforeAll(async () => {
  t = await buildTestApp();
  admin = (await staffSession(t.app, 'admin')).session;
});
afterAll(() => t.close());

describe('work orders', () => {
  it('creates, reads, updates and archives a work order; customer and site come from the asset', async () => {
    const customer = await createCustomer(admin);
    const site = await createSite(t.app, customer.id);
    const root = await createAsset(admin, { customerId: customer.id, siteId: site.id });
    const asset = await createAsset(admin, { customerId: customer.id, siteId: site.id, parentId: root.id });
    const response = await admin.post('/api/v1/work-orders', {
      assetId: asset.id,
      title: 'Annual service',
      kind: 'maintenance',
      priority: 'high',
      plannedStart: '2026-03-10T08:00:00Z',
      plannedEnd: '2026-03-10T12:00:00.000Z',
      internalCost: 12_550,
    });
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created.number).toMatch(/^WO-\d{6}$/);
    expect(created).toMatchObject({ customerId: customer.id, siteId: site.id, assetId: asset.id, rootAssetId: root.id, status: 'open' });
    expect(created).toMatchObject({ plannedStart: '2026-03-10T08:00:00.000Z', internalCost: 12_550, completedAt: null, assigneeIds: [] });
    expect((await admin.get(`/api/v1/work-orders/${created.id}`)).json()).toEqual(created);

    const patched = await admin.patch(`/api/v1/work-orders/${created.id}`, { title: 'Annual service 2026', description: 'Bring filters', assetId: null });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ title: 'Annual service 2026', description: 'Bring filters', assetId: null, rootAssetId: null, siteId: site.id });

    const second = await createWorkOrder(admin, { customerId: customer.id });
    expect(Number(second.number.slice(3))).toBeGreaterThan(Number(created.number.slice(3)));
    expect((await admin.delete(`/api/v1/work-orders/${created.id}`)).statusCode).toBe(204);
    expect((await admin.get(`/api/v1/work-orders/${created.id}`)).json().archivedAt).not.toBeNull();
    expect(ids((await admin.get(`/api/v1/work-orders?customerId=${customer.id}`)).json())).toEqual([second.id]);
    expect(ids((await admin.get(`/api/v1/work-orders?customerId=${customer.id}&includeArchived=true`)).json())).toEqual([second.id, created.id]);
  });

  it('answers 404 for a nonexistent work order, its tasks and notes', async () => {
    for (const request of [
      admin.get(`/api/v1/work-orders/${MISSING}`),
      admin.patch(`/api/v1/work-orders/${MISSING}`, { title: 'X' }),
      admin.delete(`/api/v1/work-orders/${MISSING}`),
      admin.get(`/api/v1/work-orders/${MISSING}/tasks`),
      admin.post(`/api/v1/work-orders/${MISSING}/notes`, { body: 'x' }),
    ]) {
      const response = await request;
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('not_found');
    }
  });

  it('validates input and references', async () => {
    const customer = await createCustomer(admin);
    const other = await createCustomer(admin);
    const foreignAsset = await createAsset(admin, { customerId: other.id });
    const foreignSite = await createSite(t.app, other.id);
    const missingCustomer = await admin.post('/api/v1/work-orders', { title: 'No customer' });
    expect(missingCustomer.statusCode).toBe(400);
    expect((await admin.post('/api/v1/work-orders', { customerId: customer.id, title: 'X', kind: 'party' })).statusCode).toBe(400);
    for (const bad of [{ internalCost: 1.5 }, { internalCost: 3_000_000_000 }, { plannedStart: '0000-01-01T00:00:00Z' }, { plannedEnd: 'tomorrow' }]) {
      expect((await admin.post('/api/v1/work-orders', { customerId: customer.id, title: 'X', ...bad })).statusCode).toBe(400);
    }
    for (const [field, body] of [
      ['customerId', { customerId: MISSING }],
      ['assetId', { customerId: customer.id, assetId: foreignAsset.id }],
      ['assetId', { assetId: MISSING }],
      ['siteId', { customerId: customer.id, siteId: foreignSite.id }],
      ['projectId', { customerId: customer.id, projectId: MISSING }],
    ] as const) {
      const response = await admin.post('/api/v1/work-orders', { title: 'X', ...body });
      expect(response.statusCode).toBe(422);
      expect(response.json().error).toMatchObject({ code: 'invalid_reference', details: { field } });
    }
    const period = { customerId: customer.id, title: 'X', plannedStart: '2026-03-10T12:00:00Z', plannedEnd: '2026-03-10T08:00:00Z' };
    expect((await admin.post('/api/v1/work-orders', period)).statusCode).toBe(422);
    const wo = await createWorkOrder(admin, { customerId: customer.id, plannedStart: '2026-03-10T12:00:00Z' });
    expect((await admin.patch(`/api/v1/work-orders/${wo.id}`, { plannedEnd: '2026-03-09T12:00:00Z' })).statusCode).toBe(422);
    expect((await admin.patch(`/api/v1/work-orders/${wo.id}`, { plannedEnd: '2026-03-10T12:00:00Z' })).statusCode).toBe(200);
    expect((await admin.patch(`/api/v1/work-orders/${wo.id}`, { customerId: other.id })).statusCode).toBe(400);
    expect((await admin.patch(`/api/v1/work-orders/${wo.id}`, { assetId: foreignAsset.id })).statusCode).toBe(422);
  });

  it('moves status along the workflow only, and completing a service dates the asset', async () => {
    const customer = await createCustomer(admin);
    const asset = await createAsset(admin, { customerId: customer.id, lastServiceDate: '2025-01-01' });
    const wo = await createWorkOrder(admin, { assetId: asset.id, kind: 'calibration' });
    const move = (status: string) => admin.patch(`/api/v1/work-orders/${wo.id}`, { status });

    const skipped = await move('completed');
    expect(skipped.statusCode).toBe(422);
    expect(skipped.json().error).toMatchObject({ code: 'invalid_transition', details: { from: 'open', to: 'completed', allowed: ['scheduled', 'in_progress', 'on_hold', 'cancelled'] } });
    // Keeping the current status is not a transition.
    expect((await move('open')).statusCode).toBe(200);
    for (const status of ['scheduled', 'on_hold', 'in_progress']) expect((await move(status)).statusCode).toBe(200);
    const completedAt = t.clock.now().toISOString();
    const completed = await move('completed');
    expect(completed.json()).toMatchObject({ status: 'completed', completedAt });
    expect((await admin.get(`/api/v1/assets/${asset.id}`)).json().lastServiceDate).toBe(completedAt.slice(0, 10));
    for (const status of ['open', 'scheduled', 'cancelled', 'on_hold']) {
      const refused = await move(status);
      expect(refused.statusCode).toBe(422);
      expect(refused.json().error.code).toBe('invalid_transition');
    }
    expect((await move('in_progress')).json()).toMatchObject({ status: 'in_progress', completedAt: null });
    expect((await move('cancelled')).statusCode).toBe(200);
    expect((await move('in_progress')).statusCode).toBe(422);
    expect((await move('open')).statusCode).toBe(200);

    // A repair is not a service: the last service date stays.
    await admin.patch(`/api/v1/assets/${asset.id}`, { lastServiceDate: '2025-06-30' });
    const repair = await createWorkOrder(admin, { assetId: asset.id, kind: 'repair' });
    await admin.patch(`/api/v1/work-orders/${repair.id}`, { status: 'in_progress' });
    expect((await admin.patch(`/api/v1/work-orders/${repair.id}`, { status: 'completed' })).statusCode).toBe(200);
    expect((await admin.get(`/api/v1/assets/${asset.id}`)).json().lastServiceDate).toBe('2025-06-30');
  });

  it('assigns active staff users only and lists work orders by assignee', async () => {
    const customer = await createCustomer(admin);
    const tech = await createStaffUser(t.app, { role: 'technician' });
    const coordinator = await createStaffUser(t.app, { role: 'coordinator' });
    const disabled = await createStaffUser(t.app, { role: 'technician', status: 'disabled' });
    const external = await createExternalUser(t.app);
    for (const assigneeId of [disabled.user.id, external.user.id, MISSING]) {
      const response = await admin.post('/api/v1/work-orders', { customerId: customer.id, title: 'X', assigneeIds: [tech.user.id, assigneeId] });
      expect(response.statusCode).toBe(422);
      expect(response.json().error).toMatchObject({ code: 'invalid_reference', details: { field: 'assigneeIds', ids: [assigneeId] } });
    }
    const both = [tech.user.id, coordinator.user.id].sort();
    const first = await createWorkOrder(admin, { customerId: customer.id, assigneeIds: [coordinator.user.id, tech.user.id] });
    const second = await createWorkOrder(admin, { customerId: customer.id, assigneeIds: [tech.user.id] });
    await createWorkOrder(admin, { customerId: customer.id });
    const page = (await admin.get(`/api/v1/work-orders?customerId=${customer.id}&assigneeId=${coordinator.user.id}`)).json();
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ id: first.id, assigneeIds: both });
    const byTech = (await admin.get(`/api/v1/work-orders?customerId=${customer.id}&assigneeId=${tech.user.id}`)).json();
    expect(byTech.items.map((w: { assigneeIds: string[] }) => w.assigneeIds)).toEqual([[tech.user.id], both]);

    const replaced = await admin.patch(`/api/v1/work-orders/${second.id}`, { assigneeIds: [coordinator.user.id] });
    expect(replaced.json().assigneeIds).toEqual([coordinator.user.id]);
    expect((await admin.patch(`/api/v1/work-orders/${second.id}`, { assigneeIds: [external.user.id] })).statusCode).toBe(422);
    expect((await admin.patch(`/api/v1/work-orders/${second.id}`, { assigneeIds: [] })).json().assigneeIds).toEqual([]);
  });

  it('filters by status list, kind, asset, site, project and search text, and pages by number', async () => {
    const customer = await createCustomer(admin);
    const site = await createSite(t.app, customer.id);
    const asset = await createAsset(admin, { customerId: customer.id, siteId: site.id });
    const tag = uniqueSuffix();
    const a = await createWorkOrder(admin, { assetId: asset.id, kind: 'repair', title: `Fix ${tag}` });
    const b = await createWorkOrder(admin, { customerId: customer.id, kind: 'inspection' });
    const c = await createWorkOrder(admin, { customerId: customer.id, kind: 'inspection' });
    await admin.patch(`/api/v1/work-orders/${b.id}`, { status: 'scheduled' });
    await admin.patch(`/api/v1/work-orders/${c.id}`, { status: 'on_hold' });
    const list = async (query: string) => ids((await admin.get(`/api/v1/work-orders?customerId=${customer.id}&sort=number&${query}`)).json());
    expect(await list('status=open')).toEqual([a.id]);
    expect(await list('status=open,on_hold')).toEqual([a.id, c.id]);
    expect(await list('kind=inspection')).toEqual([b.id, c.id]);
    expect(await list(`assetId=${asset.id}`)).toEqual([a.id]);
    expect(await list(`siteId=${site.id}`)).toEqual([a.id]);
    const project = (await admin.post('/api/v1/projects', { customerId: customer.id, name: `Project ${tag}`, kind: 'installation' })).json();
    expect((await admin.patch(`/api/v1/work-orders/${c.id}`, { projectId: project.id })).statusCode).toBe(200);
    expect(await list(`projectId=${project.id}`)).toEqual([c.id]);
    expect(await list(`q=fix ${tag.toUpperCase()}`)).toEqual([a.id]);
    expect(await list(`q=${b.number.toLowerCase()}`)).toEqual([b.id]);
    expect((await admin.get('/api/v1/work-orders?status=open,done')).statusCode).toBe(400);
    expect((await admin.get('/api/v1/work-orders?sort=title')).statusCode).toBe(400);

    const more = [a.id, b.id, c.id];
    for (let i = 0; i < 4; i++) more.push((await createWorkOrder(admin, { customerId: customer.id })).id);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = `/api/v1/work-orders?customerId=${customer.id}&limit=3&sort=-number${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await admin.get(url)).json();
      seen.push(...ids(page));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([...more].reverse());
  });

  it('lets technicians create and update work orders; portal users without access see none of it', async () => {
    const customer = await createCustomer(admin);
    const technician = (await staffSession(t.app, 'technician')).session;
    const wo = await createWorkOrder(technician, { customerId: customer.id, internalCost: 100 });
    const updated = await technician.patch(`/api/v1/work-orders/${wo.id}`, { status: 'in_progress', priority: 'urgent' });
    expect(updated.json()).toMatchObject({ status: 'in_progress', priority: 'urgent', internalCost: 100 });
    await technician.post(`/api/v1/work-orders/${wo.id}/tasks`, { title: 'Check' });

    const external = await createExternalUser(t.app);
    const portal = await loginAs(t.app, external.login, external.password);
    expect((await portal.get(`/api/v1/work-orders/${wo.id}`)).statusCode).toBe(404);
    expect((await portal.get(`/api/v1/work-orders/${wo.id}/tasks`)).statusCode).toBe(404);
    expect((await portal.get(`/api/v1/work-orders/${wo.id}/notes`)).statusCode).toBe(404);
    expect((await portal.get(`/api/v1/work-orders?customerId=${customer.id}`)).json().items).toEqual([]);
    expect((await portal.post('/api/v1/work-orders', { customerId: customer.id, title: 'Mine' })).statusCode).toBe(403);
    expect((await technician.delete(`/api/v1/work-orders/${wo.id}`)).statusCode).toBe(204);
  });

  it('records create and update in the audit log', async () => {
    const customer = await createCustomer(admin);
    const wo = await createWorkOrder(admin, { customerId: customer.id, title: 'Before' });
    await admin.patch(`/api/v1/work-orders/${wo.id}`, { title: 'After' });
    const events = await t.app.ctx.db.selectFrom('audit_events').select(['action', 'details']).where('resource_id', '=', wo.id).orderBy('id').execute();
    expect(events.map((e) => e.action)).toEqual(['work_order.create', 'work_order.update']);
    expect(JSON.parse(events[1]!.details!)).toEqual({ changes: { title: { before: 'Before', after: 'After' } } });
  });
});

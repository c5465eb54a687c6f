import { sql, type SqlBool } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../db/ids.js';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, staffSession, uniqueSuffix } from '../../../../test/factories.js';
import { createFlag, createOrder, createProject, externalSession } from '../../../../test/factories-projects.js';
import { createAsset, createWorkOrder } from '../../../../test/factories-assets.js';
import { createPortalUser } from '../../../../test/factories-portal.js';
import type { AccessScope } from '../access/access-scope.js';
import { createFlagsService } from './flags.service.js';

let t: TestApp;
let admin: Session;
let technician: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = (await staffSession(t.app, 'admin')).session;
  technician = (await staffSession(t.app, 'technician')).session;
});
afterAll(() => t.close());

const MISSING = '0190c7a0-0000-7000-8000-000000000000';
const names = (page: { items: { name: string }[] }) => page.items.map((f) => f.name);

async function insertWorkOrder(customerId: string): Promise<string> {
  const id = newId();
  const now = t.clock.now().toISOString();
  await t.app.ctx.db
    .insertInto('work_orders')
    .values({ id, customer_id: customerId, number: `WO-T${uniqueSuffix()}`, title: 'Service', kind: 'maintenance', status: 'open', priority: 'normal', created_at: now, updated_at: now })
    .execute();
  return id;
}

describe('flags', () => {
  it('lets admins create, update and archive flags', async () => {
    const created = await createFlag(admin, { name: 'Awaiting approval', color: '#FFAA00', customerVisible: true });
    expect(created).toMatchObject({ name: 'Awaiting approval', color: '#ffaa00', customerVisible: true, archivedAt: null });
    expect((await admin.get(`/api/v1/flags/${created.id}`)).json()).toEqual(created);
    const patched = await admin.patch(`/api/v1/flags/${created.id}`, { customerVisible: false, name: 'Approval pending' });
    expect(patched.json()).toMatchObject({ customerVisible: false, name: 'Approval pending', color: '#ffaa00' });
    expect((await admin.delete(`/api/v1/flags/${created.id}`)).statusCode).toBe(204);
    expect(names((await admin.get('/api/v1/flags?q=approval%20pending')).json())).toEqual([]);
    expect(names((await admin.get('/api/v1/flags?q=approval%20pending&includeArchived=true')).json())).toEqual(['Approval pending']);
    const events = await t.app.ctx.db.selectFrom('audit_events').select('action').where('resource_id', '=', created.id).orderBy('id').execute();
    expect(events.map((e) => e.action)).toEqual(['flag.create', 'flag.update', 'flag.archive']);
  });

  it('validates colours and fields', async () => {
    expect((await admin.post('/api/v1/flags', { name: 'X', color: '#abc' })).statusCode).toBe(400);
    expect((await admin.post('/api/v1/flags', { name: 'X', color: 'red' })).statusCode).toBe(400);
    expect((await admin.post('/api/v1/flags', { name: '', color: '#aabbcc' })).statusCode).toBe(400);
    expect((await admin.post('/api/v1/flags', { name: 'X', color: '#aabbcc', urgent: true })).statusCode).toBe(400);
    expect((await admin.get(`/api/v1/flags/${MISSING}`)).statusCode).toBe(404);
  });

  it('keeps flag settings to admins: coordinators and technicians get 403', async () => {
    const coordinator = (await staffSession(t.app, 'coordinator')).session;
    const flag = await createFlag(admin);
    expect((await technician.post('/api/v1/flags', { name: 'Nope', color: '#000000' })).statusCode).toBe(403);
    expect((await coordinator.post('/api/v1/flags', { name: 'Nope', color: '#000000' })).statusCode).toBe(403);
    expect((await technician.patch(`/api/v1/flags/${flag.id}`, { name: 'Nope' })).statusCode).toBe(403);
    expect((await technician.delete(`/api/v1/flags/${flag.id}`)).statusCode).toBe(403);
    expect((await technician.get(`/api/v1/flags/${flag.id}`)).statusCode).toBe(200);
  });

  it('pages through flags and searches by name', async () => {
    const tag = uniqueSuffix();
    for (const n of ['d', 'a', 'c', 'b', 'e']) await createFlag(admin, { name: `${tag} ${n}` });
    const first = (await admin.get(`/api/v1/flags?q=${tag}&limit=2`)).json();
    const second = (await admin.get(`/api/v1/flags?q=${tag}&limit=2&cursor=${first.nextCursor}`)).json();
    const third = (await admin.get(`/api/v1/flags?q=${tag}&limit=2&cursor=${second.nextCursor}`)).json();
    expect([...names(first), ...names(second), ...names(third)]).toEqual(['a', 'b', 'c', 'd', 'e'].map((n) => `${tag} ${n}`));
    expect(third.nextCursor).toBeNull();
  });

  it('assigns flags to orders, projects and work orders idempotently, lists and removes them', async () => {
    const customer = await createCustomer(admin);
    const order = await createOrder(admin, customer.id);
    const project = await createProject(admin, customer.id);
    const workOrderId = await insertWorkOrder(customer.id);
    const flag = await createFlag(admin, { name: 'Rush' });

    const first = await technician.post(`/api/v1/flags/${flag.id}/assignments`, { resourceType: 'order', resourceId: order.id });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({ flagId: flag.id, resourceType: 'order', resourceId: order.id, createdAt: expect.any(String) });
    const again = await technician.post(`/api/v1/flags/${flag.id}/assignments`, { resourceType: 'order', resourceId: order.id });
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect((await admin.get(`/api/v1/orders/${order.id}`)).json().flags).toEqual([{ id: flag.id, name: 'Rush', color: '#ff8800', customerVisible: false }]);

    expect((await admin.post(`/api/v1/flags/${flag.id}/assignments`, { resourceType: 'project', resourceId: project.id })).statusCode).toBe(201);
    expect((await admin.get(`/api/v1/projects/${project.id}`)).json().flags.map((f: { id: string }) => f.id)).toEqual([flag.id]);
    expect((await admin.post(`/api/v1/flags/${flag.id}/assignments`, { resourceType: 'work_order', resourceId: workOrderId })).statusCode).toBe(201);
    expect(names((await admin.get(`/api/v1/flags?resourceType=work_order&resourceId=${workOrderId}`)).json())).toEqual(['Rush']);
    expect(names((await admin.get(`/api/v1/flags?resourceType=order&resourceId=${order.id}`)).json())).toEqual(['Rush']);

    expect((await technician.delete(`/api/v1/flags/${flag.id}/assignments/order/${order.id}`)).statusCode).toBe(204);
    expect((await admin.get(`/api/v1/orders/${order.id}`)).json().flags).toEqual([]);
    expect((await admin.delete(`/api/v1/flags/${flag.id}/assignments/order/${order.id}`)).statusCode).toBe(204);
    const events = await t.app.ctx.db.selectFrom('audit_events').select('action').where('resource_id', '=', order.id).where('action', 'like', 'order.flag%').execute();
    expect(events.map((e) => e.action)).toEqual(['order.flag_added', 'order.flag_removed']);
  });

  it('answers 404 for a missing or invisible record or flag, and 400 for half a record filter', async () => {
    const flag = await createFlag(admin);
    const order = await createOrder(admin, (await createCustomer(admin)).id);
    expect((await admin.post(`/api/v1/flags/${flag.id}/assignments`, { resourceType: 'order', resourceId: MISSING })).statusCode).toBe(404);
    expect((await admin.post(`/api/v1/flags/${flag.id}/assignments`, { resourceType: 'project', resourceId: order.id })).statusCode).toBe(404);
    expect((await admin.post(`/api/v1/flags/${MISSING}/assignments`, { resourceType: 'order', resourceId: order.id })).statusCode).toBe(404);
    expect((await admin.post(`/api/v1/flags/${flag.id}/assignments`, { resourceType: 'ticket', resourceId: order.id })).statusCode).toBe(400);
    expect((await admin.get(`/api/v1/flags?resourceType=order&resourceId=${MISSING}`)).statusCode).toBe(404);
    expect((await admin.get(`/api/v1/flags?resourceType=order`)).statusCode).toBe(400);

    // A staff scope that cannot see orders: the order is as good as nonexistent.
    const { user } = await staffSession(t.app, 'admin');
    const blind: AccessScope = { principal: { kind: 'staff', userId: user.id, role: 'admin', sessionId: null }, visible: () => () => sql<SqlBool>`1 = 0` };
    const flags = createFlagsService(t.app.ctx);
    await expect(flags.assign(blind, flag.id, { resourceType: 'order', resourceId: order.id }, {})).rejects.toMatchObject({ statusCode: 404 });
    await expect(flags.list(blind, { resourceType: 'order', resourceId: order.id })).rejects.toMatchObject({ statusCode: 404 });

    const portal = (await externalSession(t.app)).session;
    expect((await portal.post(`/api/v1/flags/${flag.id}/assignments`, { resourceType: 'order', resourceId: order.id })).statusCode).toBe(404);
  });

  it('retires archived flags: no longer shown on records nor assignable', async () => {
    const order = await createOrder(admin, (await createCustomer(admin)).id);
    const flag = await createFlag(admin);
    await admin.post(`/api/v1/flags/${flag.id}/assignments`, { resourceType: 'order', resourceId: order.id });
    await admin.delete(`/api/v1/flags/${flag.id}`);
    expect((await admin.get(`/api/v1/orders/${order.id}`)).json().flags).toEqual([]);
    const other = await createOrder(admin, (await createCustomer(admin)).id);
    const refused = await admin.post(`/api/v1/flags/${flag.id}/assignments`, { resourceType: 'order', resourceId: other.id });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('flag_archived');
  });

  it('work orders carry their flags in lists and reads; portal users see only the customer-visible ones', async () => {
    const customer = await createCustomer(admin);
    const asset = await createAsset(admin, { customerId: customer.id });
    const workOrder = await createWorkOrder(admin, { assetId: asset.id });
    const tag = uniqueSuffix();
    const shown = await createFlag(admin, { name: `${tag} awaiting parts`, customerVisible: true });
    const internal = await createFlag(admin, { name: `${tag} warranty dispute` });
    for (const flag of [shown, internal]) await admin.post(`/api/v1/flags/${flag.id}/assignments`, { resourceType: 'work_order', resourceId: workOrder.id });
    const flagNames = (item: { flags: { name: string }[] }) => item.flags.map((f) => f.name).sort();

    expect(flagNames((await admin.get(`/api/v1/work-orders/${workOrder.id}`)).json())).toEqual([`${tag} awaiting parts`, `${tag} warranty dispute`]);
    expect((await admin.get(`/api/v1/work-orders?customerId=${customer.id}`)).json().items.map(flagNames)).toEqual([[`${tag} awaiting parts`, `${tag} warranty dispute`]]);

    const portal = await createPortalUser(t.app, { customerId: customer.id, modes: { assets: 'all_in_scope', workOrders: 'all_under_visible_assets' } });
    expect(flagNames((await portal.session.get(`/api/v1/work-orders/${workOrder.id}`)).json())).toEqual([`${tag} awaiting parts`]);
    expect((await portal.session.get('/api/v1/work-orders')).json().items.map(flagNames)).toEqual([[`${tag} awaiting parts`]]);
  });

  it('shows portal users only customer-visible flags', async () => {
    const tag = uniqueSuffix();
    const visible = await createFlag(admin, { name: `${tag} shown`, customerVisible: true });
    const internal = await createFlag(admin, { name: `${tag} internal` });
    const portal = (await externalSession(t.app)).session;
    expect(names((await portal.get(`/api/v1/flags?q=${tag}`)).json())).toEqual([`${tag} shown`]);
    expect((await portal.get(`/api/v1/flags/${visible.id}`)).statusCode).toBe(200);
    expect((await portal.get(`/api/v1/flags/${internal.id}`)).statusCode).toBe(404);
    expect((await portal.post('/api/v1/flags', { name: 'X', color: '#000000' })).statusCode).toBe(403);
  });
});

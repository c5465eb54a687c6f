import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, staffSession, uniqueSuffix } from '../../../../test/factories.js';
import { createFlag, createOrder, externalScopeSeeingAll, externalSession, insertSite, type OrderJson } from '../../../../test/factories-projects.js';
import { createOrderTasksService } from './order-tasks.js';
import { placedByOf } from './orders.mapping.js';
import { createOrdersService } from './orders.service.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = (await staffSession(t.app, 'admin')).session;
});
afterAll(() => t.close());

const ids = (page: { items: { id: string }[] }) => page.items.map((o) => o.id);
const MISSING = '0190c7a0-0000-7000-8000-000000000000';

describe('orders', () => {
  it('creates, reads, updates and archives an order', async () => {
    const customer = await createCustomer(admin);
    const siteId = await insertSite(t.app, customer.id);
    const created = await createOrder(admin, customer.id, { siteId, title: 'Brochures 5000', deadline: '2026-04-01', internalNotes: 'rush job' });
    expect(created).toMatchObject({
      customerId: customer.id,
      siteId,
      title: 'Brochures 5000',
      status: 'received',
      deadline: '2026-04-01',
      placedByUserId: null,
      internalNotes: 'rush job',
      flags: [],
      archivedAt: null,
    });
    expect(created.number).toMatch(/^O-\d{6}$/);
    expect((await admin.get(`/api/v1/orders/${created.id}`)).json()).toEqual(created);

    const patched = await admin.patch(`/api/v1/orders/${created.id}`, { status: 'in_production', deadline: null });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ status: 'in_production', deadline: null, title: 'Brochures 5000' });

    expect((await admin.delete(`/api/v1/orders/${created.id}`)).statusCode).toBe(204);
    expect((await admin.get(`/api/v1/orders/${created.id}`)).json().archivedAt).not.toBeNull();
    expect(ids((await admin.get(`/api/v1/orders?customerId=${customer.id}`)).json())).toEqual([]);
    expect(ids((await admin.get(`/api/v1/orders?customerId=${customer.id}&includeArchived=true`)).json())).toEqual([created.id]);
    const events = await t.app.ctx.db.selectFrom('audit_events').select('action').where('resource_id', '=', created.id).orderBy('id').execute();
    expect(events.map((e) => e.action)).toEqual(['order.create', 'order.update', 'order.archive']);
  });

  it('validates input and references', async () => {
    const customer = await createCustomer(admin);
    const foreignSite = await insertSite(t.app, (await createCustomer(admin)).id);
    expect((await admin.post('/api/v1/orders', { title: 'X' })).statusCode).toBe(400);
    expect((await admin.post('/api/v1/orders', { customerId: customer.id, title: 'X', status: 'lost' })).statusCode).toBe(400);
    expect((await admin.post('/api/v1/orders', { customerId: customer.id, title: 'X', deadline: '01.04.2026' })).statusCode).toBe(400);
    expect((await admin.post('/api/v1/orders', { customerId: customer.id, title: 'X', placedByUserId: MISSING })).statusCode).toBe(400);
    const unknown = await admin.post('/api/v1/orders', { customerId: MISSING, title: 'X' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.code).toBe('invalid_reference');
    expect((await admin.post('/api/v1/orders', { customerId: customer.id, siteId: foreignSite, title: 'X' })).statusCode).toBe(422);
    const order = await createOrder(admin, customer.id);
    expect((await admin.patch(`/api/v1/orders/${order.id}`, { customerId: customer.id })).statusCode).toBe(400);
    expect((await admin.patch(`/api/v1/orders/${order.id}`, { siteId: foreignSite })).statusCode).toBe(422);
    expect((await admin.get(`/api/v1/orders/${MISSING}`)).statusCode).toBe(404);
  });

  it('filters by customer, site, status and deadline, searches number and title, and pages', async () => {
    const customer = await createCustomer(admin);
    const siteId = await insertSite(t.app, customer.id);
    const tag = uniqueSuffix();
    const early = await createOrder(admin, customer.id, { title: `Flyers ${tag}`, deadline: '2026-03-10', siteId });
    const late = await createOrder(admin, customer.id, { title: `Posters ${tag}`, deadline: '2026-06-10', status: 'ready' });
    const none = await createOrder(admin, customer.id, { title: `Cards ${tag}` });

    const get = async (query: string) => ids((await admin.get(`/api/v1/orders?${query}`)).json());
    expect(await get(`customerId=${customer.id}`)).toEqual([none.id, late.id, early.id]);
    expect(await get(`customerId=${customer.id}&sort=number`)).toEqual([early.id, late.id, none.id]);
    expect(await get(`siteId=${siteId}`)).toEqual([early.id]);
    expect(await get(`customerId=${customer.id}&status=ready`)).toEqual([late.id]);
    expect(await get(`customerId=${customer.id}&deadlineBefore=2026-06-10`)).toEqual([early.id]);
    expect(await get(`customerId=${customer.id}&deadlineBefore=2026-06-11`)).toEqual([late.id, early.id]);
    expect(await get(`q=posters%20${tag}`)).toEqual([late.id]);
    expect(await get(`q=${early.number}`)).toEqual([early.id]);

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = `/api/v1/orders?q=${tag}&limit=2&sort=number${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await admin.get(url)).json();
      seen.push(...ids(page));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(2);
    expect(seen).toEqual([early.id, late.id, none.id]);
    expect((await admin.get('/api/v1/orders?deadlineBefore=soon')).statusCode).toBe(400);
  });

  it('records who placed an order: the portal user, never a staff member', async () => {
    expect(placedByOf({ kind: 'external', userId: MISSING, sessionId: null })).toBe(MISSING);
    expect(placedByOf({ kind: 'staff', userId: MISSING, role: 'admin', sessionId: null })).toBeNull();
  });

  it('includes flags loaded for the whole page; portal viewers get only customer-visible ones', async () => {
    const customer = await createCustomer(admin);
    const a = await createOrder(admin, customer.id, { title: 'A' });
    const b = await createOrder(admin, customer.id, { title: 'B' });
    const shown = await createFlag(admin, { name: 'Awaiting approval', customerVisible: true, color: '#00AA00' });
    const hidden = await createFlag(admin, { name: 'Credit hold', customerVisible: false });
    for (const flag of [shown, hidden]) await admin.post(`/api/v1/flags/${flag.id}/assignments`, { resourceType: 'order', resourceId: a.id });
    await admin.post(`/api/v1/flags/${hidden.id}/assignments`, { resourceType: 'order', resourceId: b.id });

    const page = (await admin.get(`/api/v1/orders?customerId=${customer.id}&sort=number`)).json();
    expect(page.items.map((o: OrderJson) => o.flags.map((f) => f.name))).toEqual([['Awaiting approval', 'Credit hold'], ['Credit hold']]);
    expect(page.items[0].flags[0]).toEqual({ id: shown.id, name: 'Awaiting approval', color: '#00aa00', customerVisible: true });

    const { userId } = await externalSession(t.app);
    const portalView = await createOrdersService(t.app.ctx).list(externalScopeSeeingAll(userId), { customerId: customer.id, sort: 'number' });
    expect(portalView.items.map((o) => o.flags.map((f) => f.name))).toEqual([['Awaiting approval'], []]);
    expect(portalView.items[0]).not.toHaveProperty('internalNotes');
  });
});

describe('order tasks', () => {
  it('lets staff keep an internal checklist on an order', async () => {
    const technician = (await staffSession(t.app, 'technician')).session;
    const order = await createOrder(admin, (await createCustomer(admin)).id);
    const base = `/api/v1/orders/${order.id}/tasks`;
    const print = await technician.post(base, { title: 'Print' });
    expect(print.statusCode).toBe(201);
    await technician.post(base, { title: 'Bind' });
    expect((await technician.patch(`${base}/${print.json().id}`, { done: true, position: 1 })).json()).toMatchObject({ done: true, position: 1 });
    expect((await admin.get(base)).json().items.map((i: { title: string }) => i.title)).toEqual(['Bind', 'Print']);
    expect((await admin.delete(`${base}/${print.json().id}`)).statusCode).toBe(204);
    expect((await admin.get(base)).json().items).toHaveLength(1);
    expect((await admin.get(`/api/v1/orders/${MISSING}/tasks`)).statusCode).toBe(404);
  });

  it('keeps positions 0…n−1 when many moves, additions and removals of one checklist arrive at once', async () => {
    const order = await createOrder(admin, (await createCustomer(admin)).id);
    const base = `/api/v1/orders/${order.id}/tasks`;
    const tasks: { id: string }[] = [];
    for (let i = 0; i < 8; i++) tasks.push((await admin.post(base, { title: `Step ${i}` })).json());
    const responses = await Promise.all([
      // Every task but the one removed meanwhile (whose move may rightly find it gone).
      ...tasks.map((task, i) => (i === 3 ? null : admin.patch(`${base}/${task.id}`, { position: (i * 5) % 11, done: i % 2 === 0 }))).filter((r) => r !== null),
      admin.post(base, { title: 'Late step' }),
      admin.delete(`${base}/${tasks[3]!.id}`),
      ...tasks.slice(4).map((task, i) => admin.patch(`${base}/${task.id}`, { position: i })),
    ]);
    expect(responses.map((r) => r.statusCode).filter((code) => code >= 300), 'every change is answered 2xx, none 500 (deadlock)').toEqual([]);
    const positions = ((await admin.get(`${base}?limit=100`)).json().items as { position: number }[]).map((i) => i.position);
    expect(positions).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('never shows order tasks to a portal viewer, even one that may see the order', async () => {
    const order = await createOrder(admin, (await createCustomer(admin)).id);
    const task = (await admin.post(`/api/v1/orders/${order.id}/tasks`, { title: 'Internal step' })).json();
    const { userId, session: portal } = await externalSession(t.app);
    const scope = externalScopeSeeingAll(userId);
    expect((await createOrdersService(t.app.ctx).get(scope, order.id)).id).toBe(order.id);
    const tasks = createOrderTasksService(t.app.ctx);
    await expect(tasks.list(scope, order.id, {})).rejects.toMatchObject({ statusCode: 404 });
    await expect(tasks.create(scope, order.id, { title: 'X' }, {})).rejects.toMatchObject({ statusCode: 404 });
    await expect(tasks.update(scope, order.id, task.id, { done: true }, {})).rejects.toMatchObject({ statusCode: 404 });
    await expect(tasks.remove(scope, order.id, task.id, {})).rejects.toMatchObject({ statusCode: 404 });
    expect((await portal.get(`/api/v1/orders/${order.id}/tasks`)).statusCode).toBe(404);
    expect((await portal.get(`/api/v1/orders/${order.id}`)).statusCode).toBe(404);
  });
});

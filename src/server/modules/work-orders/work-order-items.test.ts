import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, staffSession } from '../../../../test/factories.js';
import { createExternalUser, createWorkOrder, portalScopeSeeingEverything } from '../../../../test/factories-assets.js';
import { createWorkOrderItemsService } from './work-order-items.service.js';
import { createWorkOrdersService } from './work-orders.service.js';

let t: TestApp;
let admin: Session;
const ids = (page: { items: { id: string }[] }) => page.items.map((i) => i.id);

beforeAll(async () => {
  t = await buildTestApp();
  admin = (await staffSession(t.app, 'admin')).session;
});
afterAll(() => t.close());

describe('work order tasks and notes', () => {
  it('keeps a checklist of internal tasks', async () => {
    const customer = await createCustomer(admin);
    const wo = await createWorkOrder(admin, { customerId: customer.id });
    const base = `/api/v1/work-orders/${wo.id}/tasks`;
    const titles: string[] = [];
    for (const title of ['Isolate', 'Drain', 'Replace seal', 'Refill']) {
      const created = await admin.post(base, { title });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ title, done: false, workOrderId: wo.id });
      titles.push(created.json().id);
    }
    const [isolate, drain, seal, refill] = titles as [string, string, string, string];
    const done = await admin.patch(`${base}/${drain}`, { done: true, title: 'Drain fully' });
    expect(done.json()).toMatchObject({ done: true, title: 'Drain fully' });
    expect((await admin.patch(`${base}/${refill}`, { position: 0 })).json().position).toBe(0);
    expect((await admin.delete(`${base}/${seal}`)).statusCode).toBe(204);
    const list = (await admin.get(base)).json();
    expect(list.items.map((i: { id: string; position: number }) => [i.id, i.position])).toEqual([[refill, 0], [isolate, 1], [drain, 2]]);
    expect((await admin.patch(`${base}/${seal}`, { done: true })).statusCode).toBe(404);
    const otherWo = await createWorkOrder(admin, { customerId: customer.id });
    expect((await admin.delete(`/api/v1/work-orders/${otherWo.id}/tasks/${isolate}`)).statusCode).toBe(404);
    expect((await admin.post(base, { title: '' })).statusCode).toBe(400);
  });

  it('keeps internal and public notes with their author', async () => {
    const customer = await createCustomer(admin);
    const { user, session: tech } = await staffSession(t.app, 'technician');
    const wo = await createWorkOrder(admin, { customerId: customer.id });
    const internal = await tech.post(`/api/v1/work-orders/${wo.id}/notes`, { body: 'Customer was rude' });
    expect(internal.statusCode).toBe(201);
    expect(internal.json()).toMatchObject({ visibility: 'internal', authorUserId: user.id, workOrderId: wo.id });
    const shared = (await admin.post(`/api/v1/work-orders/${wo.id}/notes`, { body: 'Parts ordered', visibility: 'public' })).json();
    expect(ids((await admin.get(`/api/v1/work-orders/${wo.id}/notes`)).json())).toEqual([internal.json().id, shared.id]);
    expect((await admin.post(`/api/v1/work-orders/${wo.id}/notes`, { body: 'x', visibility: 'secret' })).statusCode).toBe(400);
  });


  it('keeps positions 0…n−1 when many moves and additions of one checklist arrive at once', async () => {
    const wo = await createWorkOrder(admin, { customerId: (await createCustomer(admin)).id });
    const base = `/api/v1/work-orders/${wo.id}/tasks`;
    const tasks: { id: string }[] = [];
    for (let i = 0; i < 8; i++) tasks.push((await admin.post(base, { title: `Step ${i}` })).json());
    const responses = await Promise.all([
      ...tasks.map((task, i) => admin.patch(`${base}/${task.id}`, { position: (i * 5) % 11 })),
      admin.post(base, { title: 'Late step' }),
      ...tasks.slice(4).map((task, i) => admin.patch(`${base}/${task.id}`, { position: i })),
    ]);
    expect(responses.map((r) => r.statusCode).filter((code) => code >= 300), 'every change is answered 2xx, none 500 (deadlock)').toEqual([]);
    const items = (await admin.get(base)).json().items as { position: number }[];
    expect(items.map((i) => i.position).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('shows a portal user who may see the work order only its public notes, no tasks and no internal cost', async () => {
    const customer = await createCustomer(admin);
    const wo = await createWorkOrder(admin, { customerId: customer.id, internalCost: 900 });
    await admin.post(`/api/v1/work-orders/${wo.id}/notes`, { body: 'Internal remark' });
    const shared = (await admin.post(`/api/v1/work-orders/${wo.id}/notes`, { body: 'Visit on Monday', visibility: 'public' })).json();
    await admin.post(`/api/v1/work-orders/${wo.id}/tasks`, { title: 'Check' });

    const external = await createExternalUser(t.app);
    const scope = portalScopeSeeingEverything(external.user.id);
    const workOrders = createWorkOrdersService(t.app.ctx);
    const items = createWorkOrderItemsService(t.app.ctx, workOrders);
    expect(await workOrders.get(scope, wo.id)).not.toHaveProperty('internalCost');
    expect(ids(await items.listNotes(scope, wo.id, {}))).toEqual([shared.id]);
    await expect(items.listTasks(scope, wo.id)).rejects.toMatchObject({ statusCode: 403 });
    await expect(items.createNote(scope, wo.id, { body: 'Thanks' }, {})).rejects.toMatchObject({ statusCode: 403 });
  });
});

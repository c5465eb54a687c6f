import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, staffSession } from '../../../../test/factories.js';

let t: TestApp;
let admin: Session;
let adminId: string;
beforeAll(async () => {
  t = await buildTestApp();
  const signedIn = await staffSession(t.app, 'admin');
  admin = signedIn.session;
  adminId = signedIn.user.id;
});
afterAll(() => t.close());

interface Event {
  id: string;
  occurredAt: string;
  action: string;
  resourceId: string | null;
  details: Record<string, unknown> | null;
  ip: string | null;
}

describe('audit events', () => {
  it('lists the events of one record, newest first, with parsed details and request facts', async () => {
    const customer = await createCustomer(admin, { name: 'Audit One' });
    const update = await admin.patch(`/api/v1/customers/${customer.id}`, { name: 'Audit Two' });
    const page = await admin.get(`/api/v1/audit-events?resourceType=customer&resourceId=${customer.id}`);
    expect(page.statusCode).toBe(200);
    const items = page.json().items as Event[];
    expect(items.map((e) => e.action)).toEqual(['customer.update', 'customer.create']);
    expect(items[0]).toMatchObject({
      actorUserId: adminId,
      resourceType: 'customer',
      resourceId: customer.id,
      customerId: customer.id,
      details: { changes: { name: { before: 'Audit One', after: 'Audit Two' } } },
      requestId: update.headers['x-request-id'],
    });
    expect(items[0]!.ip).toEqual(expect.any(String));
    expect(items[1]!.details).toMatchObject({ after: { id: customer.id, name: 'Audit One' } });
    expect(page.json().nextCursor).toBeNull();

    const single = await admin.get(`/api/v1/audit-events/${items[0]!.id}`);
    expect(single.statusCode).toBe(200);
    expect(single.json()).toEqual(items[0]);
    expect((await admin.get('/api/v1/audit-events/0190c7a0-0000-7000-8000-000000000000')).statusCode).toBe(404);
  });

  it('filters by customer, actor, action and time window', async () => {
    const coordinator = await staffSession(t.app, 'coordinator');
    const customer = await createCustomer(admin);
    const start = t.clock.now().toISOString();
    t.clock.advanceMinutes(60);
    await coordinator.session.patch(`/api/v1/customers/${customer.id}`, { phone: '+1 555' });
    const later = t.clock.now().toISOString();
    t.clock.advanceMinutes(60);
    await admin.delete(`/api/v1/customers/${customer.id}`);

    const byCustomer = (await admin.get(`/api/v1/audit-events?customerId=${customer.id}`)).json().items as Event[];
    expect(byCustomer.map((e) => e.action)).toEqual(['customer.archive', 'customer.update', 'customer.create']);
    const byActor = (await admin.get(`/api/v1/audit-events?actorUserId=${coordinator.user.id}`)).json().items as Event[];
    expect(byActor.map((e) => e.action)).toEqual(['customer.update', 'auth.login']);
    const byAction = (await admin.get(`/api/v1/audit-events?customerId=${customer.id}&action=customer.archive`)).json().items as Event[];
    expect(byAction).toHaveLength(1);

    const window = (await admin.get(`/api/v1/audit-events?customerId=${customer.id}&from=${start}&to=${later}`)).json().items as Event[];
    expect(window.map((e) => e.action)).toEqual(['customer.create']);
    // Bounds in another offset and without milliseconds mean the same instants.
    const offset = new Date(Date.parse(later)).toISOString().replace(/\.\d{3}Z$/, '+00:00');
    const fromLater = (await admin.get(`/api/v1/audit-events?customerId=${customer.id}&from=${encodeURIComponent(offset)}`)).json().items as Event[];
    expect(fromLater.map((e) => e.action)).toEqual(['customer.archive', 'customer.update']);
    expect((await admin.get('/api/v1/audit-events?from=yesterday')).statusCode).toBe(400);
    expect((await admin.get('/api/v1/audit-events?colour=red')).statusCode).toBe(400);
  });

  it('pages through events newest first, each exactly once', async () => {
    const customer = await createCustomer(admin);
    for (let i = 0; i < 6; i++) await admin.patch(`/api/v1/customers/${customer.id}`, { phone: `+1 ${i}` });
    const seen: Event[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = `/api/v1/audit-events?customerId=${customer.id}&limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await admin.get(url)).json();
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(7);
    expect(new Set(seen.map((e) => e.id)).size).toBe(7);
    expect(seen.map((e) => e.id)).toEqual([...seen.map((e) => e.id)].sort().reverse());
    expect(seen.at(-1)!.action).toBe('customer.create');
    expect((await admin.get('/api/v1/audit-events?cursor=garbage')).statusCode).toBe(400);
  });

  it('is for admins only', async () => {
    const anyEvent = (await admin.get('/api/v1/audit-events?limit=1')).json().items[0] as Event;
    for (const role of ['coordinator', 'technician'] as const) {
      const session = (await staffSession(t.app, role)).session;
      const list = await session.get('/api/v1/audit-events');
      expect(list.statusCode).toBe(403);
      expect(list.json().error.code).toBe('forbidden');
      expect((await session.get(`/api/v1/audit-events/${anyEvent.id}`)).statusCode).toBe(403);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/audit-events' })).statusCode).toBe(401);
  });
});

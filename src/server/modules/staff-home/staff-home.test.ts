import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, staffSession } from '../../../../test/factories.js';
import { createPortalUser } from '../../../../test/factories-portal.js';
import { createAsset, createWorkOrder } from '../../../../test/factories-assets.js';
import { createTicket, createTicketType, ticketStatusId } from '../../../../test/factories-tickets.js';
import { countUpTo } from './capped-count.js';

/** Each test builds on a fresh database: the home counts everything, so exact figures need a clean slate. */
let t: TestApp;
let admin: Session;
let adminId: string;
beforeAll(async () => {
  t = await buildTestApp();
  const created = await staffSession(t.app, 'admin');
  admin = created.session;
  adminId = created.user.id;
});
afterAll(() => t.close());

const DAY = 86_400_000;
const home = async (session: Session = admin) => (await session.get('/api/v1/staff-home')).json();
const listLength = async (url: string) => {
  const response = await admin.get(`${url}&limit=200`);
  if (response.statusCode !== 200) throw new Error(`${url}: ${response.body}`);
  return response.json().items.length;
};

describe('staff home', () => {
  it('is for staff: portal users get the 403 of the other back-office endpoints', async () => {
    const customer = await createCustomer(admin);
    const portal = await createPortalUser(t.app, { customerId: customer.id });
    const response = await portal.session.get('/api/v1/staff-home');
    expect(response.statusCode).toBe(403);
    expect(response.body).not.toContain('queues');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/staff-home' })).statusCode).toBe(401);
  });

  it('counts each queue exactly as the list its card links to filters', async () => {
    const customer = await createCustomer(admin);
    const type = await createTicketType(admin, { firstResponseMinutes: 60 });
    const resolved = await ticketStatusId(admin, 'resolved');
    await createTicket(admin, customer.id, { typeId: type.id });
    await createTicket(admin, customer.id, { typeId: type.id, responsibleUserId: adminId });
    const done = await createTicket(admin, customer.id, { responsibleUserId: adminId });
    await admin.patch(`/api/v1/tickets/${done.id}`, { statusId: resolved });

    const asset = await createAsset(admin, { customerId: customer.id, nextDueDate: '2026-03-20' });
    await createAsset(admin, { customerId: customer.id, nextDueDate: '2026-02-01' });
    await createAsset(admin, { customerId: customer.id, nextDueDate: '2026-06-01' });
    const planned = (ms: number) => new Date(t.clock.now().getTime() + ms).toISOString();
    await createWorkOrder(admin, { customerId: customer.id, assetId: asset.id, plannedStart: planned(-2 * DAY), plannedEnd: planned(-DAY) });
    await createWorkOrder(admin, { customerId: customer.id, assetId: asset.id, plannedStart: planned(DAY), plannedEnd: planned(2 * DAY) });
    const pending = await createPortalUser(t.app, { customerId: customer.id });
    await t.app.ctx.db.updateTable('users').set({ status: 'pending' }).where('id', '=', pending.userId).execute();

    t.clock.advanceMinutes(50); // the first response is near for both SLA tickets
    const body = await home();
    expect(body.queues).toEqual({
      newUnassignedTickets: { count: 1, capped: false },
      myTickets: { count: 1, capped: false },
      ticketsAtRisk: { count: 2, capped: false },
      overdueWorkOrders: { count: 1, capped: false },
      assetsDueSoon: { count: 2, capped: false },
      pendingInvitations: { count: 1, capped: false },
    });
    const { asOf } = body;
    expect(asOf.dueBefore).toBe('2026-04-01');
    expect(await listLength('/api/v1/tickets?statusCategory=open&assigned=unassigned')).toBe(1);
    expect(await listLength('/api/v1/tickets?assigned=me&unresolved=true')).toBe(1);
    expect(await listLength('/api/v1/tickets?sla=at_risk')).toBe(2);
    expect(await listLength(`/api/v1/work-orders?status=${asOf.unfinishedWorkOrderStatuses.join(',')}&plannedEndBefore=${asOf.now}`)).toBe(1);
    expect(await listLength(`/api/v1/assets?dueBefore=${asOf.dueBefore}`)).toBe(2);
    expect(await listLength('/api/v1/users?kind=external&status=pending')).toBe(1);
  });

  it('charts tickets per week (raised, resolved, open at week end) and assets due per month', async () => {
    const fresh = await buildTestApp();
    try {
      const session = (await staffSession(fresh.app, 'admin')).session;
      const customer = await createCustomer(session);
      const resolved = await ticketStatusId(session, 'resolved');
      // Two weeks ago: two raised; last week: one of them resolved; this week: one more raised.
      fresh.clock.advance(-14 * DAY);
      const first = await createTicket(session, customer.id);
      await createTicket(session, customer.id);
      fresh.clock.advance(7 * DAY);
      await session.patch(`/api/v1/tickets/${first.id}`, { statusId: resolved });
      fresh.clock.advance(7 * DAY);
      await createTicket(session, customer.id);
      await createAsset(session, { customerId: customer.id, nextDueDate: '2026-01-15' });
      await createAsset(session, { customerId: customer.id, nextDueDate: '2026-03-01' });
      await createAsset(session, { customerId: customer.id, nextDueDate: '2026-03-31' });
      await createAsset(session, { customerId: customer.id, nextDueDate: '2027-02-28' });
      await createAsset(session, { customerId: customer.id, nextDueDate: '2027-03-01' });

      const body = await home(session);
      expect(body.ticketsByWeek).toHaveLength(12);
      expect(body.ticketsByWeek.slice(-4)).toEqual([
        { weekStart: '2026-02-09', created: 0, resolved: 0, open: 0, capped: false },
        { weekStart: '2026-02-16', created: 2, resolved: 0, open: 2, capped: false },
        { weekStart: '2026-02-23', created: 0, resolved: 1, open: 1, capped: false },
        { weekStart: '2026-03-02', created: 1, resolved: 0, open: 2, capped: false },
      ]);
      // Today is 2026-03-02: 1 March is overdue, March counts from today, the 12th month is February 2027.
      expect(body.assetsDue.overdue).toEqual({ count: 2, capped: false });
      expect(body.assetsDue.months).toHaveLength(12);
      expect(body.assetsDue.months[0]).toEqual({ month: '2026-03', count: 1, capped: false });
      expect(body.assetsDue.months[11]).toEqual({ month: '2027-02', count: 1, capped: false });
      expect(body.assetsDue.months.reduce((sum: number, m: { count: number }) => sum + m.count, 0)).toBe(2);
    } finally {
      await fresh.close();
    }
  });

  it('caps a count: more than the cap is "cap+", read from no more than cap + 1 rows', async () => {
    const customer = await createCustomer(admin);
    for (let i = 0; i < 3; i++) await createTicket(admin, customer.id);
    const rows = t.app.ctx.db.selectFrom('tickets').selectAll('tickets').where('customer_id', '=', customer.id);
    expect(await countUpTo(t.app.ctx.db, rows, 2)).toEqual({ count: 2, capped: true });
    expect(await countUpTo(t.app.ctx.db, rows, 3)).toEqual({ count: 3, capped: false });
  });
});

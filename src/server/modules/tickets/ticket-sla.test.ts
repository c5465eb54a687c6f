import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, staffSession } from '../../../../test/factories.js';
import { createPortalUser } from '../../../../test/factories-portal.js';
import { createTicket, createTicketType, ticketStatusId } from '../../../../test/factories-tickets.js';

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

const ids = (response: { json(): { items: { id: string }[] } }) => response.json().items.map((i) => i.id);
const HOUR = 60;
const at = (base: string, minutes: number) => new Date(Date.parse(base) + minutes * 60_000).toISOString();

/** A type with a 1 h first-response and an 8 h resolution target, and a customer to raise tickets for. */
async function slaWorld() {
  const type = await createTicketType(admin, { firstResponseMinutes: HOUR, resolutionMinutes: 8 * HOUR });
  const customer = await createCustomer(admin);
  return { type, customer };
}

describe('ticket service levels', () => {
  it('ticket types carry the targets; portal users never see them', async () => {
    const { type, customer } = await slaWorld();
    expect(type).toMatchObject({ firstResponseMinutes: 60, resolutionMinutes: 480 });
    const patched = await admin.patch(`/api/v1/ticket-types/${type.id}`, { firstResponseMinutes: null, resolutionMinutes: 120 });
    expect(patched.json()).toMatchObject({ firstResponseMinutes: null, resolutionMinutes: 120 });
    expect((await admin.patch(`/api/v1/ticket-types/${type.id}`, { resolutionMinutes: 0 })).statusCode).toBe(400);
    const portal = await createPortalUser(t.app, { customerId: customer.id, capabilities: { createTickets: true, ticketTypeIds: [type.id] } });
    const seen = (await portal.session.get(`/api/v1/ticket-types/${type.id}`)).json();
    expect(seen).toMatchObject({ id: type.id, firstResponseMinutes: null, resolutionMinutes: null });
  });

  it('due times come from the type when raised; a ticket without targets has state none', async () => {
    const { type, customer } = await slaWorld();
    const ticket = await createTicket(admin, customer.id, { typeId: type.id });
    expect(ticket.sla).toEqual({
      firstResponseDueAt: at(ticket.createdAt, HOUR),
      resolutionDueAt: at(ticket.createdAt, 8 * HOUR),
      firstRespondedAt: null,
      resolvedAt: null,
      state: 'ok',
    });
    const plain = await createTicket(admin, customer.id);
    expect(plain.sla).toMatchObject({ firstResponseDueAt: null, resolutionDueAt: null, state: 'none' });
    // Changing the type's targets later leaves raised tickets alone.
    await admin.patch(`/api/v1/ticket-types/${type.id}`, { firstResponseMinutes: 5 });
    expect((await admin.get(`/api/v1/tickets/${ticket.id}`)).json().sla.firstResponseDueAt).toBe(at(ticket.createdAt, HOUR));
  });

  it('near under 20 % of the target left, breached past it; the first public staff comment stops the response clock', async () => {
    const { type, customer } = await slaWorld();
    const ticket = await createTicket(admin, customer.id, { typeId: type.id });
    const get = async () => (await admin.get(`/api/v1/tickets/${ticket.id}`)).json().sla;
    const filtered = async (sla: string) => ids(await admin.get(`/api/v1/tickets?customerId=${customer.id}&sla=${sla}`));

    t.clock.advanceMinutes(47);
    expect((await get()).state).toBe('ok');
    expect(await filtered('at_risk')).toEqual([]);
    t.clock.advanceMinutes(1); // 48 of 60 minutes gone: 20 % left
    expect((await get()).state).toBe('near');
    expect(await filtered('near')).toEqual([ticket.id]);
    expect(await filtered('at_risk')).toEqual([ticket.id]);
    expect(await filtered('breached')).toEqual([]);

    // An internal note is no answer to the customer.
    expect((await admin.post(`/api/v1/tickets/${ticket.id}/comments`, { body: 'Checking', visibility: 'internal' })).statusCode).toBe(201);
    expect((await get()).firstRespondedAt).toBeNull();
    const answeredAt = t.clock.now().toISOString();
    expect((await admin.post(`/api/v1/tickets/${ticket.id}/comments`, { body: 'On it', visibility: 'public' })).statusCode).toBe(201);
    expect(await get()).toMatchObject({ firstRespondedAt: answeredAt, state: 'ok' });
    expect(await filtered('at_risk')).toEqual([]);

    // Resolution: 8 h; near from 6 h 24 min on, breached after 8 h.
    t.clock.advanceMinutes(6 * HOUR + 24 - 48);
    expect((await get()).state).toBe('near');
    t.clock.advanceMinutes(96);
    expect((await get()).state).toBe('breached');
    expect(await filtered('breached')).toEqual([ticket.id]);
    expect(await filtered('near')).toEqual([]);
    // A later public comment does not move the first response.
    await admin.post(`/api/v1/tickets/${ticket.id}/comments`, { body: 'Still on it', visibility: 'public' });
    expect((await get()).firstRespondedAt).toBe(answeredAt);
  });

  it('a late first response stays breached; resolving clears the live deadline, reopening brings it back', async () => {
    const { type, customer } = await slaWorld();
    const ticket = await createTicket(admin, customer.id, { typeId: type.id });
    t.clock.advanceMinutes(61);
    await admin.post(`/api/v1/tickets/${ticket.id}/comments`, { body: 'Sorry for the wait', visibility: 'public' });
    expect((await admin.get(`/api/v1/tickets/${ticket.id}`)).json().sla.state).toBe('breached');
    expect(ids(await admin.get(`/api/v1/tickets?customerId=${customer.id}&sla=breached`))).toEqual([ticket.id]);

    const resolved = (await admin.patch(`/api/v1/tickets/${ticket.id}`, { statusId: await ticketStatusId(admin, 'resolved') })).json();
    expect(resolved.sla).toMatchObject({ resolvedAt: t.clock.now().toISOString(), state: 'breached' });
    // Closed tickets leave the live queues, whatever their record.
    expect(ids(await admin.get(`/api/v1/tickets?customerId=${customer.id}&sla=breached`))).toEqual([]);

    const reopened = (await admin.patch(`/api/v1/tickets/${ticket.id}`, { statusId: await ticketStatusId(admin, 'in_progress') })).json();
    expect(reopened.sla).toMatchObject({ resolvedAt: null, state: 'breached' });
    expect(ids(await admin.get(`/api/v1/tickets?customerId=${customer.id}&sla=breached`))).toEqual([ticket.id]);
  });

  it('resolved in time without a comment is ok; another type brings its own targets', async () => {
    const { type, customer } = await slaWorld();
    const ticket = await createTicket(admin, customer.id, { typeId: type.id });
    t.clock.advanceMinutes(30);
    const resolved = (await admin.patch(`/api/v1/tickets/${ticket.id}`, { statusId: await ticketStatusId(admin, 'resolved') })).json();
    expect(resolved.sla.state).toBe('ok');

    const quick = await createTicketType(admin, { firstResponseMinutes: 10, resolutionMinutes: null });
    const other = await createTicket(admin, customer.id, { typeId: type.id });
    const moved = (await admin.patch(`/api/v1/tickets/${other.id}`, { typeId: quick.id })).json();
    expect(moved.sla).toMatchObject({ firstResponseDueAt: at(other.createdAt, 10), resolutionDueAt: null });
  });

  it('assigned=unassigned|me; cursors keep working under the filters', async () => {
    const { type, customer } = await slaWorld();
    const mine = [];
    for (let i = 0; i < 3; i++) mine.push(await createTicket(admin, customer.id, { typeId: type.id, responsibleUserId: adminId }));
    const loose = await createTicket(admin, customer.id, { typeId: type.id });
    expect(ids(await admin.get(`/api/v1/tickets?customerId=${customer.id}&assigned=unassigned`))).toEqual([loose.id]);
    const first = (await admin.get(`/api/v1/tickets?customerId=${customer.id}&assigned=me&limit=2`)).json();
    const second = (await admin.get(`/api/v1/tickets?customerId=${customer.id}&assigned=me&limit=2&cursor=${first.nextCursor}`)).json();
    expect([...first.items, ...second.items].map((i: { id: string }) => i.id).sort()).toEqual(mine.map((m) => m.id).sort());
    expect(second.nextCursor).toBeNull();

    t.clock.advanceMinutes(50);
    const page = (await admin.get(`/api/v1/tickets?customerId=${customer.id}&sla=near&limit=3`)).json();
    const rest = (await admin.get(`/api/v1/tickets?customerId=${customer.id}&sla=near&limit=3&cursor=${page.nextCursor}`)).json();
    expect([...page.items, ...rest.items]).toHaveLength(4);
  });

  it('portal users get no service levels: null in the ticket, 403 for the filter', async () => {
    const { type, customer } = await slaWorld();
    const portal = await createPortalUser(t.app, { customerId: customer.id, modes: { tickets: 'all_in_scope' }, capabilities: { createTickets: true, ticketTypeIds: [type.id] } });
    const raised = await portal.session.post('/api/v1/tickets', { typeId: type.id, title: 'Help' });
    expect(raised.statusCode).toBe(201);
    expect(raised.json().sla).toBeNull();
    expect((await admin.get(`/api/v1/tickets/${raised.json().id}`)).json().sla.state).toBe('ok');
    expect((await portal.session.get(`/api/v1/tickets/${raised.json().id}`)).json().sla).toBeNull();
    expect((await portal.session.get('/api/v1/tickets?sla=breached')).statusCode).toBe(403);
  });
});

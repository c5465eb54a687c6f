import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, staffSession } from '../../../../test/factories.js';
import { createTicket, externalScopeSeeingAll, externalSession } from '../../../../test/factories-tickets.js';
import { createTicketCommentsService } from './ticket-comments.service.js';

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

const facts = { requestId: 'test', ip: null };

describe('ticket comments', () => {
  it('stores internal and public comments and lists both, oldest first, for staff', async () => {
    const customer = await createCustomer(admin);
    const ticket = await createTicket(admin, customer.id);
    t.clock.advanceMinutes(1);
    const internal = await admin.post(`/api/v1/tickets/${ticket.id}/comments`, { body: 'Customer is difficult', visibility: 'internal' });
    expect(internal.statusCode).toBe(201);
    expect(internal.json()).toMatchObject({ ticketId: ticket.id, authorUserId: adminId, body: 'Customer is difficult', visibility: 'internal' });
    t.clock.advanceMinutes(1);
    const publicComment = (await admin.post(`/api/v1/tickets/${ticket.id}/comments`, { body: 'We are on it', visibility: 'public' })).json();
    // Staff comments are internal unless said otherwise: nothing reaches the customer by accident.
    const defaulted = (await admin.post(`/api/v1/tickets/${ticket.id}/comments`, { body: 'Note to self' })).json();
    expect(defaulted.visibility).toBe('internal');

    const technician = (await staffSession(t.app, 'technician')).session;
    const listed = (await technician.get(`/api/v1/tickets/${ticket.id}/comments`)).json();
    expect(listed.items.map((c: { id: string; visibility: string }) => [c.id, c.visibility])).toEqual([
      [internal.json().id, 'internal'],
      [publicComment.id, 'public'],
      [defaulted.id, 'internal'],
    ]);
    expect(listed.nextCursor).toBeNull();

    const rows = await t.app.ctx.db.selectFrom('ticket_comments').select(['visibility', 'customer_id']).where('ticket_id', '=', ticket.id).orderBy('id').execute();
    expect(rows).toEqual([
      { visibility: 'internal', customer_id: customer.id },
      { visibility: 'public', customer_id: customer.id },
      { visibility: 'internal', customer_id: customer.id },
    ]);
    // Commenting is activity on the ticket.
    expect((await admin.get(`/api/v1/tickets/${ticket.id}`)).json().updatedAt).toBe(t.clock.now().toISOString());
    const events = await t.app.ctx.db.selectFrom('audit_events').select('action').where('resource_type', '=', 'ticket_comment').where('customer_id', '=', customer.id).execute();
    expect(events).toHaveLength(3);
  });

  it('pages through comments', async () => {
    const customer = await createCustomer(admin);
    const ticket = await createTicket(admin, customer.id);
    const created: string[] = [];
    for (let i = 0; i < 5; i++) created.push((await admin.post(`/api/v1/tickets/${ticket.id}/comments`, { body: `Comment ${i}` })).json().id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = (await admin.get(`/api/v1/tickets/${ticket.id}/comments?limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json();
      seen.push(...page.items.map((c: { id: string }) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(created);
  });

  it('shows portal viewers public comments only, and never lets them write internal ones', async () => {
    const customer = await createCustomer(admin);
    const ticket = await createTicket(admin, customer.id);
    await admin.post(`/api/v1/tickets/${ticket.id}/comments`, { body: 'Internal remark', visibility: 'internal' });
    const visible = (await admin.post(`/api/v1/tickets/${ticket.id}/comments`, { body: 'Technician booked', visibility: 'public' })).json();

    // A portal user whose policy lets it see the ticket: the audience rule alone decides.
    const portalUser = await externalSession(t.app);
    const scope = externalScopeSeeingAll(portalUser.userId);
    const comments = createTicketCommentsService(t.app.ctx);
    const listed = await comments.list(scope, ticket.id, {});
    expect(listed.items.map((c) => c.id)).toEqual([visible.id]);

    await expect(comments.create(scope, ticket.id, { body: 'Sneaky', visibility: 'internal' }, facts)).rejects.toMatchObject({ statusCode: 403 });
    // Public comments need the portal capability too (deny by default): this viewer has none. A portal
    // user who may comment is covered by tickets.portal.test.ts.
    await expect(comments.create(scope, ticket.id, { body: 'Thanks!' }, facts)).rejects.toMatchObject({ statusCode: 403 });

    // Without access to the ticket, its comments do not exist either.
    expect((await portalUser.session.get(`/api/v1/tickets/${ticket.id}/comments`)).statusCode).toBe(404);
    expect((await portalUser.session.post(`/api/v1/tickets/${ticket.id}/comments`, { body: 'Hello', visibility: 'public' })).statusCode).toBe(404);
  });

  it('validates comments and answers 404 for an unknown ticket', async () => {
    const customer = await createCustomer(admin);
    const ticket = await createTicket(admin, customer.id);
    expect((await admin.post(`/api/v1/tickets/${ticket.id}/comments`, { body: '' })).statusCode).toBe(400);
    expect((await admin.post(`/api/v1/tickets/${ticket.id}/comments`, { body: 'X', visibility: 'secret' })).statusCode).toBe(400);
    expect((await admin.post(`/api/v1/tickets/${ticket.id}/comments`, { body: 'X', authorUserId: adminId })).statusCode).toBe(400);
    const missing = '0190c7a0-0000-7000-8000-000000000000';
    expect((await admin.get(`/api/v1/tickets/${missing}/comments`)).statusCode).toBe(404);
    expect((await admin.post(`/api/v1/tickets/${missing}/comments`, { body: 'X' })).statusCode).toBe(404);
  });
});

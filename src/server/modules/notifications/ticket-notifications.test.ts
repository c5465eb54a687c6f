import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, createStaffUser, staffSession } from '../../../../test/factories.js';
import { createPortalUser } from '../../../../test/factories-portal.js';
import { createSite } from '../../../../test/factories-sites.js';
import { createTicketType, insertStaffGroup, ticketStatusId } from '../../../../test/factories-tickets.js';
import { loginAs } from '../../../../test/helpers.js';

/**
 * Issue "tickets reach people": a portal ticket reaches its responsible; replies and status changes
 * reach the submitter and followers, in their language, by mail and in the inbox; internal comments
 * reach staff only; preferences choose immediate, digest or off.
 */
let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = (await staffSession(t.app, 'admin')).session;
});
afterAll(() => t.close());

async function mailsTo(address: string) {
  return t.app.ctx.db.selectFrom('mail_outbox').selectAll().where('to_address', '=', address.toLowerCase()).orderBy('id').execute();
}

async function inboxOf(session: Session) {
  const response = await session.get('/api/v1/notifications');
  expect(response.statusCode).toBe(200);
  return response.json().items as { id: string; kind: string; ticketId: string; data: Record<string, unknown>; readAt: string | null }[];
}

/** A customer, a type of its own routed to a technician, a portal user who may raise it, and a colleague. */
async function serviceDesk(options: { locale?: string } = {}) {
  const customer = await createCustomer(admin);
  const site = await createSite(admin, customer.id);
  const tech = await createStaffUser(t.app, { role: 'technician' });
  const techSession = await loginAs(t.app, tech.login, tech.password);
  if (options.locale) expect((await techSession.put('/api/v1/me/locale', { locale: options.locale })).statusCode).toBe(204);
  const type = await createTicketType(admin, { defaultResponsibleUserId: tech.user.id });
  const portalOptions = {
    customerId: customer.id,
    modes: { tickets: 'all_in_scope' as const },
    capabilities: { createTickets: true, comment: true, ticketTypeIds: [type.id] },
  };
  const submitter = await createPortalUser(t.app, portalOptions);
  const colleague = await createPortalUser(t.app, portalOptions);
  return { customer, site, tech, techSession, type, submitter, colleague };
}

async function raise(session: Session, typeId: string, extra: Record<string, unknown> = {}) {
  const response = await session.post('/api/v1/tickets', { typeId, title: 'Pump leaks', ...extra });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; number: string; responsibleUserId: string | null; responsibleGroupId: string | null };
}

describe('routing: every portal ticket gets a responsible or lands unassigned', () => {
  it('uses the customer’s own route, then its parent’s, then the type’s default, and skips a disabled user', async () => {
    const parent = await createCustomer(admin);
    const child = await createCustomer(admin, { parentId: parent.id });
    const byDefault = await createStaffUser(t.app, { role: 'technician' });
    const accountTeam = await insertStaffGroup(t.app);
    const type = await createTicketType(admin, { defaultResponsibleUserId: byDefault.user.id });
    const staffTicket = (customerId: string) => admin.post('/api/v1/tickets', { customerId, typeId: type.id, title: 'Check' });

    expect((await staffTicket(child.id)).json()).toMatchObject({ responsibleUserId: byDefault.user.id, responsibleGroupId: null });

    const route = await admin.put(`/api/v1/ticket-types/${type.id}/routes/${parent.id}`, { responsibleUserId: null, responsibleGroupId: accountTeam });
    expect(route.statusCode, route.body).toBe(200);
    expect(route.json()).toMatchObject({ customerId: parent.id, customerName: parent.name, responsibleGroupId: accountTeam });
    // The parent's route covers its consolidated child.
    expect((await staffTicket(child.id)).json()).toMatchObject({ responsibleUserId: null, responsibleGroupId: accountTeam });

    const own = await createStaffUser(t.app, { role: 'technician' });
    await admin.put(`/api/v1/ticket-types/${type.id}/routes/${child.id}`, { responsibleUserId: own.user.id, responsibleGroupId: null });
    expect((await staffTicket(child.id)).json()).toMatchObject({ responsibleUserId: own.user.id });
    expect((await admin.get(`/api/v1/ticket-types/${type.id}/routes`)).json().map((r: { customerId: string }) => r.customerId).sort()).toEqual([child.id, parent.id].sort());

    // Someone who left is skipped: the next route in line (the parent's group) takes over.
    await t.app.ctx.db.updateTable('users').set({ status: 'disabled' }).where('id', '=', own.user.id).execute();
    expect((await staffTicket(child.id)).json()).toMatchObject({ responsibleUserId: null, responsibleGroupId: accountTeam });

    // With no route and no default the ticket is unassigned; a responsible named by staff always wins.
    expect((await admin.delete(`/api/v1/ticket-types/${type.id}/routes/${child.id}`)).statusCode).toBe(204);
    expect((await admin.delete(`/api/v1/ticket-types/${type.id}/routes/${parent.id}`)).statusCode).toBe(204);
    await admin.patch(`/api/v1/ticket-types/${type.id}`, { defaultResponsibleUserId: null });
    expect((await staffTicket(child.id)).json()).toMatchObject({ responsibleUserId: null, responsibleGroupId: null });
    const named = await admin.post('/api/v1/tickets', { customerId: child.id, typeId: type.id, title: 'Named', responsibleUserId: byDefault.user.id });
    expect(named.json().responsibleUserId).toBe(byDefault.user.id);

    const audit = await t.app.ctx.db.selectFrom('audit_events').select('action').where('resource_type', '=', 'ticket_route').where('resource_id', '=', type.id).execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['ticket_route.create', 'ticket_route.create', 'ticket_route.delete', 'ticket_route.delete']);
  });

  it('lets only admins change routing, refuses unknown people, and never shows routing to portal users', async () => {
    const customer = await createCustomer(admin);
    const type = await createTicketType(admin);
    const coordinator = (await staffSession(t.app, 'coordinator')).session;
    const tech = await createStaffUser(t.app, { role: 'technician' });
    const body = { responsibleUserId: tech.user.id, responsibleGroupId: null };
    expect((await coordinator.put(`/api/v1/ticket-types/${type.id}/routes/${customer.id}`, body)).statusCode).toBe(403);
    const unknown = await admin.put(`/api/v1/ticket-types/${type.id}/routes/${customer.id}`, { responsibleUserId: '0190c7a0-0000-7000-8000-000000000000', responsibleGroupId: null });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.code).toBe('invalid_reference');
    expect((await admin.put(`/api/v1/ticket-types/${type.id}/routes/${customer.id}`, { responsibleUserId: null, responsibleGroupId: null })).statusCode).toBe(422);
    expect((await admin.patch(`/api/v1/ticket-types/${type.id}`, { defaultResponsibleGroupId: '0190c7a0-0000-7000-8000-000000000000' })).json().error.code).toBe('invalid_reference');

    await admin.patch(`/api/v1/ticket-types/${type.id}`, { defaultResponsibleUserId: tech.user.id });
    const portal = await createPortalUser(t.app, { customerId: customer.id, capabilities: { createTickets: true, ticketTypeIds: [type.id] } });
    const seen = (await portal.session.get(`/api/v1/ticket-types/${type.id}`)).json();
    expect(seen).toMatchObject({ id: type.id, defaultResponsibleUserId: null, defaultResponsibleGroupId: null });
    expect((await portal.session.get(`/api/v1/ticket-types/${type.id}/routes`)).statusCode).toBe(403);
  });

  it('audits a reassignment with the responsible before and after', async () => {
    const d = await serviceDesk();
    const ticket = await raise(d.submitter.session, d.type.id);
    const other = await createStaffUser(t.app, { role: 'technician' });
    expect((await admin.patch(`/api/v1/tickets/${ticket.id}`, { responsibleUserId: other.user.id })).statusCode).toBe(200);
    const events = await t.app.ctx.db.selectFrom('audit_events').select(['action', 'details']).where('resource_id', '=', ticket.id).where('action', '=', 'ticket.update').execute();
    expect(JSON.parse(String(events[0]!.details)).changes.responsibleUserId).toEqual({ before: d.tech.user.id, after: other.user.id });
  });
});

describe('notifications both ways', () => {
  it('tells the responsible about a new portal ticket, in their language, by mail and in the inbox', async () => {
    const d = await serviceDesk({ locale: 'de' });
    expect((await d.techSession.put('/api/v1/me/locale', { locale: 'fr' })).statusCode).toBe(400);
    expect((await d.techSession.get('/api/v1/me')).json().locale).toBe('de');
    const ticket = await raise(d.submitter.session, d.type.id, { description: 'Water on the floor' });
    expect(ticket.responsibleUserId).toBe(d.tech.user.id);

    const [mail] = await mailsTo(d.tech.user.email!);
    expect(mail).toMatchObject({ kind: 'ticket_created', subject: `Neues Ticket ${ticket.number}: Pump leaks` });
    expect(mail!.text_body).toContain(`/staff/tickets/${ticket.id}`);
    expect(mail!.html_body).toContain('Ticket öffnen');

    const inbox = await inboxOf(d.techSession);
    expect(inbox).toEqual([expect.objectContaining({ kind: 'ticket_created', ticketId: ticket.id, readAt: null })]);
    expect(inbox[0]!.data).toMatchObject({ ticketNumber: ticket.number, ticketTitle: 'Pump leaks', actorName: 'Portal user' });
    // The submitter is the actor: nothing for them.
    expect(await mailsTo((await userEmail(d.submitter.userId))!)).toEqual([]);
  });

  it('tells the members of a responsible group when no user is responsible', async () => {
    const customer = await createCustomer(admin);
    const group = await insertStaffGroup(t.app);
    const members = [await createStaffUser(t.app, { role: 'technician' }), await createStaffUser(t.app, { role: 'coordinator' })];
    for (const m of members) await t.app.ctx.db.insertInto('staff_group_members').values({ group_id: group, user_id: m.user.id }).execute();
    const type = await createTicketType(admin, { defaultResponsibleGroupId: group });
    const portal = await createPortalUser(t.app, { customerId: customer.id, capabilities: { createTickets: true, ticketTypeIds: [type.id] } });
    const ticket = await raise(portal.session, type.id);
    expect(ticket.responsibleGroupId).toBe(group);
    for (const m of members) expect((await mailsTo(m.user.email!)).map((row) => row.kind)).toEqual(['ticket_created']);
  });

  it('sends a portal comment to the responsible and a public reply to the submitter and followers, never an internal one', async () => {
    const d = await serviceDesk();
    const ticket = await raise(d.submitter.session, d.type.id);
    expect((await d.colleague.session.put(`/api/v1/tickets/${ticket.id}/follow`)).json()).toEqual({ following: true });
    expect((await d.colleague.session.get(`/api/v1/tickets/${ticket.id}/follow`)).json()).toEqual({ following: true });

    await d.submitter.session.post(`/api/v1/tickets/${ticket.id}/comments`, { body: 'It is getting worse.' });
    const techMails = await mailsTo(d.tech.user.email!);
    expect(techMails.map((m) => m.kind)).toEqual(['ticket_created', 'ticket_comment']);
    expect(techMails[1]!.text_body).toContain('It is getting worse.');
    // The colleague follows the ticket, so they hear about the submitter's comment too.
    const colleagueEmail = (await userEmail(d.colleague.userId))!;
    expect((await mailsTo(colleagueEmail)).map((m) => m.kind)).toEqual(['ticket_comment']);

    await d.techSession.post(`/api/v1/tickets/${ticket.id}/comments`, { body: 'SECRET internal: supplier is late', visibility: 'internal' });
    await d.techSession.post(`/api/v1/tickets/${ticket.id}/comments`, { body: 'A technician comes tomorrow.', visibility: 'public' });
    const submitterEmail = (await userEmail(d.submitter.userId))!;
    const submitterMails = await mailsTo(submitterEmail);
    expect(submitterMails.map((m) => m.kind)).toEqual(['ticket_comment']);
    expect(submitterMails[0]!.text_body).toContain('A technician comes tomorrow.');
    expect(submitterMails[0]!.text_body).toContain(`/portal/tickets/${ticket.id}`);

    // No portal user got the internal comment: not by mail, not in the inbox.
    const external = await t.app.ctx.db
      .selectFrom('mail_outbox')
      .innerJoin('users', 'users.id', 'mail_outbox.user_id')
      .select('mail_outbox.text_body')
      .where('users.kind', '=', 'external')
      .execute();
    expect(external.some((m) => m.text_body.includes('SECRET'))).toBe(false);
    for (const session of [d.submitter.session, d.colleague.session]) {
      expect(JSON.stringify(await inboxOf(session))).not.toContain('SECRET');
    }
  });

  it('tells the submitter about status changes and the resolution', async () => {
    const d = await serviceDesk();
    const ticket = await raise(d.submitter.session, d.type.id);
    const resolved = await ticketStatusId(admin, 'resolved');
    expect((await d.techSession.patch(`/api/v1/tickets/${ticket.id}`, { statusId: resolved })).statusCode).toBe(200);
    const [mail] = await mailsTo((await userEmail(d.submitter.userId))!);
    expect(mail).toMatchObject({ kind: 'ticket_status' });
    expect(mail!.subject).toContain(`Ticket ${ticket.number} is now Resolved`);
    const inbox = await inboxOf(d.submitter.session);
    expect(inbox[0]).toMatchObject({ kind: 'ticket_status', data: expect.objectContaining({ statusName: 'Resolved' }) });
  });

  it('stops telling a colleague who lost sight of the ticket, and hides what they were told before', async () => {
    const customer = await createCustomer(admin);
    const siteA = await createSite(admin, customer.id);
    const siteB = await createSite(admin, customer.id);
    const tech = await createStaffUser(t.app, { role: 'technician' });
    const type = await createTicketType(admin, { defaultResponsibleUserId: tech.user.id });
    const writeA = { customerId: customer.id, modes: { tickets: 'all_in_scope' as const }, capabilities: { createTickets: true, comment: true, ticketTypeIds: [type.id] } };
    const submitter = await createPortalUser(t.app, { ...writeA, sites: [{ siteId: siteA.id, level: 'write' }] });
    const colleague = await createPortalUser(t.app, { ...writeA, sites: [{ siteId: siteA.id, level: 'read' }] });
    const ticket = await raise(submitter.session, type.id, { siteId: siteA.id });
    await colleague.session.put(`/api/v1/tickets/${ticket.id}/follow`);
    const techSession = await loginAs(t.app, tech.login, tech.password);
    await techSession.post(`/api/v1/tickets/${ticket.id}/comments`, { body: 'First answer', visibility: 'public' });
    expect(await inboxOf(colleague.session)).toHaveLength(1);

    // The colleague now sees only site B.
    await t.app.ctx.db.updateTable('user_site_access').set({ site_id: siteB.id }).where('user_id', '=', colleague.userId).execute();
    await techSession.post(`/api/v1/tickets/${ticket.id}/comments`, { body: 'Second answer', visibility: 'public' });
    expect(await mailsTo((await userEmail(colleague.userId))!)).toHaveLength(1);
    expect(await inboxOf(colleague.session)).toEqual([]);
    expect((await colleague.session.get('/api/v1/notifications/unread-count')).json()).toEqual({ count: 0, capped: false });
    expect((await colleague.session.put(`/api/v1/tickets/${ticket.id}/follow`)).statusCode).toBe(404);
    // The submitter still hears.
    expect(await inboxOf(submitter.session)).toHaveLength(2);
  });
});

describe('the inbox and preferences', () => {
  it('counts unread, marks one or all read, and never lets anyone touch another user’s notification', async () => {
    const d = await serviceDesk();
    const first = await raise(d.submitter.session, d.type.id);
    await raise(d.submitter.session, d.type.id);
    expect((await d.techSession.get('/api/v1/notifications/unread-count')).json()).toEqual({ count: 2, capped: false });
    const inbox = await inboxOf(d.techSession);
    expect(inbox.map((n) => n.ticketId)[1]).toBe(first.id);

    expect((await d.submitter.session.post(`/api/v1/notifications/${inbox[0]!.id}/read`)).statusCode).toBe(404);
    expect((await d.techSession.post(`/api/v1/notifications/${inbox[0]!.id}/read`)).statusCode).toBe(204);
    expect((await d.techSession.get('/api/v1/notifications/unread-count')).json().count).toBe(1);
    expect((await d.techSession.get('/api/v1/notifications?unread=true')).json().items.map((n: { id: string }) => n.id)).toEqual([inbox[1]!.id]);
    expect((await d.techSession.post('/api/v1/notifications/read-all')).statusCode).toBe(204);
    expect((await d.techSession.get('/api/v1/notifications/unread-count')).json().count).toBe(0);
    const page = (await d.techSession.get('/api/v1/notifications?limit=1')).json();
    expect(page.items).toHaveLength(1);
    expect((await d.techSession.get(`/api/v1/notifications?limit=1&cursor=${page.nextCursor}`)).json().items[0].id).toBe(inbox[1]!.id);
    expect((await d.techSession.get('/api/v1/notifications?cursor=bogus')).statusCode).toBe(400);
  });

  // Found by the OpenAPI fuzzer on PostgreSQL: saves listing the kinds in different orders deadlocked (500).
  it('saves preferences sent at the same time in any order, the last of a repeated kind winning', async () => {
    const { session } = await staffSession(t.app, 'technician');
    const items = [{ kind: 'ticket_status', delivery: 'off' }, { kind: 'ticket_created', delivery: 'digest' }, { kind: 'ticket_comment', delivery: 'off' }];
    for (let round = 0; round < 3; round++) {
      const saves = await Promise.all([items, [...items].reverse(), items, [...items].reverse()].map((list) => session.put('/api/v1/notification-preferences', { items: list })));
      expect(saves.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
    }
    const repeated = await session.put('/api/v1/notification-preferences', { items: [{ kind: 'ticket_created', delivery: 'off' }, { kind: 'ticket_created', delivery: 'immediate' }] });
    expect(repeated.json().items).toContainEqual({ kind: 'ticket_created', delivery: 'immediate' });
  });

  it('off: inbox only; digest: one summary mail at the next digest hour', async () => {
    const d = await serviceDesk();
    const defaults = (await d.techSession.get('/api/v1/notification-preferences')).json();
    expect(defaults.items).toContainEqual({ kind: 'ticket_created', delivery: 'immediate' });
    const set = await d.techSession.put('/api/v1/notification-preferences', {
      items: [
        { kind: 'ticket_created', delivery: 'digest' },
        { kind: 'ticket_comment', delivery: 'off' },
      ],
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().items).toContainEqual({ kind: 'ticket_comment', delivery: 'off' });
    expect((await d.techSession.put('/api/v1/notification-preferences', { items: [{ kind: 'ticket_created', delivery: 'hourly' }] })).statusCode).toBe(400);

    const a = await raise(d.submitter.session, d.type.id, { title: 'Alpha' });
    await raise(d.submitter.session, d.type.id, { title: 'Beta' });
    await d.submitter.session.post(`/api/v1/tickets/${a.id}/comments`, { body: 'Any news?' });
    expect(await mailsTo(d.tech.user.email!)).toEqual([]);
    expect(await inboxOf(d.techSession)).toHaveLength(3);

    await t.app.mailWorker.runOnce();
    expect(await mailsTo(d.tech.user.email!)).toEqual([]);
    t.clock.advance(24 * 3600_000);
    await t.app.mailWorker.runOnce();
    await t.app.mailWorker.runOnce();
    const digests = await mailsTo(d.tech.user.email!);
    expect(digests.map((m) => m.kind)).toEqual(['notification_digest']);
    expect(digests[0]!.subject).toBe('Portico: 2 updates on your tickets');
    expect(digests[0]!.text_body).toMatch(/Alpha[\s\S]*Beta/);
    expect(digests[0]!.text_body).not.toContain('Any news?');
  });
});

async function userEmail(userId: string) {
  return (await t.app.ctx.db.selectFrom('users').select('email').where('id', '=', userId).executeTakeFirst())?.email;
}

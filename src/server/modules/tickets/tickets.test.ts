import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, createStaffUser, staffSession, uniqueSuffix } from '../../../../test/factories.js';
import {
  createTicket,
  createTicketType,
  externalSession,
  insertAsset,
  insertSite,
  insertStaffGroup,
  ticketStatusId,
  ticketTypeId,
} from '../../../../test/factories-tickets.js';

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

const MISSING = '0190c7a0-0000-7000-8000-000000000000';
const ids = (page: { items: { id: string }[] }) => page.items.map((i) => i.id);

describe('tickets', () => {
  it('raises a ticket with defaults, reads, updates and archives it', async () => {
    const customer = await createCustomer(admin);
    const ticket = await createTicket(admin, customer.id, { title: 'Boiler leaks', description: 'Water on the floor' });
    expect(ticket).toMatchObject({
      customerId: customer.id,
      siteId: null,
      assetId: null,
      typeKey: 'service_request',
      typeName: 'Service request',
      statusKey: 'new',
      statusName: 'New',
      statusCategory: 'open',
      title: 'Boiler leaks',
      description: 'Water on the floor',
      priority: 'normal',
      submitterUserId: adminId,
      responsibleUserId: null,
      responsibleGroupId: null,
      rating: null,
      closedAt: null,
      archivedAt: null,
    });
    expect(ticket.number).toMatch(/^T-\d{6}$/);
    expect((await admin.get(`/api/v1/tickets/${ticket.id}`)).json()).toEqual(ticket);

    const patched = await admin.patch(`/api/v1/tickets/${ticket.id}`, { title: 'Boiler leaks badly', priority: 'urgent', description: null });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ title: 'Boiler leaks badly', priority: 'urgent', description: null, number: ticket.number });

    expect((await admin.delete(`/api/v1/tickets/${ticket.id}`)).statusCode).toBe(204);
    expect((await admin.get(`/api/v1/tickets/${ticket.id}`)).json().archivedAt).not.toBeNull();
    expect(ids((await admin.get(`/api/v1/tickets?customerId=${customer.id}`)).json())).toEqual([]);
    expect(ids((await admin.get(`/api/v1/tickets?customerId=${customer.id}&includeArchived=true`)).json())).toEqual([ticket.id]);

    const events = await t.app.ctx.db.selectFrom('audit_events').select('action').where('resource_id', '=', ticket.id).orderBy('id').execute();
    expect(events.map((e) => e.action)).toEqual(['ticket.create', 'ticket.update', 'ticket.archive']);
  });

  it('validates the body: customerId required, unknown fields, enums, read-only submitter', async () => {
    const customer = await createCustomer(admin);
    const typeId = await ticketTypeId(admin, 'question');
    expect((await admin.post('/api/v1/tickets', { typeId, title: 'No customer' })).statusCode).toBe(400);
    expect((await admin.post('/api/v1/tickets', { customerId: customer.id, typeId, title: 'X', colour: 'red' })).statusCode).toBe(400);
    expect((await admin.post('/api/v1/tickets', { customerId: customer.id, typeId, title: 'X', priority: 'asap' })).statusCode).toBe(400);
    expect((await admin.post('/api/v1/tickets', { customerId: customer.id, typeId, title: 'X', submitterUserId: adminId })).statusCode).toBe(400);
    const ticket = await createTicket(admin, customer.id);
    expect((await admin.patch(`/api/v1/tickets/${ticket.id}`, { customerId: customer.id })).statusCode).toBe(400);
    const unknown = await admin.post('/api/v1/tickets', { customerId: MISSING, typeId, title: 'X' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.details).toEqual({ field: 'customerId' });
    expect((await admin.get(`/api/v1/tickets/${MISSING}`)).statusCode).toBe(404);
  });

  it('places a ticket at a site and an asset of its own customer; the site follows the asset', async () => {
    const customer = await createCustomer(admin);
    const other = await createCustomer(admin);
    const site = await insertSite(t.app, customer.id);
    const secondSite = await insertSite(t.app, customer.id);
    const asset = await insertAsset(t.app, customer.id, { siteId: site });
    const siteless = await insertAsset(t.app, customer.id);

    const ticket = await createTicket(admin, customer.id, { assetId: asset });
    expect(ticket).toMatchObject({ assetId: asset, siteId: site });
    const row = await t.app.ctx.db.selectFrom('tickets').select('root_asset_id').where('id', '=', ticket.id).executeTakeFirstOrThrow();
    expect(row.root_asset_id).toBe(asset);

    const atSite = await createTicket(admin, customer.id, { siteId: secondSite, assetId: siteless });
    expect(atSite).toMatchObject({ siteId: secondSite, assetId: siteless });

    const mismatch = await admin.post('/api/v1/tickets', { customerId: customer.id, typeId: ticket.typeId, title: 'X', siteId: secondSite, assetId: asset });
    expect(mismatch.statusCode).toBe(422);
    const foreignSite = await insertSite(t.app, other.id);
    const foreignAsset = await insertAsset(t.app, other.id);
    for (const body of [{ siteId: foreignSite }, { assetId: foreignAsset }, { siteId: MISSING }]) {
      const response = await admin.post('/api/v1/tickets', { customerId: customer.id, typeId: ticket.typeId, title: 'X', ...body });
      expect(response.statusCode).toBe(422);
      expect(response.json().error.code).toBe('invalid_reference');
    }
    expect((await admin.patch(`/api/v1/tickets/${ticket.id}`, { assetId: foreignAsset })).statusCode).toBe(422);

    // Moving to an asset elsewhere moves the site along; removing the asset keeps the site.
    const otherAsset = await insertAsset(t.app, customer.id, { siteId: secondSite });
    expect((await admin.patch(`/api/v1/tickets/${ticket.id}`, { assetId: otherAsset })).json()).toMatchObject({ assetId: otherAsset, siteId: secondSite });
    expect((await admin.patch(`/api/v1/tickets/${ticket.id}`, { assetId: null })).json()).toMatchObject({ assetId: null, siteId: secondSite });
    expect((await admin.patch(`/api/v1/tickets/${ticket.id}`, { siteId: null })).json()).toMatchObject({ siteId: null });
  });

  it('accepts a per-customer type only for its customer, and no archived type', async () => {
    const acme = await createCustomer(admin);
    const globex = await createCustomer(admin);
    const own = await createTicketType(admin, { customerId: acme.id });
    const ticket = await createTicket(admin, acme.id, { typeId: own.id });
    expect(ticket).toMatchObject({ typeId: own.id, typeKey: own.key, typeName: own.name });

    const foreign = await admin.post('/api/v1/tickets', { customerId: globex.id, typeId: own.id, title: 'X' });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().error.details).toEqual({ field: 'typeId' });
    const globexTicket = await createTicket(admin, globex.id);
    expect((await admin.patch(`/api/v1/tickets/${globexTicket.id}`, { typeId: own.id })).statusCode).toBe(422);

    const retired = await createTicketType(admin);
    await admin.delete(`/api/v1/ticket-types/${retired.id}`);
    expect((await admin.post('/api/v1/tickets', { customerId: acme.id, typeId: retired.id, title: 'X' })).statusCode).toBe(422);
  });

  it('sets closedAt when moving into a closed status, keeps it between closed ones, clears it on reopening', async () => {
    const customer = await createCustomer(admin);
    const ticket = await createTicket(admin, customer.id);
    const resolved = await ticketStatusId(admin, 'resolved');
    const closed = await ticketStatusId(admin, 'closed');
    const inProgress = await ticketStatusId(admin, 'in_progress');

    t.clock.advanceMinutes(5);
    const resolvedTicket = (await admin.patch(`/api/v1/tickets/${ticket.id}`, { statusId: resolved })).json();
    expect(resolvedTicket).toMatchObject({ statusKey: 'resolved', statusName: 'Resolved', statusCategory: 'closed' });
    expect(resolvedTicket.closedAt).toBe(t.clock.now().toISOString());

    t.clock.advanceMinutes(5);
    const closedTicket = (await admin.patch(`/api/v1/tickets/${ticket.id}`, { statusId: closed })).json();
    expect(closedTicket.closedAt).toBe(resolvedTicket.closedAt);
    expect(ids((await admin.get(`/api/v1/tickets?customerId=${customer.id}&statusCategory=closed`)).json())).toEqual([ticket.id]);

    const reopened = (await admin.patch(`/api/v1/tickets/${ticket.id}`, { statusId: inProgress })).json();
    expect(reopened).toMatchObject({ statusKey: 'in_progress', closedAt: null });

    const createdClosed = await createTicket(admin, customer.id, { statusId: closed });
    expect(createdClosed.closedAt).toBe(t.clock.now().toISOString());

    const paused = (await admin.post('/api/v1/ticket-statuses', { key: `paused_${uniqueSuffix()}`, name: 'Paused', category: 'open' })).json();
    await admin.delete(`/api/v1/ticket-statuses/${paused.id}`);
    expect((await admin.patch(`/api/v1/tickets/${ticket.id}`, { statusId: paused.id })).statusCode).toBe(422);
    expect((await admin.patch(`/api/v1/tickets/${ticket.id}`, { statusId: MISSING })).statusCode).toBe(422);
  });

  it('takes a 1–5 rating on feedback tickets only', async () => {
    const customer = await createCustomer(admin);
    const feedback = await ticketTypeId(admin, 'feedback');
    const rated = await createTicket(admin, customer.id, { typeId: feedback, rating: 5 });
    expect(rated).toMatchObject({ typeKey: 'feedback', rating: 5 });
    expect((await admin.patch(`/api/v1/tickets/${rated.id}`, { rating: 3 })).json().rating).toBe(3);
    expect((await admin.patch(`/api/v1/tickets/${rated.id}`, { rating: 6 })).statusCode).toBe(400);
    expect((await admin.patch(`/api/v1/tickets/${rated.id}`, { rating: 0 })).statusCode).toBe(400);

    const wrongType = await admin.post('/api/v1/tickets', { customerId: customer.id, typeId: await ticketTypeId(admin, 'question'), title: 'X', rating: 4 });
    expect(wrongType.statusCode).toBe(422);
    expect(wrongType.json().error.details).toEqual({ field: 'rating' });
    const plain = await createTicket(admin, customer.id);
    expect((await admin.patch(`/api/v1/tickets/${plain.id}`, { rating: 2 })).statusCode).toBe(422);
    // A rated ticket cannot silently become another type and keep its stars.
    expect((await admin.patch(`/api/v1/tickets/${rated.id}`, { typeId: plain.typeId })).statusCode).toBe(422);
    expect((await admin.patch(`/api/v1/tickets/${rated.id}`, { typeId: plain.typeId, rating: null })).statusCode).toBe(200);
  });

  it('addresses tickets to active staff users and existing staff groups only', async () => {
    const customer = await createCustomer(admin);
    const technician = await createStaffUser(t.app, { role: 'technician' });
    const disabled = await createStaffUser(t.app, { role: 'technician', status: 'disabled' });
    const portalUser = await externalSession(t.app);
    const group = await insertStaffGroup(t.app);
    const retiredGroup = await insertStaffGroup(t.app, { archived: true });

    const ticket = await createTicket(admin, customer.id, { responsibleUserId: technician.user.id, responsibleGroupId: group });
    expect(ticket).toMatchObject({ responsibleUserId: technician.user.id, responsibleGroupId: group });
    for (const body of [{ responsibleUserId: disabled.user.id }, { responsibleUserId: portalUser.userId }, { responsibleUserId: MISSING }]) {
      const response = await admin.patch(`/api/v1/tickets/${ticket.id}`, body);
      expect(response.statusCode).toBe(422);
      expect(response.json().error.details).toEqual({ field: 'responsibleUserId' });
    }
    for (const responsibleGroupId of [retiredGroup, MISSING]) {
      expect((await admin.patch(`/api/v1/tickets/${ticket.id}`, { responsibleGroupId })).statusCode).toBe(422);
    }
    expect((await admin.patch(`/api/v1/tickets/${ticket.id}`, { responsibleUserId: null, responsibleGroupId: null })).json()).toMatchObject({
      responsibleUserId: null,
      responsibleGroupId: null,
    });
  });

  it('lets every staff role work on tickets; portal users without access see none', async () => {
    const customer = await createCustomer(admin);
    const technician = (await staffSession(t.app, 'technician')).session;
    const ticket = await createTicket(technician, customer.id);
    expect((await technician.patch(`/api/v1/tickets/${ticket.id}`, { priority: 'high' })).statusCode).toBe(200);
    expect((await technician.delete(`/api/v1/tickets/${ticket.id}`)).statusCode).toBe(204);

    const other = await createTicket(admin, customer.id);
    const portal = (await externalSession(t.app)).session;
    expect((await portal.get(`/api/v1/tickets/${other.id}`)).statusCode).toBe(404);
    expect(ids((await portal.get('/api/v1/tickets')).json())).not.toContain(other.id);
    expect((await portal.patch(`/api/v1/tickets/${other.id}`, { title: 'Mine now' })).statusCode).toBe(404);
    expect((await portal.post('/api/v1/tickets', { customerId: customer.id, typeId: other.typeId, title: 'X' })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/tickets' })).statusCode).toBe(401);
  });
});

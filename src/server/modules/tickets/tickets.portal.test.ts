import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, createStaffUser, staffSession } from '../../../../test/factories.js';
import { createPortalUser } from '../../../../test/factories-portal.js';
import { createContact, createSite } from '../../../../test/factories-sites.js';
import { createTicket, createTicketType, insertAsset, insertStaffGroup, ticketStatusId, ticketTypeId } from '../../../../test/factories-tickets.js';

/**
 * SPEC §5 "External users (ticket system)": a portal user bound to a customer, with read access on some
 * sites and write access on others, a linked contact, tickets only to the configured recipients, only
 * the allowed types and statuses. Everything through the same endpoints staff use.
 */
let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = (await staffSession(t.app, 'admin')).session;
});
afterAll(() => t.close());

const MISSING = '0190c7a0-0000-7000-8000-000000000000';
const ids = (response: { json(): { items: { id: string }[] } }) => response.json().items.map((i) => i.id);

/** A customer with a read site, a write site and a site the user has no grant on, and the configured portal user. */
async function ticketWorld() {
  const customer = await createCustomer(admin);
  const other = await createCustomer(admin);
  const readSite = await createSite(admin, customer.id, { name: 'Head office' });
  const writeSite = await createSite(admin, customer.id, { name: 'Warehouse' });
  const hiddenSite = await createSite(admin, customer.id, { name: 'Plant' });
  const contact = await createContact(admin, customer.id, { siteIds: [readSite.id, writeSite.id] });
  const allowedUser = (await createStaffUser(t.app, { role: 'technician' })).user.id;
  const otherUser = (await createStaffUser(t.app, { role: 'technician' })).user.id;
  const allowedGroup = await insertStaffGroup(t.app);
  const otherGroup = await insertStaffGroup(t.app);
  const types = {
    service: await ticketTypeId(admin, 'service_request'),
    feedback: await ticketTypeId(admin, 'feedback'),
    incident: await ticketTypeId(admin, 'incident_report'),
  };
  const statuses = {
    initial: await ticketStatusId(admin, 'new'),
    resolved: await ticketStatusId(admin, 'resolved'),
    inProgress: await ticketStatusId(admin, 'in_progress'),
  };
  const portal = await createPortalUser(t.app, {
    customerId: customer.id,
    contactId: contact.id,
    modes: { tickets: 'all_in_scope', assets: 'all_in_scope' },
    sites: [
      { siteId: readSite.id, level: 'read' },
      { siteId: writeSite.id, level: 'write' },
    ],
    capabilities: {
      createTickets: true,
      ticketTypeIds: [types.service, types.feedback],
      statusIds: [statuses.resolved],
      recipientUserIds: [allowedUser],
      recipientGroupIds: [allowedGroup],
    },
  });
  return { customer, other, readSite, writeSite, hiddenSite, contact, allowedUser, otherUser, allowedGroup, otherGroup, types, statuses, portal, session: portal.session };
}

describe('portal users raise tickets within their capabilities (SPEC §5 external users)', () => {
  it('raises tickets only on sites with write access, defaulting the customer and submitter', async () => {
    const w = await ticketWorld();
    const onWrite = await w.session.post('/api/v1/tickets', { typeId: w.types.service, siteId: w.writeSite.id, title: 'Door jammed' });
    expect(onWrite.statusCode).toBe(201);
    expect(onWrite.json()).toMatchObject({
      customerId: w.customer.id,
      siteId: w.writeSite.id,
      typeId: w.types.service,
      statusId: w.statuses.initial,
      submitterUserId: w.portal.userId,
      responsibleUserId: null,
    });
    expect(ids(await w.session.get('/api/v1/tickets'))).toEqual([onWrite.json().id]);
    expect((await w.session.get(`/api/v1/tickets/${onWrite.json().id}`)).statusCode).toBe(200);

    const onRead = await w.session.post('/api/v1/tickets', { typeId: w.types.service, siteId: w.readSite.id, title: 'Leak' });
    expect(onRead.statusCode).toBe(403);
    expect(onRead.json().error.code).toBe('site_read_only');
    // With sites narrowed, a ticket without a site is not on a writable site either.
    expect((await w.session.post('/api/v1/tickets', { typeId: w.types.service, title: 'Somewhere' })).json().error.code).toBe('site_read_only');

    // A site outside the user's scope is reported exactly like a nonexistent one.
    const hidden = await w.session.post('/api/v1/tickets', { typeId: w.types.service, siteId: w.hiddenSite.id, title: 'X' });
    const missing = await w.session.post('/api/v1/tickets', { typeId: w.types.service, siteId: MISSING, title: 'X' });
    expect(hidden.statusCode).toBe(422);
    expect(hidden.json().error).toMatchObject({ code: 'invalid_reference', message: missing.json().error.message });

    // Nothing was written by the refused requests.
    const rows = await t.app.ctx.db.selectFrom('tickets').select('id').where('customer_id', '=', w.customer.id).execute();
    expect(rows.map((r) => r.id)).toEqual([onWrite.json().id]);
  });

  it('places tickets on visible assets only; an invisible asset is a 422 like a nonexistent one', async () => {
    const w = await ticketWorld();
    const writeAsset = await insertAsset(t.app, w.customer.id, { siteId: w.writeSite.id });
    const readAsset = await insertAsset(t.app, w.customer.id, { siteId: w.readSite.id });
    const hiddenAsset = await insertAsset(t.app, w.customer.id, { siteId: w.hiddenSite.id });
    const foreignAsset = await insertAsset(t.app, w.other.id);

    const onAsset = await w.session.post('/api/v1/tickets', { typeId: w.types.service, assetId: writeAsset, title: 'Boiler noisy' });
    expect(onAsset.statusCode).toBe(201);
    expect(onAsset.json()).toMatchObject({ assetId: writeAsset, siteId: w.writeSite.id });

    expect((await w.session.post('/api/v1/tickets', { typeId: w.types.service, assetId: readAsset, title: 'X' })).json().error.code).toBe('site_read_only');

    const missing = (await w.session.post('/api/v1/tickets', { typeId: w.types.service, assetId: MISSING, title: 'X' })).json().error;
    for (const assetId of [hiddenAsset, foreignAsset]) {
      const response = await w.session.post('/api/v1/tickets', { typeId: w.types.service, assetId, title: 'X' });
      expect(response.statusCode, assetId).toBe(422);
      expect(response.json().error).toEqual({ ...missing, requestId: response.json().error.requestId });
    }
  });

  it('creates only the allowed types, for their own customers, addressed only to the configured recipients', async () => {
    const w = await ticketWorld();
    const post = (body: Record<string, unknown>) => w.session.post('/api/v1/tickets', { typeId: w.types.service, siteId: w.writeSite.id, title: 'Request', ...body });

    const wrongType = await post({ typeId: w.types.incident });
    expect(wrongType.statusCode).toBe(403);
    expect(wrongType.json().error.code).toBe('ticket_type_not_allowed');
    // Another customer's own type does not exist for this customer, even when (mis)configured as allowed.
    const foreignType = await createTicketType(admin, { customerId: w.other.id });
    expect((await post({ typeId: foreignType.id })).json().error.code).toBe('invalid_reference');

    for (const body of [{ responsibleUserId: w.otherUser }, { responsibleGroupId: w.otherGroup }, { responsibleUserId: MISSING }]) {
      const response = await post(body);
      expect(response.statusCode, JSON.stringify(body)).toBe(403);
      expect(response.json().error.code).toBe('recipient_not_allowed');
    }
    const toUser = await post({ responsibleUserId: w.allowedUser });
    expect(toUser.statusCode).toBe(201);
    expect(toUser.json().responsibleUserId).toBe(w.allowedUser);
    const toGroup = await post({ responsibleGroupId: w.allowedGroup });
    expect(toGroup.statusCode).toBe(201);
    expect(toGroup.json().responsibleGroupId).toBe(w.allowedGroup);

    const foreignCustomer = await post({ customerId: w.other.id, siteId: undefined });
    expect(foreignCustomer.statusCode).toBe(422);
    expect(foreignCustomer.json().error.code).toBe('invalid_reference');
    expect((await post({ customerId: w.customer.id })).statusCode).toBe(201);

    // Starting in a status other than the initial one is setting a status.
    expect((await post({ statusId: w.statuses.inProgress })).json().error.code).toBe('status_not_allowed');
    expect((await post({ statusId: w.statuses.resolved })).json().statusId).toBe(w.statuses.resolved);
  });

  it('accepts feedback with a rating, and rates only feedback', async () => {
    const w = await ticketWorld();
    const feedback = await w.session.post('/api/v1/tickets', { typeId: w.types.feedback, siteId: w.writeSite.id, title: 'Great visit', rating: 5 });
    expect(feedback.statusCode).toBe(201);
    expect(feedback.json()).toMatchObject({ typeKey: 'feedback', rating: 5, submitterUserId: w.portal.userId });
    const rated = await w.session.post('/api/v1/tickets', { typeId: w.types.service, siteId: w.writeSite.id, title: 'X', rating: 3 });
    expect(rated.statusCode).toBe(422);
  });

  it('sets only the allowed statuses, on writable sites, and changes nothing else', async () => {
    const w = await ticketWorld();
    const own = (await w.session.post('/api/v1/tickets', { typeId: w.types.service, siteId: w.writeSite.id, title: 'Mine' })).json();

    const resolved = await w.session.patch(`/api/v1/tickets/${own.id}`, { statusId: w.statuses.resolved });
    expect(resolved.statusCode).toBe(200);
    expect(resolved.json()).toMatchObject({ statusId: w.statuses.resolved, statusCategory: 'closed' });
    expect(resolved.json().closedAt).not.toBeNull();

    const other = await w.session.patch(`/api/v1/tickets/${own.id}`, { statusId: w.statuses.inProgress });
    expect(other.statusCode).toBe(403);
    expect(other.json().error.code).toBe('status_not_allowed');
    for (const body of [{ title: 'Renamed' }, { statusId: w.statuses.resolved, priority: 'urgent' }, { responsibleUserId: w.allowedUser }, { rating: null }]) {
      const response = await w.session.patch(`/api/v1/tickets/${own.id}`, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(403);
      expect(response.json().error.code).toBe('field_not_allowed');
    }
    expect((await admin.get(`/api/v1/tickets/${own.id}`)).json()).toMatchObject({ title: 'Mine', priority: 'normal', statusId: w.statuses.resolved });

    // A staff ticket on the read site is visible (all-in-scope) but read-only; one on an unseen site does not exist.
    const onRead = await createTicket(admin, w.customer.id, { siteId: w.readSite.id });
    expect((await w.session.get(`/api/v1/tickets/${onRead.id}`)).statusCode).toBe(200);
    expect((await w.session.patch(`/api/v1/tickets/${onRead.id}`, { statusId: w.statuses.resolved })).json().error.code).toBe('site_read_only');
    const onHidden = await createTicket(admin, w.customer.id, { siteId: w.hiddenSite.id });
    expect((await w.session.patch(`/api/v1/tickets/${onHidden.id}`, { statusId: w.statuses.resolved })).statusCode).toBe(404);
    expect((await w.session.get(`/api/v1/tickets/${onHidden.id}`)).statusCode).toBe(404);

    // Archiving stays with the back office.
    expect((await w.session.delete(`/api/v1/tickets/${own.id}`)).statusCode).toBe(403);
  });

  it('comments publicly on tickets of writable sites only', async () => {
    const w = await ticketWorld();
    const own = (await w.session.post('/api/v1/tickets', { typeId: w.types.service, siteId: w.writeSite.id, title: 'Mine' })).json();
    const comment = await w.session.post(`/api/v1/tickets/${own.id}/comments`, { body: 'Any news?' });
    expect(comment.statusCode).toBe(201);
    expect(comment.json()).toMatchObject({ visibility: 'public', authorUserId: w.portal.userId });
    expect((await w.session.post(`/api/v1/tickets/${own.id}/comments`, { body: 'Psst', visibility: 'internal' })).statusCode).toBe(403);

    const onRead = await createTicket(admin, w.customer.id, { siteId: w.readSite.id });
    const readOnly = await w.session.post(`/api/v1/tickets/${onRead.id}/comments`, { body: 'Hello' });
    expect(readOnly.statusCode).toBe(403);
    expect(readOnly.json().error.code).toBe('site_read_only');

    // A viewer who may not raise tickets may not comment either.
    const viewer = await createPortalUser(t.app, { customerId: w.customer.id, modes: { tickets: 'all_in_scope' } });
    expect((await viewer.session.post(`/api/v1/tickets/${own.id}/comments`, { body: 'Me too' })).statusCode).toBe(403);
  });

  it('refuses users without the capability, and asks a consolidated login which customer', async () => {
    const w = await ticketWorld();
    const viewer = await createPortalUser(t.app, { customerId: w.customer.id, capabilities: { ticketTypeIds: [w.types.service] } });
    const refused = await viewer.session.post('/api/v1/tickets', { typeId: w.types.service, title: 'X' });
    expect(refused.statusCode).toBe(403);

    // Without narrowed sites every site of the customer (and the customer itself) is writable.
    const unrestricted = await createPortalUser(t.app, { customerId: w.customer.id, capabilities: { createTickets: true, ticketTypeIds: [w.types.service] } });
    const noSite = await unrestricted.session.post('/api/v1/tickets', { typeId: w.types.service, title: 'General question' });
    expect(noSite.statusCode).toBe(201);
    expect(noSite.json()).toMatchObject({ customerId: w.customer.id, siteId: null });

    const group = await createCustomer(admin);
    const branch = await createCustomer(admin, { parentId: group.id });
    const consolidated = await createPortalUser(t.app, { customerId: group.id, capabilities: { createTickets: true, ticketTypeIds: [w.types.service] } });
    expect((await consolidated.session.post('/api/v1/tickets', { typeId: w.types.service, title: 'X' })).statusCode).toBe(400);
    const forBranch = await consolidated.session.post('/api/v1/tickets', { customerId: branch.id, typeId: w.types.service, title: 'X' });
    expect(forBranch.statusCode).toBe(201);
    expect(forBranch.json().customerId).toBe(branch.id);

    // A customer whose tickets area is off: the ticket would vanish from its own submitter's view.
    await admin.patch(`/api/v1/customers/${w.customer.id}`, { portalAreas: ['assets'] });
    const areaOff = await unrestricted.session.post('/api/v1/tickets', { typeId: w.types.service, title: 'X' });
    expect(areaOff.statusCode).toBe(403);
    expect(areaOff.json().error.code).toBe('area_disabled');
  });
});

describe('ticket types and statuses for portal users', () => {
  it('lists only the types the user may create, global or of their own customers', async () => {
    const w = await ticketWorld();
    const ownType = await createTicketType(admin, { customerId: w.customer.id });
    const foreignType = await createTicketType(admin, { customerId: w.other.id });
    const user = await createPortalUser(t.app, {
      customerId: w.customer.id,
      capabilities: { createTickets: true, ticketTypeIds: [w.types.service, ownType.id, foreignType.id] },
    });
    expect(ids(await user.session.get('/api/v1/ticket-types?limit=200')).sort()).toEqual([w.types.service, ownType.id].sort());
    expect((await user.session.get(`/api/v1/ticket-types/${ownType.id}`)).statusCode).toBe(200);
    for (const id of [w.types.incident, foreignType.id]) expect((await user.session.get(`/api/v1/ticket-types/${id}`)).statusCode, id).toBe(404);
    expect((await user.session.post('/api/v1/ticket-types', { key: 'mine', name: 'Mine' })).statusCode).toBe(403);

    // Without the capability no type is offered at all.
    const viewer = await createPortalUser(t.app, { customerId: w.customer.id, capabilities: { ticketTypeIds: [w.types.service] } });
    expect(ids(await viewer.session.get('/api/v1/ticket-types'))).toEqual([]);
  });

  it('lists every status (tickets carry them) but lets only staff change the workflow', async () => {
    const w = await ticketWorld();
    const statuses = await w.session.get('/api/v1/ticket-statuses?limit=200');
    expect(statuses.statusCode).toBe(200);
    expect(statuses.json().items.map((s: { key: string }) => s.key)).toEqual(expect.arrayContaining(['new', 'in_progress', 'resolved', 'closed']));
    expect((await w.session.get(`/api/v1/ticket-statuses/${w.statuses.inProgress}`)).statusCode).toBe(200);
    expect((await w.session.post('/api/v1/ticket-statuses', { key: 'mine', name: 'Mine', category: 'open' })).statusCode).toBe(403);
    expect((await w.session.patch(`/api/v1/ticket-statuses/${w.statuses.resolved}`, { name: 'Done' })).statusCode).toBe(403);
  });
});

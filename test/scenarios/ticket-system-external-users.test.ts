/**
 * Seed 003 — External users of a ticket system (SPEC §5): an external user bound to a customer address
 * (site), with read permission on some addresses and write permission on others, linked to a contact
 * person; their tickets may only be sent to the responsible staff users and groups configured for them;
 * only the allowed ticket types can be created and only the allowed statuses can be set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../helpers.js';
import {
  API,
  created,
  expectForbidden,
  expectHidden,
  expectListExactly,
  inviteAndActivate,
  openStory,
  read,
  setAccess,
  sorted,
  staffMember,
  ticketStatusId,
  ticketTypeId,
  uniqueSuffix,
  type Json,
  type PortalUser,
  type Story,
} from './story-kit.js';

describe('Ticket system: an external user with read and write permission on different addresses', () => {
  let s: Story;
  let admin: Session;
  const w: Record<string, Json> = {};
  let karl: PortalUser;
  const raised: string[] = [];

  beforeAll(async () => {
    s = await openStory();
    admin = s.admin;
    w.customer = await created(admin, `${API}/customers`, { name: 'Stadtwerke Nord' });
    w.other = await created(admin, `${API}/customers`, { name: 'Stadtwerke Süd' });
    const site = (customerId: string, name: string) => created(admin, `${API}/sites`, { customerId, name, kind: 'address' });
    w.main = await site(w.customer.id, 'Hauptstraße 1');
    w.depot = await site(w.customer.id, 'Depot Nord');
    w.plant = await site(w.customer.id, 'Wasserwerk');
    w.office = await site(w.customer.id, 'Verwaltung');
    w.otherSite = await site(w.other.id, 'Südhafen');

    // The people tickets may be sent to.
    w.sam = await staffMember(admin, 'Sam Support');
    w.tina = await staffMember(admin, 'Tina Sales');
    w.support = await created(admin, `${API}/staff-groups`, { name: `Support ${uniqueSuffix()}`, memberIds: [w.sam.id] });
    w.service = await created(admin, `${API}/staff-groups`, { name: `Service ${uniqueSuffix()}` });

    // A ticket type of this customer only.
    w.meterType = await created(admin, `${API}/ticket-types`, { key: `meter-reading-${uniqueSuffix()}`, name: 'Meter reading', customerId: w.customer.id });
    w.types = {
      service: await ticketTypeId(admin, 'service_request'),
      incident: await ticketTypeId(admin, 'incident_report'),
      question: await ticketTypeId(admin, 'question'),
    };
    w.statuses = {
      new: await ticketStatusId(admin, 'new'),
      inProgress: await ticketStatusId(admin, 'in_progress'),
      waiting: await ticketStatusId(admin, 'waiting_for_customer'),
      resolved: await ticketStatusId(admin, 'resolved'),
      closed: await ticketStatusId(admin, 'closed'),
    };

    // Tickets the office raised at each address.
    const ticket = (siteId: string, title: string, customerId = w.customer.id) => created(admin, `${API}/tickets`, { customerId, siteId, typeId: w.types.incident, title });
    w.depotTicket = await ticket(w.depot.id, 'Depot gate broken');
    w.plantTicket = await ticket(w.plant.id, 'Pump noise');
    w.officeTicket = await ticket(w.office.id, 'Office heating');
    w.otherTicket = await ticket(w.otherSite.id, 'Harbour crane', w.other.id);
  });
  afterAll(() => s.close());

  it('staff create the external user bound to the customer address, with read and write addresses and the linked contact person', async () => {
    w.contact = await created(admin, `${API}/contacts`, { customerId: w.customer.id, name: 'Karl Kunde', email: `karl-${uniqueSuffix()}@stadtwerke.test`, phone: '+49 40 1234', siteIds: [w.main.id] });
    karl = await inviteAndActivate(s, {
      email: w.contact.email,
      displayName: 'Karl Kunde',
      customerId: w.customer.id,
      contactId: w.contact.id,
      roleTemplate: 'customer',
      sites: [
        { siteId: w.main.id, level: 'write' },
        { siteId: w.depot.id, level: 'read' },
        { siteId: w.plant.id, level: 'write' },
      ],
    });

    const access = await setAccess(admin, karl.userId, {
      modes: { tickets: 'all_in_scope' },
      capabilities: {
        createTickets: true,
        ticketTypeIds: [w.types.service, w.meterType.id],
        statusIds: [w.statuses.waiting, w.statuses.resolved],
        recipientUserIds: [w.sam.id],
        recipientGroupIds: [w.support.id],
      },
    });
    expect(access.sitesRestricted).toBe(true);
    expect(sorted(access.sites.map((x: Json) => `${x.siteId}:${x.level}`))).toEqual(sorted([`${w.main.id}:write`, `${w.depot.id}:read`, `${w.plant.id}:write`]));
    expect(access.capabilities).toMatchObject({ createTickets: true, recipientUserIds: [w.sam.id], recipientGroupIds: [w.support.id] });
    expect(await read(admin, `${API}/users/${karl.userId}/access`)).toEqual(access);

    const me = await read(karl.session, `${API}/me`);
    expect(me.customerId).toBe(w.customer.id);
    expect(sorted(me.portal.writableSiteIds)).toEqual(sorted([w.main.id, w.plant.id]));
    await expectListExactly(karl.session, `${API}/contacts`, [w.contact.id]);
    expect((await read(karl.session, `${API}/users/${karl.userId}`)).contactId).toBe(w.contact.id);
  });

  it('they see the addresses they may read or write and the tickets there — no other address of the customer, no other customer', async () => {
    await expectListExactly(karl.session, `${API}/sites`, [w.main.id, w.depot.id, w.plant.id]);
    await expectHidden(karl.session, `${API}/sites`, w.office.id);
    await expectListExactly(karl.session, `${API}/tickets`, [w.depotTicket.id, w.plantTicket.id]);
    await expectHidden(karl.session, `${API}/tickets`, w.officeTicket.id);
    await expectHidden(karl.session, `${API}/tickets`, w.otherTicket.id);
    await expectListExactly(karl.session, `${API}/tickets?siteId=${w.depot.id}`, [w.depotTicket.id]);
    await expectListExactly(karl.session, `${API}/tickets?siteId=${w.office.id}`, []);
  });

  it('on a write address they raise an allowed ticket type, addressed to a configured person or group', async () => {
    const toGroup = await karl.session.post(`${API}/tickets`, { customerId: w.customer.id, siteId: w.plant.id, typeId: w.types.service, title: 'Leak at pump 2', responsibleGroupId: w.support.id });
    expect(toGroup.statusCode, toGroup.body).toBe(201);
    expect(toGroup.json()).toMatchObject({ submitterUserId: karl.userId, responsibleGroupId: w.support.id, siteId: w.plant.id, statusKey: 'new' });
    const toSam = await karl.session.post(`${API}/tickets`, { customerId: w.customer.id, siteId: w.main.id, typeId: w.meterType.id, title: 'Meter 4711: 1234 kWh', responsibleUserId: w.sam.id });
    expect(toSam.statusCode, toSam.body).toBe(201);
    expect(toSam.json()).toMatchObject({ responsibleUserId: w.sam.id, typeId: w.meterType.id });
    raised.push(toGroup.json().id, toSam.json().id);
    await expectListExactly(karl.session, `${API}/tickets`, [w.depotTicket.id, w.plantTicket.id, ...raised]);
  });

  it('tickets may only be sent to the responsible users and groups configured for them', async () => {
    const attempt = (body: object) => karl.session.post(`${API}/tickets`, { customerId: w.customer.id, siteId: w.plant.id, typeId: w.types.service, title: 'Where does this go?', ...body });
    expectForbidden(await attempt({ responsibleUserId: w.tina.id }), 'recipient_not_allowed');
    expectForbidden(await attempt({ responsibleGroupId: w.service.id }), 'recipient_not_allowed');
    expectForbidden(await attempt({ responsibleUserId: s.adminUserId }), 'recipient_not_allowed');
  });

  it('only the allowed ticket types can be created', async () => {
    const attempt = (typeId: string) => karl.session.post(`${API}/tickets`, { customerId: w.customer.id, siteId: w.plant.id, typeId, title: 'Some ticket' });
    expectForbidden(await attempt(w.types.question), 'ticket_type_not_allowed');
    expectForbidden(await attempt(w.types.incident), 'ticket_type_not_allowed');
  });

  it('read permission on an address is not write permission: no tickets there, nor at addresses out of reach', async () => {
    const attempt = (siteId: string, customerId = w.customer.id) => karl.session.post(`${API}/tickets`, { customerId, siteId, typeId: w.types.service, title: 'Gate stuck' });
    expectForbidden(await attempt(w.depot.id), 'site_read_only');
    for (const response of [await attempt(w.office.id), await attempt(w.otherSite.id, w.other.id)]) {
      expect([403, 422], response.body).toContain(response.statusCode);
    }
    await expectListExactly(karl.session, `${API}/tickets`, [w.depotTicket.id, w.plantTicket.id, ...raised]);
  });

  it('only the allowed statuses can be set, only on write addresses, and nothing else of a ticket changes', async () => {
    const resolve = await karl.session.patch(`${API}/tickets/${w.plantTicket.id}`, { statusId: w.statuses.resolved });
    expect(resolve.statusCode, resolve.body).toBe(200);
    expect(resolve.json()).toMatchObject({ statusKey: 'resolved', statusCategory: 'closed' });
    expect(resolve.json().closedAt).not.toBeNull();

    expectForbidden(await karl.session.patch(`${API}/tickets/${w.plantTicket.id}`, { statusId: w.statuses.inProgress }), 'status_not_allowed');
    expectForbidden(await karl.session.patch(`${API}/tickets/${w.plantTicket.id}`, { statusId: w.statuses.closed }), 'status_not_allowed');
    expectForbidden(await karl.session.patch(`${API}/tickets/${w.depotTicket.id}`, { statusId: w.statuses.resolved }), 'site_read_only');
    expectForbidden(await karl.session.patch(`${API}/tickets/${w.plantTicket.id}`, { title: 'Renamed by customer' }));
    expectForbidden(await karl.session.patch(`${API}/tickets/${w.plantTicket.id}`, { responsibleUserId: w.tina.id }));
    expect((await karl.session.patch(`${API}/tickets/${w.officeTicket.id}`, { statusId: w.statuses.resolved })).statusCode).toBe(404);

    const depot = await read(admin, `${API}/tickets/${w.depotTicket.id}`);
    expect(depot.statusKey).toBe('new');
    expect((await read(admin, `${API}/tickets/${w.plantTicket.id}`)).title).toBe('Pump noise');
    expect((await read(admin, `${API}/tickets/${w.officeTicket.id}`)).statusKey).toBe('new');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, staffSession } from '../../../../test/factories.js';
import { createAsset } from '../../../../test/factories-assets.js';
import { createPortalUser } from '../../../../test/factories-portal.js';
import { createProject } from '../../../../test/factories-projects.js';
import { createTicket } from '../../../../test/factories-tickets.js';

/** Issue #13: the audit log names its records, actors and customers, and refuses filter values it does not know. */
let t: TestApp;
let admin: Session;
let adminName: string;
let statements = 0;
beforeAll(async () => {
  t = await buildTestApp({}, { log: (event) => { if (event.level === 'query') statements++; } });
  const signedIn = await staffSession(t.app, 'admin');
  admin = signedIn.session;
  adminName = (await admin.get('/api/v1/me')).json().displayName as string;
});
afterAll(() => t.close());

interface Named { type: string; id: string; name: string | null; parent: { type: string; id: string } | null }
interface Event { action: string; actorName: string | null; customerName: string | null; record: Named | null; grantedRecord: Named | null }

async function eventsOf(query: string): Promise<Event[]> {
  const response = await admin.get(`/api/v1/audit-events?${query}`);
  expect(response.statusCode).toBe(200);
  return response.json().items as Event[];
}

describe('audit log names', () => {
  it('names the record, the actor and the customer of each event, and for a grant the granted record', async () => {
    const customer = await createCustomer(admin, { name: 'Named Customer' });
    const asset = await createAsset(admin, { customerId: customer.id, name: 'Boiler 7' });
    const ticket = (await createTicket(admin, customer.id, { title: 'Leaking valve' })) as { id: string; number: string };
    const portal = await createPortalUser(t.app, { customerId: customer.id });
    expect((await admin.post(`/api/v1/users/${portal.userId}/grants`, { resourceType: 'asset', resourceId: asset.id, kind: 'visible', notify: false })).statusCode).toBe(201);

    const events = await eventsOf(`customerId=${customer.id}`);
    const byAction = (action: string) => events.find((e) => e.action === action)!;
    expect(byAction('asset.create')).toMatchObject({ actorName: adminName, customerName: 'Named Customer', record: { type: 'asset', id: asset.id, name: 'Boiler 7' }, grantedRecord: null });
    expect(byAction('ticket.create').record).toEqual({ type: 'ticket', id: ticket.id, name: `${ticket.number} Leaking valve`, parent: null });
    expect(byAction('customer.create').record).toEqual({ type: 'customer', id: customer.id, name: 'Named Customer', parent: null });
    expect(byAction('access.grant_added')).toMatchObject({
      record: { type: 'user', id: portal.userId, name: 'Portal user' },
      grantedRecord: { type: 'asset', id: asset.id, name: 'Boiler 7' },
    });

    // One query per table for the whole page, however many rows name the same table.
    for (let i = 0; i < 5; i++) await admin.patch(`/api/v1/assets/${asset.id}`, { name: `Boiler 7.${i}` });
    statements = 0;
    const page = await eventsOf(`customerId=${customer.id}&resourceType=asset`);
    expect(page).toHaveLength(6);
    expect(page.every((e) => e.record?.name === 'Boiler 7.4')).toBe(true);
    // The session, the page, then assets, users and customers.
    expect(statements).toBeLessThanOrEqual(5);
  });

  it('gives a record that no longer exists a null name, and the single event the same names as the list', async () => {
    const customer = await createCustomer(admin);
    const project = (await createProject(admin, customer.id)) as { id: string };
    const task = (await admin.post(`/api/v1/projects/${project.id}/tasks`, { title: 'Mount cameras' })).json() as { id: string };
    expect((await admin.delete(`/api/v1/projects/${project.id}/tasks/${task.id}`)).statusCode).toBe(204);

    const events = await eventsOf(`resourceType=project_task&resourceId=${task.id}`);
    expect(events.map((e) => e.action)).toEqual(['project_task.delete', 'project_task.create']);
    expect(events.map((e) => e.record)).toEqual([
      { type: 'project_task', id: task.id, name: null, parent: null },
      { type: 'project_task', id: task.id, name: null, parent: null },
    ]);
    // A part of a record that still exists names the record whose page shows it.
    const kept = (await admin.post(`/api/v1/projects/${project.id}/tasks`, { title: 'Pull cables' })).json() as { id: string };
    const [created] = await eventsOf(`resourceType=project_task&resourceId=${kept.id}`);
    expect(created!.record).toEqual({ type: 'project_task', id: kept.id, name: 'Pull cables', parent: { type: 'project', id: project.id } });
    const [newest] = (await admin.get(`/api/v1/audit-events?resourceType=project_task&resourceId=${task.id}`)).json().items as { id: string }[];
    expect((await admin.get(`/api/v1/audit-events/${newest!.id}`)).json()).toMatchObject({ record: { name: null }, actorName: adminName });
  });

  it('answers 400 naming the parameter for an action or record type it does not know, not an empty list', async () => {
    for (const [parameter, value] of [['action', 'access.granted'], ['resourceType', 'widget']] as const) {
      const response = await admin.get(`/api/v1/audit-events?${parameter}=${value}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({ code: 'validation_failed', message: expect.stringContaining(parameter) });
    }
    expect((await admin.get('/api/v1/audit-events?action=access.grant_added&resourceType=user')).statusCode).toBe(200);
  });
});

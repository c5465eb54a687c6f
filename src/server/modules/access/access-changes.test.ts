import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, staffSession, uniqueSuffix } from '../../../../test/factories.js';
import { createPortalUser } from '../../../../test/factories-portal.js';
import { createAsset } from '../../../../test/factories-assets.js';
import { newId } from '../../db/ids.js';

/**
 * Issue #13, the customer-admin console: a customer admin follows the access changes of the colleagues
 * they manage (invitations, access, grants), by whom and when; never another customer's, never a
 * colleague beyond their own access, never the stored configurations, addresses or request ids.
 */
let t: TestApp;
let staff: Session;
beforeAll(async () => {
  t = await buildTestApp();
  staff = (await staffSession(t.app, 'coordinator')).session;
});
afterAll(() => t.close());

interface Change {
  action: string;
  user: { id: string; displayName: string };
  actor: { kind: string; displayName: string } | null;
  record: { type: string; id: string; name: string | null } | null;
}

async function changes(session: Session, query = ''): Promise<Change[]> {
  const response = await session.get(`/api/v1/access-changes${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items;
}

async function world() {
  const customer = await createCustomer(staff);
  const site = (await staff.post('/api/v1/sites', { customerId: customer.id, name: 'Main' })).json();
  const other = (await staff.post('/api/v1/sites', { customerId: customer.id, name: 'Other' })).json();
  const admin = await createPortalUser(t.app, {
    customerId: customer.id,
    sites: [{ siteId: site.id, level: 'write' }],
    modes: { assets: 'all_in_scope', tickets: 'all_in_scope', projects: 'all_in_scope', orders: 'all_in_scope' },
    capabilities: { customerAdmin: true },
  });
  const invite = async (name: string, sites: object[]) =>
    (await staff.post('/api/v1/users/invitations', { email: `c-${uniqueSuffix()}@customer.test`, displayName: name, customerId: customer.id, roleTemplate: 'view_only', sites })).json().items[0].id as string;
  return { customer, site, other, admin, invite };
}

describe('access changes for the customer-admin console', () => {
  it("lists a colleague's invitation, access change and grant, newest first, with who did it", async () => {
    const { customer, site, admin, invite } = await world();
    const colleague = await invite('Cleo Colleague', [{ siteId: site.id, level: 'read' }]);
    expect((await staff.put(`/api/v1/users/${colleague}/access`, { modes: { tickets: 'own' } })).statusCode).toBe(200);
    const asset = await createAsset(staff, { customerId: customer.id, siteId: site.id, name: 'Chiller 7' });
    expect((await staff.post(`/api/v1/users/${colleague}/grants`, { resourceType: 'asset', resourceId: asset.id, kind: 'visible' })).statusCode).toBe(201);

    const seen = await changes(admin.session);
    expect(seen.map((c) => c.action)).toEqual(['access.grant_added', 'access.updated', 'user.invited']);
    // An activation (which names no customer) counts too.
    const selfInvited = await createPortalUser(t.app, { customerId: customer.id, sites: [{ siteId: site.id, level: 'read' }] });
    await t.app.ctx.db.insertInto('audit_events').values({ id: newId(), occurred_at: new Date().toISOString(), actor_user_id: selfInvited.userId, customer_id: null, action: 'user.activated', resource_type: 'user', resource_id: selfInvited.userId, details: null, ip: null, request_id: null }).execute();
    expect((await changes(admin.session, `?userId=${selfInvited.userId}`)).map((c) => c.action)).toEqual(['user.activated']);
    expect(seen.every((c) => c.user.id === colleague && c.user.displayName === 'Cleo Colleague')).toBe(true);
    expect(seen[0]!.actor).toEqual({ kind: 'staff', displayName: expect.any(String) });
    expect(seen[0]!.record).toEqual({ type: 'asset', id: asset.id, name: 'Chiller 7' });
    // What the change was stays in the back office: no configurations, addresses or request ids.
    const raw = (await admin.session.get('/api/v1/access-changes')).json().items[0];
    expect(Object.keys(raw).sort()).toEqual(['action', 'actor', 'id', 'occurredAt', 'record', 'user']);

    // The admin's own change shows with the admin as the actor; one colleague's changes alone by userId.
    expect((await admin.session.put(`/api/v1/users/${colleague}/access`, { modes: { tickets: 'all_in_scope' } })).statusCode).toBe(200);
    const mine = await changes(admin.session, `?userId=${colleague}&limit=1`);
    expect(mine).toEqual([expect.objectContaining({ action: 'access.updated', actor: { kind: 'external', displayName: 'Portal user' } })]);
  });

  it('shows nothing of another customer or of a colleague beyond the admin’s own access', async () => {
    const { other, admin, invite } = await world();
    const beyond = await invite('Bea Beyond', [{ siteId: other.id, level: 'read' }]);
    const elsewhere = await world();
    const foreign = await elsewhere.invite('Fred Foreign', [{ siteId: elsewhere.site.id, level: 'read' }]);
    expect(await changes(admin.session)).toEqual([]);
    expect(await changes(admin.session, `?userId=${beyond}`)).toEqual([]);
    expect(await changes(admin.session, `?userId=${foreign}`)).toEqual([]);
    // Staff see them all, and narrow to one customer.
    expect((await changes(staff, `?customerId=${elsewhere.customer.id}`)).map((c) => c.user.id)).toEqual([foreign]);
  });

  it('is for customer admins and staff who manage portal access only', async () => {
    const { customer, admin } = await world();
    const plain = await createPortalUser(t.app, { customerId: customer.id });
    expect((await plain.session.get('/api/v1/access-changes')).statusCode).toBe(403);
    const technician = (await staffSession(t.app, 'technician')).session;
    expect((await technician.get('/api/v1/access-changes')).statusCode).toBe(403);
    expect((await admin.session.get('/api/v1/access-changes?limit=0')).statusCode).toBe(400);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, staffSession } from '../../../../test/factories.js';
import { createPortalUser } from '../../../../test/factories-portal.js';
import { createContact, createSite } from '../../../../test/factories-sites.js';

/**
 * Portal users' access facts are cached per process under the access epoch (migration 014). Every change
 * below is made in plain SQL, the way no service function would: the triggers, not the code paths that
 * usually make such changes, must move the epoch, or the next request would answer from stale facts.
 */
let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = (await staffSession(t.app, 'admin')).session;
});
afterAll(() => t.close());

async function visibleAssetNames(session: Session): Promise<string[]> {
  const response = await session.get('/api/v1/assets?limit=200');
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { items: { name: string }[] }).items.map((a) => a.name).sort();
}

async function siteOf(customerId: string, name: string, parentId?: string): Promise<string> {
  return (await createSite(admin, customerId, { name, ...(parentId ? { parentId } : {}) })).id;
}

async function createAsset(customerId: string, name: string, siteId?: string): Promise<void> {
  const response = await admin.post('/api/v1/assets', { customerId, name, ...(siteId ? { siteId } : {}) });
  expect(response.statusCode, response.body).toBe(201);
}

const db = () => t.app.ctx.db;

describe('cached access facts', () => {
  it("follow the user's own access row and site grants", async () => {
    const customer = await createCustomer(admin);
    const north = await siteOf(customer.id, 'North');
    const south = await siteOf(customer.id, 'South');
    await createAsset(customer.id, 'North pump', north);
    await createAsset(customer.id, 'South pump', south);
    const { userId, session } = await createPortalUser(t.app, { customerId: customer.id, modes: { assets: 'all_in_scope' }, sites: [{ siteId: north, level: 'read' }] });
    expect(await visibleAssetNames(session)).toEqual(['North pump']);

    await db().insertInto('user_site_access').values({ user_id: userId, site_id: south, level: 'read' }).execute();
    expect(await visibleAssetNames(session)).toEqual(['North pump', 'South pump']);

    await db().deleteFrom('user_site_access').where('user_id', '=', userId).where('site_id', '=', north).execute();
    expect(await visibleAssetNames(session)).toEqual(['South pump']);

    await db().updateTable('user_access').set({ asset_mode: 'granted_only' }).where('user_id', '=', userId).execute();
    expect(await visibleAssetNames(session)).toEqual([]);
  });

  it("follow the contact's sites and the user's contact (migration 016)", async () => {
    const customer = await createCustomer(admin);
    const north = await siteOf(customer.id, 'North');
    const south = await siteOf(customer.id, 'South');
    await createAsset(customer.id, 'North pump', north);
    await createAsset(customer.id, 'South pump', south);
    const southContact = await createContact(admin, customer.id, { siteIds: [south] });
    const northContact = await createContact(admin, customer.id, { siteIds: [north] });
    const { userId, session } = await createPortalUser(t.app, { customerId: customer.id, contactId: southContact.id, sitesFromContact: true, modes: { assets: 'all_in_scope' } });
    expect(await visibleAssetNames(session)).toEqual(['South pump']);

    await db().insertInto('contact_sites').values({ contact_id: southContact.id, site_id: north }).execute();
    expect(await visibleAssetNames(session)).toEqual(['North pump', 'South pump']);

    await db().deleteFrom('contact_sites').where('contact_id', '=', southContact.id).where('site_id', '=', south).execute();
    expect(await visibleAssetNames(session)).toEqual(['North pump']);

    await db().updateTable('contact_sites').set({ site_id: south }).where('contact_id', '=', southContact.id).execute();
    expect(await visibleAssetNames(session)).toEqual(['South pump']);

    await db().updateTable('users').set({ contact_id: northContact.id }).where('id', '=', userId).execute();
    expect(await visibleAssetNames(session)).toEqual(['North pump']);

    await db().updateTable('user_access').set({ sites_from_contact: 0 }).where('user_id', '=', userId).execute();
    expect(await visibleAssetNames(session)).toEqual(['North pump', 'South pump']);
  });

  it('follow the site tree: a new site below a granted one, an archived site', async () => {
    const customer = await createCustomer(admin);
    const campus = await siteOf(customer.id, 'Campus');
    const { session } = await createPortalUser(t.app, { customerId: customer.id, modes: { assets: 'all_in_scope' }, sites: [{ siteId: campus, level: 'read' }] });
    expect(await visibleAssetNames(session)).toEqual([]);

    const hall = await siteOf(customer.id, 'Hall', campus);
    await createAsset(customer.id, 'Hall boiler', hall);
    expect(await visibleAssetNames(session)).toEqual(['Hall boiler']);

    await db().updateTable('sites').set({ archived_at: new Date().toISOString() }).where('id', '=', hall).execute();
    expect(await visibleAssetNames(session)).toEqual([]);
  });

  it("follow the customer tree, its portal areas and the user's customer", async () => {
    const group = await createCustomer(admin);
    const branch = await createCustomer(admin, { parentId: group.id });
    await createAsset(branch.id, 'Branch chiller');
    const other = await createCustomer(admin);
    await createAsset(other.id, 'Other chiller');
    const { userId, session } = await createPortalUser(t.app, { customerId: group.id, modes: { assets: 'all_in_scope' } });
    expect(await visibleAssetNames(session)).toEqual(['Branch chiller']);

    await db().updateTable('customers').set({ portal_areas: JSON.stringify(['tickets']) }).where('id', '=', branch.id).execute();
    expect(await visibleAssetNames(session)).toEqual([]);

    await db().updateTable('customers').set({ portal_areas: JSON.stringify(['assets']) }).where('id', '=', branch.id).execute();
    await db().updateTable('customers').set({ archived_at: new Date().toISOString() }).where('id', '=', branch.id).execute();
    expect(await visibleAssetNames(session)).toEqual([]);

    const newBranch = await createCustomer(admin, { parentId: group.id });
    await createAsset(newBranch.id, 'New branch chiller');
    expect(await visibleAssetNames(session)).toEqual(['New branch chiller']);

    await db().updateTable('users').set({ customer_id: other.id }).where('id', '=', userId).execute();
    expect(await visibleAssetNames(session)).toEqual(['Other chiller']);
  });

  it('move the epoch on a committed change only', async () => {
    const epoch = async () => (await db().selectFrom('access_epoch').select('value').where('id', '=', 1).executeTakeFirstOrThrow()).value;
    const customer = await createCustomer(admin);
    const created = await epoch();
    await expect(
      db()
        .transaction()
        .execute(async (trx) => {
          await trx.updateTable('customers').set({ portal_areas: '[]' }).where('id', '=', customer.id).execute();
          throw new Error('roll back');
        }),
    ).rejects.toThrow('roll back');
    expect(await epoch()).toBe(created);
    // A change nothing in the facts depends on leaves it too.
    await db().updateTable('customers').set({ name: 'Renamed' }).where('id', '=', customer.id).execute();
    expect(await epoch()).toBe(created);
    await db().updateTable('customers').set({ portal_areas: '[]' }).where('id', '=', customer.id).execute();
    expect(await epoch()).toBeGreaterThan(created);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, staffSession, uniqueSuffix } from '../../../../test/factories.js';
import { insertAssetChains } from '../../../../test/factories-bulk.js';
import { createPortalUser } from '../../../../test/factories-portal.js';
import { createSite } from '../../../../test/factories-sites.js';
import { PREVIEW_COUNT_CAP } from './access-change-preview.js';

/**
 * Issue #13: before saving an access change, staff see what it adds and removes, computed by the same
 * policy as the portal and without saving anything.
 */
let t: TestApp;
let staff: Session;
beforeAll(async () => {
  t = await buildTestApp();
  staff = (await staffSession(t.app, 'admin')).session;
});
afterAll(() => t.close());

interface Change {
  kind: string;
  added: { count: number; more: boolean; examples: { id: string; name: string }[] };
  removed: { count: number; more: boolean; examples: { id: string; name: string }[] };
}

async function preview(session: Session, userId: string, patch: object): Promise<Record<string, Change>> {
  const response = await session.post(`/api/v1/users/${userId}/access/preview`, patch);
  expect(response.statusCode, response.body).toBe(200);
  return Object.fromEntries((response.json().kinds as Change[]).map((k) => [k.kind, k]));
}

async function asset(customerId: string, name: string, siteId: string): Promise<string> {
  const response = await staff.post('/api/v1/assets', { customerId, name, siteId });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

/** Two sites with an asset each; a user who sees North's assets only. */
async function northOnly() {
  const customer = await createCustomer(staff, { name: `Preview ${uniqueSuffix()}` });
  const north = await createSite(staff, customer.id, { name: 'North plant' });
  const south = await createSite(staff, customer.id, { name: 'South plant' });
  const northPump = await asset(customer.id, 'North pump', north.id);
  const southPump = await asset(customer.id, 'South pump', south.id);
  const user = await createPortalUser(t.app, { customerId: customer.id, modes: { assets: 'all_in_scope' }, sites: [{ siteId: north.id, level: 'read' }] });
  return { customer, north, south, northPump, southPump, user };
}

describe('access change preview', () => {
  it('lists what lifting the site restriction adds, and saves nothing', async () => {
    const { south, southPump, user } = await northOnly();
    const accessBefore = (await staff.get(`/api/v1/users/${user.userId}/access`)).json();
    const auditBefore = (await staff.get(`/api/v1/audit-events?resourceId=${user.userId}`)).json().items.length;

    const changes = await preview(staff, user.userId, { sitesRestricted: false });
    expect(changes.sites!.added).toEqual({ count: 1, more: false, examples: [{ id: south.id, name: 'South plant' }] });
    expect(changes.assets!.added).toEqual({ count: 1, more: false, examples: [{ id: southPump, name: 'South pump' }] });
    expect(changes.assets!.removed.count).toBe(0);

    // Nothing was saved: the configuration, the audit trail and what the user sees are as before.
    expect((await staff.get(`/api/v1/users/${user.userId}/access`)).json()).toEqual(accessBefore);
    expect((await staff.get(`/api/v1/audit-events?resourceId=${user.userId}`)).json().items.length).toBe(auditBefore);
    expect((await user.session.get('/api/v1/assets')).json().items.map((a: { name: string }) => a.name)).toEqual(['North pump']);

    // And the save does what the preview said.
    expect((await staff.put(`/api/v1/users/${user.userId}/access`, { sitesRestricted: false })).statusCode).toBe(200);
    expect((await user.session.get('/api/v1/assets')).json().items.map((a: { name: string }) => a.name).sort()).toEqual(['North pump', 'South pump']);
  });

  it('lists what a narrower mode or template removes', async () => {
    const { northPump, user } = await northOnly();
    const changes = await preview(staff, user.userId, { modes: { assets: 'granted_only' } });
    expect(changes.assets!.removed).toEqual({ count: 1, more: false, examples: [{ id: northPump, name: 'North pump' }] });
    expect(changes.assets!.added.count).toBe(0);
    expect(changes.sites!.removed.count).toBe(0);
  });

  it('stops counting at the cap and says there are more', async () => {
    const customer = await createCustomer(staff, { name: `Preview bulk ${uniqueSuffix()}` });
    await insertAssetChains(t.app, customer.id, PREVIEW_COUNT_CAP + 20, 4);
    const user = await createPortalUser(t.app, { customerId: customer.id, modes: { assets: 'granted_only' } });
    const changes = await preview(staff, user.userId, { modes: { assets: 'all_in_scope' } });
    expect(changes.assets!.added).toMatchObject({ count: PREVIEW_COUNT_CAP, more: true });
    expect(changes.assets!.added.examples).toHaveLength(5);
  });

  it('refuses what a save refuses, with the same answer, and hides users the caller may not see', async () => {
    const { customer, south, user } = await northOnly();
    const other = await createCustomer(staff);
    const foreignSite = await createSite(staff, other.id);
    const patch = { sites: [{ siteId: foreignSite.id, level: 'read' }] };
    const saved = await staff.put(`/api/v1/users/${user.userId}/access`, patch);
    const previewed = await staff.post(`/api/v1/users/${user.userId}/access/preview`, patch);
    expect(previewed.statusCode).toBe(422);
    expect(previewed.json().error.code).toBe(saved.json().error.code);

    // A site-restricted customer admin may not preview (or make) a change beyond their own access.
    const admin = await createPortalUser(t.app, {
      customerId: customer.id,
      modes: { assets: 'all_in_scope', projects: 'all_in_scope', orders: 'all_in_scope' },
      capabilities: { customerAdmin: true },
      sites: [{ siteId: south.id, level: 'write' }],
    });
    const beyond = await admin.session.post(`/api/v1/users/${user.userId}/access/preview`, { sitesRestricted: false });
    expect([403, 404]).toContain(beyond.statusCode);
    expect(beyond.statusCode).toBe((await admin.session.put(`/api/v1/users/${user.userId}/access`, { sitesRestricted: false })).statusCode);

    // Another customer's user answers like a nonexistent one.
    const stranger = await createPortalUser(t.app, { customerId: other.id });
    const hidden = await admin.session.post(`/api/v1/users/${stranger.userId}/access/preview`, {});
    const missing = await admin.session.post('/api/v1/users/0190c7a0-0000-7000-8000-000000000000/access/preview', {});
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().error.message).toBe(missing.json().error.message);
  });
});

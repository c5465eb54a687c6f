/**
 * Regressions for the bug classes behind access-control CVEs of comparable portals: a list and the single
 * read disagreeing, side doors (file download and metadata, history, sub-lists, comments, staff preview)
 * skipping the check, a null customer or site read as "all", two customers with the same name mixed up,
 * and ids matched by prefix or substring. The world: tenants A and B (tenant-world.ts) and a site-restricted
 * customer admin of A, so that part of A is as invisible to the caller as all of B.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  API,
  NONEXISTENT_ID,
  created,
  errorOf,
  expectSameAsNonexistent,
  inviteAndActivate,
  listIds,
  openStory,
  setAccess,
  startPreview,
  uniqueSuffix,
  type Json,
  type PortalUser,
  type Story,
} from '../scenarios/story-kit.js';
import { LIST_KINDS } from './route-rules.js';
import { idsOf, seedSharedConfig, seedTenant, type SharedConfig, type Tenant } from './tenant-world.js';

let s: Story;
let shared: SharedConfig;
let A: Tenant;
let B: Tenant;
let caller: PortalUser;
/** A's records on a second site, outside the caller's sites. */
let elsewhere: { site: Json; asset: Json; order: Json };
let looseAsset: Json;

/** A portal user of the customer with every mode all-in-scope and the given sites and capabilities. */
async function portalUser(customerId: string, label: string, access: Parameters<typeof setAccess>[2] = {}): Promise<PortalUser> {
  const user = await inviteAndActivate(s, { email: `${label}-${uniqueSuffix()}@customer.test`, displayName: label, customerId, roleTemplate: 'customer_admin' });
  await setAccess(s.admin, user.userId, { sitesRestricted: false, modes: { assets: 'all_in_scope', projects: 'all_in_scope', tickets: 'all_in_scope', orders: 'all_in_scope' }, ...access });
  return user;
}

beforeAll(async () => {
  s = await openStory();
  shared = await seedSharedConfig(s);
  A = await seedTenant(s, shared, 'Alpha');
  B = await seedTenant(s, shared, 'Bravo');
  const site = await created(s.admin, `${API}/sites`, { customerId: A.customer.id, name: `Elsewhere ${A.token}` });
  elsewhere = {
    site,
    asset: await created(s.admin, `${API}/assets`, { customerId: A.customer.id, siteId: site.id, name: `Elsewhere asset ${A.token}` }),
    order: await created(s.admin, `${API}/orders`, { customerId: A.customer.id, siteId: site.id, title: `Elsewhere order ${A.token}` }),
  };
  looseAsset = await created(s.admin, `${API}/assets`, { customerId: A.customer.id, name: `Asset without a site ${A.token}` });
  caller = await portalUser(A.customer.id, 'restricted-admin', { sitesRestricted: true, sites: [{ siteId: A.site.id, level: 'write' }], capabilities: { customerAdmin: true } });
}, 120_000);
afterAll(() => s.close());

/** Ids of B and of A's out-of-scope records, by the collection whose `/:id` route reads them. */
function invisibleIds(): Record<string, string[]> {
  return {
    '/customers': [B.customer.id, B.child.id],
    '/sites': [B.site.id, elsewhere.site.id],
    '/contacts': [B.contact.id],
    '/users': [B.user.id, shared.tech.id],
    '/assets': [B.asset.id, B.childAsset.id, B.device.id, elsewhere.asset.id, looseAsset.id],
    '/work-orders': [B.workOrder.id],
    '/projects': [B.project.id],
    '/orders': [B.order.id, B.childOrder.id, elsewhere.order.id],
    '/tickets': [B.ticket.id],
    '/ticket-types': [B.ticketType.id],
    '/schedule-entries': [B.schedule.id],
    '/files': Object.values(B.files).map((f) => f.id),
  };
}

describe('authorization regressions (bug classes of peer CVEs)', () => {
  it('list and detail agree for every collection: everything listed reads, nothing unlisted does', async () => {
    const invisible = invisibleIds();
    let compared = 0;
    for (const collection of Object.keys(LIST_KINDS)) {
      const list = await caller.session.get(`${API}${collection}?limit=200`);
      if (list.statusCode !== 200) continue;
      const listed = await listIds(caller.session, `${API}${collection}`);
      const hasDetail = (await caller.session.get(`${API}${collection}/${NONEXISTENT_ID}`)).statusCode === 404;
      if (!hasDetail) continue;
      for (const id of listed) expect((await caller.session.get(`${API}${collection}/${id}`)).statusCode, `${collection}/${id} is listed`).toBe(200);
      for (const id of invisible[collection] ?? []) {
        expect(listed, `${collection} lists ${id}`).not.toContain(id);
        await expectSameAsNonexistent(caller.session, `${API}${collection}/${id}`, id);
      }
      compared += listed.length + (invisible[collection]?.length ?? 0);
    }
    expect(compared).toBeGreaterThan(30);
  });

  it('side doors of invisible records — file download and metadata, history, sub-lists, comments, notes — answer 404', async () => {
    const doors = [
      ...Object.values(B.files).flatMap((f) => [`/files/${f.id}`, `/files/${f.id}/content`]),
      ...[B.asset.id, elsewhere.asset.id, looseAsset.id].map((id) => `/assets/${id}/history`),
      ...['devices', 'tasks', 'parts', 'reports'].map((sub) => `/projects/${B.project.id}/${sub}`),
      `/work-orders/${B.workOrder.id}/notes`,
      `/tickets/${B.ticket.id}/comments`,
      `/tickets/${B.ticket.id}/follow`,
    ];
    const preview = await startPreview(s.app, s.admin, caller.userId);
    for (const door of doors) {
      const id = door.split('/')[2]!;
      await expectSameAsNonexistent(caller.session, `${API}${door}`, id);
      // The staff preview of this user is exactly their view: the same doors are shut.
      await expectSameAsNonexistent(preview.session, `${API}${door}`, id);
    }
    // Filtering the file list by an invisible owner shows nothing (rather than the owner's files).
    for (const [type, owner] of [['asset', B.asset.id], ['order', elsewhere.order.id], ['customer', B.customer.id]]) {
      const response = await caller.session.get(`${API}/files?resourceType=${type}&resourceId=${owner}`);
      if (response.statusCode === 200) expect(response.json().items, `files of ${type} ${owner}`).toEqual([]);
      else expect(errorOf(response)).toEqual(errorOf(await caller.session.get(`${API}/files?resourceType=${type}&resourceId=${NONEXISTENT_ID}`)));
    }
  });

  it('a null customer or a null site is never read as "all"', async () => {
    // Staff users have no customer: a customer admin, who sees colleagues of their customers, never sees them.
    await expectSameAsNonexistent(caller.session, `${API}/users/${shared.tech.id}`, shared.tech.id);
    await expectSameAsNonexistent(caller.session, `${API}/users/${s.adminUserId}`, s.adminUserId);
    const users = await listIds(caller.session, `${API}/users`);
    expect(users).not.toContain(shared.tech.id);
    expect(users).toContain(caller.userId);
    // An asset without a site is outside a site-restricted scope, not inside every one.
    expect(await listIds(caller.session, `${API}/assets`)).not.toContain(looseAsset.id);
    await expectSameAsNonexistent(caller.session, `${API}/assets/${looseAsset.id}`, looseAsset.id);
    // An unrestricted colleague (no site list) is not within a restricted admin's sites.
    const unrestricted = await portalUser(A.customer.id, 'unrestricted-colleague');
    await expectSameAsNonexistent(caller.session, `${API}/users/${unrestricted.userId}`, unrestricted.userId);
    // Control: the same records are there for staff, so the 404s above are the policy's doing.
    for (const url of [`/users/${shared.tech.id}`, `/assets/${looseAsset.id}`, `/users/${unrestricted.userId}`]) expect((await s.admin.get(`${API}${url}`)).statusCode).toBe(200);
  });

  it('two customers with the same name never mix', async () => {
    const name = `Same Name ${uniqueSuffix()}`;
    const twins = await Promise.all([0, 1].map(() => created(s.admin, `${API}/customers`, { name })));
    const worlds: { customer: Json; site: Json; asset: Json; user: PortalUser }[] = [];
    for (const customer of twins) {
      const site = await created(s.admin, `${API}/sites`, { customerId: customer.id, name: `${name} site` });
      const asset = await created(s.admin, `${API}/assets`, { customerId: customer.id, siteId: site.id, name: `${name} pump` });
      worlds.push({ customer, site, asset, user: await portalUser(customer.id, 'same-name') });
    }
    const [first, second] = worlds as [(typeof worlds)[number], (typeof worlds)[number]];
    for (const [mine, theirs] of [[first, second], [second, first]] as const) {
      const session = mine.user.session;
      expect(await listIds(session, `${API}/customers`)).toEqual([mine.customer.id]);
      expect(await listIds(session, `${API}/assets?q=${encodeURIComponent(name)}`)).toEqual([mine.asset.id]);
      expect(await listIds(session, `${API}/sites?q=${encodeURIComponent(name)}`)).toEqual([mine.site.id]);
      expect(await listIds(session, `${API}/assets?customerId=${theirs.customer.id}`)).toEqual([]);
      for (const [collection, id] of [['/customers', theirs.customer.id], ['/sites', theirs.site.id], ['/assets', theirs.asset.id], ['/users', theirs.user.userId]]) {
        await expectSameAsNonexistent(session, `${API}${collection}/${id}`, id);
      }
    }
  });

  it('an id that is a prefix, an extension or a pattern of another id matches nothing', async () => {
    const visible = A.asset.id;
    const hidden = B.asset.id;
    expect((await caller.session.get(`${API}/assets/${visible}`)).statusCode).toBe(200);
    for (const id of [visible, hidden]) {
      const variants = [id.slice(0, 8), id.slice(0, -1), `${id}0`, `${id.slice(0, -1)}%`, `${id.slice(0, -1)}_`, `%${id.slice(1)}`, id.toUpperCase() === id ? id.toLowerCase() : id.toUpperCase(), ` ${id}`];
      for (const variant of variants) {
        const encoded = encodeURIComponent(variant);
        const single = await caller.session.get(`${API}/assets/${encoded}`);
        expect(single.statusCode, `GET /assets/${variant}`).not.toBe(200);
        expect(single.statusCode, `GET /assets/${variant}`).toBeLessThan(500);
        for (const filter of ['under', 'parentId', 'siteId', 'customerId']) {
          const list = await caller.session.get(`${API}/assets?${filter}=${encoded}`);
          expect(list.statusCode, `?${filter}=${variant}`).toBeLessThan(500);
          if (list.statusCode === 200) expect(list.body.includes(hidden), `?${filter}=${variant} shows B's asset`).toBe(false);
        }
        const files = await caller.session.get(`${API}/files?resourceType=asset&resourceId=${encoded}`);
        expect(files.statusCode).toBeLessThan(500);
        if (files.statusCode === 200) expect(files.json().items, `files of asset ${variant}`).toEqual([]);
      }
    }
    // Searching for another customer's id finds nothing of theirs.
    for (const id of Object.values(idsOf(B))) expect((await caller.session.get(`${API}/assets?q=${id.slice(0, 13)}`)).body.includes(B.token)).toBe(false);
  });
});

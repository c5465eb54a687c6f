import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, staffSession, uniqueSuffix } from '../../../../test/factories.js';
import { createPortalUser } from '../../../../test/factories-portal.js';
import { createAsset, createSite, createWorkOrder } from '../../../../test/factories-assets.js';
import { insertAssetChains } from '../../../../test/factories-bulk.js';
import { COMMON_MATCHES, planSearch, WALK_ROWS } from '../../db/text-search.js';

/** Indexed search (migration 008): same answers on both engines, kept in sync by the database itself. */
let t: TestApp;
let admin: Session;
const ids = (page: { items: { id: string }[] }) => page.items.map((i) => i.id);

beforeAll(async () => {
  t = await buildTestApp();
  admin = (await staffSession(t.app, 'admin')).session;
});
afterAll(() => t.close());

describe('asset search', () => {
  it('finds a case-insensitive substring of name, serial number, manufacturer or model (3+ characters)', async () => {
    const customer = await createCustomer(admin);
    const tag = uniqueSuffix();
    const pump = await createAsset(admin, { customerId: customer.id, name: `Kühlpumpe ${tag} "Nord"` });
    const meter = await createAsset(admin, { customerId: customer.id, name: 'Meter', serialNumber: `SN/${tag}-7` });
    const valve = await createAsset(admin, { customerId: customer.id, name: 'Valve', manufacturer: `Acme ${tag}`, model: 'V-100_x' });
    const list = async (q: string) => ids((await admin.get(`/api/v1/assets?customerId=${customer.id}&q=${encodeURIComponent(q)}`)).json());
    expect(await list(tag.toUpperCase())).toEqual([pump.id, meter.id, valve.id]);
    expect(await list('KÜHLP')).toEqual([pump.id]);
    expect(await list('hlpum')).toEqual([pump.id]);
    expect(await list('"nord"')).toEqual([pump.id]);
    expect(await list(`n/${tag}-7`)).toEqual([meter.id]);
    expect(await list('v-100_')).toEqual([valve.id]);
    expect(await list('v-100%')).toEqual([]);
    // Words of different fields are not one substring.
    expect(await list(`meter sn/${tag}`)).toEqual([]);
  });

  it('matches the start of a field for 1–2 characters, never the middle', async () => {
    const customer = await createCustomer(admin);
    const zebra = await createAsset(admin, { customerId: customer.id, name: 'Zebra printer' });
    const zx = await createAsset(admin, { customerId: customer.id, name: 'Label unit', serialNumber: 'zx-1' });
    await createAsset(admin, { customerId: customer.id, name: 'Hazard lamp' });
    const list = async (q: string) => ids((await admin.get(`/api/v1/assets?customerId=${customer.id}&q=${encodeURIComponent(q)}`)).json());
    // Sorted by name: "Label unit" (serial zx-1) before "Zebra printer"; "Hazard lamp" has z only inside.
    expect(await list('z')).toEqual([zx.id, zebra.id]);
    expect(await list('ZE')).toEqual([zebra.id]);
    expect(await list('ZX')).toEqual([zx.id]);
    expect(await list('az')).toEqual([]);
  });

  it('keeps the index in sync when fields change and rows are deleted', async () => {
    const customer = await createCustomer(admin);
    const tag = uniqueSuffix();
    const asset = await createAsset(admin, { customerId: customer.id, name: `Old ${tag}` });
    const list = async (q: string) => ids((await admin.get(`/api/v1/assets?customerId=${customer.id}&q=${encodeURIComponent(q)}`)).json());
    expect(await list(`old ${tag}`)).toEqual([asset.id]);
    expect((await admin.patch(`/api/v1/assets/${asset.id}`, { name: `New ${tag}`, model: `M${tag}` })).statusCode).toBe(200);
    expect(await list(`old ${tag}`)).toEqual([]);
    expect(await list(`new ${tag}`)).toEqual([asset.id]);
    expect(await list(`m${tag}`)).toEqual([asset.id]);
    await t.app.ctx.db.deleteFrom('assets').where('id', '=', asset.id).execute();
    expect(await list(tag)).toEqual([]);
    const other = await createAsset(admin, { customerId: customer.id, name: `After ${tag}` });
    expect(await list(tag)).toEqual([other.id]);
  });

  it('answers 200 for FTS5 and LIKE syntax in the text and 400 for control characters, never 500', async () => {
    const customer = await createCustomer(admin);
    const name = 'a AND b OR "c" NEAR(d) e* ^f {g} :h -i';
    const odd = await createAsset(admin, { customerId: customer.id, name });
    const matches = (q: string) => (q.length < 3 ? name.toLowerCase().startsWith(q.toLowerCase()) : name.toLowerCase().includes(q.toLowerCase()));
    const list = (q: string) => admin.get(`/api/v1/assets?customerId=${customer.id}&q=${encodeURIComponent(q)}`);
    for (const q of ['AND b OR', '"c" NEAR(', 'e* ^f', '{g} :h -i', 'a ', '"', '""', '*', 'NEAR(d)', "'; drop table assets; --", '\\', '%_%']) {
      const response = await list(q);
      expect(response.statusCode, q).toBe(200);
      expect(ids(response.json()), q).toEqual(matches(q) ? [odd.id] : []);
    }
    for (const q of ['ab\u0000c', '\u0000', 'tab\there', 'x\u0002y']) {
      const response = await list(q);
      expect(response.statusCode, JSON.stringify(q)).toBe(400);
      expect(response.json().error).toMatchObject({ code: 'validation_failed', requestId: expect.any(String) });
    }
  });

  it('composes with the access policy: a portal user finds only what they may see', async () => {
    const customer = await createCustomer(admin);
    const other = await createCustomer(admin);
    const tag = uniqueSuffix();
    const site = await createSite(t.app, customer.id);
    const hiddenSite = await createSite(t.app, customer.id);
    const visible = await createAsset(admin, { customerId: customer.id, siteId: site.id, name: `Boiler ${tag}` });
    await createAsset(admin, { customerId: customer.id, siteId: hiddenSite.id, name: `Boiler ${tag} B` });
    await createAsset(admin, { customerId: other.id, name: `Boiler ${tag} C` });
    const portal = await createPortalUser(t.app, { customerId: customer.id, modes: { assets: 'all_in_scope' }, sites: [{ siteId: site.id, level: 'read' }] });
    expect(ids((await portal.session.get(`/api/v1/assets?q=boiler%20${tag}`)).json())).toEqual([visible.id]);
    expect(ids((await admin.get(`/api/v1/assets?q=boiler%20${tag}`)).json())).toHaveLength(3);
  });

  it('a consolidated account finds the matches of all its customers, in order and page by page, and none of another customer', async () => {
    const parent = await createCustomer(admin);
    const branches = [await createCustomer(admin, { parentId: parent.id }), await createCustomer(admin, { parentId: parent.id })];
    const stranger = await createCustomer(admin);
    const tag = uniqueSuffix();
    const own: { id: string; name: string }[] = [];
    for (let i = 0; i < 5; i++) own.push(await createAsset(admin, { customerId: branches[i % 2]!.id, name: `Chiller ${tag} ${i}` }));
    await createAsset(admin, { customerId: stranger.id, name: `Chiller ${tag} 2b` });
    await createAsset(admin, { customerId: branches[0]!.id, name: `Boiler ${tag}` });
    const workOrder = await createWorkOrder(admin, { customerId: branches[1]!.id, title: `Chiller ${tag} service` });
    await createWorkOrder(admin, { customerId: stranger.id, title: `Chiller ${tag} service` });
    const { session } = await createPortalUser(t.app, { customerId: parent.id, modes: { assets: 'all_in_scope' } });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = (await session.get(`/api/v1/assets?q=chiller%20${tag}&limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json();
      seen.push(...ids(page));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(own.map((a) => a.id));
    expect(ids((await session.get(`/api/v1/work-orders?q=chiller%20${tag}`)).json())).toEqual([workOrder.id]);
    // Every other searched list of the account takes the same path.
    for (const list of ['tickets', 'projects', 'orders', 'customers']) {
      const response = await session.get(`/api/v1/${list}?q=chiller%20${tag}`);
      expect(response.statusCode, list).toBe(200);
      expect(ids(response.json()), list).toEqual([]);
    }
  });

  it('a consolidated account searching a word common in another customer gets exactly its own matches, in order and page by page', async () => {
    const parent = await createCustomer(admin);
    const branches = [await createCustomer(admin, { parentId: parent.id }), await createCustomer(admin, { parentId: parent.id })];
    const stranger = await createCustomer(admin);
    const theirs = await insertAssetChains(t.app, stranger.id, COMMON_MATCHES + 50, 1, 'Chiller');
    const tag = theirs[0]!.name.split(' ')[1]!;
    const own: { id: string; name: string }[] = [];
    for (let i = 0; i < 5; i++) own.push(await createAsset(admin, { customerId: branches[i % 2]!.id, name: `Chiller ${tag} own ${i}`, ...(i === 4 ? { serialNumber: `SN-${tag}` } : {}) }));
    own.push(await createAsset(admin, { customerId: branches[0]!.id, name: 'Pump', manufacturer: `Acme ${tag.toUpperCase()}` }));
    await createAsset(admin, { customerId: branches[1]!.id, name: `Boiler ${uniqueSuffix()}` });
    // Each holds a 3-character window of the text but not the text: PostgreSQL may ask the index for one.
    for (let i = 0; i + 3 <= tag.length; i++) await createAsset(admin, { customerId: branches[i % 2]!.id, name: `Valve ${tag.slice(i, i + 3)}` });
    if (t.database.engine === 'sqlite') {
      // The path under test on SQLite: a common text over several customers tests the scope's rows.
      const plan = await planSearch(t.app.ctx.db, 'assets', tag, true);
      expect(plan.indexed).toBe(plan.rowTest);
    } else {
      // The path under test on PostgreSQL: with statistics, the index is asked for one window of the text.
      await sql`analyze assets`.execute(t.app.ctx.db);
      const plan = await planSearch(t.app.ctx.db, 'assets', tag, true);
      expect(sql`${plan.indexed}`.compile(t.app.ctx.db).sql).toContain('strpos');
    }
    const { session } = await createPortalUser(t.app, { customerId: parent.id, modes: { assets: 'all_in_scope' } });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = (await session.get(`/api/v1/assets?q=${tag}&limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json();
      seen.push(...ids(page));
      cursor = page.nextCursor;
    } while (cursor);
    const byName = (a: { id: string; name: string }, b: { id: string; name: string }) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : a.id < b.id ? -1 : 1);
    expect(seen).toEqual([...own].sort(byName).map((a) => a.id));
    // 1–2 characters: the start of a field, the same way.
    expect(ids((await session.get('/api/v1/assets?q=cH&limit=50')).json())).toEqual(own.filter((a) => a.name.startsWith('Chiller')).sort(byName).map((a) => a.id));
  }, 60_000);

  it('answers the same for a common text (more index matches than COMMON_MATCHES: the sort-index walk) as for a rare one', async () => {
    const customer = await createCustomer(admin);
    const assets = await insertAssetChains(t.app, customer.id, COMMON_MATCHES + 50, 1);
    const tag = assets[0]!.name.split(' ')[1]!;
    const rare = await createAsset(admin, { customerId: customer.id, name: `Rare ${uniqueSuffix()}`, model: `M-${tag}` });
    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const page = (await admin.get(`/api/v1/assets?q=${tag.toUpperCase()}&limit=200${cursor ? `&cursor=${cursor}` : ''}`)).json() as { items: { id: string; name: string }[]; nextCursor: string | null };
      all.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    const expected = [...assets.map((a) => ({ id: a.id, name: a.name })), { id: rare.id, name: rare.name }].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
    expect(all).toEqual(expected.map((a) => a.id));
    expect(ids((await admin.get(`/api/v1/assets?q=${encodeURIComponent(rare.name)}`)).json())).toEqual([rare.id]);
  }, 60_000);

  it('answers a common text whose matches all sort after a long stretch of other rows (the walk gives up, the index answers)', async () => {
    const customer = await createCustomer(admin);
    const before = await insertAssetChains(t.app, customer.id, Math.max(WALK_ROWS.sqlite, WALK_ROWS.postgres) + 100, 1, 'Aardvark');
    const matches = await insertAssetChains(t.app, customer.id, COMMON_MATCHES + 50, 1, 'Pump');
    const tag = matches[0]!.name.split(' ')[1]!;
    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await admin.get(`/api/v1/assets?customerId=${customer.id}&q=${tag}&limit=200${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.statusCode).toBe(200);
      const page = response.json() as { items: { id: string }[]; nextCursor: string | null };
      all.push(...ids(page));
      cursor = page.nextCursor;
    } while (cursor);
    expect(all).toEqual(matches.map((a) => a.id));
    expect(ids((await admin.get(`/api/v1/assets?customerId=${customer.id}&q=${before[0]!.name.split(' ')[1]}&limit=3`)).json())).toEqual(before.slice(0, 3).map((a) => a.id));
  }, 60_000);

  it('pages through search results with a cursor', async () => {
    const customer = await createCustomer(admin);
    const tag = uniqueSuffix();
    const created: string[] = [];
    for (let i = 0; i < 5; i++) created.push((await createAsset(admin, { customerId: customer.id, name: `Paged ${tag} ${i}` })).id);
    await createAsset(admin, { customerId: customer.id, name: 'Not matching' });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = (await admin.get(`/api/v1/assets?q=${tag}&limit=2&sort=name${cursor ? `&cursor=${cursor}` : ''}`)).json();
      seen.push(...ids(page));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(created);
  });
});

describe('search on the other indexed lists', () => {
  it('finds work orders by number and title, customers by name, number and e-mail', async () => {
    const tag = uniqueSuffix();
    const customer = await createCustomer(admin, { name: `Bäckerei ${tag}`, email: `info-${tag}@baeckerei.test` });
    const order = await createWorkOrder(admin, { customerId: customer.id, title: `Ofen ${tag} entkalken` });
    const workOrders = async (q: string) => ids((await admin.get(`/api/v1/work-orders?customerId=${customer.id}&q=${encodeURIComponent(q)}`)).json());
    expect(await workOrders(`OFEN ${tag}`)).toEqual([order.id]);
    expect(await workOrders(order.number)).toEqual([order.id]);
    expect(await workOrders('entkalken x')).toEqual([]);
    const customers = async (q: string) => ids((await admin.get(`/api/v1/customers?q=${encodeURIComponent(q)}`)).json());
    expect(await customers(`BÄCKEREI ${tag}`)).toEqual([customer.id]);
    expect(await customers(`info-${tag}@`)).toEqual([customer.id]);
    expect(await customers(customer.number)).toEqual([customer.id]);
  });
});

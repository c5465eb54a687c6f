import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, staffSession, uniqueSuffix } from '../../../../test/factories.js';
import { createAsset } from '../../../../test/factories-assets.js';
import { insertAssetChains } from '../../../../test/factories-bulk.js';
import { WORD_WALK_MAX_WORDS, WORD_WALK_ROWS } from '../../db/text-search.js';

/** Staff searching assets by name through the word index (migration 026), kept by the database's triggers. */
let t: TestApp;
let admin: Session;
let statements: string[] | undefined;
type Page = { items: { id: string; name: string }[]; nextCursor: string | null };
const ids = (page: Page) => page.items.map((i) => i.id);
const caseless = (a: { id: string; name: string }, b: { id: string; name: string }) => {
  const [x, y] = [a.name.toLowerCase(), b.name.toLowerCase()];
  return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : 1;
};

beforeAll(async () => {
  t = await buildTestApp({}, { log: (event) => { if (event.level === 'query') statements?.push(event.query.sql); } });
  admin = (await staffSession(t.app, 'admin')).session;
});
afterAll(() => t.close());

async function everyPage(path: string, limit: number): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const response = await admin.get(`${path}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(response.statusCode).toBe(200);
    const page = response.json() as Page;
    seen.push(...ids(page));
    cursor = page.nextCursor;
  } while (cursor);
  return seen;
}

/** The statements one request runs, to tell which way a search went. */
async function statementsOf(path: string): Promise<string[]> {
  statements = [];
  try {
    expect((await admin.get(path)).statusCode).toBe(200);
    return statements;
  } finally {
    statements = undefined;
  }
}

describe('asset search by words', () => {
  it('lists the rows of a word in name order from the word index, page by page, in both directions', async () => {
    const customer = await createCustomer(admin);
    const matches = await insertAssetChains(t.app, customer.id, 120, 3, 'Pump');
    await insertAssetChains(t.app, customer.id, 40, 1, 'Aardvark');
    const tag = matches[0]!.name.split(' ')[1]!;
    const expected = [...matches].sort(caseless).map((a) => a.id);
    expect(await everyPage(`/api/v1/assets?q=${tag.toUpperCase()}&sort=name`, 50)).toEqual(expected);
    expect(await everyPage(`/api/v1/assets?q=${tag}&sort=-name`, 7)).toEqual([...expected].reverse());
    const ran = await statementsOf(`/api/v1/assets?q=${tag}&limit=10`);
    expect(ran.some((s) => s.includes('asset_search_words'))).toBe(true);
    // A filter to one customer keeps the customer's own index (the word index knows no customers).
    const filtered = await statementsOf(`/api/v1/assets?q=${tag}&customerId=${customer.id}&limit=10`);
    expect(filtered.some((s) => s.includes('asset_search_words'))).toBe(false);
  }, 60_000);

  it('finds a text inside a word and in every searched column, each asset once, and follows changes, archiving and deletion', async () => {
    const customer = await createCustomer(admin);
    const tag = uniqueSuffix();
    const inName = await createAsset(admin, { customerId: customer.id, name: `Heat${tag}pump` });
    const twice = await createAsset(admin, { customerId: customer.id, name: `${tag}a ${tag}b`, model: `X-${tag}` });
    const inSerial = await createAsset(admin, { customerId: customer.id, name: 'Meter', serialNumber: `SN/${tag.toUpperCase()}-7` });
    const inMaker = await createAsset(admin, { customerId: customer.id, name: 'Valve', manufacturer: `${tag}werk AG` });
    await createAsset(admin, { customerId: customer.id, name: `${tag.slice(0, 4)} ${tag.slice(4)}` });
    const staff = async (q: string, more = '') => ids((await admin.get(`/api/v1/assets?q=${encodeURIComponent(q)}&sort=name${more}`)).json());
    // The same answer as the search of one customer, which does not take the word index.
    const ofCustomer = async (q: string) => ids((await admin.get(`/api/v1/assets?q=${encodeURIComponent(q)}&sort=name&customerId=${customer.id}`)).json());
    const expected = [twice, inName, inSerial, inMaker].sort(caseless).map((a) => a.id);
    expect(await staff(tag)).toEqual(expected);
    expect(await ofCustomer(tag)).toEqual(expected);

    expect((await admin.patch(`/api/v1/assets/${inName.id}`, { name: 'Heat pump' })).statusCode).toBe(200);
    expect((await admin.patch(`/api/v1/assets/${inMaker.id}`, { name: `Zz ${tag}` })).statusCode).toBe(200);
    expect((await admin.delete(`/api/v1/assets/${inSerial.id}`)).statusCode).toBe(204);
    expect(await staff(tag)).toEqual([twice.id, inMaker.id]);
    expect(await staff(tag, '&includeArchived=true')).toEqual([twice.id, inSerial.id, inMaker.id]);
    expect(await staff(`zz${tag}`)).toEqual([]);

    await t.app.ctx.db.deleteFrom('assets').where('id', '=', twice.id).execute();
    expect(await staff(tag)).toEqual([inMaker.id]);
    const left = await t.app.ctx.db.selectFrom('asset_search_words').select('word').where('asset_id', 'in', [twice.id, inName.id]).execute();
    expect(left.map((r) => r.word).sort()).toEqual(['heat', 'pump']);
  });

  it('lets the index answer when a filter passes too few of the word rows, and when too many words hold the text', async () => {
    const customer = await createCustomer(admin);
    const active = await insertAssetChains(t.app, customer.id, WORD_WALK_ROWS + 20, 1, 'Alpha');
    const tag = active[0]!.name.split(' ')[1]!;
    const late = await createAsset(admin, { customerId: customer.id, name: `Zulu ${tag}`, status: 'in_repair' });
    expect(ids((await admin.get(`/api/v1/assets?q=${tag}&status=in_repair`)).json())).toEqual([late.id]);

    const other = uniqueSuffix();
    const many = [];
    for (let i = 0; i <= WORD_WALK_MAX_WORDS; i++) many.push(await createAsset(admin, { customerId: customer.id, name: `Many ${other}${i}` }));
    const ran = await statementsOf(`/api/v1/assets?q=${other}&limit=5`);
    expect(ran.some((s) => s.includes('asset_search_words'))).toBe(false);
    expect(await everyPage(`/api/v1/assets?q=${other}`, 5)).toEqual([...many].sort(caseless).map((a) => a.id));
  }, 60_000);
});

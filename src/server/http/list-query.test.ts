import { CompiledQuery, sql, type SqlBool } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../test/helpers.js';
import { createCustomer, staffSession } from '../../../test/factories.js';
import { createAsset } from '../../../test/factories-assets.js';
import { loadAccessScope } from '../modules/access/access-scope.js';
import type { SearchPlan } from '../db/text-search.js';
import { ASSET_SORT_COLUMNS } from '../modules/assets/assets.service.js';
import { fetchPage, keysetQuery, parseSort } from './list-query.js';

/** Keyset cursors: forged ones are the client's error (400), and every page is an index seek. */
let t: TestApp;
let admin: Session;
let adminId: string;
const forge = (payload: unknown) => Buffer.from(typeof payload === 'string' ? payload : JSON.stringify(payload)).toString('base64url');

beforeAll(async () => {
  t = await buildTestApp();
  const staff = await staffSession(t.app, 'admin');
  admin = staff.session;
  adminId = staff.user.id;
});
afterAll(() => t.close());

function expectCursorRejected(response: { statusCode: number; json(): { error: unknown } }, label: string) {
  expect(response.statusCode, label).toBe(400);
  expect(response.json().error, label).toMatchObject({ code: 'validation_failed', message: expect.any(String), requestId: expect.any(String) });
}

describe('forged cursors', () => {
  it('answers 400 in the error contract for garbled, mistyped or foreign cursors', async () => {
    const customer = await createCustomer(admin);
    await createAsset(admin, { customerId: customer.id });
    const cursors: Record<string, string> = {
      'not base64': 'not base64 at all!*',
      'base64 of no JSON': forge('{"s":"name:asc",'),
      'JSON null': forge(null),
      'NUL in the value': forge({ s: 'name:asc', v: 'Pump\u0000', id: 'x' }),
      'NUL in the id': forge({ s: 'name:asc', v: 'Pump', id: 'x\u0000' }),
      'an object as value': forge({ s: 'name:asc', v: { $gt: '' }, id: 'x' }),
      'an infinite number': forge('{"s":"name:asc","v":1e999,"id":"x"}'),
      'a number as id': forge({ s: 'name:asc', v: 'Pump', id: 7 }),
      'another sort order': forge({ s: 'createdAt:desc', v: '2026-01-01T00:00:00.000Z', id: 'x' }),
      'raw NUL bytes': '\u0000\u0000',
    };
    for (const [label, cursor] of Object.entries(cursors)) {
      expectCursorRejected(await admin.get(`/api/v1/assets?sort=name&cursor=${encodeURIComponent(cursor)}`), label);
    }
  });

  it('answers 400 when the value does not fit the column type on PostgreSQL (SQLite compares any types)', async () => {
    const notADate = await admin.get(`/api/v1/assets?sort=-createdAt&cursor=${forge({ s: 'createdAt:desc', v: 'not a date', id: 'x' })}`);
    const notAnInteger = await admin.get(`/api/v1/ticket-statuses?sort=position&cursor=${forge({ s: 'position:asc', v: 'first', id: 'x' })}`);
    const numberForDate = await admin.get(`/api/v1/assets?sort=-createdAt&cursor=${forge({ s: 'createdAt:desc', v: 99999999999, id: 'x' })}`);
    if (t.database.engine === 'postgres') {
      expectCursorRejected(notADate, 'word for a timestamp');
      expectCursorRejected(notAnInteger, 'word for an integer');
    } else {
      expect(notADate.statusCode).toBe(200);
      expect(notAnInteger.statusCode).toBe(200);
    }
    expect([200, 400]).toContain(numberForDate.statusCode);
  });
});

describe('keyset pages use the sort index', () => {
  /** The plan of the page after `cursor` of the staff asset list, as text, on the engine under test. */
  async function planOfNextPage(sort: string, cursor: string): Promise<string> {
    const scope = await loadAccessScope(t.app.ctx.db, { kind: 'staff', userId: adminId, role: 'admin', sessionId: null });
    const base = t.app.ctx.db.selectFrom('assets').selectAll('assets').where(scope.visible('assets')).where('assets.archived_at', 'is', null);
    const spec = parseSort(sort, ASSET_SORT_COLUMNS, 'name');
    const compiled = keysetQuery(base, { table: 'assets', sort: spec, cursor, limit: 50 }).compile();
    if (t.database.engine === 'sqlite') {
      const { rows } = await t.app.ctx.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${compiled.sql}`, [...compiled.parameters]));
      return rows.map((r) => r.detail).join('\n');
    }
    // A test table is tiny, where scanning it and sorting is cheapest; rule those plans out to see whether
    // an ordered index scan *can* serve the page (at a million rows the planner picks it unasked).
    return t.app.ctx.db.transaction().execute(async (trx) => {
      for (const setting of ['enable_seqscan', 'enable_bitmapscan', 'enable_sort']) await trx.executeQuery(CompiledQuery.raw(`set local ${setting} = off`));
      const { rows } = await trx.executeQuery<{ 'QUERY PLAN': string }>(CompiledQuery.raw(`explain ${compiled.sql}`, [...compiled.parameters]));
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
  }

  for (const [sort, index] of [
    ['name', 'assets_name_idx'],
    ['-createdAt', 'assets_created_idx'],
    ['nextDueDate', 'assets_due_sort_idx'],
  ] as const) {
    it(`seeks ${index} for sort=${sort} past the cursor, without sorting`, async () => {
      const customer = await createCustomer(admin);
      for (let i = 0; i < 3; i++) await createAsset(admin, { customerId: customer.id, name: `Plan ${i}`, nextDueDate: `2027-0${i + 1}-01` });
      const cursor = (await admin.get(`/api/v1/assets?sort=${sort}&limit=1`)).json().nextCursor as string;
      expect(cursor).toEqual(expect.any(String));
      const plan = await planOfNextPage(sort, cursor);
      expect(plan).toContain(index);
      expect(plan).not.toMatch(/TEMP B-TREE|Sort/);
      // The cursor condition is part of the index range, not a filter applied to every row from the start.
      if (t.database.engine === 'sqlite') expect(plan).toMatch(/SEARCH assets USING INDEX \w+ \((\(\w+,id\)[<>]\(\?,\?\)|<expr>[<>]=?\?)\)/);
      else expect(plan).toMatch(/Index Cond: \(+ROW\((lower\(name\)|COALESCE\(next_due_date, '9999-12-31'::text\)|\w+), id\) [<>] ROW\(/);
    });
  }
});

describe('a searched page walks a bounded stretch of the sort index, then asks the index', () => {
  /**
   * The plan's two tests differ on purpose: the index's also matches the "Mark" row, which the row test
   * does not, so the answer shows which way found it.
   */
  async function searchedNames(customerId: string, walkRows: number, cursor?: string) {
    const db = t.app.ctx.db;
    const name = sql.ref('assets.name');
    const search: SearchPlan = {
      rowTest: sql<SqlBool>`${name} like ${'Match%'}`,
      indexed: sql<SqlBool>`(${name} like ${'Match%'} or ${name} like ${'Mark%'})`,
      walkRows,
      matchesFirst: t.database.engine === 'postgres',
      db,
    };
    const query = db.selectFrom('assets').selectAll('assets').where('assets.customer_id', '=', customerId);
    const page = await fetchPage(query, { table: 'assets', sort: parseSort('name', { name: 'name' }, 'name'), limit: 2, cursor, search });
    return { names: page.rows.map((r) => r.name), nextCursor: page.nextCursor };
  }

  it('answers from the walk when it finds a page or reaches the end of the list, and from the index when it stops short', async () => {
    const customer = await createCustomer(admin);
    for (const name of ['Aa', 'Ab', 'Ac', 'Mark', 'Match 1', 'Match 2', 'Match 3', 'Zz']) await createAsset(admin, { customerId: customer.id, name });
    // 8 rows walked: a page found (Match 1, 2 and a third for "more"), all by the row test.
    const first = await searchedNames(customer.id, 8);
    expect(first.names).toEqual(['Match 1', 'Match 2']);
    // The next page: the walk reaches the end of the list with one match, so that is the whole answer.
    expect((await searchedNames(customer.id, 8, first.nextCursor!)).names).toEqual(['Match 3']);
    expect((await searchedNames(customer.id, 8, first.nextCursor!)).nextCursor).toBeNull();
    // Four rows walked (Aa…Mark) find no page and do not reach the end: the index answers, "Mark" included.
    expect((await searchedNames(customer.id, 4)).names).toEqual(['Mark', 'Match 1']);
  });
});

describe('names sort without regard to case', () => {
  it('pages through a customer asset list by name, both directions, as a person would order them', async () => {
    const customer = await createCustomer(admin);
    for (const name of ['banana', 'Zebra', 'iPad', 'Apple', 'cherry', 'apple pie', 'IPAD']) await createAsset(admin, { customerId: customer.id, name });
    const names = async (sort: string) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = (await admin.get(`/api/v1/assets?customerId=${customer.id}&sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json() as { items: { name: string }[]; nextCursor: string | null };
        seen.push(...page.items.map((i) => i.name));
        cursor = page.nextCursor;
      } while (cursor);
      return seen;
    };
    const ascending = await names('name');
    expect(ascending.map((n) => n.toLowerCase())).toEqual(['apple', 'apple pie', 'banana', 'cherry', 'ipad', 'ipad', 'zebra']);
    expect((await names('-name')).map((n) => n.toLowerCase())).toEqual(['zebra', 'ipad', 'ipad', 'cherry', 'banana', 'apple pie', 'apple']);
  });
});

describe('assets by due date', () => {
  it('come overdue first and undated last, page by page', async () => {
    const customer = await createCustomer(admin);
    const dates = ['2027-05-01', null, '2026-01-01', '2026-06-01', null];
    for (const [i, nextDueDate] of dates.entries()) await createAsset(admin, { customerId: customer.id, name: `Due ${i}`, nextDueDate });
    const seen: (string | null)[] = [];
    let cursor: string | null = null;
    do {
      const response = await admin.get(`/api/v1/assets?customerId=${customer.id}&sort=nextDueDate&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.statusCode).toBe(200);
      const page = response.json() as { items: { nextDueDate: string | null }[]; nextCursor: string | null };
      seen.push(...page.items.map((i) => i.nextDueDate));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['2026-01-01', '2026-06-01', '2027-05-01', null, null]);
  });
});

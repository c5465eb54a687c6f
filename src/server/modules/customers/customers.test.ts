import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, staffSession, uniqueSuffix } from '../../../../test/factories.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = (await staffSession(t.app, 'admin')).session;
});
afterAll(() => t.close());

describe('customers', () => {
  it('creates, reads, updates and archives a customer', async () => {
    const created = await createCustomer(admin, { email: 'office@acme.test', internalNotes: 'pays late' });
    expect(created).toMatchObject({ parentId: null, email: 'office@acme.test', internalNotes: 'pays late', archivedAt: null });
    expect(created.number).toMatch(/^C-\d{6}$/);

    const read = await admin.get(`/api/v1/customers/${created.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(created);

    const patched = await admin.patch(`/api/v1/customers/${created.id}`, { name: 'Acme Maintenance Ltd', phone: '+44 20 1234' });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ name: 'Acme Maintenance Ltd', phone: '+44 20 1234', email: 'office@acme.test' });

    expect((await admin.delete(`/api/v1/customers/${created.id}`)).statusCode).toBe(204);
    expect((await admin.get(`/api/v1/customers/${created.id}`)).json().archivedAt).not.toBeNull();
    const list = await admin.get(`/api/v1/customers?q=${encodeURIComponent('Acme Maintenance Ltd')}`);
    expect(list.json().items.map((c: { id: string }) => c.id)).not.toContain(created.id);
    const withArchived = await admin.get(`/api/v1/customers?includeArchived=true&q=${encodeURIComponent('Acme Maintenance Ltd')}`);
    expect(withArchived.json().items.map((c: { id: string }) => c.id)).toContain(created.id);
  });

  it('records create, update and archive with the changed fields in the audit log', async () => {
    const created = await createCustomer(admin, { name: 'Audit Before' });
    await admin.patch(`/api/v1/customers/${created.id}`, { name: 'Audit After' });
    const events = await t.app.ctx.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('resource_id', '=', created.id)
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.action)).toEqual(['customer.create', 'customer.update']);
    expect(JSON.parse(events[1]!.details!)).toEqual({ changes: { name: { before: 'Audit Before', after: 'Audit After' } } });
  });

  it('answers the same 404 for a nonexistent customer, and 400 for a malformed id', async () => {
    const missing = await admin.get('/api/v1/customers/0190c7a0-0000-7000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');
    expect((await admin.get('/api/v1/customers/not-a-uuid')).statusCode).toBe(400);
  });

  it('validates input: unknown fields, empty names, bad e-mail, duplicate numbers', async () => {
    expect((await admin.post('/api/v1/customers', { name: 'X', colour: 'red' })).statusCode).toBe(400);
    expect((await admin.post('/api/v1/customers', { name: '' })).statusCode).toBe(400);
    expect((await admin.post('/api/v1/customers', { name: 'X', email: 'not-an-email' })).statusCode).toBe(400);
    const number = `N-${uniqueSuffix()}`;
    await createCustomer(admin, { number });
    const duplicate = await admin.post('/api/v1/customers', { name: 'Y', number });
    expect(duplicate.statusCode).toBe(409);
  });

  // Found by the OpenAPI fuzzer on PostgreSQL: the unique index refused the second insert, answered as a 500.
  it('answers 409, never 500, when the same number is created by requests at the same time', async () => {
    const number = `N-${uniqueSuffix()}`;
    const answers = await Promise.all([1, 2, 3, 4].map((i) => admin.post('/api/v1/customers', { name: `Twin ${i}`, number })));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409, 409, 409]);
    expect(answers.find((a) => a.statusCode === 409)!.json().error.code).toMatch(/conflict|taken/);
  });

  it('pages through a list with a cursor, each customer exactly once', async () => {
    const tag = uniqueSuffix();
    const ids = [];
    for (let i = 0; i < 7; i++) ids.push((await createCustomer(admin, { name: `Paged ${tag} ${i}` })).id);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = `/api/v1/customers?q=${tag}&limit=3&sort=-name${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await admin.get(url)).json();
      seen.push(...page.items.map((c: { id: string }) => c.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([...ids].reverse());
    expect((await admin.get(`/api/v1/customers?cursor=garbage`)).statusCode).toBe(400);
    expect((await admin.get(`/api/v1/customers?limit=500`)).statusCode).toBe(400);
  });

  it('groups customers under a consolidated account and refuses cycles', async () => {
    const group = await createCustomer(admin, { name: 'Chain HQ' });
    const branch = await createCustomer(admin, { name: 'Chain Branch', parentId: group.id });
    const shop = await createCustomer(admin, { name: 'Chain Shop', parentId: branch.id });
    const children = (await admin.get(`/api/v1/customers?parentId=${group.id}`)).json().items;
    expect(children.map((c: { id: string }) => c.id)).toEqual([branch.id]);

    const cycle = await admin.patch(`/api/v1/customers/${group.id}`, { parentId: shop.id });
    expect(cycle.statusCode).toBe(422);
    expect(cycle.json().error.code).toBe('cycle');
    expect((await admin.patch(`/api/v1/customers/${group.id}`, { parentId: group.id })).statusCode).toBe(422);

    const unknownParent = await admin.post('/api/v1/customers', { name: 'Orphan', parentId: '0190c7a0-0000-7000-8000-000000000000' });
    expect(unknownParent.statusCode).toBe(422);

    // Moving a sub-account moves its own children along.
    const other = await createCustomer(admin, { name: 'Other Group' });
    expect((await admin.patch(`/api/v1/customers/${branch.id}`, { parentId: other.id })).statusCode).toBe(200);
    const shopRow = await t.app.ctx.db.selectFrom('customers').select('path').where('id', '=', shop.id).executeTakeFirstOrThrow();
    expect(shopRow.path).toBe(`/${other.id}/${branch.id}/${shop.id}/`);
  });

  it('lets coordinators manage customers but not technicians', async () => {
    const coordinator = (await staffSession(t.app, 'coordinator')).session;
    const technician = (await staffSession(t.app, 'technician')).session;
    const created = await createCustomer(coordinator);
    expect((await technician.get(`/api/v1/customers/${created.id}`)).statusCode).toBe(200);
    expect((await technician.post('/api/v1/customers', { name: 'Nope' })).statusCode).toBe(403);
    expect((await technician.patch(`/api/v1/customers/${created.id}`, { name: 'Nope' })).statusCode).toBe(403);
    expect((await technician.delete(`/api/v1/customers/${created.id}`)).statusCode).toBe(403);
  });

  it('requires a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/customers' })).statusCode).toBe(401);
  });
});

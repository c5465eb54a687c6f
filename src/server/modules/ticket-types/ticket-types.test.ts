import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, staffSession, uniqueSuffix } from '../../../../test/factories.js';
import { createTicketType, ticketStatusId } from '../../../../test/factories-tickets.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = (await staffSession(t.app, 'admin')).session;
});
afterAll(() => t.close());

const ids = (page: { items: { id: string }[] }) => page.items.map((i) => i.id);

describe('ticket types', () => {
  it('starts with the default types, offered to every customer', async () => {
    const page = (await admin.get('/api/v1/ticket-types?sort=createdAt&limit=200')).json();
    const defaults = page.items.filter((t: { customerId: string | null }) => t.customerId === null).map((t: { key: string; name: string }) => [t.key, t.name]);
    expect(defaults).toEqual(
      expect.arrayContaining([
        ['service_request', 'Service request'],
        ['incident_report', 'Incident report'],
        ['visit_request', 'Visit request'],
        ['feedback', 'Feedback'],
        ['question', 'Question'],
      ]),
    );
  });

  it('creates, reads, renames and archives a type', async () => {
    const key = `repair_${uniqueSuffix()}`;
    const type = await createTicketType(admin, { key, name: 'Repair' });
    expect(type).toMatchObject({ key, name: 'Repair', customerId: null, archivedAt: null });
    expect((await admin.get(`/api/v1/ticket-types/${type.id}`)).json()).toEqual(type);

    const patched = await admin.patch(`/api/v1/ticket-types/${type.id}`, { name: 'Repair request' });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ key, name: 'Repair request' });

    expect((await admin.delete(`/api/v1/ticket-types/${type.id}`)).statusCode).toBe(204);
    expect(ids((await admin.get(`/api/v1/ticket-types?q=${key}`)).json())).toEqual([]);
    expect(ids((await admin.get(`/api/v1/ticket-types?q=${key}&includeArchived=true`)).json())).toEqual([type.id]);
    // An archived key is free again.
    expect((await admin.post('/api/v1/ticket-types', { key, name: 'Repair again' })).statusCode).toBe(201);
  });

  it('validates keys and refuses a key already offered to the same customers', async () => {
    expect((await admin.post('/api/v1/ticket-types', { key: 'Bad Key', name: 'X' })).statusCode).toBe(400);
    expect((await admin.post('/api/v1/ticket-types', { key: 'ok', name: 'X', colour: 'red' })).statusCode).toBe(400);
    expect((await admin.post('/api/v1/ticket-types', { key: 'feedback', name: 'Another feedback' })).statusCode).toBe(409);
    const customer = await createCustomer(admin);
    expect((await admin.post('/api/v1/ticket-types', { key: 'feedback', name: 'Own feedback', customerId: customer.id })).statusCode).toBe(409);
    const other = await createTicketType(admin, { name: 'Other' });
    expect((await admin.patch(`/api/v1/ticket-types/${other.id}`, { key: 'question' })).statusCode).toBe(409);
    expect((await admin.patch(`/api/v1/ticket-types/${other.id}`, { customerId: customer.id })).statusCode).toBe(400);
  });

  it('offers a per-customer type to that customer only', async () => {
    const acme = await createCustomer(admin);
    const globex = await createCustomer(admin);
    const key = `calibration_${uniqueSuffix()}`;
    const own = await createTicketType(admin, { key, name: 'Calibration', customerId: acme.id });
    expect(own.customerId).toBe(acme.id);
    // The same key may be another customer's own type too.
    const globexOwn = await createTicketType(admin, { key, name: 'Calibration', customerId: globex.id });

    const forAcme = (await admin.get(`/api/v1/ticket-types?customerId=${acme.id}&limit=200`)).json();
    expect(ids(forAcme)).toContain(own.id);
    expect(ids(forAcme)).not.toContain(globexOwn.id);
    expect(forAcme.items.filter((t: { customerId: string | null }) => t.customerId === null).length).toBeGreaterThanOrEqual(5);

    const unknown = await admin.post('/api/v1/ticket-types', { key: 'x', name: 'X', customerId: '0190c7a0-0000-7000-8000-000000000000' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.code).toBe('invalid_reference');
  });

  it('pages and searches', async () => {
    const tag = uniqueSuffix();
    const created = [];
    for (let i = 0; i < 5; i++) created.push((await createTicketType(admin, { key: `paged_${tag}_${i}`, name: `Paged ${tag} ${i}` })).id);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = (await admin.get(`/api/v1/ticket-types?q=${tag}&limit=2&sort=name${cursor ? `&cursor=${cursor}` : ''}`)).json();
      seen.push(...ids(page));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(created);
  });

  it('lets only admins change ticket types', async () => {
    const coordinator = (await staffSession(t.app, 'coordinator')).session;
    const technician = (await staffSession(t.app, 'technician')).session;
    const type = await createTicketType(admin);
    expect((await technician.get(`/api/v1/ticket-types/${type.id}`)).statusCode).toBe(200);
    expect((await coordinator.post('/api/v1/ticket-types', { key: 'nope', name: 'Nope' })).statusCode).toBe(403);
    expect((await technician.patch(`/api/v1/ticket-types/${type.id}`, { name: 'Nope' })).statusCode).toBe(403);
    expect((await coordinator.delete(`/api/v1/ticket-types/${type.id}`)).statusCode).toBe(403);
  });
});

describe('ticket statuses', () => {
  it('starts with the default workflow, ordered by position, "new" initial', async () => {
    const page = (await admin.get('/api/v1/ticket-statuses')).json();
    const defaults = page.items.slice(0, 5).map((s: { key: string; name: string; category: string; isInitial: boolean }) => [s.key, s.name, s.category, s.isInitial]);
    expect(defaults).toEqual([
      ['new', 'New', 'open', true],
      ['in_progress', 'In progress', 'in_progress', false],
      ['waiting_for_customer', 'Waiting for customer', 'in_progress', false],
      ['resolved', 'Resolved', 'closed', false],
      ['closed', 'Closed', 'closed', false],
    ]);
    const positions = page.items.map((s: { position: number }) => s.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const closed = (await admin.get('/api/v1/ticket-statuses?category=closed')).json();
    expect(closed.items.map((s: { key: string }) => s.key)).toEqual(['resolved', 'closed']);
  });

  it('creates, updates and archives a status; keys are unique', async () => {
    const key = `on_hold_${uniqueSuffix()}`;
    const created = await admin.post('/api/v1/ticket-statuses', { key, name: 'On hold', category: 'in_progress', position: 25 });
    expect(created.statusCode).toBe(201);
    const status = created.json();
    expect(status).toMatchObject({ key, name: 'On hold', category: 'in_progress', position: 25, isInitial: false, archivedAt: null });
    const order = (await admin.get('/api/v1/ticket-statuses')).json().items.map((s: { key: string }) => s.key);
    expect(order.indexOf(key)).toBe(order.indexOf('in_progress') + 1);

    const patched = await admin.patch(`/api/v1/ticket-statuses/${status.id}`, { name: 'Paused', category: 'open' });
    expect(patched.json()).toMatchObject({ name: 'Paused', category: 'open' });
    expect((await admin.post('/api/v1/ticket-statuses', { key, name: 'Dup', category: 'open' })).statusCode).toBe(409);
    expect((await admin.post('/api/v1/ticket-statuses', { key: 'x', name: 'X', category: 'done' })).statusCode).toBe(400);

    expect((await admin.delete(`/api/v1/ticket-statuses/${status.id}`)).statusCode).toBe(204);
    expect((await admin.get('/api/v1/ticket-statuses')).json().items.map((s: { id: string }) => s.id)).not.toContain(status.id);
    expect((await admin.get('/api/v1/ticket-statuses?includeArchived=true')).json().items.map((s: { id: string }) => s.id)).toContain(status.id);
  });

  it('keeps exactly one initial status', async () => {
    const newId = await ticketStatusId(admin, 'new');
    const triage = (await admin.post('/api/v1/ticket-statuses', { key: `triage_${uniqueSuffix()}`, name: 'Triage', category: 'open', isInitial: true })).json();
    expect(triage.isInitial).toBe(true);
    expect(triage.position).toBeGreaterThan(50);
    expect((await admin.get(`/api/v1/ticket-statuses/${newId}`)).json().isInitial).toBe(false);

    const unset = await admin.patch(`/api/v1/ticket-statuses/${triage.id}`, { isInitial: false });
    expect(unset.statusCode).toBe(422);
    expect((await admin.delete(`/api/v1/ticket-statuses/${triage.id}`)).statusCode).toBe(422);

    expect((await admin.patch(`/api/v1/ticket-statuses/${newId}`, { isInitial: true })).json().isInitial).toBe(true);
    const initial = (await admin.get('/api/v1/ticket-statuses?limit=200')).json().items.filter((s: { isInitial: boolean }) => s.isInitial);
    expect(initial.map((s: { id: string }) => s.id)).toEqual([newId]);
  });

  it('lets only admins change statuses', async () => {
    const coordinator = (await staffSession(t.app, 'coordinator')).session;
    expect((await coordinator.get('/api/v1/ticket-statuses')).statusCode).toBe(200);
    expect((await coordinator.post('/api/v1/ticket-statuses', { key: 'nope', name: 'Nope', category: 'open' })).statusCode).toBe(403);
    const newId = await ticketStatusId(admin, 'new');
    expect((await coordinator.patch(`/api/v1/ticket-statuses/${newId}`, { name: 'Nope' })).statusCode).toBe(403);
  });
});

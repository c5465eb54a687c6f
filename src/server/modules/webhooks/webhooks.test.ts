import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, staffSession } from '../../../../test/factories.js';
import { createPortalUser } from '../../../../test/factories-portal.js';
import { createFlag, createOrder } from '../../../../test/factories-projects.js';
import { createTicket } from '../../../../test/factories-tickets.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../../../test/webhook-receiver.js';
import { verifySignature } from './webhook-signature.js';
import { WEBHOOK_RETRY_DELAYS_SECONDS } from './webhook-worker.js';

/**
 * Issue #15: admins subscribe URLs to event kinds; every delivery is written with the change it reports,
 * signed (HMAC-SHA256 over timestamp and body), retried with backoff until the receiver takes it, kept in a
 * delivery log, and a customer-facing subscription never gets a field the customer's portal users could not see.
 */
/** The integrator's endpoint: answers each request with the next status of `hooks.answers` (200 when none is left). */
let hooks: WebhookReceiver;
let t: TestApp;
let admin: Session;

beforeAll(async () => {
  hooks = await startWebhookReceiver();
  t = await buildTestApp({ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' });
});
afterAll(async () => {
  await t.close();
  await hooks.close();
});
// A fresh session each test: the retry test moves the clock past a session's lifetime.
beforeEach(async () => {
  hooks.received = [];
  hooks.answers = [];
  admin = (await staffSession(t.app, 'admin')).session;
});

async function subscribe(body: Record<string, unknown>) {
  const response = await admin.post('/api/v1/webhooks', { url: hooks.url, ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; secret: string };
}

async function deliveriesOf(id: string) {
  const response = await admin.get(`/api/v1/webhooks/${id}/deliveries`);
  expect(response.statusCode).toBe(200);
  return response.json().items as { id: string; event: string; status: string; attempts: number; responseStatus: number | null; payload: string; nextAttemptAt: string | null }[];
}

describe('webhooks', () => {
  it('posts a signed event a receiver can verify, once, and logs it', async () => {
    const customer = await createCustomer(admin);
    const hook = await subscribe({ events: ['ticket.created'], customerId: customer.id });
    expect(hook.secret).toMatch(/^whsec_/);
    // The secret is shown once: reads never carry it.
    expect((await admin.get(`/api/v1/webhooks/${hook.id}`)).json()).not.toHaveProperty('secret');

    const ticket = await createTicket(admin, customer.id, { title: 'Chiller alarm' });
    expect(await t.app.webhookWorker.runOnce()).toBe(1);
    expect(hooks.received).toHaveLength(1);
    const [delivery] = hooks.received;
    expect(delivery!.headers['portico-event']).toBe('ticket.created');
    const signature = String(delivery!.headers['portico-signature']);
    const now = Math.floor(t.clock.now().getTime() / 1000);
    expect(verifySignature(hook.secret, signature, delivery!.body, now)).toBe(true);
    expect(verifySignature(hook.secret, signature, delivery!.body.replace('Chiller', 'Boiler'), now)).toBe(false);
    expect(verifySignature('whsec_other', signature, delivery!.body, now)).toBe(false);
    // A replayed delivery is refused by a receiver that checks the timestamp's age.
    expect(verifySignature(hook.secret, signature, delivery!.body, now + 600)).toBe(false);
    const event = JSON.parse(delivery!.body);
    expect(event).toMatchObject({ type: 'ticket.created', customerId: customer.id, data: { id: ticket.id, title: 'Chiller alarm' } });

    // Nothing due any more: a second round posts nothing.
    expect(await t.app.webhookWorker.runOnce()).toBe(0);
    expect(hooks.received).toHaveLength(1);
    const [logged] = await deliveriesOf(hook.id);
    expect(logged).toMatchObject({ event: 'ticket.created', status: 'delivered', attempts: 1, responseStatus: 200, nextAttemptAt: null });
    expect(logged!.payload).toBe(delivery!.body);
  });

  it('retries with backoff until the receiver takes the event, and gives up after the last try', async () => {
    const customer = await createCustomer(admin);
    const hook = await subscribe({ events: ['ticket.updated'], customerId: customer.id });
    const ticket = await createTicket(admin, customer.id);
    expect((await admin.patch(`/api/v1/tickets/${ticket.id}`, { priority: 'high' })).statusCode).toBe(200);

    hooks.answers = [500];
    expect(await t.app.webhookWorker.runOnce()).toBe(0);
    let [logged] = await deliveriesOf(hook.id);
    expect(logged).toMatchObject({ status: 'pending', attempts: 1, responseStatus: 500 });
    const firstRetry = new Date(t.clock.now().getTime() + WEBHOOK_RETRY_DELAYS_SECONDS[0]! * 1000).toISOString();
    expect(logged!.nextAttemptAt).toBe(firstRetry);
    // Not before its time.
    expect(await t.app.webhookWorker.runOnce()).toBe(0);
    expect(hooks.received).toHaveLength(1);

    t.clock.advance(WEBHOOK_RETRY_DELAYS_SECONDS[0]! * 1000);
    expect(await t.app.webhookWorker.runOnce()).toBe(1);
    [logged] = await deliveriesOf(hook.id);
    expect(logged).toMatchObject({ status: 'delivered', attempts: 2, responseStatus: 200 });
    expect(hooks.received.map((r) => r.headers['portico-delivery'])).toEqual([logged!.id, logged!.id]);

    // A receiver that never takes it: every retry, then failed; an admin may send it again.
    expect((await admin.patch(`/api/v1/tickets/${ticket.id}`, { priority: 'low' })).statusCode).toBe(200);
    hooks.answers = Array(WEBHOOK_RETRY_DELAYS_SECONDS.length + 1).fill(503);
    for (const delay of [0, ...WEBHOOK_RETRY_DELAYS_SECONDS]) {
      t.clock.advance(delay * 1000);
      await t.app.webhookWorker.runOnce();
    }
    admin = (await staffSession(t.app, 'admin')).session;
    const [failed] = await deliveriesOf(hook.id);
    expect(failed).toMatchObject({ status: 'failed', attempts: WEBHOOK_RETRY_DELAYS_SECONDS.length + 1, responseStatus: 503 });
    const retried = await admin.post(`/api/v1/webhooks/${hook.id}/deliveries/${failed!.id}/retry`);
    expect(retried.statusCode, retried.body).toBe(200);
    expect(await t.app.webhookWorker.runOnce()).toBe(1);
    expect((await admin.post(`/api/v1/webhooks/${hook.id}/deliveries/${failed!.id}/retry`)).statusCode).toBe(422);
  });

  it('sends a customer-facing subscription only what the customer’s portal users see, and only that customer’s events', async () => {
    const parent = await createCustomer(admin);
    const child = await createCustomer(admin, { parentId: parent.id });
    const other = await createCustomer(admin);
    const customerFacing = await subscribe({ events: ['order.status_changed'], customerId: parent.id, customerFacing: true });
    const backOffice = await subscribe({ events: ['order.status_changed'], customerId: child.id });
    const order = await createOrder(admin, child.id, { title: 'Catalogue', internalNotes: 'Customer pays late' });
    const internal = await createFlag(admin, { name: 'Credit hold', customerVisible: false });
    expect((await admin.post(`/api/v1/flags/${internal.id}/assignments`, { resourceType: 'order', resourceId: order.id })).statusCode).toBeLessThan(300);
    expect((await admin.patch(`/api/v1/orders/${order.id}`, { status: 'in_production' })).statusCode).toBe(200);
    const elsewhere = await createOrder(admin, other.id);
    expect((await admin.patch(`/api/v1/orders/${elsewhere.id}`, { status: 'in_production' })).statusCode).toBe(200);

    await t.app.webhookWorker.runOnce();
    const [toCustomer] = await deliveriesOf(customerFacing.id);
    const [toBackOffice] = await deliveriesOf(backOffice.id);
    expect((await deliveriesOf(customerFacing.id)).length).toBe(1);
    const seenByCustomer = JSON.parse(toCustomer!.payload).data;
    expect(seenByCustomer).toMatchObject({ id: order.id, status: 'in_production', flags: [] });
    expect(seenByCustomer).not.toHaveProperty('internalNotes');
    expect(toCustomer!.payload).not.toContain('Customer pays late');
    expect(toCustomer!.payload).not.toContain('Credit hold');
    const seenByBackOffice = JSON.parse(toBackOffice!.payload).data;
    expect(seenByBackOffice).toMatchObject({ internalNotes: 'Customer pays late', flags: [expect.objectContaining({ name: 'Credit hold' })] });
  });

  it('is for admins: refuses portal users and coordinators, private targets unless allowed, and bad input', async () => {
    const customer = await createCustomer(admin);
    const portal = await createPortalUser(t.app, { customerId: customer.id, capabilities: { customerAdmin: true } });
    const hook = await subscribe({ events: ['ticket.created'] });
    for (const [method, url] of [['GET', '/api/v1/webhooks'], ['GET', `/api/v1/webhooks/${hook.id}`], ['GET', `/api/v1/webhooks/${hook.id}/deliveries`], ['DELETE', `/api/v1/webhooks/${hook.id}`]] as const) {
      expect((await portal.session.inject({ method, url })).statusCode).toBe(403);
    }
    const coordinator = (await staffSession(t.app, 'coordinator')).session;
    expect((await coordinator.get('/api/v1/webhooks')).statusCode).toBe(403);
    expect((await admin.get('/api/v1/webhooks/0190b4a8-7b0c-7000-8000-000000000000')).statusCode).toBe(404);
    expect((await admin.post('/api/v1/webhooks', { url: hooks.url, events: [] })).statusCode).toBe(400);
    expect((await admin.post('/api/v1/webhooks', { url: hooks.url, events: ['ticket.deleted'] })).statusCode).toBe(400);
    expect((await admin.post('/api/v1/webhooks', { url: 'ftp://example.com/x', events: ['ticket.created'] })).statusCode).toBe(422);
    expect((await admin.post('/api/v1/webhooks', { url: 'https://user:pw@example.com/x', events: ['ticket.created'] })).statusCode).toBe(422);

    // Deleted: gone from the list, and deliveries still due are not posted.
    const ticketCustomer = await createCustomer(admin);
    await createTicket(admin, ticketCustomer.id);
    expect((await admin.delete(`/api/v1/webhooks/${hook.id}`)).statusCode).toBe(204);
    expect((await admin.get('/api/v1/webhooks')).json().items.map((item: { id: string }) => item.id)).not.toContain(hook.id);
    await t.app.webhookWorker.runOnce();
    expect(hooks.received.filter((r) => JSON.parse(r.body).customerId === ticketCustomer.id)).toEqual([]);
    const events = await t.app.ctx.db.selectFrom('audit_events').select('action').where('resource_id', '=', hook.id).orderBy('id').execute();
    expect(events.map((e) => e.action)).toEqual(['webhook.create', 'webhook.archive']);
  });
});

describe('webhook targets without WEBHOOK_ALLOW_PRIVATE_TARGETS', () => {
  let strict: TestApp;
  beforeAll(async () => {
    strict = await buildTestApp();
  });
  afterAll(() => strict.close());

  it('takes https to public hosts only, and refuses at delivery a name that resolves to a private address', async () => {
    const session = (await staffSession(strict.app, 'admin')).session;
    for (const url of [hooks.url, 'https://127.0.0.1/x', 'https://10.1.2.3/x', 'https://[::1]/x', 'https://localhost/x', 'https://169.254.169.254/latest']) {
      const response = await session.post('/api/v1/webhooks', { url, events: ['ticket.created'] });
      expect(response.statusCode, url).toBe(422);
    }
    // A name that passed the URL check but resolves to a private address (DNS rebinding): refused when the
    // connection is made. Stored directly, as a name that resolved publicly when it was subscribed would be.
    const hook = await session.post('/api/v1/webhooks', { url: 'https://hooks.example.com/x', events: ['ticket.created'] });
    expect(hook.statusCode, hook.body).toBe(201);
    await strict.app.ctx.db.updateTable('webhook_subscriptions').set({ url: 'https://localhost:1/x' }).where('id', '=', hook.json().id).execute();
    const customer = await createCustomer(session);
    await createTicket(session, customer.id);
    await strict.app.webhookWorker.runOnce();
    const [logged] = (await session.get(`/api/v1/webhooks/${hook.json().id}/deliveries`)).json().items;
    expect(logged).toMatchObject({ status: 'pending', attempts: 1, responseStatus: null });
    expect(logged.lastError).toContain('loopback or private-network address');
    expect(hooks.received).toEqual([]);
  });
});

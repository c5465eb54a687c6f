import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, staffSession } from '../../../../test/factories.js';
import { createWorkOrder } from '../../../../test/factories-assets.js';
import { fileTypeId, uploadFile } from '../../../../test/factories-files.js';
import { createPortalUser } from '../../../../test/factories-portal.js';
import { createOrder, insertSite } from '../../../../test/factories-projects.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../../../test/webhook-receiver.js';

/**
 * Issue #14: staff ask a customer to approve an order or a completed work order for an amount; portal users
 * with the approve capability approve (PO reference, drawn signature) or decline (reason) within their limit;
 * staff may record a decision taken elsewhere, with evidence. Every step is audited, notified and, for
 * decisions, sent to webhooks.
 */
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const MISSING = '0190c7a0-0000-7000-8000-000000000000';

let t: TestApp;
let admin: Session;
let hooks: WebhookReceiver;

beforeAll(async () => {
  hooks = await startWebhookReceiver();
  t = await buildTestApp({ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' });
  admin = (await staffSession(t.app, 'admin')).session;
});
afterAll(async () => {
  await t.close();
  await hooks.close();
});
beforeEach(() => {
  hooks.received = [];
});

async function requested(recordPath: string, amount: number, message?: string) {
  const response = await admin.post(`/api/v1/${recordPath}/approval-requests`, { amount, ...(message ? { message } : {}) });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function approver(customerId: string, capabilities: Record<string, unknown> = { approve: true }) {
  return createPortalUser(t.app, { customerId, modes: { orders: 'all_in_scope', assets: 'all_in_scope' }, capabilities });
}

async function auditActions(recordId: string) {
  const rows = await t.app.ctx.db.selectFrom('audit_events').select('action').where('resource_id', '=', recordId).orderBy('id').execute();
  return rows.map((row) => row.action);
}

describe('approvals', () => {
  it('staff request, a portal approver approves with PO and signature; the order, history, audit, inbox and mail tell it', async () => {
    const customer = await createCustomer(admin);
    const order = await createOrder(admin, customer.id, { title: 'Brochures' });
    expect((await admin.get(`/api/v1/orders/${order.id}`)).json()).toMatchObject({ approvalState: 'none', approvalAmount: null });
    const portal = await approver(customer.id);
    const bystander = await createPortalUser(t.app, { customerId: customer.id, modes: { orders: 'all_in_scope' } });

    const round = await requested(`orders/${order.id}`, 125_000, 'Proof v2, 5000 copies');
    expect(round).toMatchObject({ state: 'requested', amount: 125_000, message: 'Proof v2, 5000 copies', recordType: 'order', recordId: order.id, decidedAt: null });
    expect((await portal.session.get(`/api/v1/orders/${order.id}`)).json()).toMatchObject({ approvalState: 'requested', approvalAmount: 125_000 });

    // Only approvers who see the order are told; the bystander without the capability is not.
    const inbox = (await portal.session.get('/api/v1/notifications')).json().items;
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({ kind: 'approval_requested', ticketId: null, data: { recordType: 'order', recordId: order.id, amount: 125_000 } });
    expect((await bystander.session.get('/api/v1/notifications')).json().items).toHaveLength(0);
    const mails = await t.app.ctx.db.selectFrom('mail_outbox').select(['to_address', 'subject', 'kind']).where('user_id', '=', portal.userId).execute();
    expect(mails).toEqual([expect.objectContaining({ kind: 'approval_requested', subject: expect.stringContaining('Approval requested') })]);

    // The bystander sees the order but may not decide.
    const refused = await bystander.session.post(`/api/v1/orders/${order.id}/approval-decisions`, { decision: 'approved' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('approval_not_allowed');

    const approved = await portal.session.post(`/api/v1/orders/${order.id}/approval-decisions`, { decision: 'approved', poReference: 'PO-4711', signature: PNG });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ state: 'approved', poReference: 'PO-4711', signature: PNG, decidedByName: 'Portal user', onBehalfOf: null });
    expect((await admin.get(`/api/v1/orders/${order.id}`)).json().approvalState).toBe('approved');

    // Decided once: a second decision finds nothing open.
    const again = await portal.session.post(`/api/v1/orders/${order.id}/approval-decisions`, { decision: 'declined', reason: 'changed my mind' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('approval_not_requested');

    // The staff user who asked hears of the decision.
    const staffInbox = (await admin.get('/api/v1/notifications')).json().items;
    expect(staffInbox[0]).toMatchObject({ kind: 'approval_decided', data: { decision: 'approved', recordId: order.id } });

    // A new request after the decision starts a new round; the history is newest first.
    await requested(`orders/${order.id}`, 130_000);
    const history = (await admin.get(`/api/v1/orders/${order.id}/approvals`)).json().items;
    expect(history.map((a: { state: string; amount: number }) => [a.state, a.amount])).toEqual([
      ['requested', 130_000],
      ['approved', 125_000],
    ]);
    expect(await auditActions(order.id)).toEqual(['order.create', 'order.approval_requested', 'order.approved', 'order.approval_requested']);
  });

  it('refuses an approval above the user’s limit with a clear error, and allows declining with a reason', async () => {
    const customer = await createCustomer(admin);
    const order = await createOrder(admin, customer.id);
    const portal = await approver(customer.id, { approve: true, approvalLimit: 100_000 });
    await requested(`orders/${order.id}`, 250_000);

    const over = await portal.session.post(`/api/v1/orders/${order.id}/approval-decisions`, { decision: 'approved', poReference: 'PO-1' });
    expect(over.statusCode).toBe(403);
    expect(over.json().error).toMatchObject({ code: 'approval_limit_exceeded', message: expect.stringContaining('1,000.00') });
    expect((await admin.get(`/api/v1/orders/${order.id}`)).json().approvalState).toBe('requested');

    const noReason = await portal.session.post(`/api/v1/orders/${order.id}/approval-decisions`, { decision: 'declined', reason: '  ' });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().error.code).toBe('reason_required');
    const declined = await portal.session.post(`/api/v1/orders/${order.id}/approval-decisions`, { decision: 'declined', reason: 'Over budget this quarter' });
    expect(declined.statusCode, declined.body).toBe(200);
    expect(declined.json()).toMatchObject({ state: 'declined', declineReason: 'Over budget this quarter' });
    expect((await admin.get(`/api/v1/orders/${order.id}`)).json()).toMatchObject({ approvalState: 'declined', approvalAmount: 250_000 });
  });

  it('validates the signature as a bounded PNG data URL and the PO reference length', async () => {
    const customer = await createCustomer(admin);
    const order = await createOrder(admin, customer.id);
    const portal = await approver(customer.id);
    await requested(`orders/${order.id}`, 500);
    const decide = (body: object) => portal.session.post(`/api/v1/orders/${order.id}/approval-decisions`, { decision: 'approved', ...body });
    const gif = `data:image/gif;base64,${Buffer.from('GIF89a').toString('base64')}`;
    const fakePng = `data:image/png;base64,${Buffer.from('<script>alert(1)</script>').toString('base64')}`;
    const huge = `data:image/png;base64,${Buffer.concat([Buffer.from(PNG.split(',')[1]!, 'base64'), Buffer.alloc(301 * 1024)]).toString('base64')}`;
    for (const signature of [gif, fakePng, 'data:image/png;base64,***', huge]) {
      const response = await decide({ signature });
      expect([400, 422], signature.slice(0, 40)).toContain(response.statusCode);
      if (response.statusCode === 422) expect(response.json().error.code).toBe('invalid_signature');
    }
    expect((await decide({ poReference: 'x'.repeat(101) })).statusCode).toBe(400);
    expect((await decide({ onBehalfOf: { customerPerson: 'Me', note: 'x' } })).statusCode).toBe(422);
    expect((await admin.get(`/api/v1/orders/${order.id}`)).json().approvalState).toBe('requested');
  });

  it('staff record a decision on the customer’s behalf only with evidence: a note or a file of the record', async () => {
    const customer = await createCustomer(admin);
    const order = await createOrder(admin, customer.id);
    const other = await createOrder(admin, customer.id);
    await requested(`orders/${order.id}`, 9_900);
    const decide = (body: object) => admin.post(`/api/v1/orders/${order.id}/approval-decisions`, { decision: 'approved', ...body });

    expect((await decide({})).json().error.code).toBe('evidence_required');
    expect((await decide({ onBehalfOf: { customerPerson: 'Dana Buyer' } })).json().error.code).toBe('evidence_required');
    const foreignFile = (await uploadFile(admin, { resourceType: 'order', resourceId: other.id, fileTypeId: await fileTypeId(t.app, 'Report'), content: 'mail', filename: 'ok.eml' })).json();
    const wrongFile = await decide({ onBehalfOf: { customerPerson: 'Dana Buyer', fileId: foreignFile.id } });
    expect(wrongFile.statusCode).toBe(422);
    expect(wrongFile.json().error.code).toBe('invalid_reference');

    const file = (await uploadFile(admin, { resourceType: 'order', resourceId: order.id, fileTypeId: await fileTypeId(t.app, 'Report'), content: 'mail', filename: 'ok.eml' })).json();
    const recorded = await decide({ poReference: 'PO-77', onBehalfOf: { customerPerson: 'Dana Buyer', note: 'Approved by phone', fileId: file.id } });
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(recorded.json()).toMatchObject({ state: 'approved', onBehalfOf: { customerPerson: 'Dana Buyer', note: 'Approved by phone', fileId: file.id } });

    // The customer's portal users see whose decision it was, not the staff's evidence.
    const portal = await approver(customer.id);
    const seen = (await portal.session.get(`/api/v1/orders/${order.id}/approvals`)).json().items[0];
    expect(seen.onBehalfOf).toEqual({ customerPerson: 'Dana Buyer' });
  });

  it('work orders are approved once completed; their assignees hear of the decision', async () => {
    const customer = await createCustomer(admin);
    const tech = await staffSession(t.app, 'technician');
    const workOrder = await createWorkOrder(admin, { customerId: customer.id, assigneeIds: [tech.user.id] });
    const early = await admin.post(`/api/v1/work-orders/${workOrder.id}/approval-requests`, { amount: 1000 });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('work_order_not_completed');
    for (const status of ['in_progress', 'completed']) expect((await admin.patch(`/api/v1/work-orders/${workOrder.id}`, { status })).statusCode).toBe(200);

    await requested(`work-orders/${workOrder.id}`, 48_000);
    const twice = await admin.post(`/api/v1/work-orders/${workOrder.id}/approval-requests`, { amount: 1 });
    expect(twice.json().error.code).toBe('approval_already_requested');
    const portal = await approver(customer.id);
    const approved = await portal.session.post(`/api/v1/work-orders/${workOrder.id}/approval-decisions`, { decision: 'approved' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect((await portal.session.get(`/api/v1/work-orders/${workOrder.id}`)).json()).toMatchObject({ approvalState: 'approved', approvalAmount: 48_000 });
    expect((await tech.session.get('/api/v1/notifications')).json().items[0]).toMatchObject({ kind: 'approval_decided', data: { recordType: 'work_order' } });
    // An edit of the work order leaves its approval alone.
    await admin.patch(`/api/v1/work-orders/${workOrder.id}`, { title: 'Renamed' });
    expect((await admin.get(`/api/v1/work-orders/${workOrder.id}`)).json().approvalState).toBe('approved');
  });

  it('an approver who does not see the record gets the shared 404; a portal user cannot request approvals', async () => {
    const customer = await createCustomer(admin);
    const siteA = await insertSite(t.app, customer.id);
    const siteB = await insertSite(t.app, customer.id);
    const order = await createOrder(admin, customer.id, { siteId: siteB });
    await requested(`orders/${order.id}`, 700);
    const narrowed = await createPortalUser(t.app, { customerId: customer.id, modes: { orders: 'all_in_scope' }, sites: [{ siteId: siteA, level: 'write' }], capabilities: { approve: true } });
    for (const id of [order.id, MISSING]) {
      const decide = await narrowed.session.post(`/api/v1/orders/${id}/approval-decisions`, { decision: 'approved' });
      const history = await narrowed.session.get(`/api/v1/orders/${id}/approvals`);
      expect([decide.statusCode, history.statusCode]).toEqual([404, 404]);
      expect(decide.json().error.message).toBe('Order not found.');
    }
    // Nor was the narrowed approver told of the request.
    expect((await narrowed.session.get('/api/v1/notifications')).json().items).toHaveLength(0);
    const portal = await approver(customer.id);
    const request = await portal.session.post(`/api/v1/orders/${order.id}/approval-requests`, { amount: 1 });
    expect(request.statusCode).toBe(403);
  });

  it('two staff asking at the same moment open one round, never two', async () => {
    const customer = await createCustomer(admin);
    const order = await createOrder(admin, customer.id);
    const answers = await Promise.all([1, 2].map((n) => admin.post(`/api/v1/orders/${order.id}/approval-requests`, { amount: n * 100 })));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    const history = (await admin.get(`/api/v1/orders/${order.id}/approvals`)).json().items;
    expect(history).toHaveLength(1);
  });

  it('a customer admin gives colleagues the approve capability only within their own limit', async () => {
    const customer = await createCustomer(admin);
    const customerAdmin = await createPortalUser(t.app, { customerId: customer.id, capabilities: { customerAdmin: true, approve: true, approvalLimit: 100_000 } });
    const colleague = await createPortalUser(t.app, { customerId: customer.id });
    const give = (capabilities: object) => customerAdmin.session.put(`/api/v1/users/${colleague.userId}/access`, { capabilities });
    expect((await give({ approve: true, approvalLimit: null })).statusCode).toBe(403);
    expect((await give({ approve: true, approvalLimit: 200_000 })).statusCode).toBe(403);
    const within = await give({ approve: true, approvalLimit: 50_000 });
    expect(within.statusCode, within.body).toBe(200);
    expect(within.json().capabilities).toMatchObject({ approve: true, approvalLimit: 50_000 });
    expect((await colleague.session.get('/api/v1/me')).json().portal.capabilities).toMatchObject({ approve: true, approvalLimit: 50_000 });
  });

  it('queues approval.decided in the decision’s transaction; a customer-facing subscription gets no staff evidence', async () => {
    const customer = await createCustomer(admin);
    const subscribe = async (customerFacing: boolean) =>
      (await admin.post('/api/v1/webhooks', { url: hooks.url, events: ['approval.decided'], customerId: customer.id, customerFacing })).json() as { id: string };
    await subscribe(true);
    await subscribe(false);
    const order = await createOrder(admin, customer.id);
    await requested(`orders/${order.id}`, 4_200);
    const decided = await admin.post(`/api/v1/orders/${order.id}/approval-decisions`, { decision: 'declined', reason: 'Customer called', onBehalfOf: { customerPerson: 'Dana Buyer', note: 'Phone call 10:30, internal ref 99' } });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(await t.app.webhookWorker.runOnce()).toBe(2);
    const received = hooks.received.map((hook) => hook.body);
    const bodies = received.map((body) => JSON.parse(body));
    expect(bodies.every((b) => b.type === 'approval.decided' && b.data.record.id === order.id && b.data.approval.state === 'declined')).toBe(true);
    const texts = received.join('\n');
    expect(received.filter((body) => body.includes('internal ref 99'))).toHaveLength(1);
    expect(texts).toContain('Dana Buyer');
  });
});

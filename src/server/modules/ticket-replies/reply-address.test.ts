import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createStaffUser, staffSession } from '../../../../test/factories.js';
import { createPortalUser } from '../../../../test/factories-portal.js';
import { createTicketType } from '../../../../test/factories-tickets.js';
import { buildTestApp, loginAs, type Session, type TestApp } from '../../../../test/helpers.js';
import { REPLY_MARKER } from './reply-marker.js';

/** Issue #10, the outgoing half: notification mails carry a per-ticket, per-recipient reply address. */
let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp({ INBOUND_SMTP_PORT: '0' });
  admin = (await staffSession(t.app, 'admin')).session;
});
afterAll(() => t.close());

const REPLY_ADDRESS = /^reply\+[0-9a-f]{40}@portico\.test$/;

const mailsTo = (address: string) => t.app.ctx.db.selectFrom('mail_outbox').selectAll().where('to_address', '=', address.toLowerCase()).orderBy('id').execute();

async function desk(capabilities: { createTickets: boolean } = { createTickets: true }) {
  const customer = await createCustomer(admin);
  const tech = await createStaffUser(t.app, { role: 'technician' });
  const type = await createTicketType(admin, { defaultResponsibleUserId: tech.user.id });
  const submitter = await createPortalUser(t.app, { customerId: customer.id, capabilities: { createTickets: true, ticketTypeIds: [type.id] } });
  const viewer = await createPortalUser(t.app, { customerId: customer.id, modes: { tickets: 'all_in_scope' }, capabilities: { ...capabilities, ticketTypeIds: [type.id] } });
  const raised = await submitter.session.post('/api/v1/tickets', { typeId: type.id, title: 'Boiler noise' });
  expect(raised.statusCode, raised.body).toBe(201);
  return { customer, tech, type, submitter, viewer, ticket: raised.json() as { id: string; number: string } };
}

describe('reply addresses in notification mails', () => {
  it('gives each mail its own reply address, stores only its hash, and puts it in the Reply-To header', async () => {
    const d = await desk();
    const [created] = await mailsTo(d.tech.user.email!);
    expect(created!.reply_to).toMatch(REPLY_ADDRESS);
    expect(created!.text_body.startsWith(REPLY_MARKER.en)).toBe(true);
    expect(created!.text_body).toContain('You can reply to this e-mail');
    const token = /reply\+([0-9a-f]+)@/.exec(created!.reply_to!)![1]!;
    const rows = await t.app.ctx.db.selectFrom('ticket_reply_tokens').selectAll().where('user_id', '=', d.tech.user.id).execute();
    expect(rows).toEqual([expect.objectContaining({ ticket_id: d.ticket.id, comment_visibility: 'public' })]);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(Date.parse(rows[0]!.expires_at) - Date.parse(rows[0]!.created_at)).toBe(90 * 86_400_000);

    await t.app.mailWorker.runOnce();
    const eml = fs.readFileSync(path.join(t.database.config.dataDir, 'mail', `${created!.id}.eml`), 'utf8');
    expect(eml).toContain(`Reply-To: ${created!.reply_to}`);

    const techSession = await loginAs(t.app, d.tech.login, d.tech.password);
    await techSession.post(`/api/v1/tickets/${d.ticket.id}/comments`, { body: 'On it.', visibility: 'public' });
    await techSession.post(`/api/v1/tickets/${d.ticket.id}/comments`, { body: 'Tomorrow.', visibility: 'public' });
    const submitterMails = await mailsTo((await t.app.ctx.db.selectFrom('users').select('email').where('id', '=', d.submitter.userId).executeTakeFirstOrThrow()).email!);
    expect(submitterMails).toHaveLength(2);
    expect(submitterMails.every((m) => REPLY_ADDRESS.test(m.reply_to ?? ''))).toBe(true);
    expect(submitterMails[0]!.reply_to).not.toBe(submitterMails[1]!.reply_to);
  });

  it('marks a reply to an internal note internal, and gives no address to a viewer who may not comment', async () => {
    const d = await desk({ createTickets: false });
    await admin.post(`/api/v1/tickets/${d.ticket.id}/comments`, { body: 'Supplier is late', visibility: 'internal' });
    const techMails = await mailsTo(d.tech.user.email!);
    expect(techMails.map((m) => m.kind)).toEqual(['ticket_created', 'ticket_comment']);
    expect(techMails[1]!.reply_to).toMatch(REPLY_ADDRESS);
    const internal = await t.app.ctx.db.selectFrom('ticket_reply_tokens').select('comment_visibility').where('user_id', '=', d.tech.user.id).orderBy('created_at').execute();
    expect(internal.map((r) => r.comment_visibility)).toEqual(['public', 'internal']);

    // The view-only colleague follows the ticket and hears about public replies, without a reply address.
    expect((await d.viewer.session.put(`/api/v1/tickets/${d.ticket.id}/follow`)).statusCode).toBe(200);
    await admin.post(`/api/v1/tickets/${d.ticket.id}/comments`, { body: 'We come Monday.', visibility: 'public' });
    const viewerMails = await mailsTo(d.viewer.login);
    expect(viewerMails.map((m) => m.kind)).toEqual(['ticket_comment']);
    expect(viewerMails[0]!.reply_to).toBeNull();
    expect(viewerMails[0]!.text_body).not.toContain(REPLY_MARKER.en);
  });
});

describe('without the inbound listener', () => {
  it('sends notification mails without a reply address', async () => {
    const plain = await buildTestApp();
    try {
      const boss = (await staffSession(plain.app, 'admin')).session;
      const customer = await createCustomer(boss);
      const tech = await createStaffUser(plain.app, { role: 'technician' });
      const type = await createTicketType(boss, { defaultResponsibleUserId: tech.user.id });
      const portal = await createPortalUser(plain.app, { customerId: customer.id, capabilities: { createTickets: true, ticketTypeIds: [type.id] } });
      expect((await portal.session.post('/api/v1/tickets', { typeId: type.id, title: 'x' })).statusCode).toBe(201);
      const mail = await plain.app.ctx.db.selectFrom('mail_outbox').selectAll().where('to_address', '=', tech.user.email!).executeTakeFirstOrThrow();
      expect(mail.reply_to).toBeNull();
      expect(mail.text_body).not.toContain(REPLY_MARKER.en);
    } finally {
      await plain.close();
    }
  });
});

import { randomBytes } from 'node:crypto';
import nodemailer from 'nodemailer';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCustomer, createStaffUser, staffSession } from '../../../../test/factories.js';
import { createPortalUser } from '../../../../test/factories-portal.js';
import { createSite } from '../../../../test/factories-sites.js';
import { createTicketType } from '../../../../test/factories-tickets.js';
import { buildTestApp, loginAs, type Session, type TestApp } from '../../../../test/helpers.js';
import { REPLY_MARKER } from './reply-marker.js';
import { issueReplyAddress } from './reply-tokens.js';

/**
 * Issue #10: replies to notification mails become comments by the recipient, through a real SMTP
 * conversation with the inbound listener; forged, expired and foreign replies are refused and logged.
 */
let t: TestApp;
let admin: Session;
let smtp: nodemailer.Transporter;
beforeAll(async () => {
  t = await buildTestApp({ INBOUND_SMTP_PORT: '0' });
  admin = (await staffSession(t.app, 'admin')).session;
  const port = await t.app.inboundReplies.listen(0, '127.0.0.1');
  smtp = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
});
afterAll(async () => {
  smtp.close();
  await t.close();
});
afterEach(() => vi.restoreAllMocks());

const PHOTO = Buffer.from('not really a jpeg, but bytes all the same');

async function emailOf(userId: string): Promise<string> {
  return (await t.app.ctx.db.selectFrom('users').select('email').where('id', '=', userId).executeTakeFirstOrThrow()).email!;
}

/** The reply address of the newest mail to a user. */
async function replyAddressOf(userId: string): Promise<string> {
  const mail = await t.app.ctx.db.selectFrom('mail_outbox').select('reply_to').where('user_id', '=', userId).orderBy('id', 'desc').executeTakeFirstOrThrow();
  expect(mail.reply_to).toMatch(/^reply\+[0-9a-f]{40}@portico\.test$/);
  return mail.reply_to!;
}

const commentsOn = (ticketId: string) => t.app.ctx.db.selectFrom('ticket_comments').selectAll().where('ticket_id', '=', ticketId).orderBy('created_at').orderBy('id').execute();

/** Sends a mail to the listener; answers the SMTP error code of a refusal, or 250. */
async function send(mail: nodemailer.SendMailOptions): Promise<number> {
  try {
    await smtp.sendMail({ subject: 'Re: your ticket', ...mail });
    return 250;
  } catch (error) {
    return (error as { responseCode?: number }).responseCode ?? -1;
  }
}

/** Reasons of the refusals logged while `work` runs. */
async function refusalsDuring(work: () => Promise<unknown>): Promise<string[]> {
  const warn = vi.spyOn(t.app.log, 'warn');
  await work();
  return warn.mock.calls.filter((call) => call[1] === 'reply by e-mail refused').map((call) => (call[0] as { reason: string }).reason);
}

/** A ticket raised by a portal user on site A, answered by its technician, followed by a colleague. */
async function answeredTicket(options: { colleagueUploads?: boolean } = {}) {
  const customer = await createCustomer(admin);
  const siteA = await createSite(admin, customer.id);
  const siteB = await createSite(admin, customer.id);
  const tech = await createStaffUser(t.app, { role: 'technician' });
  const techSession = await loginAs(t.app, tech.login, tech.password);
  const type = await createTicketType(admin, { defaultResponsibleUserId: tech.user.id });
  const access = {
    customerId: customer.id,
    modes: { tickets: 'all_in_scope' as const },
    capabilities: { createTickets: true, uploadFiles: true, ticketTypeIds: [type.id] },
    sites: [{ siteId: siteA.id, level: 'write' as const }],
  };
  const submitter = await createPortalUser(t.app, access);
  const colleague = await createPortalUser(t.app, { ...access, capabilities: { ...access.capabilities, uploadFiles: options.colleagueUploads ?? true } });
  const raised = await submitter.session.post('/api/v1/tickets', { typeId: type.id, title: 'Boiler noise', siteId: siteA.id });
  expect(raised.statusCode, raised.body).toBe(201);
  const ticket = raised.json() as { id: string; number: string };
  expect((await colleague.session.put(`/api/v1/tickets/${ticket.id}/follow`)).statusCode).toBe(200);
  expect((await techSession.post(`/api/v1/tickets/${ticket.id}/comments`, { body: 'We come Monday at 9.', visibility: 'public' })).statusCode).toBe(201);
  return { customer, siteB, tech, techSession, submitter, colleague, ticket };
}

describe('a reply by e-mail', () => {
  it('from a portal user becomes their public comment, without the quoted mail, with the attachment on the ticket', async () => {
    const d = await answeredTicket();
    const to = await replyAddressOf(d.submitter.userId);
    const from = await emailOf(d.submitter.userId);
    const text = `Monday works, the gate code is 4711.\r\n\r\nOn Mon, 2 Mar 2026 at 09:00, Portico <no-reply@portico.local> wrote:\r\n> ${REPLY_MARKER.en}\r\n> Hello Portal user,\r\n> We come Monday at 9.\r\n`;
    const code = await send({ from: `"Portal User" <${from.toUpperCase()}>`, to, text, attachments: [{ filename: 'gate.jpg', content: PHOTO, contentType: 'image/jpeg' }] });
    expect(code).toBe(250);

    const comments = (await d.submitter.session.get(`/api/v1/tickets/${d.ticket.id}/comments`)).json().items as { body: string; authorUserId: string; visibility: string }[];
    expect(comments).toHaveLength(2);
    expect(comments[1]).toMatchObject({ authorUserId: d.submitter.userId, visibility: 'public' });
    expect(comments[1]!.body).toBe('Monday works, the gate code is 4711.\n\n📎 gate.jpg');

    const files = (await d.submitter.session.get(`/api/v1/files?resourceType=ticket&resourceId=${d.ticket.id}`)).json().items as { id: string; filename: string; uploadedByUserId?: string }[];
    expect(files).toEqual([expect.objectContaining({ filename: 'gate.jpg' })]);
    const download = await d.submitter.session.get(`/api/v1/files/${files[0]!.id}/content`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PHOTO)).toBe(true);

    // Same path as a POST: audited as the user, and the technician hears about it.
    const audit = await t.app.ctx.db.selectFrom('audit_events').select(['action', 'actor_user_id']).where('action', '=', 'ticket_comment.create').where('actor_user_id', '=', d.submitter.userId).execute();
    expect(audit).toHaveLength(1);
    const techMails = await t.app.ctx.db.selectFrom('mail_outbox').select(['kind', 'text_body']).where('user_id', '=', d.tech.user.id).orderBy('id').execute();
    expect(techMails.at(-1)).toMatchObject({ kind: 'ticket_comment' });
    expect(techMails.at(-1)!.text_body).toContain('gate code is 4711');
  });

  it('written in HTML only is read as its text, quoted part cut as well', async () => {
    const d = await answeredTicket();
    const html = `<div>Sounds good, see you.</div><div class="gmail_quote"><div>On Mon, 2 Mar 2026 at 09:00, Portico &lt;no-reply@portico.local&gt; wrote:<br></div><blockquote><p>${REPLY_MARKER.en}</p><p>Hello</p></blockquote></div>`;
    expect(await send({ from: await emailOf(d.submitter.userId), to: await replyAddressOf(d.submitter.userId), html })).toBe(250);
    expect((await commentsOn(d.ticket.id)).at(-1)).toMatchObject({ author_user_id: d.submitter.userId, body: 'Sounds good, see you.', visibility: 'public' });
  });

  it('with an attachment from a portal user who may not upload files is refused as a whole', async () => {
    const d = await answeredTicket({ colleagueUploads: false });
    const from = await emailOf(d.colleague.userId);
    const to = await replyAddressOf(d.colleague.userId);
    const reasons = await refusalsDuring(async () => {
      expect(await send({ from, to, text: 'Photo attached', attachments: [{ filename: 'leak.jpg', content: PHOTO }] })).toBe(550);
    });
    expect(reasons).toEqual(['may_not_attach']);
    expect(await commentsOn(d.ticket.id)).toHaveLength(1);
    expect(await t.app.ctx.db.selectFrom('files').select('id').where('resource_id', '=', d.ticket.id).execute()).toEqual([]);
    // Without the attachment the same user's reply is welcome.
    expect(await send({ from, to, text: 'Photo follows later' })).toBe(250);
    expect((await commentsOn(d.ticket.id)).at(-1)).toMatchObject({ author_user_id: d.colleague.userId, body: 'Photo follows later' });
  });

  it('from staff becomes a public comment by them; a reply to an internal note stays internal', async () => {
    const d = await answeredTicket();
    const createdMailTo = await t.app.ctx.db.selectFrom('mail_outbox').select('reply_to').where('user_id', '=', d.tech.user.id).where('kind', '=', 'ticket_created').executeTakeFirstOrThrow();
    expect(await send({ from: d.tech.user.email!, to: createdMailTo.reply_to!, text: 'Parts are ordered.' })).toBe(250);

    await admin.post(`/api/v1/tickets/${d.ticket.id}/comments`, { body: 'Supplier is late again', visibility: 'internal' });
    const internalAddress = await replyAddressOf(d.tech.user.id);
    expect(await send({ from: d.tech.user.email!, to: internalAddress, text: `Then call the other one.\n\n${REPLY_MARKER.en}\n...` })).toBe(250);

    const comments = await commentsOn(d.ticket.id);
    expect(comments.map((c) => [c.author_user_id, c.visibility, c.body])).toEqual([
      [d.tech.user.id, 'public', 'We come Monday at 9.'],
      [d.tech.user.id, 'public', 'Parts are ordered.'],
      [expect.any(String), 'internal', 'Supplier is late again'],
      [d.tech.user.id, 'internal', 'Then call the other one.'],
    ]);
    const seen = (await d.submitter.session.get(`/api/v1/tickets/${d.ticket.id}/comments`)).json().items.map((c: { body: string }) => c.body);
    expect(seen).toEqual(['We come Monday at 9.', 'Parts are ordered.']);
  });

  it('to a forged or foreign address is refused before the content is read, and nothing is posted', async () => {
    const d = await answeredTicket();
    const from = await emailOf(d.submitter.userId);
    const real = await replyAddressOf(d.submitter.userId);
    const reasons = await refusalsDuring(async () => {
      expect(await send({ from, to: `reply+${randomBytes(20).toString('hex')}@portico.test`, text: 'Forged' })).toBe(550);
      expect(await send({ from, to: real.replace('@portico.test', '@elsewhere.test'), text: 'Wrong domain' })).toBe(550);
      expect(await send({ from, to: 'support@portico.test', text: 'Not a reply address' })).toBe(550);
    });
    expect(reasons).toEqual(['unknown_or_expired_token', 'not_a_reply_address', 'not_a_reply_address']);
    expect(await commentsOn(d.ticket.id)).toHaveLength(1);
  });

  it('from someone else than the address’s user, with nothing but the quoted mail, or sent automatically, is refused', async () => {
    const d = await answeredTicket();
    const to = await replyAddressOf(d.submitter.userId);
    const colleagueEmail = await emailOf(d.colleague.userId);
    const reasons = await refusalsDuring(async () => {
      expect(await send({ from: colleagueEmail, to, text: 'I am not who the address was for' })).toBe(550);
      expect(await send({ from: 'intruder@evil.test', to, text: 'Let me in' })).toBe(550);
      expect(await send({ from: await emailOf(d.submitter.userId), to, text: `\n${REPLY_MARKER.en}\n> Hello` })).toBe(550);
      expect(await send({ from: await emailOf(d.submitter.userId), to, text: 'I am out of the office.', headers: { 'Auto-Submitted': 'auto-replied' } })).toBe(550);
    });
    expect(reasons).toEqual(['wrong_sender', 'wrong_sender', 'empty', 'auto_reply']);
    expect(await commentsOn(d.ticket.id)).toHaveLength(1);
  });

  it('from a portal user who lost access to the ticket, or was disabled, is refused', async () => {
    const d = await answeredTicket();
    const colleagueTo = await replyAddressOf(d.colleague.userId);
    const submitterTo = await replyAddressOf(d.submitter.userId);
    await t.app.ctx.db.updateTable('user_site_access').set({ site_id: d.siteB.id }).where('user_id', '=', d.colleague.userId).execute();
    await t.app.ctx.db.updateTable('users').set({ status: 'disabled' }).where('id', '=', d.submitter.userId).execute();
    const reasons = await refusalsDuring(async () => {
      expect(await send({ from: await emailOf(d.colleague.userId), to: colleagueTo, text: 'Still here?' })).toBe(550);
      expect(await send({ from: await emailOf(d.submitter.userId), to: submitterTo, text: 'Me too?' })).toBe(550);
    });
    expect(reasons).toEqual(['no_access', 'user_inactive']);
    expect(await commentsOn(d.ticket.id)).toHaveLength(1);
  });

  it('to an expired address is refused', async () => {
    const d = await answeredTicket();
    const to = await replyAddressOf(d.submitter.userId);
    const from = await emailOf(d.submitter.userId);
    t.clock.advance(89 * 86_400_000);
    expect(await send({ from, to, text: 'Still valid after 89 days' })).toBe(250);
    t.clock.advance(2 * 86_400_000);
    const reasons = await refusalsDuring(async () => expect(await send({ from, to, text: 'Too late' })).toBe(550));
    expect(reasons).toEqual(['unknown_or_expired_token']);
    expect((await commentsOn(d.ticket.id)).map((c) => c.body)).toEqual(['We come Monday at 9.', 'Still valid after 89 days']);
  });
});

describe('the inbound listener', () => {
  it('refuses a message over the upload limit and stops listening when the app closes', async () => {
    const small = await buildTestApp({ INBOUND_SMTP_PORT: '0', MAX_UPLOAD_MB: '1' });
    const port = await small.app.inboundReplies.listen(0, '127.0.0.1');
    const client = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
    try {
      const boss = await staffSession(small.app, 'admin');
      const customer = await createCustomer(boss.session);
      const type = await createTicketType(boss.session);
      const ticket = (await boss.session.post('/api/v1/tickets', { customerId: customer.id, typeId: type.id, title: 'Big' })).json() as { id: string };
      const to = await issueReplyAddress(small.app.ctx.db, small.app.ctx.config, small.clock.now(), { ticketId: ticket.id, userId: boss.user.id, visibility: 'public' });
      const attachments = [{ filename: 'big.bin', content: Buffer.alloc(2 * 1024 * 1024, 1) }];
      const big = await client.sendMail({ from: boss.user.email!, to, subject: 'Big', text: 'x', attachments }).then(
        () => 250,
        (error: { responseCode?: number }) => error.responseCode,
      );
      expect(big).toBe(552);
      expect(await small.app.ctx.db.selectFrom('ticket_comments').select('id').where('ticket_id', '=', ticket.id).execute()).toEqual([]);
    } finally {
      client.close();
      await small.close();
    }
    const afterClose = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, connectionTimeout: 2000 });
    await expect(afterClose.verify()).rejects.toThrow();
  });
});

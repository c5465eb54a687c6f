import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPortalUser } from '../../../../test/factories-portal.js';
import { createCustomer, staffSession } from '../../../../test/factories.js';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { linksInMail } from './mail-outbox.mapping.js';
import { passwordResetMail } from './mail-templates.js';
import { enqueueMail } from './outbox.repository.js';

let t: TestApp;
let admin: Session;
let coordinator: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = (await staffSession(t.app, 'admin')).session;
  coordinator = (await staffSession(t.app, 'coordinator')).session;
});
afterAll(() => t.close());

describe('mail log', () => {
  it('lists outgoing mails with their delivery state for admins only', async () => {
    await enqueueMail(t.app.ctx.db, { kind: 'invitation', to: 'log@customer.test', subject: 'Logged', text: 'secret link' }, t.clock.now());
    const page = (await admin.get('/api/v1/mail-outbox?q=log%40customer')).json();
    expect(page.items).toEqual([expect.objectContaining({ to: 'log@customer.test', subject: 'Logged', status: 'pending', attempts: 0 })]);
    expect(JSON.stringify(page)).not.toContain('secret link');
    expect((await coordinator.get('/api/v1/mail-outbox')).statusCode).toBe(403);
  });
});

describe('mail log by kind (issue #13)', () => {
  it('filters by kind, answers 400 naming the parameter for a kind it does not know, and lists a sent mail with its one attempt', async () => {
    const to = `kinds-${Date.now()}@customer.test`;
    const reset = await enqueueMail(t.app.ctx.db, { ...passwordResetMail({ to, userId: '', name: 'Kim', login: to, link: 'http://portal.test/r', locale: 'en' }), userId: null }, t.clock.now());
    await enqueueMail(t.app.ctx.db, { kind: 'grant_notification', to, subject: 'Granted', text: 'x' }, t.clock.now());
    await t.app.mailWorker.runOnce();

    const resets = (await admin.get(`/api/v1/mail-outbox?kind=password_reset&q=${encodeURIComponent(to)}`)).json().items as { id: string; kind: string; status: string; attempts: number }[];
    // The list, which the mail log's table shows, counts the attempt that sent the mail.
    expect(resets).toEqual([expect.objectContaining({ id: reset, kind: 'password_reset', status: 'sent', attempts: 1 })]);
    const unknown = await admin.get('/api/v1/mail-outbox?kind=newsletter');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ code: 'validation_failed', message: expect.stringContaining('kind') });
  });
});

describe('one mail of the mail log (issue #12)', () => {
  it('shows admins the text and HTML body, its links and attempts; coordinators and portal users never reach it', async () => {
    const portal = (await createPortalUser(t.app, { customerId: (await createCustomer(admin)).id })).session;
    const link = 'http://localhost:3000/reset-password?token=abc&lang=de';
    const mail = passwordResetMail({ to: 'fynn@customer.test', userId: '00000000-0000-0000-0000-000000000000', name: 'Fynn', login: 'fynn@customer.test', link, locale: 'en' });
    const id = await enqueueMail(t.app.ctx.db, { ...mail, userId: null }, t.clock.now());
    await t.app.mailWorker.runOnce();

    const response = await admin.get(`/api/v1/mail-outbox/${id}`);
    expect(response.statusCode).toBe(200);
    // The HTML holds the link as &amp;-escaped href: the API gives it back once, as the recipient follows it.
    expect(response.json()).toMatchObject({ id, to: 'fynn@customer.test', status: 'sent', attempts: 1, text: mail.text, html: mail.html, links: [link] });
    expect((await coordinator.get(`/api/v1/mail-outbox/${id}`)).statusCode).toBe(403);
    const portalAnswer = await portal.get(`/api/v1/mail-outbox/${id}`);
    expect(portalAnswer.statusCode).toBe(403);
    expect(portalAnswer.body).not.toContain('token=abc');
    expect((await admin.get('/api/v1/mail-outbox/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});

describe('links in a mail', () => {
  it('ends a link before the punctuation of its sentence and lists each link once', () => {
    const text = 'Open http://portal.test/a?x=1. Or (see http://portal.test/b), then http://portal.test/a?x=1';
    expect(linksInMail(text, '<a href="http://portal.test/c?x=1&amp;y=2">c</a> <a href="mailto:a@b.test">m</a>')).toEqual(['http://portal.test/a?x=1', 'http://portal.test/b', 'http://portal.test/c?x=1&y=2']);
  });
});
